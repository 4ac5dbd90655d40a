# The Practice workspace's own files (practiceworkspace.h/.cpp are listed in app/gui/CMakeLists.txt).
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/timercontroller.h ${CMAKE_CURRENT_LIST_DIR}/timercontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/timerpanel.h ${CMAKE_CURRENT_LIST_DIR}/timerpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/presetdialog.h ${CMAKE_CURRENT_LIST_DIR}/presetdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/compacttimer.h ${CMAKE_CURRENT_LIST_DIR}/compacttimer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/duepanel.h ${CMAKE_CURRENT_LIST_DIR}/duepanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/historypanel.h ${CMAKE_CURRENT_LIST_DIR}/historypanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mocklooppanel.h ${CMAKE_CURRENT_LIST_DIR}/mocklooppanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/heatmapwidget.h ${CMAKE_CURRENT_LIST_DIR}/heatmapwidget.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dashboardpanel.h ${CMAKE_CURRENT_LIST_DIR}/dashboardpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loopgoaleditor.h ${CMAKE_CURRENT_LIST_DIR}/loopgoaleditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/todaypanel.h ${CMAKE_CURRENT_LIST_DIR}/todaypanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/readinesschart.h ${CMAKE_CURRENT_LIST_DIR}/readinesschart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/schedulersettings.h ${CMAKE_CURRENT_LIST_DIR}/schedulersettings.cpp
)
