// libFuzzer harness for Bank::ContentParser: any text as a question file and as a principle
// file. Promises checked: no crash, no hang, no sanitizer report; a refused file always says
// why with a line number inside the text; an accepted question has a title and an answer.
#include "core/bank/contentparser.h"
#include "fuzzcheck.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

using namespace Starloop::Bank;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<int>(size));
    const int lines = static_cast<int>(text.count(QLatin1Char('\n'))) + 1;
    static const QStringList principles {
        QStringLiteral("ownership"), QStringLiteral("dive-deep"), QStringLiteral("customer-obsession")};

    QVector<Diagnostic> diagnostics;
    const auto question
        = ContentParser::parseQuestion(QStringLiteral("fuzz.md"), text, principles, diagnostics);
    if (!question)
        FUZZ_CHECK(!diagnostics.isEmpty(), QStringLiteral("a question was refused without a diagnostic"));
    else
        FUZZ_CHECK(!question->title.isEmpty() && !question->answerMd.trimmed().isEmpty(),
            QStringLiteral("an accepted question lacks a title or an answer"));
    for (const Diagnostic &d : diagnostics)
        FUZZ_CHECK(d.line >= 0 && d.line <= lines + 1 && !d.message.isEmpty(), d.toString());

    diagnostics.clear();
    const auto principle = ContentParser::parsePrinciple(QStringLiteral("fuzz.md"), text, diagnostics);
    if (!principle)
        FUZZ_CHECK(!diagnostics.isEmpty(), QStringLiteral("a principle was refused without a diagnostic"));
    for (const Diagnostic &d : diagnostics)
        FUZZ_CHECK(d.line >= 0 && d.line <= lines + 1 && !d.message.isEmpty(), d.toString());
    return 0;
}
