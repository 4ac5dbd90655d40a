# GUI tests of the Diagrams workspace (real widgets, offscreen) and of `starloop export-diagram`.
starloop_add_test(test_diagramsworkspace GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramsworkspace.cpp LIBS starloop_guitestbase)
# export-diagram is built into the executable (it draws with the gui library); the test compiles it too.
starloop_add_test(test_exportdiagramcommand GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_exportdiagramcommand.cpp ${PROJECT_SOURCE_DIR}/app/cli/exportdiagramcommand.cpp
    LIBS starloop_gui starloop_cli)
starloop_add_test(test_diagramreview GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramreview.cpp LIBS starloop_guitestbase)
