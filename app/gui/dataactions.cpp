#include "gui/dataactions.h"

#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/portability/exportarchive.h"
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

void DataActions::exportWithRecordings()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export with Recordings"),
        QDir::homePath()
            + QStringLiteral("/starloop-export-%1.zip").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    const auto written = Portability::ExportArchive::write(m_store.db(), path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export with Recordings"), written.errorMessage());
        return;
    }
    QString text = tr("Exported to %1 with %n recording(s)", nullptr, written->recordings)
                       .arg(QDir::toNativeSeparators(path));
    if (written->leftOut > 0)
        text += QLatin1String("; ")
            + tr("%n linked recording(s) left out: missing, or outside the recordings folder", nullptr,
                written->leftOut);
    Q_EMIT message(text);
}

void DataActions::importData()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import"), QDir::homePath(), tr("Starloop exports (*.json *.zip)"));
    if (!path.isEmpty())
        importFile(path);
}

void DataActions::importFile(const QString &path)
{
    auto source = Portability::ImportFile::read(path);
    if (!source) {
        QMessageBox::warning(m_window, tr("Import"), source.errorMessage());
        return;
    }
    const std::optional<Portability::ExportArchive> &archive = source->archive;
    const auto import = Portability::DataImport::parse(source->json);
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
    const Portability::RecordingsRestored recordings
        = archive ? archive->previewRecordings(m_store.db()) : Portability::RecordingsRestored {};
    QString summary = preview->summary();
    if (archive)
        summary += QLatin1Char('\n') + recordings.summary();
    if (!preview->hasChanges() && recordings.added == 0) {
        QMessageBox::information(
            m_window, tr("Import"), tr("Everything in this file is already here.\n\n%1").arg(summary));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Import"), tr("This import will make these changes:"),
        QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("importConfirmation"));
    confirm.setInformativeText(summary);
    if (!preview->warnings.isEmpty())
        confirm.setDetailedText(preview->warnings.join(QLatin1Char('\n')));
    QPushButton *apply = confirm.addButton(tr("Import"), QMessageBox::AcceptRole);
    confirm.exec();
    if (confirm.clickedButton() != apply)
        return;
    QStringList problems;
    if (archive) {
        // The files first: a recording without its log entry is harmless, a link without its file is not.
        const auto restored = archive->restoreRecordings(m_store.db());
        if (!restored)
            problems << restored.errorMessage();
        else
            problems << restored->warnings;
    }
    const auto report = import->apply(m_store.db(), now);
    if (!report)
        problems.prepend(report.errorMessage());
    if (!problems.isEmpty())
        QMessageBox::warning(m_window, tr("Import"), problems.join(QLatin1Char('\n')));
    if (report)
        Q_EMIT reloadRequested();
}

} // namespace Starloop::Gui
