# Sources of data portability (export / import of everything the user wrote).
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/dataexport.h ${CMAKE_CURRENT_LIST_DIR}/dataexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataimport.h ${CMAKE_CURRENT_LIST_DIR}/dataimport.cpp)
