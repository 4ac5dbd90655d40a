#include "gui/application.h"

#include "core/storage/backups.h"
#include "core/userdata.h"
#include "gui/appsettings.h"
#include "gui/windowviewstate.h"

#include <QDateTime>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Starloop::Gui {

using Storage::OpenFailure;

Application::Application(QByteArray compressedBank, QObject *parent)
    : QObject(parent)
    , m_bank(std::move(compressedBank))
{ }

Application::~Application()
{
    m_window.reset();
    m_backup.reset();
    m_store.reset();
}

bool Application::start(const QString &path)
{
    Storage::OpenOptions options;
    options.path = path;
    if (!open(options))
        return false;
    showWindow();
    showWelcomeOnce();
    return true;
}

bool Application::open(Storage::OpenOptions options)
{
    for (;;) {
        auto opened = openUserData(options, m_bank);
        if (opened) {
            m_store = std::move(opened.value().store);
            if (!m_store->isReadOnly())
                startDailyBackup();
            return true;
        }
        const auto failure = static_cast<OpenFailure>(opened.error().code);
        QMessageBox box(QMessageBox::Warning, tr("Starloop cannot open this file"), opened.errorMessage(),
            QMessageBox::NoButton);
        box.setObjectName(QStringLiteral("openFailureBox"));
        QPushButton *readOnly = nullptr;
        if (failure == OpenFailure::NotWritable || failure == OpenFailure::Locked)
            readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
        QPushButton *restore = nullptr;
        const auto backups = Storage::Backups(options.path).list();
        if ((failure == OpenFailure::Corrupt || failure == OpenFailure::NotSqlite) && !backups.isEmpty())
            restore = box.addButton(tr("Restore Latest Backup"), QMessageBox::AcceptRole);
        QPushButton *choose = box.addButton(tr("Choose Another File…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (readOnly && box.clickedButton() == readOnly) {
            options.readOnly = true;
            continue;
        }
        if (restore && box.clickedButton() == restore) {
            const Status restored = Storage::Backups::restore(backups.first().path, options.path);
            if (!restored)
                QMessageBox::warning(nullptr, tr("Restore Failed"), restored.errorMessage());
            continue;
        }
        if (box.clickedButton() != choose)
            return false;
        const QString path = QFileDialog::getSaveFileName(nullptr, tr("Choose or Create a Starloop File"),
            options.path, tr("Starloop files (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return false;
        options.path = path;
        options.readOnly = false;
    }
}

// The day's backup is copied on a thread while the window shows. Nothing is lost when the copy
// fails; the window says so.
void Application::startDailyBackup()
{
    m_backup = std::make_unique<Storage::DailyBackup>(m_store->path(), AppSettings::backupsToKeep());
    connect(
        m_backup.get(), &Storage::DailyBackup::finished, this, [this](const QString &, const QString &error) {
            if (!error.isEmpty() && m_window)
                m_window->saveStatus()->markFailed(tr("Today's backup could not be taken: %1").arg(error));
        });
    m_backup->start(QDateTime::currentDateTimeUtc());
}

void Application::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_store);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this, &Application::switchTo,
        Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::restoreBackupRequested, this, &Application::restoreBackup,
        Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::reloadRequested, this, &Application::reload, Qt::QueuedConnection);
    m_window->show();
}

void Application::switchTo(const QString &path)
{
    const QString previous = m_store->path();
    m_window.reset();
    m_backup.reset();
    m_store.reset();
    Storage::OpenOptions options;
    options.path = path;
    if (!open(options)) {
        options.path = previous;
        if (!open(options))
            return;
    }
    showWindow();
}

void Application::restoreBackup(const QString &backupPath)
{
    const QString path = m_store->path();
    m_window.reset();
    m_backup.reset(); // a copy in progress ends before the file is replaced
    m_store.reset(); // closes the file, checkpointing the WAL, and releases the lock
    const Status restored = Storage::Backups::restore(backupPath, path);
    if (!restored)
        QMessageBox::warning(nullptr, tr("Restore Failed"), restored.errorMessage());
    Storage::OpenOptions options;
    options.path = path;
    if (!open(options))
        return;
    showWindow();
    if (restored)
        m_window->statusBar()->showMessage(
            tr("Restored the backup; your previous file is kept as %1.before-restore.bak").arg(path), 15000);
}

void Application::reload()
{
    WindowViewState state;
    if (m_window)
        state = WindowViewState::capture(*m_window);
    m_window.reset(); // saves text being typed
    showWindow();
    state.restore(*m_window, m_store->db());
}

void Application::showWelcomeOnce()
{
    if (AppSettings::welcomeShown())
        return;
    AppSettings::setWelcomeShown(true);
    m_window->showWelcome();
}

} // namespace Starloop::Gui
