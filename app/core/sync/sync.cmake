# Sources of the sync through a shared folder: device identity and bookkeeping, the change files,
# the merge by version vectors and the round.
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    versionvector syncsections syncsettings syncquestionstate syncconflicts changefile syncledger syncreport syncmerge
    syncengine)
