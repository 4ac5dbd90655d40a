#include "gui/mainwindow.h"

#include "core/diagrams/diagramtemplates.h"
#include "core/storage/datastore.h"
#include "core/stories/story.h"
#include "gui/aboutdialog.h"
#include "gui/appsettings.h"
#include "gui/dataactions.h"
#include "gui/diagrams/diagramsworkspace.h"
#include "gui/practice/compacttimer.h"
#include "gui/practice/practiceworkspace.h"
#include "gui/practice/timercontroller.h"
#include "gui/questions/questionsworkspace.h"
#include "gui/settingsdialog.h"
#include "gui/stories/storiesworkspace.h"
#include "gui/sync/conflictsdialog.h"
#include "gui/sync/synccontroller.h"
#include "gui/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QToolBar>
#include <QUndoGroup>
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
    m_undoGroup = new QUndoGroup(this);
    m_dataActions = new DataActions(m_store, this);
    connect(m_dataActions, &DataActions::openDatabaseRequested, this, &MainWindow::openDatabaseRequested);
    connect(m_dataActions, &DataActions::restoreBackupRequested, this, &MainWindow::restoreBackupRequested);
    connect(m_dataActions, &DataActions::reloadRequested, this, &MainWindow::reloadRequested);
    connect(m_dataActions, &DataActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_sync = new SyncController(m_store, this);
    connect(m_sync, &SyncController::dataChanged, this, &MainWindow::reloadRequested);
    createWorkspaces();
    createMenus();
    createStatusBar();
    restoreWindowState();
    m_sync->start();
}

MainWindow::~MainWindow()
{
    // The workspaces go first, while the SaveStatus they report their last saves to still
    // exists (as a child widget each would otherwise outlive this object's members).
    for (Workspace *workspace : std::as_const(m_workspaces))
        delete workspace;
    m_workspaces.clear();
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
        m_stack->addWidget(
            m_workspaces.at(i) ? static_cast<QWidget *>(m_workspaces.at(i)) : new QWidget(m_stack));
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

    m_undoGroup->addStack(m_workspaces.at(Questions)->undoStack());
    connectQuestions();
    // A running system-design round keeps a version of the open diagram at each phase change,
    // so the design can be replayed phase by phase afterwards.
    connect(m_timer, &TimerController::phaseStarted, this, [this](int, const QString &phase) {
        auto *diagrams
            = static_cast<DiagramsWorkspace *>(m_workspaces.at(Diagrams)); // none open when never shown
        if (diagrams && m_timer->kind() == QLatin1String("system-design")
            && diagrams->currentDiagramId() != 0) {
            const auto kept = diagrams->takeSnapshot(
                tr("Before %1 (%2)").arg(phase, QTime::currentTime().toString(QStringLiteral("HH:mm"))));
            if (!kept)
                m_saveStatus.markFailed(kept.errorMessage());
        }
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

// What the Questions workspace asks of the others.
void MainWindow::connectQuestions()
{
    auto *questions = static_cast<QuestionsWorkspace *>(m_workspaces.at(Questions));
    connect(questions, &QuestionsWorkspace::practiceRequested, this,
        [this](qint64 id, const QString &title, int minutes) {
            practice()->practiceQuestion(id, title, minutes);
        });
    connect(questions, &QuestionsWorkspace::storyRequested, this, [this](qint64 id) {
        showWorkspace(Stories);
        static_cast<StoriesWorkspace *>(workspace(Stories))->openStory(id);
    });
    connect(questions, &QuestionsWorkspace::diagramRequested, this, [this](qint64 id) {
        showWorkspace(Diagrams);
        static_cast<DiagramsWorkspace *>(workspace(Diagrams))->openDiagram(id);
    });
    connect(questions, &QuestionsWorkspace::storyDraftRequested, this, [this](const Stories::Story &draft) {
        showWorkspace(Stories);
        static_cast<StoriesWorkspace *>(workspace(Stories))->newStory(draft);
    });
    // The reference diagram becomes a diagram of the user's, linked to the question; the
    // template itself stays as it is.
    connect(questions, &QuestionsWorkspace::newDiagramRequested, this,
        [this](const QString &templateId, qint64 questionId, const QString &title) {
            showWorkspace(Diagrams);
            auto *diagrams = static_cast<DiagramsWorkspace *>(workspace(Diagrams));
            const auto reference = Diagrams::DiagramTemplates::find(templateId);
            const QString name = reference ? reference->title : tr("My design: %1").arg(title);
            const auto created = diagrams->createDiagram(name, templateId);
            const Status linked
                = created ? diagrams->linkCurrentToQuestion(questionId) : Status(created.error());
            if (!linked)
                m_saveStatus.markFailed(linked.errorMessage());
        });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    auto addFileAction = [&](const QString &name, const QString &text, void (DataActions::*slot)()) {
        QAction *action = file->addAction(text, m_dataActions, slot);
        action->setObjectName(name);
        action->setEnabled(!m_store.isReadOnly() || name == QLatin1String("actionOpenDatabase")
            || name.startsWith(QLatin1String("actionExport")));
        return action;
    };
    addFileAction(QStringLiteral("actionOpenDatabase"), tr("&Open Database…"), &DataActions::openDatabase)
        ->setShortcut(QKeySequence::Open);
    file->addSeparator();
    addFileAction(
        QStringLiteral("actionExportData"), tr("&Export Everything I Wrote…"), &DataActions::exportData);
    addFileAction(QStringLiteral("actionExportWithRecordings"), tr("Export with &Recordings…"),
        &DataActions::exportWithRecordings);
    addFileAction(QStringLiteral("actionImportData"), tr("&Import…"), &DataActions::importData);
    file->addSeparator();
    QAction *syncNow = file->addAction(tr("S&ync Now"), this, &MainWindow::syncNow);
    syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    syncNow->setEnabled(!m_store.isReadOnly());
    QAction *conflicts = file->addAction(tr("Sync &Conflicts…"), this, &MainWindow::showSyncConflicts);
    conflicts->setObjectName(QStringLiteral("actionSyncConflicts"));
    file->addSeparator();
    addFileAction(QStringLiteral("actionBackUpNow"), tr("&Back Up Now"), &DataActions::backUpNow);
    addFileAction(
        QStringLiteral("actionRestoreBackup"), tr("&Restore a Backup…"), &DataActions::restoreBackup);
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(redo);

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
    connect(miniTimer, &QAction::triggered, this, [this] { practice()->showMiniTimer(); });

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
    m_saveLabel = new QLabel(
        m_saveStatus.message().isEmpty() ? tr("All changes saved") : m_saveStatus.message(), this);
    m_saveLabel->setObjectName(QStringLiteral("saveIndicator"));
    m_saveLabel->setAccessibleName(tr("Save status"));
    m_databaseLabel = new QLabel(
        QDir::toNativeSeparators(m_store.path()) + (m_store.isReadOnly() ? tr(" (read-only)") : QString()),
        this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setEnabled(false);
    statusBar()->addWidget(m_databaseLabel, 1);
    m_syncLabel = new QLabel(m_sync->statusText(), this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_syncLabel->setAccessibleName(tr("Sync status"));
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_saveLabel);
    connect(m_sync, &SyncController::statusChanged, this, [this](const QString &text, bool failed) {
        m_syncLabel->setText(text);
        QPalette palette = m_syncLabel->palette();
        palette.setColor(QPalette::WindowText,
            failed ? QColor(0xc0, 0x1c, 0x28) : QApplication::palette().color(QPalette::WindowText));
        m_syncLabel->setPalette(palette);
    });
    connect(
        &m_saveStatus, &SaveStatus::changed, this, [this](SaveStatus::State state, const QString &message) {
            m_saveLabel->setText(message);
            QPalette palette = m_saveLabel->palette();
            palette.setColor(QPalette::WindowText,
                state == SaveStatus::State::Failed ? QColor(0xc0, 0x1c, 0x28)
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
    m_undoGroup->setActiveStack(m_workspaces.at(index)->undoStack());
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
        if (QUndoStack *stack = created->undoStack())
            m_undoGroup->addStack(stack);
    }
    return m_workspaces.at(index);
}

Workspace *MainWindow::buildWorkspace(int index)
{
    if (index == Stories)
        return new StoriesWorkspace(m_store, m_saveStatus, m_stack);
    if (index == Diagrams) {
        auto *diagrams = new DiagramsWorkspace(m_store, m_saveStatus, m_stack);
        connect(diagrams, &DiagramsWorkspace::openQuestionRequested, this, [this](qint64 id) {
            showWorkspace(Questions);
            static_cast<QuestionsWorkspace *>(m_workspaces.at(Questions))->openQuestion(id);
        });
        return diagrams;
    }
    auto *created = new PracticeWorkspace(m_store, m_saveStatus, *m_timer, m_stack);
    connect(created, &PracticeWorkspace::openQuestionRequested, this, [this](qint64 id) {
        showWorkspace(Questions);
        static_cast<QuestionsWorkspace *>(m_workspaces.at(Questions))->openQuestion(id);
    });
    connect(created, &PracticeWorkspace::openStoryRequested, this, [this](qint64 id) {
        showWorkspace(Stories);
        static_cast<StoriesWorkspace *>(workspace(Stories))->openStory(id);
    });
    connect(created, &PracticeWorkspace::showRequested, this, [this] { showWorkspace(Practice); });
    return created;
}

PracticeWorkspace *MainWindow::practice()
{
    return static_cast<PracticeWorkspace *>(workspace(Practice));
}

static_assert(
    int(MainWindow::Practice) + 1 == Workspace::KindCount && int(MainWindow::Diagrams) == Workspace::Diagrams,
    "the sidebar lists the workspaces in Workspace::Kind order");

QString MainWindow::workspaceTitle(int index) const
{
    return Workspace::titleOf(Workspace::Kind(qBound(0, index, int(Practice))));
}

QIcon MainWindow::workspaceIcon(int index) const
{
    // Made once and shared by the sidebar and the Go menu: each QIcon made from an SVG file
    // parses the file.
    if (m_workspaceIcons.isEmpty()) {
        for (int kind = 0; kind < Workspace::KindCount; ++kind)
            m_workspaceIcons << Workspace::iconOf(Workspace::Kind(kind));
    }
    return m_workspaceIcons.at(qBound(0, index, int(Practice)));
}

QVector<QIcon> MainWindow::workspaceIcons() const
{
    QVector<QIcon> icons;
    for (int i = 0; i <= Practice; ++i)
        icons << workspaceIcon(i);
    return icons;
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
    m_sync->finalRound(); // flushes the editors first
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
        rows += QStringLiteral("<tr><td style='padding-right:18px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (int i = 0; i < m_goActions.size(); ++i)
        addRow(m_goActions.at(i)->shortcut().toString(QKeySequence::NativeText),
            tr("Show %1").arg(workspaceTitle(i)));
    addRow(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + tr(" or /"),
        tr("Search questions"));
    addRow(tr("Up / Down, J / K"), tr("Next / previous result"));
    addRow(tr("Space"), tr("Reveal the answer in self-test mode"));
    addRow(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), tr("Undo"));
    addRow(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText), tr("Redo"));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"),
        QStringLiteral("<table>%1</table>").arg(rows), QMessageBox::Close, this);
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

void MainWindow::showSettings(bool syncPage)
{
    SettingsDialog dialog(&m_store, this);
    if (syncPage)
        dialog.showPage(SettingsDialog::Page::Sync);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.languageChanged();
    if (const Status saved = dialog.save(); !saved) {
        m_saveStatus.markFailed(saved.errorMessage());
        QMessageBox::warning(this, tr("Settings"), saved.errorMessage());
    }
    applyAppearance(AppSettings::theme(), AppSettings::fontPointSize());
    m_sync->start(); // the sync folder may have changed
    if (languageChanged)
        QMessageBox::information(this, tr("Language"), tr("The new language is used from the next start."));
}

void MainWindow::syncNow()
{
    if (!m_sync->isEnabled()) {
        QMessageBox box(QMessageBox::Information, tr("Sync"),
            tr("Choose a folder that Syncthing, Nextcloud, Dropbox or a network share keeps the same on "
               "your computers in Settings > Sync first."),
            QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("syncNoFolderBox"));
        QPushButton *open = box.addButton(tr("Open &Settings"), QMessageBox::AcceptRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open)
            showSettings(true);
        return;
    }
    if (!m_sync->syncNow())
        QMessageBox::warning(this, tr("Sync"), m_sync->statusText());
}

void MainWindow::showSyncConflicts()
{
    ConflictsDialog dialog(m_store, this);
    dialog.exec();
    // The status bar's count, and the other computers, learn of it now.
    if (dialog.changedSync() && m_sync->isEnabled())
        m_sync->syncNow();
    if (dialog.changedData())
        emit reloadRequested();
}

} // namespace Starloop::Gui
