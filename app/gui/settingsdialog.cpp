#include "gui/settingsdialog.h"

#include "core/storage/datastore.h"
#include "core/sync/syncengine.h"
#include "gui/appsettings.h"
#include "gui/practice/schedulersettings.h"
#include "gui/widgets/codeblockhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

SettingsDialog::SettingsDialog(Storage::DataStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *dialogLayout = new QVBoxLayout(this);
    // Pages, not one tall column: a dialog taller than the screen allows squeezes its wrapped
    // lines (the review workload) until they are cut off.
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    dialogLayout->addWidget(m_pages);
    auto *general = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(general);
    m_pages->addTab(general, tr("General"));

    auto *appearance = new QGroupBox(tr("Appearance"), general);
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(AppSettings::theme())));
    appearanceForm->addRow(tr("&Theme:"), m_theme);

    m_codeTheme = new QComboBox(appearance);
    m_codeTheme->setObjectName(QStringLiteral("codeThemeCombo"));
    m_codeTheme->addItem(tr("Match the theme"), QString());
    for (const QString &name : CodeBlockHighlighter::themeNames())
        m_codeTheme->addItem(name, name);
    m_codeTheme->setCurrentIndex(qMax(0, m_codeTheme->findData(AppSettings::codeTheme())));
    m_codeTheme->setEnabled(CodeBlockHighlighter::isAvailable());
    if (!CodeBlockHighlighter::isAvailable())
        m_codeTheme->setToolTip(
            tr("This build has no KSyntaxHighlighting; code is shown in plain monospace."));
    appearanceForm->addRow(tr("&Code colours:"), m_codeTheme);

    m_fontSize = new QSpinBox(appearance);
    m_fontSize->setObjectName(QStringLiteral("fontSizeSpin"));
    m_fontSize->setRange(0, 32);
    m_fontSize->setSpecialValueText(tr("System size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(AppSettings::fontPointSize());
    appearanceForm->addRow(tr("&Font size:"), m_fontSize);

    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));
    appearanceForm->addRow(tr("&Language:"), m_language);
    layout->addWidget(appearance);

    auto *practice = new QGroupBox(tr("Practice"), general);
    auto *practiceForm = new QFormLayout(practice);
    m_timerSounds = new QCheckBox(tr("Play a sound at each phase change and when time is up"), practice);
    m_timerSounds->setObjectName(QStringLiteral("timerSoundsCheck"));
    m_timerSounds->setChecked(AppSettings::timerSounds());
    practiceForm->addRow(m_timerSounds);
    layout->addWidget(practice);
    layout->addStretch(1);
    if (store) {
        auto *reviews = new QWidget(m_pages);
        auto *reviewsLayout = new QVBoxLayout(reviews);
        m_scheduler = new SchedulerSettings(*store, reviews);
        reviewsLayout->addWidget(m_scheduler);
        reviewsLayout->addStretch(1);
        m_pages->addTab(reviews, tr("Reviews"));
    }

    auto *files = new QWidget(m_pages);
    layout = new QVBoxLayout(files);
    m_pages->addTab(files, tr("Storage && Sync"));
    auto *storage = new QGroupBox(tr("Storage"), files);
    auto *storageForm = new QFormLayout(storage);
    auto *pathRow = new QHBoxLayout;
    m_databasePath = new QLineEdit(AppSettings::databasePath(), storage);
    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setPlaceholderText(tr("The default location"));
    pathRow->addWidget(m_databasePath, 1);
    auto *browse = new QPushButton(tr("Browse…"), storage);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database File"), m_databasePath->text(),
            tr("Starloop files (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_databasePath->setText(path);
    });
    pathRow->addWidget(browse);
    addFieldRow(storageForm, tr("&Database file:"), m_databasePath, pathRow);
    storageForm->addRow(
        QString(), new QLabel(tr("Used from the next start; --database overrides it."), storage));
    layout->addWidget(storage);

    auto *sync = new QGroupBox(tr("Sync"), files);
    auto *syncForm = new QFormLayout(sync);
    auto *folderRow = new QHBoxLayout;
    m_syncFolder = new QLineEdit(AppSettings::syncFolder(), sync);
    m_syncFolder->setObjectName(QStringLiteral("syncFolderEdit"));
    m_syncFolder->setPlaceholderText(tr("No sync"));
    folderRow->addWidget(m_syncFolder, 1);
    auto *browseFolder = new QPushButton(tr("Browse…"), sync);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Sync Folder"), m_syncFolder->text());
        if (!folder.isEmpty())
            m_syncFolder->setText(folder);
    });
    folderRow->addWidget(browseFolder);
    addFieldRow(syncForm, tr("&Folder:"), m_syncFolder, folderRow);
    if (store) {
        const auto name = Sync::SyncEngine::deviceName(store->db());
        m_deviceName = new QLineEdit(name ? name.value() : QString(), sync);
        m_deviceName->setObjectName(QStringLiteral("deviceNameEdit"));
        syncForm->addRow(tr("This &computer's name:"), m_deviceName);
    }
    auto *syncNote
        = new QLabel(tr("A folder that Syncthing, Nextcloud, Dropbox or a network share keeps the same "
                        "on your computers. Each computer writes only its own files there."),
            sync);
    syncNote->setWordWrap(true);
    syncForm->addRow(QString(), syncNote);
    layout->addWidget(sync);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    dialogLayout->addWidget(buttons);
}

// A row whose field is a layout (the path and its Browse button) gets no buddy from QFormLayout,
// and a label without a buddy shows its '&' instead of underlining the shortcut.
void SettingsDialog::addFieldRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

void SettingsDialog::showPage(Page page)
{
    if (page == Page::Sync)
        m_pages->setCurrentIndex(m_pages->count() - 1);
    else
        m_pages->setCurrentIndex(page == Page::Reviews && m_scheduler ? 1 : 0);
    if (page == Page::Sync)
        m_syncFolder->setFocus();
}

// A sync folder that is not there would only fail at every round: offer to make it.
void SettingsDialog::accept()
{
    const QString folder = m_syncFolder->text().trimmed();
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        QMessageBox box(QMessageBox::Warning, tr("Sync Folder"),
            tr("The sync folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("missingSyncFolderBox"));
        box.setInformativeText(tr("Create it, or choose the folder your sync tool keeps the same on "
                                  "your computers."));
        QPushButton *create = box.addButton(tr("&Create Folder"), QMessageBox::AcceptRole);
        create->setObjectName(QStringLiteral("createSyncFolderButton"));
        box.addButton(tr("C&hoose Another"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != create) {
            showPage(Page::Sync);
            return;
        }
        if (!QDir().mkpath(folder)) {
            QMessageBox::warning(this, tr("Sync Folder"),
                tr("Could not create %1. Check that you may write there.")
                    .arg(QDir::toNativeSeparators(folder)));
            showPage(Page::Sync);
            return;
        }
    }
    QDialog::accept();
}

bool SettingsDialog::languageChanged() const
{
    return m_language->currentData().toString() != AppSettings::language();
}

Status SettingsDialog::save() const
{
    AppSettings::setTheme(static_cast<AppSettings::Theme>(m_theme->currentData().toInt()));
    AppSettings::setCodeTheme(m_codeTheme->currentData().toString());
    AppSettings::setFontPointSize(m_fontSize->value());
    AppSettings::setLanguage(m_language->currentData().toString());
    AppSettings::setTimerSounds(m_timerSounds->isChecked());
    AppSettings::setDatabasePath(m_databasePath->text().trimmed());
    AppSettings::setSyncFolder(m_syncFolder->text().trimmed());
    if (m_deviceName && m_store && !m_store->isReadOnly()) {
        if (const Status named = Sync::SyncEngine::setDeviceName(m_store->db(), m_deviceName->text()); !named)
            return named;
    }
    return m_scheduler ? m_scheduler->save() : Status();
}

} // namespace Starloop::Gui
