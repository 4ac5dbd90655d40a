# Sources of the window's side of sync: the rounds (start, timer, folder watcher, Sync Now) and
# the list of conflict copies.
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/synccontroller.h ${CMAKE_CURRENT_LIST_DIR}/synccontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/conflictsdialog.h ${CMAKE_CURRENT_LIST_DIR}/conflictsdialog.cpp)
