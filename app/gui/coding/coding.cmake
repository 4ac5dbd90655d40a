# The coding scratchpad's widgets: editor, diff view and dialog, run results, attempts panel and the
# scratchpad itself.
starloop_add_classes(starloop_gui ${CMAKE_CURRENT_LIST_DIR}
    codeeditor diffview attemptdiffdialog runresultsview attemptspanel scratchpadwidget)
