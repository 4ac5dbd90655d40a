# starloop_add_classes(TARGET DIR NAME...): adds DIR/NAME.h and DIR/NAME.cpp for each NAME, the
# header-and-source pairs most of the tree is made of. Headers without a source, resources and
# generated files are listed with target_sources() as usual.
function(starloop_add_classes target dir)
    set(files)
    foreach(name IN LISTS ARGN)
        list(APPEND files "${dir}/${name}.h" "${dir}/${name}.cpp")
    endforeach()
    target_sources(${target} PRIVATE ${files})
endfunction()
