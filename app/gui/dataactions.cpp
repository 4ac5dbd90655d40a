#include "gui/dataactions.h"

#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/storage/backups.h"
#include "core/storage/datastore.h"
#include "gui/appsettings.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace Starloop::Gui {

DataActions::DataActions(Storage::DataStore &store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{ }

void DataActions::openDatabase()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Open or Create a Starloop File"),
        m_store.path(), tr("Starloop files (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && path != m_store.path())
        Q_EMIT openDatabaseRequested(path);
}

void DataActions::backUpNow()
{
    Storage::Backups backups(m_store.path());
    const auto taken
        = backups.takeNow(m_store.db(), QDateTime::currentDateTimeUtc(), AppSettings::backupsToKeep());
    if (!taken) {
        QMessageBox::warning(m_window, tr("Back Up"), taken.errorMessage());
        return;
    }
    Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(taken.value())));
}

void DataActions::restoreBackup()
{
    Storage::Backups backups(m_store.path());
    const auto entries = backups.list();
    if (entries.isEmpty()) {
        QMessageBox::information(m_window, tr("Restore a Backup"),
            tr("There are no backups yet. Starloop takes one a day, kept in %1.")
                .arg(QDir::toNativeSeparators(backups.folder())));
        return;
    }
    QStringList labels;
    for (const auto &entry : entries)
        labels << tr("%1 (%2 KiB)")
                      .arg(QLocale().toString(entry.takenAt.toLocalTime(), QLocale::LongFormat))
                      .arg(entry.bytes / 1024);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("Restore a Backup"),
        tr("Replace the current data with the backup taken on:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(labels.indexOf(chosen));
    if (QMessageBox::question(m_window, tr("Restore a Backup"),
            tr("Everything written since that backup will be replaced. The current file is kept "
               "beside it as a .before-restore.bak copy. Restore?"))
        != QMessageBox::Yes)
        return;
    Q_EMIT restoreBackupRequested(entries.at(index).path);
}

void DataActions::exportData()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Everything I Wrote"),
        QDir::homePath()
            + QStringLiteral("/starloop-export-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const auto json = Portability::DataExport::toJson(m_store.db());
    QSaveFile file(path);
    if (!json || !file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size()
        || !file.commit()) {
        QMessageBox::warning(m_window, tr("Export"), json ? file.errorString() : json.errorMessage());
        return;
    }
    Q_EMIT message(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void DataActions::importData()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Import"), QDir::homePath(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import"), file.errorString());
        return;
    }
    const auto import = Portability::DataImport::parse(file.readAll());
    if (!import) {
        QMessageBox::warning(m_window, tr("Import"), import.errorMessage());
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto preview = import->preview(m_store.db(), now);
    if (!preview) {
        QMessageBox::warning(m_window, tr("Import"), preview.errorMessage());
        return;
    }
    if (!preview->hasChanges()) {
        QMessageBox::information(m_window, tr("Import"),
            tr("Everything in this file is already here.\n\n%1").arg(preview->summary()));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Import"), tr("This import will make these changes:"),
        QMessageBox::Cancel, m_window);
    confirm.setInformativeText(preview->summary());
    if (!preview->warnings.isEmpty())
        confirm.setDetailedText(preview->warnings.join(QLatin1Char('\n')));
    QPushButton *apply = confirm.addButton(tr("Import"), QMessageBox::AcceptRole);
    confirm.exec();
    if (confirm.clickedButton() != apply)
        return;
    const auto report = import->apply(m_store.db(), now);
    if (!report) {
        QMessageBox::warning(m_window, tr("Import"), report.errorMessage());
        return;
    }
    Q_EMIT reloadRequested();
}

} // namespace Starloop::Gui
