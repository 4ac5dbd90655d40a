# Tests of the diagrams area: the document model, deltas, Mermaid, templates and the repository.
starloop_add_test(test_diagramdocument SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramdocument.cpp)
starloop_add_test(test_diagramrepository SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_diagramrepository.cpp)
# Every Mermaid export (each template, hostile labels) read by Mermaid's own parser under node.
# mermaid.install runs `npm ci` for tests/mermaid/package-lock.json into the build folder (never
# the source tree); without node, npm or the registry both say why and the check is skipped.
set(starloop_mermaid_work ${CMAKE_CURRENT_BINARY_DIR}/mermaid)
add_test(NAME mermaid.install
         COMMAND ${CMAKE_COMMAND} -DSOURCE=${PROJECT_SOURCE_DIR}/tests/mermaid -DWORK=${starloop_mermaid_work}
                 -P ${PROJECT_SOURCE_DIR}/tests/mermaid/install.cmake)
set_tests_properties(mermaid.install PROPERTIES FIXTURES_SETUP mermaid TIMEOUT 600)
starloop_add_test(test_mermaidsyntax SOURCES ${PROJECT_SOURCE_DIR}/tests/mermaid/test_mermaidsyntax.cpp)
target_compile_definitions(test_mermaidsyntax PRIVATE STARLOOP_MERMAID_WORK="${starloop_mermaid_work}")
set_tests_properties(test_mermaidsyntax PROPERTIES FIXTURES_REQUIRED mermaid
    SKIP_REGULAR_EXPRESSION "SKIP   : TestMermaidSyntax::initTestCase")
starloop_add_test(test_architecturereview SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_architecturereview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramfixtures.h)
starloop_add_test(test_orthogonalrouter SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_orthogonalrouter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramfixtures.h)
starloop_add_test(test_recalldrill SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_recalldrill.cpp
    ${CMAKE_CURRENT_LIST_DIR}/diagramfixtures.h)
