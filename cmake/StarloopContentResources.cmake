# starloop_content_qrc(NAME PREFIX GLOB OUT_VAR): writes <binary dir>/<NAME>.qrc listing every
# file the glob matches (re-globbed when files are added or removed), under the resource prefix
# PREFIX with the file's own name as alias, and sets OUT_VAR to its path. Content folders grow
# by adding files; nobody has to keep a list of them.
function(starloop_content_qrc name prefix glob out_var)
    file(GLOB files CONFIGURE_DEPENDS "${glob}")
    list(SORT files)
    set(body "<!DOCTYPE RCC>\n<RCC version=\"1.0\">\n<qresource prefix=\"${prefix}\">\n")
    foreach(file IN LISTS files)
        get_filename_component(alias "${file}" NAME)
        string(APPEND body "    <file alias=\"${alias}\">${file}</file>\n")
    endforeach()
    string(APPEND body "</qresource>\n</RCC>\n")
    set(qrc "${CMAKE_CURRENT_BINARY_DIR}/${name}.qrc")
    file(CONFIGURE OUTPUT "${qrc}" CONTENT "${body}" @ONLY)
    set(${out_var} "${qrc}" PARENT_SCOPE)
endfunction()
