# The Stories workspace's widgets (storiesworkspace.h/.cpp are listed in app/gui/CMakeLists.txt).
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    storylistmodel storyeditor principlepanel checkspanel coverageview storycommand)
# The parts of the workspace's Stories tab: the list, the story on screen, the undoable steps.
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    storylistpane currentstory storysteps)
# Question links, the loop plan, rehearsing a story and exporting the stories.
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    questionpickerdialog loopplanview rehearsedialog storyexporter)
