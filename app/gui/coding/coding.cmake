# The coding scratchpad's widgets: editor, diff view and dialog, run results, attempts panel and the
# scratchpad itself.
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codeeditor.h ${CMAKE_CURRENT_LIST_DIR}/codeeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diffview.h ${CMAKE_CURRENT_LIST_DIR}/diffview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attemptdiffdialog.h ${CMAKE_CURRENT_LIST_DIR}/attemptdiffdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/runresultsview.h ${CMAKE_CURRENT_LIST_DIR}/runresultsview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attemptspanel.h ${CMAKE_CURRENT_LIST_DIR}/attemptspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/scratchpadwidget.h ${CMAKE_CURRENT_LIST_DIR}/scratchpadwidget.cpp)
