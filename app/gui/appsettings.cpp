#include "gui/appsettings.h"

#include <QSettings>

namespace Starloop::Gui {

namespace {

QVariant value(const char *key, const QVariant &fallback)
{
    return QSettings().value(QLatin1String(key), fallback);
}

void store(const char *key, const QVariant &v)
{
    QSettings().setValue(QLatin1String(key), v);
}

} // namespace

AppSettings::Theme AppSettings::theme()
{
    const int stored = value("appearance/theme", 0).toInt();
    return stored >= 0 && stored <= 2 ? static_cast<Theme>(stored) : Theme::System;
}

void AppSettings::setTheme(Theme theme)
{
    store("appearance/theme", static_cast<int>(theme));
}

QString AppSettings::codeTheme()
{
    return value("appearance/codeTheme", QString()).toString();
}

void AppSettings::setCodeTheme(const QString &name)
{
    store("appearance/codeTheme", name);
}

int AppSettings::fontPointSize()
{
    const int points = value("appearance/fontPointSize", 0).toInt();
    return points >= 6 && points <= 40 ? points : 0;
}

void AppSettings::setFontPointSize(int points)
{
    store("appearance/fontPointSize", points);
}

bool AppSettings::timerSounds()
{
    return value("practice/timerSounds", true).toBool();
}

void AppSettings::setTimerSounds(bool on)
{
    store("practice/timerSounds", on);
}

QString AppSettings::databasePath()
{
    return value("storage/databasePath", QString()).toString();
}

void AppSettings::setDatabasePath(const QString &path)
{
    store("storage/databasePath", path);
}

QString AppSettings::language()
{
    return value("appearance/language", QString()).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    store("appearance/language", language);
}

int AppSettings::backupsToKeep()
{
    return qBound(1, value("storage/backupsToKeep", 7).toInt(), 100);
}

// Not under "general/": QSettings reads an INI group of that name back as "General/", so the
// flag written there was never found again and the welcome opened on every start. Earlier
// builds' flag is read back under that name.
bool AppSettings::welcomeShown()
{
    return value("welcome/shown", false).toBool() || value("General/welcomeShown", false).toBool();
}

void AppSettings::setWelcomeShown(bool shown)
{
    store("welcome/shown", shown);
    if (!shown)
        QSettings().remove(QStringLiteral("General/welcomeShown"));
}

QString AppSettings::syncFolder()
{
    return value("sync/folder", QString()).toString();
}

void AppSettings::setSyncFolder(const QString &folder)
{
    store("sync/folder", folder);
}

} // namespace Starloop::Gui
