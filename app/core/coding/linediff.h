// LineDiff: a line-by-line diff of two texts (longest common subsequence), for comparing an
// attempt with the model solution or with another attempt.
//
//   LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("a\nc\nd"))
//     -> { Same "a", Removed "b", Same "c", Added "d" }
//   LineDiff::unified(...) -> "  a\n- b\n  c\n+ d"
//
// Trailing whitespace is kept (it is what the user typed); a final newline does not make an
// extra empty line. Texts above MaxLines lines each are compared as one block removed and one
// added rather than spending quadratic time.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Coding {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    int leftLine = 0; // 1-based line in the left text; 0 for an added line
    int rightLine = 0; // 1-based line in the right text; 0 for a removed line

    bool operator==(const DiffLine &other) const
    {
        return kind == other.kind && text == other.text && leftLine == other.leftLine
            && rightLine == other.rightLine;
    }
};

class LineDiff
{
public:
    static constexpr int MaxLines = 5000;

    static QVector<DiffLine> compute(const QString &left, const QString &right);
    // "  same", "- removed", "+ added", one per line.
    static QString unified(const QVector<DiffLine> &lines);
    // How many lines were added and removed.
    static int addedCount(const QVector<DiffLine> &lines);
    static int removedCount(const QVector<DiffLine> &lines);
    static QStringList splitLines(const QString &text);
};

} // namespace Starloop::Coding
