// AppSettings: typed access to the preferences kept with QSettings (not in the database, since
// one of them is where the database is). Every reader has a sensible default.
#pragma once

#include <QString>

namespace Starloop::Gui {

class AppSettings
{
public:
    enum class Theme { System = 0, Light = 1, Dark = 2 };

    static Theme theme();
    static void setTheme(Theme theme);
    static QString codeTheme(); // a KSyntaxHighlighting theme name; empty: follow the palette
    static void setCodeTheme(const QString &name);
    static int fontPointSize(); // 0: the system's
    static void setFontPointSize(int points);
    static bool timerSounds();
    static void setTimerSounds(bool on);
    static QString databasePath(); // empty: the default location
    static void setDatabasePath(const QString &path);
    static QString language(); // empty: the system's; "en", "de"
    static void setLanguage(const QString &language);
    static int backupsToKeep();
    // The folder a sync tool keeps the same on every computer (Sync::SyncEngine); empty: no sync.
    // Kept here, not in the database: the folder's path differs from one computer to the next.
    static QString syncFolder();
    static void setSyncFolder(const QString &folder);
    static bool welcomeShown();
    static void setWelcomeShown(bool shown);
};

} // namespace Starloop::Gui
