#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations);
}

namespace Starloop {

QString installTranslations(const QString &language)
{
    initTranslationResources();
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *starloop = new QTranslator(QCoreApplication::instance());
    if (!starloop->load(locale, QStringLiteral("starloop"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language without a catalogue (or the "C" locale of a bare session) reads English, and
        // English still needs its plural forms: without them "%n change(s)" shows as written.
        locale = QLocale(QLocale::English);
        if (!starloop->load(QStringLiteral(":/i18n/starloop_en.qm"))) {
            delete starloop;
            return QString();
        }
    }
    QCoreApplication::installTranslator(starloop);
    auto *qt = new QTranslator(QCoreApplication::instance());
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    const QString qtTranslations = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.language() == QLocale::English ? QString() : locale.name().left(2);
}

} // namespace Starloop
