# Sources of the diagrams area: the document model, the canvas's arithmetic on it, its repository,
# templates, Mermaid export, the architecture review, recall drills and the connector router.
starloop_content_qrc(diagramtemplates /diagramtemplates "${PROJECT_SOURCE_DIR}/content/diagrams/*.json" diagram_templates_qrc)
starloop_add_classes(starloop_core ${CMAKE_CURRENT_LIST_DIR}
    diagramkind diagramdocument compactjsonwriter documentdelta arrangement diagramrepository
    diagramcodec diagramtemplates mermaidexport reviewdismissal diagramgraph architecturereview
    orthogonalrouter connectorrouter dismissalrepository recalldrill drillrepository
    diagramsyncrecords)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagram.h
    ${CMAKE_CURRENT_LIST_DIR}/reviewrules.h ${CMAKE_CURRENT_LIST_DIR}/resiliencerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataflowrules.cpp ${CMAKE_CURRENT_LIST_DIR}/hygienerules.cpp
    ${diagram_templates_qrc})
