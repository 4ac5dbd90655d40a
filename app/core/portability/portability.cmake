# Sources of data portability (export / import of everything the user wrote). Each area's codec
# lives with its repository; these files hold the file's envelope and the list of areas.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    jsonrecord exportsections dataexport dataimport ziparchive exportarchive)
