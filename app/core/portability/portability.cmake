# Sources of data portability (export / import of everything the user wrote). Each area's codec
# lives with its repository; these files hold the file's envelope and the list of areas.
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jsonrecord.h ${CMAKE_CURRENT_LIST_DIR}/jsonrecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exportsections.h ${CMAKE_CURRENT_LIST_DIR}/exportsections.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataexport.h ${CMAKE_CURRENT_LIST_DIR}/dataexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataimport.h ${CMAKE_CURRENT_LIST_DIR}/dataimport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ziparchive.h ${CMAKE_CURRENT_LIST_DIR}/ziparchive.cpp
    ${CMAKE_CURRENT_LIST_DIR}/exportarchive.h ${CMAKE_CURRENT_LIST_DIR}/exportarchive.cpp)
