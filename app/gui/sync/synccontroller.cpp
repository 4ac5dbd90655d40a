#include "gui/sync/synccontroller.h"

#include "core/storage/datastore.h"
#include "core/sync/changefile.h"
#include "core/sync/syncengine.h"
#include "gui/appsettings.h"
#include "gui/widgets/autosaver.h"

#include <QDateTime>
#include <QDir>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QTimer>
#include <QWidget>

namespace Starloop::Gui {

namespace {

SyncController::AskConsent &askConsent()
{
    static SyncController::AskConsent ask = [](QWidget *window, const QString &folder) {
        return QMessageBox::question(window, SyncController::tr("Sync"),
                   SyncController::tr("Sync this file with %1?\n\nIts data merges with that of every "
                                      "computer syncing there. Choose No for a restored backup or a "
                                      "file for trying things out.")
                       .arg(QDir::toNativeSeparators(folder)),
                   QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    };
    return ask;
}

} // namespace

SyncController::SyncController(Storage::DataStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_interval(new QTimer(this))
    , m_settle(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("syncController"));
    m_interval->setInterval(IntervalMs);
    connect(m_interval, &QTimer::timeout, this, &SyncController::automaticRound);
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, &SyncController::automaticRound);
    // A device's folder or file changed: wait for the sync tool to finish, then read.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
}

void SyncController::finalRound()
{
    m_interval->stop();
    m_settle->stop();
    m_closing = true; // nothing to show again: the window is going
    if (mayRunOnItsOwn(false))
        (void)round();
}

void SyncController::setAskConsent(AskConsent ask)
{
    askConsent() = std::move(ask);
}

void SyncController::automaticRound()
{
    if (mayRunOnItsOwn(true))
        (void)round();
}

bool SyncController::mayRunOnItsOwn(bool ask)
{
    if (!isEnabled() || m_running)
        return false;
    const auto consent = Sync::SyncEngine::consent(m_store.db());
    if (!consent) {
        setStatus(consent.errorMessage(), true);
        return false;
    }
    bool allowed = consent.value().value_or(false);
    if (!consent.value()) {
        if (!ask)
            return false;
        m_running = true; // no round while the question is open
        allowed = askConsent()(m_window, m_folder);
        m_running = false;
        if (const Status saved = Sync::SyncEngine::setConsent(m_store.db(), allowed); !saved) {
            setStatus(saved.errorMessage(), true);
            return false;
        }
    }
    if (!allowed)
        setStatus(tr("This file does not sync (your choice); File > Sync Now syncs it"), false);
    return allowed;
}

bool SyncController::isEnabled() const
{
    return !m_folder.isEmpty() && !m_store.isReadOnly();
}

void SyncController::start()
{
    m_folder = AppSettings::syncFolder();
    m_interval->stop();
    m_settle->stop();
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!isEnabled()) {
        setStatus(QString(), false);
        return;
    }
    m_interval->start();
    m_settle->start(); // the round at start, once the window is up
    watch();
}

void SyncController::watch()
{
    const QDir root(QDir(m_folder).filePath(QStringLiteral("starloop-sync")));
    QStringList paths {m_folder};
    if (root.exists()) {
        paths << root.path();
        for (const QString &device : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            paths << root.filePath(device);
    }
    const QStringList watched = m_watcher->directories();
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path))
            m_watcher->addPath(path);
    }
}

bool SyncController::syncNow()
{
    if (!isEnabled() || m_running)
        return false;
    if (const Status allowed = Sync::SyncEngine::setConsent(m_store.db(), true); !allowed) {
        setStatus(allowed.errorMessage(), true);
        return false;
    }
    return round();
}

bool SyncController::round()
{
    if (!isEnabled() || m_running)
        return false;
    m_running = true;
    m_settle->stop();
    // What was typed but not yet saved takes part in this round.
    for (AutoSaver *saver : m_window->findChildren<AutoSaver *>())
        saver->flush();
    const auto report
        = Sync::SyncEngine::runRound(m_store.db(), m_folder, QDateTime::currentSecsSinceEpoch());
    m_running = false;
    if (!report) {
        setStatus(report.errorMessage(), true);
        return false;
    }
    watch(); // a device folder seen for the first time
    setStatus(describe(report.value()), !report->messages.isEmpty() || report->unwritable);
    if (!m_closing && (report->received > 0 || report->conflicts > 0))
        emit dataChanged();
    return true;
}

QString SyncController::describe(const Sync::SyncReport &report) const
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    const auto status = Sync::SyncEngine::status(m_store.db());
    // Only the devices with files in this folder: not those met in another.
    QSet<QString> here;
    for (const Sync::SyncFolder::Entry &entry : Sync::SyncFolder(m_folder).entries())
        here.insert(entry.device);
    QStringList names;
    if (status) {
        for (const Sync::PeerDevice &device : status->devices) {
            if (here.contains(device.id))
                names << device.name;
        }
    }
    QString text = names.isEmpty() ? tr("Synced %1; no other device yet").arg(time)
                                   : tr("Synced %1 with %2").arg(time, names.join(QStringLiteral(", ")));
    if (report.received > 0)
        text += tr(" (%n change(s) came in)", nullptr, report.received);
    if (status && status->conflicts > 0)
        text += tr(", %n conflict copy(ies) to look at", nullptr, status->conflicts);
    if (report.unwritable)
        text += QStringLiteral(" — ") + tr("the folder cannot be written to, so nothing from here goes out");
    else if (!report.messages.isEmpty())
        text += QStringLiteral(" — ") + report.messages.first();
    return text;
}

void SyncController::setStatus(const QString &text, bool failed)
{
    m_status = text;
    emit statusChanged(text, failed);
}

} // namespace Starloop::Gui
