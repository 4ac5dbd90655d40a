# The Practice workspace's own files (practiceworkspace.h/.cpp are listed in app/gui/CMakeLists.txt).
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    timercontroller timerpanel presetdialog compacttimer duepanel historypanel mocklooppanel
    heatmapwidget dashboardpanel loopgoaleditor todaypanel readinesschart schedulersettings)
