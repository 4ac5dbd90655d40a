// LineDiff: the edit script between two texts, line numbers on both sides, unified text.
#include "core/coding/linediff.h"

#include <QTest>

using namespace Starloop::Coding;
using Kind = DiffLine::Kind;

class TestLineDiff : public QObject
{
    Q_OBJECT
private:
    static QString kinds(const QVector<DiffLine> &lines)
    {
        QString out;
        for (const DiffLine &l : lines)
            out += l.kind == Kind::Same ? QLatin1Char('=')
                : l.kind == Kind::Added ? QLatin1Char('+')
                                        : QLatin1Char('-');
        return out;
    }

private Q_SLOTS:
    void identicalTextsAreAllSame()
    {
        const auto lines = LineDiff::compute(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nb\nc"));
        QCOMPARE(kinds(lines), QStringLiteral("==="));
        QCOMPARE(lines.at(2).leftLine, 3);
        QCOMPARE(lines.at(2).rightLine, 3);
    }

    void emptySidesAreAllAddedOrRemoved()
    {
        QCOMPARE(kinds(LineDiff::compute(QString(), QStringLiteral("x\ny"))), QStringLiteral("++"));
        QCOMPARE(kinds(LineDiff::compute(QStringLiteral("x\ny"), QString())), QStringLiteral("--"));
        QVERIFY(LineDiff::compute(QString(), QString()).isEmpty());
    }

    void removalAndAdditionInTheMiddle()
    {
        const auto lines = LineDiff::compute(QStringLiteral("a\nb\nc"), QStringLiteral("a\nc\nd"));
        QCOMPARE(kinds(lines), QStringLiteral("=-=+"));
        QCOMPARE(lines.at(1), (DiffLine {Kind::Removed, QStringLiteral("b"), 2, 0}));
        QCOMPARE(lines.at(2), (DiffLine {Kind::Same, QStringLiteral("c"), 3, 2}));
        QCOMPARE(lines.at(3), (DiffLine {Kind::Added, QStringLiteral("d"), 0, 3}));
        QCOMPARE(LineDiff::unified(lines), QStringLiteral("  a\n- b\n  c\n+ d"));
        QCOMPARE(LineDiff::addedCount(lines), 1);
        QCOMPARE(LineDiff::removedCount(lines), 1);
    }

    void changedLineReadsAsRemovedThenAdded()
    {
        const auto lines = LineDiff::compute(
            QStringLiteral("def f(x):\n    return x\n"), QStringLiteral("def f(x):\n    return x + 1\n"));
        QCOMPARE(kinds(lines), QStringLiteral("=-+"));
    }

    void theDiffIsMinimal()
    {
        // LCS of "abcabba" and "cbabac" has length 4: 3 removed, 2 added.
        const QString left = QStringLiteral("a\nb\nc\na\nb\nb\na");
        const QString right = QStringLiteral("c\nb\na\nb\na\nc");
        const auto lines = LineDiff::compute(left, right);
        QCOMPARE(LineDiff::removedCount(lines), 3);
        QCOMPARE(LineDiff::addedCount(lines), 2);
        // Replaying the script gives both texts back.
        QStringList l, r;
        for (const DiffLine &line : lines) {
            if (line.kind != Kind::Added)
                l << line.text;
            if (line.kind != Kind::Removed)
                r << line.text;
        }
        QCOMPARE(l.join(QLatin1Char('\n')), left);
        QCOMPARE(r.join(QLatin1Char('\n')), right);
    }

    void windowsLineEndingsMatchUnixOnes()
    {
        QCOMPARE(kinds(LineDiff::compute(QStringLiteral("a\r\nb\r\n"), QStringLiteral("a\nb\n"))),
            QStringLiteral("=="));
    }

    void hugeInputsStayLinear()
    {
        QStringList a, b;
        for (int i = 0; i < LineDiff::MaxLines + 10; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        a.prepend(QStringLiteral("same"));
        b.prepend(QStringLiteral("same"));
        const auto lines = LineDiff::compute(a.join(QLatin1Char('\n')), b.join(QLatin1Char('\n')));
        QCOMPARE(lines.first().kind, Kind::Same);
        QCOMPARE(LineDiff::removedCount(lines), LineDiff::MaxLines + 10);
        QCOMPARE(LineDiff::addedCount(lines), LineDiff::MaxLines + 10);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "test_linediff.moc"
