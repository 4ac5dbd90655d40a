#include "gui/sync/conflictsdialog.h"

#include "core/storage/datastore.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Starloop::Gui {

ConflictsDialog::ConflictsDialog(Storage::DataStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("ConflictsDialog"));
    setWindowTitle(tr("Sync Conflicts"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These texts were edited on two devices before they synced. The newer edit "
                                "is in place; the other is kept here for you to compare."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const auto deviceName = Sync::SyncEngine::deviceName(m_store.db());
    m_deviceName = deviceName ? deviceName.value() : QString();
    m_empty = new QLabel(tr("No conflict copies: nothing was edited on two computers at once."), this);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_panes = splitter;
    m_list = new QListWidget(splitter);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setAccessibleName(tr("Conflict copies"));
    auto *texts = new QWidget(splitter);
    auto *grid = new QGridLayout(texts);
    grid->setContentsMargins(0, 0, 0, 0);
    m_copyLabel = new QLabel(texts);
    m_copyLabel->setObjectName(QStringLiteral("conflictCopyLabel"));
    m_copy = new QPlainTextEdit(texts);
    m_copy->setObjectName(QStringLiteral("conflictCopyText"));
    m_copy->setReadOnly(true);
    m_copy->setAccessibleName(tr("The kept copy"));
    m_now = new QPlainTextEdit(texts);
    m_now->setObjectName(QStringLiteral("conflictNowText"));
    m_now->setReadOnly(true);
    m_now->setAccessibleName(tr("The text as it is now"));
    grid->addWidget(m_copyLabel, 0, 0);
    grid->addWidget(new QLabel(tr("Now:"), texts), 0, 1);
    grid->addWidget(m_copy, 1, 0);
    grid->addWidget(m_now, 1, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("conflictNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_use = buttons->addButton(tr("&Use This Copy"), QDialogButtonBox::ActionRole);
    m_use->setObjectName(QStringLiteral("useConflictButton"));
    m_dismiss = buttons->addButton(tr("&Dismiss"), QDialogButtonBox::ActionRole);
    m_dismiss->setObjectName(QStringLiteral("dismissConflictButton"));
    m_use->setToolTip(tr("Puts this copy's text in place; the text it replaces is kept as a conflict copy."));
    // Enter closes the dialog: neither action is taken by a stray key press.
    m_use->setAutoDefault(false);
    m_dismiss->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_use, &QPushButton::clicked, this, &ConflictsDialog::useCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsDialog::dismissCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showCurrent);
    layout->addWidget(buttons);
    reload();
}

void ConflictsDialog::reload()
{
    const auto conflicts = Sync::SyncConflicts(m_store.db()).list();
    if (!conflicts)
        QMessageBox::warning(this, windowTitle(), conflicts.errorMessage());
    m_conflicts = conflicts ? conflicts.value() : QVector<Sync::SyncConflict>();
    const int row = qMax(0, m_list->currentRow());
    m_list->clear();
    for (const Sync::SyncConflict &conflict : std::as_const(m_conflicts)) {
        const QString when
            = QLocale().toString(QDateTime::fromSecsSinceEpoch(conflict.changedAt), QLocale::ShortFormat);
        m_list->addItem(tr("%1 — conflict from %2 at %3").arg(conflict.label, fromWhom(conflict), when));
    }
    m_empty->setVisible(m_conflicts.isEmpty());
    m_panes->setVisible(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty())
        m_list->setCurrentRow(qMin(row, int(m_conflicts.size()) - 1));
    showCurrent();
}

const Sync::SyncConflict *ConflictsDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictsDialog::showCurrent()
{
    const Sync::SyncConflict *conflict = current();
    m_use->setEnabled(conflict && !m_store.isReadOnly());
    m_dismiss->setEnabled(conflict && !m_store.isReadOnly());
    if (!conflict) {
        m_copy->clear();
        m_now->clear();
        return;
    }
    m_copyLabel->setText(tr("Kept copy, from %1:").arg(fromWhom(*conflict)));
    m_copy->setPlainText(Sync::SyncConflicts::readable(conflict->record, conflict->section));
    const auto now = Sync::SyncConflicts(m_store.db()).current(*conflict);
    m_now->setPlainText(!now ? now.errorMessage()
            : now->isEmpty() ? tr("(deleted since)")
                             : Sync::SyncConflicts::readable(now.value(), conflict->section));
}

void ConflictsDialog::dismissCurrent()
{
    const Sync::SyncConflict *conflict = current();
    if (!conflict)
        return;
    if (const Status dismissed = Sync::SyncConflicts(m_store.db()).dismiss(conflict->uid); !dismissed)
        QMessageBox::warning(this, windowTitle(), dismissed.errorMessage());
    else
        m_changedSync = true;
    m_notice->hide();
    reload();
}

void ConflictsDialog::useCurrent()
{
    const Sync::SyncConflict *conflict = current();
    if (!conflict)
        return;
    const Status used
        = Sync::SyncConflicts(m_store.db()).useCopy(*conflict, QDateTime::currentSecsSinceEpoch());
    if (!used) {
        QMessageBox::warning(this, windowTitle(), used.errorMessage());
    } else {
        m_changedData = m_changedSync = true;
        m_notice->setText(tr("The copy's text is in place. The text it replaced is kept in this list as a "
                             "conflict copy from this computer, so you can swap back."));
        m_notice->show();
    }
    reload();
}

QString ConflictsDialog::fromWhom(const Sync::SyncConflict &conflict) const
{
    return conflict.device == m_deviceName ? tr("this computer") : conflict.device;
}

} // namespace Starloop::Gui
