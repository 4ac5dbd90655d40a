#include "core/vocabulary/section.h"

#include "core/vocabulary/enumtable.h"

#include <QCoreApplication>

namespace Starloop {

namespace {

struct SectionRow
{
    Section section;
    const char *id;
    const char *name; // translated in Catalog's context, where the names have always been
    int practiceMinutes;
};

constexpr SectionRow Table[] = {
    {Section::Company, "company", QT_TRANSLATE_NOOP("Starloop::Catalog", "Company & culture"), 4},
    {Section::Leadership, "leadership", QT_TRANSLATE_NOOP("Starloop::Catalog", "Leadership principles"), 4},
    {Section::Aws, "aws", QT_TRANSLATE_NOOP("Starloop::Catalog", "AWS"), 4},
    {Section::SystemDesign, "system-design", QT_TRANSLATE_NOOP("Starloop::Catalog", "System design"), 60},
    {Section::Coding, "coding", QT_TRANSLATE_NOOP("Starloop::Catalog", "Coding"), 45},
    {Section::Ood, "ood", QT_TRANSLATE_NOOP("Starloop::Catalog", "Object-oriented design"), 45},
};

static_assert(inEnumOrder(Table, &SectionRow::section), "one row per Section, in the enum's order");

const SectionRow &row(Section section)
{
    return Table[int(section)];
}

} // namespace

const QVector<Section> &Sections::all()
{
    static const QVector<Section> list = [] {
        QVector<Section> sections;
        for (const SectionRow &entry : Table)
            sections << entry.section;
        return sections;
    }();
    return list;
}

std::optional<Section> Sections::fromId(const QString &id)
{
    for (const SectionRow &entry : Table) {
        if (id == QLatin1String(entry.id))
            return entry.section;
    }
    return std::nullopt;
}

QString Sections::id(Section section)
{
    return QString::fromLatin1(row(section).id);
}

QString Sections::name(Section section)
{
    return QCoreApplication::translate("Starloop::Catalog", row(section).name);
}

int Sections::practiceMinutes(Section section)
{
    return row(section).practiceMinutes;
}

bool Sections::hasCode(const QString &id)
{
    const std::optional<Section> section = fromId(id);
    return section == Section::Coding || section == Section::Ood;
}

bool Sections::isRound(const QString &id)
{
    const std::optional<Section> section = fromId(id);
    return section && practiceMinutes(*section) >= 45;
}

} // namespace Starloop
