// The English plural forms are loaded whatever the system language: in the "C" locale the tests
// run in (a bare session), for a language without a catalogue, and for English itself; German
// still loads German.
#include "translations.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void englishPluralsAreLoadedWithoutACatalogueOfTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("system (C)") << QString();
        QTest::newRow("C") << QStringLiteral("C");
        QTest::newRow("French") << QStringLiteral("fr");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void englishPluralsAreLoadedWithoutACatalogueOfTheLanguage()
    {
        QFETCH(QString, language);
        QCOMPARE(Starloop::installTranslations(language), QString());
        QCOMPARE(sync(" (%n change(s) came in)", 1), QStringLiteral(" (1 change came in)"));
        QCOMPARE(sync(" (%n change(s) came in)", 3), QStringLiteral(" (3 changes came in)"));
        QCOMPARE(
            sync(", %n conflict copy(ies) to look at", 2), QStringLiteral(", 2 conflict copies to look at"));
    }

    void germanLoadsGerman()
    {
        QCOMPARE(Starloop::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QVERIFY(!sync(" (%n change(s) came in)", 3).contains(QStringLiteral("change")));
    }

private:
    static QString sync(const char *text, int n)
    {
        return QCoreApplication::translate("Starloop::Gui::SyncController", text, nullptr, n);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
