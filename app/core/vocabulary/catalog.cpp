#include "core/vocabulary/catalog.h"

#include "core/vocabulary/section.h"

namespace Starloop {

const QStringList &Catalog::sections()
{
    static const QStringList list = [] {
        QStringList ids;
        for (const Section section : Sections::all())
            ids << Sections::id(section);
        return ids;
    }();
    return list;
}

const QStringList &Catalog::levels()
{
    static const QStringList list {
        QStringLiteral("beginner"), QStringLiteral("intermediate"), QStringLiteral("advanced")};
    return list;
}

const QStringList &Catalog::principleIds()
{
    static const QStringList list {
        QStringLiteral("customer-obsession"),
        QStringLiteral("ownership"),
        QStringLiteral("invent-and-simplify"),
        QStringLiteral("are-right-a-lot"),
        QStringLiteral("learn-and-be-curious"),
        QStringLiteral("hire-and-develop-the-best"),
        QStringLiteral("insist-on-the-highest-standards"),
        QStringLiteral("think-big"),
        QStringLiteral("bias-for-action"),
        QStringLiteral("frugality"),
        QStringLiteral("earn-trust"),
        QStringLiteral("dive-deep"),
        QStringLiteral("have-backbone"),
        QStringLiteral("deliver-results"),
        QStringLiteral("earths-best-employer"),
        QStringLiteral("broad-responsibility"),
    };
    return list;
}

QString Catalog::sectionName(const QString &section)
{
    const auto known = Sections::fromId(section);
    return known ? Sections::name(*known) : section;
}

QString Catalog::levelName(const QString &level)
{
    if (level == QLatin1String("beginner"))
        return tr("Beginner");
    if (level == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (level == QLatin1String("advanced"))
        return tr("Advanced");
    return level;
}

namespace {

struct PatternEntry
{
    const char *id;
    const char *name;
};

// Study order: each pattern leans on the ones before it.
const PatternEntry Patterns[] = {
    {"arrays-hashing", QT_TRANSLATE_NOOP("Starloop::Catalog", "Arrays & hashing")},
    {"two-pointers", QT_TRANSLATE_NOOP("Starloop::Catalog", "Two pointers")},
    {"sliding-window", QT_TRANSLATE_NOOP("Starloop::Catalog", "Sliding window")},
    {"stack", QT_TRANSLATE_NOOP("Starloop::Catalog", "Stack & monotonic stack")},
    {"binary-search", QT_TRANSLATE_NOOP("Starloop::Catalog", "Binary search")},
    {"linked-list", QT_TRANSLATE_NOOP("Starloop::Catalog", "Linked list")},
    {"trees", QT_TRANSLATE_NOOP("Starloop::Catalog", "Trees")},
    {"tries", QT_TRANSLATE_NOOP("Starloop::Catalog", "Tries")},
    {"heap", QT_TRANSLATE_NOOP("Starloop::Catalog", "Heap & priority queue")},
    {"backtracking", QT_TRANSLATE_NOOP("Starloop::Catalog", "Backtracking")},
    {"graphs", QT_TRANSLATE_NOOP("Starloop::Catalog", "Graphs")},
    {"advanced-graphs", QT_TRANSLATE_NOOP("Starloop::Catalog", "Advanced graphs")},
    {"dp-1d", QT_TRANSLATE_NOOP("Starloop::Catalog", "1-D dynamic programming")},
    {"dp-2d", QT_TRANSLATE_NOOP("Starloop::Catalog", "2-D dynamic programming")},
    {"greedy", QT_TRANSLATE_NOOP("Starloop::Catalog", "Greedy")},
    {"intervals", QT_TRANSLATE_NOOP("Starloop::Catalog", "Intervals")},
    {"math-geometry", QT_TRANSLATE_NOOP("Starloop::Catalog", "Math & geometry")},
    {"bit-manipulation", QT_TRANSLATE_NOOP("Starloop::Catalog", "Bit manipulation")},
    {"concurrency-design", QT_TRANSLATE_NOOP("Starloop::Catalog", "Concurrency & class design")},
};

} // namespace

const QStringList &Catalog::patternIds()
{
    static const QStringList list = [] {
        QStringList ids;
        for (const PatternEntry &entry : Patterns)
            ids << QLatin1String(entry.id);
        return ids;
    }();
    return list;
}

QString Catalog::patternName(const QString &pattern)
{
    for (const PatternEntry &entry : Patterns) {
        if (pattern == QLatin1String(entry.id))
            return tr(entry.name);
    }
    return pattern;
}

int Catalog::practiceMinutes(const QString &section)
{
    const auto known = Sections::fromId(section);
    return known ? Sections::practiceMinutes(*known) : 4; // as a spoken answer
}

} // namespace Starloop
