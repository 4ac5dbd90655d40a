# The coding scratchpad's widgets: editor, diff view and the scratchpad itself.
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codeeditor.h ${CMAKE_CURRENT_LIST_DIR}/codeeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diffview.h ${CMAKE_CURRENT_LIST_DIR}/diffview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scratchpadwidget.h ${CMAKE_CURRENT_LIST_DIR}/scratchpadwidget.cpp)
