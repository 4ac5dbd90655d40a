// Application: owns the open database and the main window for the life of the process.
// Opening asks the user what to do when a file cannot be used (read-only, another file);
// switching files, restoring a backup and importing data all go through here, because they
// replace what the window shows.
#pragma once

#include "core/storage/backups.h"
#include "core/storage/datastore.h"
#include "gui/mainwindow.h"

#include <QObject>

#include <memory>

namespace Starloop::Gui {

class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(QByteArray compressedBank, QObject *parent = nullptr);
    ~Application() override;

    // Opens `path` (recovering interactively), starts the daily backup and shows the window.
    // False when the user gave up.
    bool start(const QString &path);
    MainWindow *window() const { return m_window.get(); }
    Storage::DataStore *store() const { return m_store.get(); }

private:
    bool open(Storage::OpenOptions options);
    void startDailyBackup();
    void showWindow();
    void switchTo(const QString &path);
    void restoreBackup(const QString &backupPath);
    void reload();
    void showWelcomeOnce();

    QByteArray m_bank;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Storage::DailyBackup> m_backup; // today's copy, taken on a thread
};

} // namespace Starloop::Gui
