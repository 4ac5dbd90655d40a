# Sources of the diagrams area: the document model, the canvas's arithmetic on it, its repository,
# templates, Mermaid export, the architecture review, recall drills and the connector router.
starloop_content_qrc(diagramtemplates /diagramtemplates "${PROJECT_SOURCE_DIR}/content/diagrams/*.json" diagram_templates_qrc)
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagramkind.h ${CMAKE_CURRENT_LIST_DIR}/diagramkind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramdocument.h ${CMAKE_CURRENT_LIST_DIR}/diagramdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentdelta.h ${CMAKE_CURRENT_LIST_DIR}/documentdelta.cpp
    ${CMAKE_CURRENT_LIST_DIR}/arrangement.h ${CMAKE_CURRENT_LIST_DIR}/arrangement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagram.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramrepository.h ${CMAKE_CURRENT_LIST_DIR}/diagramrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramcodec.h ${CMAKE_CURRENT_LIST_DIR}/diagramcodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramtemplates.h ${CMAKE_CURRENT_LIST_DIR}/diagramtemplates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mermaidexport.h ${CMAKE_CURRENT_LIST_DIR}/mermaidexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewdismissal.h ${CMAKE_CURRENT_LIST_DIR}/reviewdismissal.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramgraph.h ${CMAKE_CURRENT_LIST_DIR}/diagramgraph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/architecturereview.h ${CMAKE_CURRENT_LIST_DIR}/architecturereview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reviewrules.h ${CMAKE_CURRENT_LIST_DIR}/resiliencerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataflowrules.cpp ${CMAKE_CURRENT_LIST_DIR}/hygienerules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/orthogonalrouter.h ${CMAKE_CURRENT_LIST_DIR}/orthogonalrouter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/connectorrouter.h ${CMAKE_CURRENT_LIST_DIR}/connectorrouter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dismissalrepository.h ${CMAKE_CURRENT_LIST_DIR}/dismissalrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recalldrill.h ${CMAKE_CURRENT_LIST_DIR}/recalldrill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/drillrepository.h ${CMAKE_CURRENT_LIST_DIR}/drillrepository.cpp
    ${diagram_templates_qrc})
