#include "mainwindow.h"

#include "aboutdialog.h"
#include "appsettings.h"
#include "portability/dataexport.h"
#include "portability/dataimport.h"
#include "settingsdialog.h"
#include "storage/backups.h"
#include "theme.h"
#include "diagrams/diagramsworkspace.h"
#include "practice/compacttimer.h"
#include "practice/practiceworkspace.h"
#include "practice/timercontroller.h"
#include "questions/questionsworkspace.h"
#include "stories/storiesworkspace.h"
#include "storage/datastore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

static void initGuiResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace Starloop::Gui {

MainWindow::MainWindow(Storage::DataStore &store, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
{
    initGuiResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(QStringLiteral("Starloop[*]"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/starloop.svg")));
    createWorkspaces();
    createMenus();
    createStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The workspaces' undo stacks die after this object; their signals must not reach it.
    for (Workspace *workspace : std::as_const(m_workspaces)) {
        if (QUndoStack *stack = workspace ? workspace->undoStack() : nullptr)
            stack->disconnect(this);
    }
}

void MainWindow::createWorkspaces()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("workspaceSidebar"));
    m_sidebar->setAccessibleName(tr("Workspaces"));
    m_sidebar->setViewMode(QListView::IconMode);
    m_sidebar->setFlow(QListView::TopToBottom);
    m_sidebar->setMovement(QListView::Static);
    m_sidebar->setIconSize(QSize(32, 32));
    m_sidebar->setGridSize(QSize(92, 70));
    m_sidebar->setWordWrap(true);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(0);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setFocusPolicy(Qt::TabFocus);
    updateSidebarPalette();

    m_stack = new QStackedWidget(central);
    // Only Questions is built now; the other workspaces when first shown (workspace()), so a
    // start pays only for what is on screen. Until then a blank page holds their place in the
    // stack. The practice timer is the window's, so the toolbar can show it from the start.
    m_timer = new TimerController(m_store, this);
    connect(m_timer, &TimerController::sessionSaved, &m_saveStatus, &SaveStatus::markSaved);
    connect(m_timer, &TimerController::failed, &m_saveStatus, &SaveStatus::markFailed);
    m_workspaces = {new QuestionsWorkspace(m_store, m_saveStatus, m_stack), nullptr, nullptr, nullptr};
    int labelWidth = 0;
    for (int i = 0; i < m_workspaces.size(); ++i) {
        m_stack->addWidget(m_workspaces.at(i) ? static_cast<QWidget *>(m_workspaces.at(i)) : new QWidget(m_stack));
        auto *item = new QListWidgetItem(workspaceIcon(i), workspaceTitle(i), m_sidebar);
        item->setSizeHint(QSize(88, 66));
        labelWidth = qMax(labelWidth, m_sidebar->fontMetrics().horizontalAdvance(workspaceTitle(i)));
    }
    // Wide enough for the longest label in this language and font.
    const int width = qMax(92, labelWidth + 20);
    m_sidebar->setGridSize(QSize(width - 4, 70));
    for (int i = 0; i < m_sidebar->count(); ++i)
        m_sidebar->item(i)->setSizeHint(QSize(width - 8, 66));
    m_sidebar->setFixedWidth(width);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);

    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    auto *questions = static_cast<QuestionsWorkspace *>(m_workspaces.at(Questions));
    connect(questions, &QuestionsWorkspace::practiceRequested, this,
            [this](qint64 id, const QString &title, int minutes) { practice()->practiceQuestion(id, title, minutes); });
    connect(questions, &QuestionsWorkspace::storyRequested, this, [this](qint64 id) {
        showWorkspace(Stories);
        static_cast<StoriesWorkspace *>(workspace(Stories))->openStory(id);
    });
    connect(questions, &QuestionsWorkspace::diagramRequested, this, [this](qint64 id) {
        showWorkspace(Diagrams);
        static_cast<DiagramsWorkspace *>(workspace(Diagrams))->openDiagram(id);
    });
    // A running system-design round keeps a version of the open diagram at each phase change,
    // so the design can be replayed phase by phase afterwards.
    connect(m_timer, &TimerController::phaseStarted, this, [this](int, const QString &phase) {
        auto *diagrams = static_cast<DiagramsWorkspace *>(m_workspaces.at(Diagrams)); // none open when never shown
        if (diagrams && m_timer->kind() == QLatin1String("system-design") && diagrams->currentDiagramId() != 0)
            diagrams->takeSnapshot(tr("Before %1 (%2)").arg(phase, QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    });
    // The practice timer stays in sight at the top right, whichever workspace is shown; clicking
    // its time shows the Practice workspace.
    QToolBar *timerBar = addToolBar(tr("Practice Timer"));
    timerBar->setObjectName(QStringLiteral("timerToolBar"));
    timerBar->setMovable(false);
    auto *spacer = new QWidget(timerBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    timerBar->addWidget(spacer);
    auto *compact = new CompactTimer(*m_timer, CompactTimer::Layout::ToolBar, timerBar);
    connect(compact, &CompactTimer::openRequested, this, [this] {
        practice()->showTab(PracticeWorkspace::TimerTab);
        showWorkspace(Practice);
    });
    timerBar->addWidget(compact);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    auto addFileAction = [&](const QString &name, const QString &text, void (MainWindow::*slot)()) {
        QAction *action = file->addAction(text, this, slot);
        action->setObjectName(name);
        action->setEnabled(!m_store.isReadOnly() || name == QLatin1String("actionOpenDatabase")
                           || name == QLatin1String("actionExportData"));
        return action;
    };
    addFileAction(QStringLiteral("actionOpenDatabase"), tr("&Open Database…"), &MainWindow::openDatabase)
        ->setShortcut(QKeySequence::Open);
    file->addSeparator();
    addFileAction(QStringLiteral("actionExportData"), tr("&Export Everything I Wrote…"), &MainWindow::exportData);
    addFileAction(QStringLiteral("actionImportData"), tr("&Import…"), &MainWindow::importData);
    file->addSeparator();
    addFileAction(QStringLiteral("actionBackUpNow"), tr("&Back Up Now"), &MainWindow::backUpNow);
    addFileAction(QStringLiteral("actionRestoreBackup"), tr("&Restore a Backup…"), &MainWindow::restoreBackup);
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    m_undoAction = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (QUndoStack *stack = m_workspaces.at(currentWorkspace())->undoStack())
            stack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (QUndoStack *stack = m_workspaces.at(currentWorkspace())->undoStack())
            stack->redo();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    QAction *sidebar = view->addAction(tr("Show &Sidebar"));
    sidebar->setObjectName(QStringLiteral("actionShowSidebar"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    connect(sidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(QStringLiteral("actionFullScreen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    QAction *miniTimer = view->addAction(tr("&Mini Timer"));
    miniTimer->setObjectName(QStringLiteral("actionMiniTimer"));
    miniTimer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(miniTimer, &QAction::triggered, this,
            [this] { practice()->showMiniTimer(); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    for (int i = 0; i < m_workspaces.size(); ++i) {
        QAction *action = go->addAction(workspaceIcon(i), workspaceTitle(i));
        action->setObjectName(QStringLiteral("actionGo%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showWorkspace(i); });
        m_goActions << action;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction *welcome = help->addAction(tr("&Welcome"), this, &MainWindow::showWelcome);
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    QAction *about = help->addAction(tr("&About Starloop"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_saveLabel = new QLabel(m_saveStatus.message().isEmpty() ? tr("All changes saved") : m_saveStatus.message(), this);
    m_saveLabel->setObjectName(QStringLiteral("saveIndicator"));
    m_saveLabel->setAccessibleName(tr("Save status"));
    m_databaseLabel = new QLabel(QDir::toNativeSeparators(m_store.path())
                                     + (m_store.isReadOnly() ? tr(" (read-only)") : QString()),
                                 this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setEnabled(false);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_saveLabel);
    connect(&m_saveStatus, &SaveStatus::changed, this, [this](SaveStatus::State state, const QString &message) {
        m_saveLabel->setText(message);
        QPalette palette = m_saveLabel->palette();
        palette.setColor(QPalette::WindowText, state == SaveStatus::State::Failed
                                                   ? QColor(0xc0, 0x1c, 0x28)
                                                   : QApplication::palette().color(QPalette::WindowText));
        m_saveLabel->setPalette(palette);
        setWindowModified(state != SaveStatus::State::Saved);
    });
}

void MainWindow::showWorkspace(int index)
{
    if (index < 0 || index >= m_workspaces.size())
        return;
    workspace(index); // built on first use
    if (m_stack->currentIndex() != index)
        m_stack->setCurrentIndex(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_workspaces.at(index)->activate();
    updateUndoActions();
}

int MainWindow::currentWorkspace() const
{
    return m_stack->currentIndex();
}

Workspace *MainWindow::workspace(int index)
{
    if (index < 0 || index >= m_workspaces.size())
        return nullptr;
    if (!m_workspaces.at(index)) {
        Workspace *created = buildWorkspace(index);
        QWidget *placeholder = m_stack->widget(index);
        const bool current = m_stack->currentIndex() == index;
        m_stack->insertWidget(index, created);
        m_stack->removeWidget(placeholder);
        delete placeholder;
        if (current)
            m_stack->setCurrentIndex(index);
        m_workspaces[index] = created;
    }
    return m_workspaces.at(index);
}

Workspace *MainWindow::buildWorkspace(int index)
{
    if (index == Stories)
        return new StoriesWorkspace(m_store, m_saveStatus, m_stack);
    if (index == Diagrams)
        return new DiagramsWorkspace(m_store, m_saveStatus, m_stack);
    auto *created = new PracticeWorkspace(m_store, m_saveStatus, *m_timer, m_stack);
    connect(created, &PracticeWorkspace::openQuestionRequested, this, [this](qint64 id) {
        showWorkspace(Questions);
        static_cast<QuestionsWorkspace *>(m_workspaces.at(Questions))->openQuestion(id);
    });
    connect(created, &PracticeWorkspace::showRequested, this, [this] { showWorkspace(Practice); });
    return created;
}

PracticeWorkspace *MainWindow::practice()
{
    return static_cast<PracticeWorkspace *>(workspace(Practice));
}

namespace {

// Each workspace's name and icon, in sidebar order, for before it is built.
struct WorkspaceLabel
{
    QString (*title)();
    QIcon (*icon)();
};
const WorkspaceLabel WorkspaceLabels[] = {
    {&QuestionsWorkspace::staticTitle, &QuestionsWorkspace::staticIcon},
    {&StoriesWorkspace::staticTitle, &StoriesWorkspace::staticIcon},
    {&DiagramsWorkspace::staticTitle, &DiagramsWorkspace::staticIcon},
    {&PracticeWorkspace::staticTitle, &PracticeWorkspace::staticIcon},
};

} // namespace

QString MainWindow::workspaceTitle(int index) const
{
    return WorkspaceLabels[qBound(0, index, int(Practice))].title();
}

QIcon MainWindow::workspaceIcon(int index) const
{
    // Made once and shared by the sidebar and the Go menu: each QIcon made from an SVG file
    // parses the file.
    if (m_workspaceIcons.isEmpty()) {
        for (const WorkspaceLabel &label : WorkspaceLabels)
            m_workspaceIcons << label.icon();
    }
    return m_workspaceIcons.at(qBound(0, index, int(Practice)));
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_workspaces.at(currentWorkspace())->undoStack();
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    for (Workspace *workspace : std::as_const(m_workspaces)) {
        if (QUndoStack *s = workspace ? workspace->undoStack() : nullptr)
            s->disconnect(this);
    }
    if (!stack)
        return;
    connect(stack, &QUndoStack::canUndoChanged, this, [this](bool on) { m_undoAction->setEnabled(on); });
    connect(stack, &QUndoStack::canRedoChanged, this, [this](bool on) { m_redoAction->setEnabled(on); });
    connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 820);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showWorkspace(settings.value(QStringLiteral("window/workspace"), 0).toInt());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/workspace"), currentWorkspace());
}

void MainWindow::updateSidebarPalette()
{
    // A shade darker (or lighter, in a dark theme) than the window, following theme changes.
    QPalette palette = QApplication::palette();
    const QColor window = palette.color(QPalette::Window);
    palette.setColor(QPalette::Base, window.lightness() < 128 ? window.lighter(125) : window.darker(106));
    m_sidebar->setPalette(palette);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange && m_sidebar)
        updateSidebarPalette();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_store.path(), this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    QString rows;
    auto addRow = [&rows](const QString &keys, const QString &what) {
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (int i = 0; i < m_goActions.size(); ++i)
        addRow(m_goActions.at(i)->shortcut().toString(QKeySequence::NativeText), tr("Show %1").arg(workspaceTitle(i)));
    addRow(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + tr(" or /"), tr("Search questions"));
    addRow(tr("Up / Down, J / K"), tr("Next / previous result"));
    addRow(tr("Space"), tr("Reveal the answer in self-test mode"));
    addRow(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), tr("Undo"));
    addRow(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText), tr("Redo"));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.exec();
}

void MainWindow::showWelcome()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("Welcome to Starloop"),
                                tr("<h3>Three things to try first</h3>"
                                   "<ol>"
                                   "<li><b>Find a question in two keystrokes.</b> Press Ctrl+F and type <i>dy</i> for "
                                   "DynamoDB, <i>lp:ownership</i> for a principle, or <i>-sql</i> to leave a word out.</li>"
                                   "<li><b>Test yourself.</b> Turn on <i>Self-test</i>, answer out loud, press Space to reveal "
                                   "the answer and rate how well you knew it.</li>"
                                   "<li><b>Write your first STAR story</b> in Stories (Ctrl+2) and tag the principles it "
                                   "shows: the loop wants 2–3 stories for each of the 16.</li>"
                                   "</ol><p>Everything you write is saved as you type, in one file on this computer.</p>"),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("welcomeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/starloop.svg")).pixmap(64, 64));
    box->setModal(false);
    box->show();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.languageChanged();
    dialog.save();
    applyAppearance(AppSettings::theme(), AppSettings::fontPointSize());
    if (languageChanged)
        QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start."));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create a Starloop File"), m_store.path(),
                                                      tr("Starloop files (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty() && path != m_store.path())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::backUpNow()
{
    Storage::Backups backups(m_store.path());
    const auto taken = backups.takeNow(m_store.db(), QDateTime::currentDateTimeUtc(), AppSettings::backupsToKeep());
    if (!taken) {
        QMessageBox::warning(this, tr("Back Up"), taken.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(taken.value())), 8000);
}

void MainWindow::restoreBackup()
{
    Storage::Backups backups(m_store.path());
    const auto entries = backups.list();
    if (entries.isEmpty()) {
        QMessageBox::information(this, tr("Restore a Backup"),
                                 tr("There are no backups yet. Starloop takes one a day, kept in %1.")
                                     .arg(QDir::toNativeSeparators(backups.folder())));
        return;
    }
    QStringList labels;
    for (const auto &entry : entries)
        labels << tr("%1 (%2 KiB)").arg(QLocale().toString(entry.takenAt.toLocalTime(), QLocale::LongFormat)).arg(entry.bytes / 1024);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore a Backup"),
                                                 tr("Replace the current data with the backup taken on:"), labels, 0,
                                                 false, &ok);
    if (!ok)
        return;
    const int index = int(labels.indexOf(chosen));
    if (QMessageBox::question(this, tr("Restore a Backup"),
                              tr("Everything written since that backup will be replaced. The current file is kept "
                                 "beside it as a .before-restore.bak copy. Restore?"))
        != QMessageBox::Yes)
        return;
    Q_EMIT restoreBackupRequested(entries.at(index).path);
}

void MainWindow::exportData()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Everything I Wrote"),
        QDir::homePath() + QStringLiteral("/starloop-export-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const auto json = Portability::DataExport::toJson(m_store.db());
    QSaveFile file(path);
    if (!json || !file.open(QIODevice::WriteOnly) || file.write(json.value()) != json->size() || !file.commit()) {
        QMessageBox::warning(this, tr("Export"), json ? file.errorString() : json.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importData()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), QDir::homePath(), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import"), file.errorString());
        return;
    }
    const auto import = Portability::DataImport::parse(file.readAll());
    if (!import) {
        QMessageBox::warning(this, tr("Import"), import.errorMessage());
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto preview = import->preview(m_store.db(), now);
    if (!preview) {
        QMessageBox::warning(this, tr("Import"), preview.errorMessage());
        return;
    }
    if (!preview->hasChanges()) {
        QMessageBox::information(this, tr("Import"), tr("Everything in this file is already here.\n\n%1").arg(preview->summary()));
        return;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Import"), tr("This import will make these changes:"),
                        QMessageBox::Cancel, this);
    confirm.setInformativeText(preview->summary());
    if (!preview->warnings.isEmpty())
        confirm.setDetailedText(preview->warnings.join(QLatin1Char('\n')));
    QPushButton *apply = confirm.addButton(tr("Import"), QMessageBox::AcceptRole);
    confirm.exec();
    if (confirm.clickedButton() != apply)
        return;
    const auto report = import->apply(m_store.db(), now);
    if (!report) {
        QMessageBox::warning(this, tr("Import"), report.errorMessage());
        return;
    }
    Q_EMIT reloadRequested();
}

} // namespace Starloop::Gui
