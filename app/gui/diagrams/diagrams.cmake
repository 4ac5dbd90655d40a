# Sources of the Diagrams workspace: canvas, items, undo command, palette, export and icons, and
# the parts of the workspace's shell (canvas actions, top bar, versions menu, export controller).
# (diagramsworkspace.h/.cpp are listed in app/gui/CMakeLists.txt.)
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    shapelibrary diagrampainter nodeitem edgeitem labeleditor documentcommand canvasrouting
    connectordrag diagramscene diagramview diagrampalette diagramexporter diagramactions
    diagramexportcontroller diagramtopbar diagramversionsmenu reviewpanel diagramdrill)
target_sources(starloop_gui PRIVATE
    ${PROJECT_SOURCE_DIR}/resources/shapes.qrc)
