# Sources of the diagrams area: the document model, its repository, templates and Mermaid export.
target_sources(starloop_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/diagramkind.h ${CMAKE_CURRENT_LIST_DIR}/diagramkind.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramdocument.h ${CMAKE_CURRENT_LIST_DIR}/diagramdocument.cpp
    ${CMAKE_CURRENT_LIST_DIR}/documentdelta.h ${CMAKE_CURRENT_LIST_DIR}/documentdelta.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagram.h
    ${CMAKE_CURRENT_LIST_DIR}/diagramrepository.h ${CMAKE_CURRENT_LIST_DIR}/diagramrepository.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramtemplates.h ${CMAKE_CURRENT_LIST_DIR}/diagramtemplates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/mermaidexport.h ${CMAKE_CURRENT_LIST_DIR}/mermaidexport.cpp
    ${PROJECT_SOURCE_DIR}/resources/diagramtemplates.qrc)
