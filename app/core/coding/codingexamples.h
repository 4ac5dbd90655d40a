// CodingExamples: the machine-readable examples of the coding questions
// (content/examples/<question-uid>.json, embedded in the binary), which "Run examples" checks an
// attempt against.
//
//   {"python": {"setup": "def norm(e): ...",            // optional, runs after the attempt
//               "cases": [{"call": "two_sum([2, 7, 11, 15], 9)", "expected": "[0, 1]"},
//                         {"call": "c = LRUCache(2); c.put(1, 1); c.get(1)", "expected": "1"},
//                         {"call": "f(x)", "expected": "[3, 1]", "compare": "sorted"}]}}
//
// A call may be several statements; the value of its last line (an expression) is the result.
// "expected" is an expression too; results and expectations are compared with ==, or after
// sorted() when "compare" is "sorted".
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Coding {

struct ExampleCase
{
    QString call;
    QString expected;
    bool sorted = false; // compare order-insensitively
};

struct LanguageExamples
{
    QString setup;
    QVector<ExampleCase> cases;
    bool isEmpty() const { return cases.isEmpty(); }
};

class CodingExamples
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Coding::CodingExamples)

public:
    // The examples of one question in one language ("python"); empty when there are none.
    static LanguageExamples forQuestion(const QString &questionUid, const QString &language);
    // The uids of every question with embedded examples, sorted.
    static QStringList questionUids();
    // Parses one examples file; an error names what is wrong.
    static Result<LanguageExamples> parse(const QByteArray &json, const QString &language);
};

} // namespace Starloop::Coding
