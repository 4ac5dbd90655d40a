# Sources of the window's side of sync: the rounds (start, timer, folder watcher, Sync Now) and
# the list of conflict copies.
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    synccontroller conflictsdialog)
