#include "core/coding/linediff.h"

#include <algorithm>
#include <vector>

namespace Starloop::Coding {

QStringList LineDiff::splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalized.split(QLatin1Char('\n'));
    if (normalized.endsWith(QLatin1Char('\n')))
        lines.removeLast();
    return lines;
}

QVector<DiffLine> LineDiff::compute(const QString &leftText, const QString &rightText)
{
    const QStringList left = splitLines(leftText);
    const QStringList right = splitLines(rightText);
    QVector<DiffLine> out;

    // Common head and tail cost nothing and keep the table small.
    int head = 0;
    while (head < left.size() && head < right.size() && left.at(head) == right.at(head))
        ++head;
    int tail = 0;
    while (tail < left.size() - head && tail < right.size() - head
        && left.at(left.size() - 1 - tail) == right.at(right.size() - 1 - tail))
        ++tail;
    for (int i = 0; i < head; ++i)
        out.append({DiffLine::Kind::Same, left.at(i), i + 1, i + 1});

    const int n = int(left.size()) - head - tail;
    const int m = int(right.size()) - head - tail;
    if (n > MaxLines || m > MaxLines) {
        for (int i = 0; i < n; ++i)
            out.append({DiffLine::Kind::Removed, left.at(head + i), head + i + 1, 0});
        for (int j = 0; j < m; ++j)
            out.append({DiffLine::Kind::Added, right.at(head + j), 0, head + j + 1});
    } else {
        // lcs[i][j]: the LCS length of left[head+i..] and right[head+j..].
        std::vector<std::vector<int>> lcs(size_t(n) + 1, std::vector<int>(size_t(m) + 1, 0));
        for (int i = n - 1; i >= 0; --i) {
            for (int j = m - 1; j >= 0; --j) {
                lcs[size_t(i)][size_t(j)] = left.at(head + i) == right.at(head + j)
                    ? lcs[size_t(i) + 1][size_t(j) + 1] + 1
                    : qMax(lcs[size_t(i) + 1][size_t(j)], lcs[size_t(i)][size_t(j) + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && left.at(head + i) == right.at(head + j)) {
                out.append({DiffLine::Kind::Same, left.at(head + i), head + i + 1, head + j + 1});
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[size_t(i) + 1][size_t(j)] >= lcs[size_t(i)][size_t(j) + 1])) {
                // Removals before additions when both keep the LCS: reads like a replacement.
                out.append({DiffLine::Kind::Removed, left.at(head + i), head + i + 1, 0});
                ++i;
            } else {
                out.append({DiffLine::Kind::Added, right.at(head + j), 0, head + j + 1});
                ++j;
            }
        }
    }
    for (int k = 0; k < tail; ++k) {
        const int li = int(left.size()) - tail + k;
        const int ri = int(right.size()) - tail + k;
        out.append({DiffLine::Kind::Same, left.at(li), li + 1, ri + 1});
    }
    return out;
}

QString LineDiff::unified(const QVector<DiffLine> &lines)
{
    QStringList out;
    out.reserve(lines.size());
    for (const DiffLine &line : lines) {
        switch (line.kind) {
        case DiffLine::Kind::Same:
            out << QStringLiteral("  ") + line.text;
            break;
        case DiffLine::Kind::Removed:
            out << QStringLiteral("- ") + line.text;
            break;
        case DiffLine::Kind::Added:
            out << QStringLiteral("+ ") + line.text;
            break;
        }
    }
    return out.join(QLatin1Char('\n'));
}

int LineDiff::addedCount(const QVector<DiffLine> &lines)
{
    return int(std::count_if(
        lines.cbegin(), lines.cend(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Added; }));
}

int LineDiff::removedCount(const QVector<DiffLine> &lines)
{
    return int(std::count_if(
        lines.cbegin(), lines.cend(), [](const DiffLine &l) { return l.kind == DiffLine::Kind::Removed; }));
}

} // namespace Starloop::Coding
