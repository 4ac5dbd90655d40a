# The Stories workspace's widgets (storiesworkspace.h/.cpp are listed in app/gui/CMakeLists.txt).
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storylistmodel.h ${CMAKE_CURRENT_LIST_DIR}/storylistmodel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storyeditor.h ${CMAKE_CURRENT_LIST_DIR}/storyeditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/principlepanel.h ${CMAKE_CURRENT_LIST_DIR}/principlepanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/checkspanel.h ${CMAKE_CURRENT_LIST_DIR}/checkspanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/coverageview.h ${CMAKE_CURRENT_LIST_DIR}/coverageview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storycommand.h ${CMAKE_CURRENT_LIST_DIR}/storycommand.cpp)
# The parts of the workspace's Stories tab: the list, the story on screen, the undoable steps.
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/storylistpane.h ${CMAKE_CURRENT_LIST_DIR}/storylistpane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/currentstory.h ${CMAKE_CURRENT_LIST_DIR}/currentstory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storysteps.h ${CMAKE_CURRENT_LIST_DIR}/storysteps.cpp)
# Question links, the loop plan, rehearsing a story and exporting the stories.
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/questionpickerdialog.h ${CMAKE_CURRENT_LIST_DIR}/questionpickerdialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/loopplanview.h ${CMAKE_CURRENT_LIST_DIR}/loopplanview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rehearsedialog.h ${CMAKE_CURRENT_LIST_DIR}/rehearsedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/storyexporter.h ${CMAKE_CURRENT_LIST_DIR}/storyexporter.cpp)
