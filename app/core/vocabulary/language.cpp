#include "core/vocabulary/language.h"

#include "core/vocabulary/enumtable.h"

namespace Starloop {

namespace {

struct LanguageRow
{
    Language language;
    const char *id; // stored with attempts; the key of content/examples/*.json
    const char *displayName;
    const char *fileSuffix;
    const char *definitionName; // KSyntaxHighlighting
    const char *requiredProgram; // empty: "Run examples" cannot run it
    const char *commentPrefix;
    const char *fenceNames; // space-separated: ```cpp, ```c++ ... in a model solution
};

// An Other language has no id or names of its own here: the functions that take an id use it.
constexpr LanguageRow Table[] = {
    {Language::Python, "python", "Python", "py", "Python", "python3", "#", "python py python3"},
    {Language::Cpp, "cpp", "C++", "cpp", "C++", "g++", "//", "cpp c++ cxx"},
    {Language::Java, "java", "Java", "java", "Java", "javac", "//", "java"},
    {Language::Other, "", "", "txt", "", "", "//", ""},
};

static_assert(inEnumOrder(Table, &LanguageRow::language), "one row per Language, in the enum's order");

const LanguageRow &row(Language language)
{
    return Table[int(language)];
}

// The table's text, or the id itself for an Other language.
QString orId(const char *text, const QString &id)
{
    return *text ? QString::fromLatin1(text) : id;
}

} // namespace

const QVector<Language> &Languages::runnable()
{
    static const QVector<Language> list {Language::Python, Language::Cpp, Language::Java};
    return list;
}

Language Languages::fromId(const QString &id)
{
    for (const LanguageRow &entry : Table) {
        if (*entry.id && id == QLatin1String(entry.id))
            return entry.language;
    }
    return Language::Other;
}

QString Languages::id(Language language)
{
    return QString::fromLatin1(row(language).id);
}

QString Languages::displayName(const QString &id)
{
    return orId(row(fromId(id)).displayName, id);
}

QString Languages::definitionName(const QString &id)
{
    return orId(row(fromId(id)).definitionName, id);
}

QStringList Languages::fenceNames(const QString &id)
{
    const LanguageRow &entry = row(fromId(id));
    if (entry.language == Language::Other)
        return {id.toLower()};
    return QString::fromLatin1(entry.fenceNames).split(QLatin1Char(' '));
}

QString Languages::fileSuffix(Language language)
{
    return QString::fromLatin1(row(language).fileSuffix);
}

bool Languages::canRun(Language language)
{
    return *row(language).requiredProgram != '\0';
}

QString Languages::requiredProgram(Language language)
{
    return QString::fromLatin1(row(language).requiredProgram);
}

QString Languages::commentPrefix(Language language)
{
    return QString::fromLatin1(row(language).commentPrefix);
}

} // namespace Starloop
