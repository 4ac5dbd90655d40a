// FUZZ_CHECK: what a harness asserts. A broken promise aborts with the reason, which libFuzzer
// reports as a crash and saves the input that caused it.
#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// Control characters (a NUL would cut the message short) are shown as \uXXXX.
inline QByteArray fuzzPrintable(const QString &text)
{
    QString shown;
    for (const QChar c : text)
        shown += c.unicode() < 0x20 ? QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                    : QString(c);
    return shown.toUtf8();
}

#define FUZZ_CHECK(condition, message)                                                                       \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s: %s\n", #condition,                                  \
                fuzzPrintable(QString(message)).constData());                                                \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
