# Tests of the diagrams area: the document model, deltas, Mermaid, templates and the repository.
starloop_add_test(test_diagramdocument SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramdocument.cpp)
starloop_add_test(test_diagramrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramrepository.cpp)
