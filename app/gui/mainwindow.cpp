#include "mainwindow.h"

#include "aboutdialog.h"
#include "diagrams/diagramsworkspace.h"
#include "practice/practiceworkspace.h"
#include "questions/questionsworkspace.h"
#include "stories/storiesworkspace.h"
#include "storage/datastore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
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

MainWindow::~MainWindow() = default;

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
    m_sidebar->setFixedWidth(96);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(0);
    m_sidebar->setUniformItemSizes(true);
    m_sidebar->setFocusPolicy(Qt::TabFocus);
    QPalette sidebarPalette = m_sidebar->palette();
    sidebarPalette.setColor(QPalette::Base, sidebarPalette.color(QPalette::Window).darker(106));
    m_sidebar->setPalette(sidebarPalette);

    m_stack = new QStackedWidget(central);
    m_workspaces = {
        new QuestionsWorkspace(m_store, m_saveStatus, m_stack),
        new StoriesWorkspace(m_store, m_saveStatus, m_stack),
        new DiagramsWorkspace(m_store, m_saveStatus, m_stack),
        new PracticeWorkspace(m_store, m_saveStatus, m_stack),
    };
    for (Workspace *workspace : std::as_const(m_workspaces)) {
        m_stack->addWidget(workspace);
        auto *item = new QListWidgetItem(workspace->icon(), workspace->title(), m_sidebar);
        item->setSizeHint(QSize(88, 66));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::showWorkspace);

    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
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

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menuGo"));
    for (int i = 0; i < m_workspaces.size(); ++i) {
        QAction *action = go->addAction(m_workspaces.at(i)->icon(), m_workspaces.at(i)->title());
        action->setObjectName(QStringLiteral("actionGo%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showWorkspace(i); });
        m_goActions << action;
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
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

Workspace *MainWindow::workspace(int index) const
{
    return m_workspaces.value(index);
}

void MainWindow::updateUndoActions()
{
    QUndoStack *stack = m_workspaces.at(currentWorkspace())->undoStack();
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    for (Workspace *workspace : std::as_const(m_workspaces)) {
        if (QUndoStack *s = workspace->undoStack())
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
        addRow(m_goActions.at(i)->shortcut().toString(QKeySequence::NativeText), tr("Show %1").arg(m_workspaces.at(i)->title()));
    addRow(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText) + tr(" or /"), tr("Search questions"));
    addRow(tr("Up / Down, J / K"), tr("Next / previous result"));
    addRow(tr("Space"), tr("Reveal the answer in self-test mode"));
    addRow(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText), tr("Undo"));
    addRow(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText), tr("Redo"));
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), QStringLiteral("<table>%1</table>").arg(rows),
                    QMessageBox::Close, this);
    box.exec();
}

} // namespace Starloop::Gui
