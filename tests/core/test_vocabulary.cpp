// The language and section tables (core/vocabulary): ids to enums and back, names, what the
// scratchpad and the runner read from them, and Catalog's string functions over the section table.
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/language.h"
#include "core/vocabulary/section.h"

#include <QTest>

using namespace Starloop;

class TestVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languagesRoundTrip()
    {
        QCOMPARE(
            Languages::runnable(), (QVector<Language> {Language::Python, Language::Cpp, Language::Java}));
        for (const Language language : Languages::runnable())
            QCOMPARE(Languages::fromId(Languages::id(language)), language);
        QCOMPARE(Languages::id(Language::Cpp), QStringLiteral("cpp"));
        QCOMPARE(Languages::fromId(QStringLiteral("Go")), Language::Other);
        QCOMPARE(Languages::fromId(QStringLiteral("Python")), Language::Other); // ids are lower case
        QCOMPARE(Languages::fromId(QString()), Language::Other);
        QCOMPARE(Languages::id(Language::Other), QString());
    }

    void languageTable()
    {
        QCOMPARE(Languages::displayName(QStringLiteral("cpp")), QStringLiteral("C++"));
        QCOMPARE(Languages::displayName(QStringLiteral("Go")), QStringLiteral("Go"));
        QCOMPARE(Languages::definitionName(QStringLiteral("python")), QStringLiteral("Python"));
        QCOMPARE(Languages::definitionName(QStringLiteral("Rust")), QStringLiteral("Rust"));
        QCOMPARE(Languages::fenceNames(QStringLiteral("python")),
            (QStringList {QStringLiteral("python"), QStringLiteral("py"), QStringLiteral("python3")}));
        QCOMPARE(Languages::fenceNames(QStringLiteral("java")), QStringList {QStringLiteral("java")});
        QCOMPARE(Languages::fenceNames(QStringLiteral("GNU Assembler")),
            QStringList {QStringLiteral("gnu assembler")});
        QCOMPARE(Languages::fileSuffix(Language::Python), QStringLiteral("py"));
        QCOMPARE(Languages::fileSuffix(Language::Other), QStringLiteral("txt"));
        QCOMPARE(Languages::requiredProgram(Language::Java), QStringLiteral("javac"));
        QVERIFY(Languages::canRun(Language::Cpp));
        QVERIFY(!Languages::canRun(Language::Other));
        QCOMPARE(Languages::commentPrefix(Language::Python), QStringLiteral("#"));
        QCOMPARE(Languages::commentPrefix(Language::Other), QStringLiteral("//"));
    }

    void sectionsRoundTrip()
    {
        QStringList ids;
        for (const Section section : Sections::all()) {
            ids << Sections::id(section);
            QCOMPARE(Sections::fromId(Sections::id(section)), std::optional<Section>(section));
        }
        QCOMPARE(ids,
            (QStringList {QStringLiteral("company"), QStringLiteral("leadership"), QStringLiteral("aws"),
                QStringLiteral("system-design"), QStringLiteral("coding"), QStringLiteral("ood")}));
        QCOMPARE(Catalog::sections(), ids);
        QVERIFY(!Sections::fromId(QStringLiteral("System design")));
        QVERIFY(Sections::fromId(QStringLiteral("ood")) == Section::Ood);
    }

    void catalogWrapsTheSectionTable()
    {
        QCOMPARE(Catalog::sectionName(QStringLiteral("system-design")), QStringLiteral("System design"));
        QCOMPARE(Catalog::sectionName(QStringLiteral("company")), QStringLiteral("Company & culture"));
        QCOMPARE(Catalog::sectionName(QStringLiteral("elsewhere")), QStringLiteral("elsewhere"));
        QCOMPARE(Sections::name(Section::Ood), QStringLiteral("Object-oriented design"));
        QCOMPARE(Catalog::practiceMinutes(QStringLiteral("coding")), 45);
        QCOMPARE(Catalog::practiceMinutes(QStringLiteral("ood")), 45);
        QCOMPARE(Catalog::practiceMinutes(QStringLiteral("system-design")), 60);
        QCOMPARE(Catalog::practiceMinutes(QStringLiteral("leadership")), 4);
        QCOMPARE(Catalog::practiceMinutes(QStringLiteral("elsewhere")), 4);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
