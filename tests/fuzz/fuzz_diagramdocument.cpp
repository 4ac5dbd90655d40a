// libFuzzer harness for Diagrams::DiagramDocument::fromJson, the loader of every stored and
// imported diagram. Promises checked: no crash, no hang (a cycle in the group tree would hang
// depth() or descendants()), a refusal has a message, and an accepted document survives a
// round trip through toJson() unchanged.
#include "core/diagrams/diagramdocument.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Starloop::Diagrams;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const auto loaded = DiagramDocument::fromJson(json);
    if (!loaded) {
        FUZZ_CHECK(!loaded.errorMessage().isEmpty(), QStringLiteral("refused without a message"));
        return 0;
    }
    const DiagramDocument &document = loaded.value();
    for (const DiagramNode &node : document.nodes) {
        (void)document.depth(node.id);
        if (document.isGroup(node.id))
            FUZZ_CHECK(!document.descendants(node.id).contains(node.id),
                QStringLiteral("group %1 contains itself").arg(node.id));
    }
    (void)document.boundingRect();
    (void)document.nextId(QStringLiteral("n"));

    const auto again = DiagramDocument::fromJson(document.toJson());
    FUZZ_CHECK(again.ok(), QStringLiteral("its own output was refused: %1").arg(again.errorMessage()));
    FUZZ_CHECK(again->nodes == document.nodes && again->edges == document.edges,
        QStringLiteral("the round trip changed the document"));
    return 0;
}
