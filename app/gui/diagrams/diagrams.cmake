# Sources of the Diagrams workspace: canvas, items, undo command, palette, export and icons, and
# the parts of the workspace's shell (canvas actions, top bar, versions menu, export controller).
# (diagramsworkspace.h/.cpp are listed in app/gui/CMakeLists.txt.)
target_sources(starloop_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/shapelibrary.h ${CMAKE_CURRENT_LIST_DIR}/shapelibrary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagrampainter.h ${CMAKE_CURRENT_LIST_DIR}/diagrampainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/nodeitem.h ${CMAKE_CURRENT_LIST_DIR}/nodeitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/edgeitem.h ${CMAKE_CURRENT_LIST_DIR}/edgeitem.cpp
    ${CMAKE_CURRENT_LIST_DIR}/labeleditor.h ${CMAKE_CURRENT_LIST_DIR}/labeleditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentcommand.h ${CMAKE_CURRENT_LIST_DIR}/documentcommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/canvasrouting.h ${CMAKE_CURRENT_LIST_DIR}/canvasrouting.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectordrag.h ${CMAKE_CURRENT_LIST_DIR}/connectordrag.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramscene.h ${CMAKE_CURRENT_LIST_DIR}/diagramscene.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramview.h ${CMAKE_CURRENT_LIST_DIR}/diagramview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagrampalette.h ${CMAKE_CURRENT_LIST_DIR}/diagrampalette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramexporter.h ${CMAKE_CURRENT_LIST_DIR}/diagramexporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramactions.h ${CMAKE_CURRENT_LIST_DIR}/diagramactions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramexportcontroller.h ${CMAKE_CURRENT_LIST_DIR}/diagramexportcontroller.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramtopbar.h ${CMAKE_CURRENT_LIST_DIR}/diagramtopbar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramversionsmenu.h ${CMAKE_CURRENT_LIST_DIR}/diagramversionsmenu.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewpanel.h ${CMAKE_CURRENT_LIST_DIR}/reviewpanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramdrill.h ${CMAKE_CURRENT_LIST_DIR}/diagramdrill.cpp
    ${PROJECT_SOURCE_DIR}/resources/shapes.qrc)
