// Harness: what a run of "Run examples" writes into its folder, and the commands that compile and
// run it, per language. The fixed part of each harness is a resource file (resources/harness/:
// prelude.hpp, StarloopHarness.java, harness.py); the examples are added here. C++ and Java get
// one generated block per example, Python reads them from cases.json:
//
//   Harness::plan(Language::Cpp, code, examples, "/tmp/run-x", token)
//     files:   attempt.cpp (the code), harness.cpp (prelude.hpp, the setup, a main() that checks
//              each example: `auto starloop_actual = [&]() { LRUCache c(2); return (c.get(1)); }();`)
//     compile: g++ -std=c++17 -O0 -pipe -fmax-errors=10 -o program harness.cpp
//     execute: /tmp/run-x/program <token>
//
// Every harness reports one line per event on standard output, prefixed by the token (see
// RunTranscript). The run itself (process, sandbox, limits) is CodeRunner's.
#pragma once

#include "core/coding/codingexamples.h"
#include "core/vocabulary/language.h"

#include <QByteArray>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Coding {

struct RunPlan
{
    QString refusal; // not empty: the attempt cannot run as written (reported as a compile error)
    QVector<QPair<QString, QByteArray>> files; // written into the run's folder: name, contents
    QStringList folders; // made in it
    QStringList compileCommand; // empty: nothing to compile
    QStringList executeCommand;
    QStringList readOnlyExtras; // folders the sandbox must show (an interpreter or JDK outside /usr)
};

class Harness
{
public:
    // `language`: Python, Cpp or Java. `folder`: the run's folder (canonical); `token`: what
    // prefixes the harness's result lines.
    static RunPlan plan(Language language, const QString &code, const LanguageExamples &examples,
        const QString &folder, const QByteArray &token);
    // True when a compiler message (the first one) is about the generated file rather than the
    // attempt: a call of the examples found nothing to call.
    static bool isAboutHarness(const QString &compilerMessage);
};

} // namespace Starloop::Coding
