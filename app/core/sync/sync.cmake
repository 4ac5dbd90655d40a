# Sources of the sync through a shared folder: device identity and bookkeeping, the change files,
# the merge by version vectors and the round.
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/versionvector.h ${CMAKE_CURRENT_LIST_DIR}/versionvector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncsections.h ${CMAKE_CURRENT_LIST_DIR}/syncsections.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncconflicts.h ${CMAKE_CURRENT_LIST_DIR}/syncconflicts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changefile.h ${CMAKE_CURRENT_LIST_DIR}/changefile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncledger.h ${CMAKE_CURRENT_LIST_DIR}/syncledger.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncreport.h ${CMAKE_CURRENT_LIST_DIR}/syncreport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncmerge.h ${CMAKE_CURRENT_LIST_DIR}/syncmerge.cpp
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.h ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp)
