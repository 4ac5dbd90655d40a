#include "questionsworkspace.h"

#include "bank/catalog.h"
#include "coding/codeeditor.h"
#include "coding/scratchpadwidget.h"
#include "diagrams/diagramrepository.h"
#include "practice/reviewrepository.h"
#include "questions/facetcounter.h"
#include "stories/storyrepository.h"
#include "resultdelegate.h"
#include "resultmodel.h"
#include "savestatus.h"
#include "storage/datastore.h"
#include "widgets/markdownview.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Questions::SearchQuery;

namespace {

constexpr int ResultLimit = 200;
constexpr int FacetGroupRole = Qt::UserRole + 1; // on a group of filters: its Facets::Group

// Undo of "delete my question": puts it back, whole.
class DeleteOwnQuestionCommand : public QUndoCommand
{
public:
    DeleteOwnQuestionCommand(Questions::QuestionRepository &repository, Questions::Question question,
                             std::function<void()> refresh)
        : QUndoCommand(QCoreApplication::translate("QuestionsWorkspace", "Delete “%1”").arg(question.title))
        , m_repository(repository)
        , m_refresh(std::move(refresh))
    {
        m_removed.question = std::move(question);
    }
    void redo() override
    {
        if (auto removed = m_repository.removeOwn(m_removed.question.id))
            m_removed = removed.value();
        m_refresh();
    }
    void undo() override
    {
        m_repository.restoreOwn(m_removed);
        m_refresh();
    }

private:
    Questions::QuestionRepository &m_repository;
    Questions::RemovedQuestion m_removed; // the question, then what its deletion took along
    std::function<void()> m_refresh;
};

} // namespace

QuestionsWorkspace::QuestionsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(store.db())
    , m_history(store.db())
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("QuestionsWorkspace"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("questionsSplitter"));
    splitter->addWidget(createSearchPane());
    splitter->addWidget(createAnswerPane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 800});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // The counts beside the filters come from a second, read-only connection on a thread of its own.
    const Storage::Database &db = store.db();
    m_facetCounter = new Questions::FacetCounter(
        db.path(), db.isReadOnly() ? db.access() : Storage::Database::Access::ReadOnly, this);
    connect(m_facetCounter, &Questions::FacetCounter::counted, this, &QuestionsWorkspace::showFacets);
    connect(m_facetCounter, &Questions::FacetCounter::failed, this, &QuestionsWorkspace::countFacetsHere);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(120);
    connect(m_searchDebounce, &QTimer::timeout, this, &QuestionsWorkspace::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));

    // A search the user settles on (or confirms with Enter) goes into the history.
    m_historyTimer = new QTimer(this);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(1500);
    connect(m_historyTimer, &QTimer::timeout, this, [this] { m_history.record(m_search->text(), now()); });

    m_noteDebounce = new QTimer(this);
    m_noteDebounce->setSingleShot(true);
    m_noteDebounce->setInterval(400);
    connect(m_noteDebounce, &QTimer::timeout, this, &QuestionsWorkspace::saveNote);

    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    runSearch();
}

QuestionsWorkspace::~QuestionsWorkspace()
{
    if (m_noteDebounce->isActive())
        saveNote(); // never lose the last keystrokes
}

QString QuestionsWorkspace::staticTitle()
{
    return tr("Questions");
}

QIcon QuestionsWorkspace::staticIcon()
{
    return QIcon(QStringLiteral(":/icons/questions.svg"));
}

void QuestionsWorkspace::activate()
{
    if (m_store.db().dataVersion() != m_linksVersion)
        refreshLinks(); // links may have changed in Stories or Diagrams
    m_search->setFocus();
}

QWidget *QuestionsWorkspace::createSearchPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(8, 8, 4, 8);

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(pane);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search: dynamo, \"two pizza\", -sql, lp:ownership, is:starred"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    searchRow->addWidget(m_search, 1);

    m_syntaxButton = new QToolButton(pane);
    m_syntaxButton->setObjectName(QStringLiteral("searchSyntaxButton"));
    m_syntaxButton->setText(tr("?"));
    m_syntaxButton->setToolTip(tr("Search syntax"));
    m_syntaxButton->setAccessibleName(tr("Search syntax"));
    m_syntaxButton->setPopupMode(QToolButton::InstantPopup);
    auto *syntax = new QMenu(m_syntaxButton);
    const QList<QPair<QString, QString>> operators{
        {QStringLiteral("dyna"), tr("words match by prefix: dyna finds DynamoDB")},
        {QStringLiteral("\"two pizza\""), tr("a quoted phrase matches exactly")},
        {QStringLiteral("-sql"), tr("a leading minus excludes a word")},
        {QStringLiteral("lp:"), tr("a leadership principle, e.g. lp:ownership")},
        {QStringLiteral("tag:"), tr("a tag, e.g. tag:dynamodb")},
        {QStringLiteral("level:"), tr("beginner, intermediate or advanced")},
        {QStringLiteral("section:"), tr("company, leadership, aws, system-design, coding, ood")},
        {QStringLiteral("is:starred"), tr("questions you starred")},
        {QStringLiteral("is:due"), tr("questions due for review")},
        {QStringLiteral("is:mine"), tr("questions you added")},
    };
    for (const auto &[token, help] : operators) {
        QAction *action = syntax->addAction(QStringLiteral("%1  —  %2").arg(token, help));
        connect(action, &QAction::triggered, this, [this, token = token] {
            QString text = m_search->text().trimmed();
            m_search->setText(text.isEmpty() ? token : text + QLatin1Char(' ') + token);
            m_search->setFocus();
        });
    }
    m_syntaxButton->setMenu(syntax);
    searchRow->addWidget(m_syntaxButton);

    m_historyButton = new QToolButton(pane);
    m_historyButton->setObjectName(QStringLiteral("searchHistoryButton"));
    m_historyButton->setText(tr("☰"));
    m_historyButton->setToolTip(tr("Recent and saved searches"));
    m_historyButton->setAccessibleName(tr("Recent and saved searches"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    auto *historyMenu = new QMenu(m_historyButton);
    historyMenu->setObjectName(QStringLiteral("searchHistoryMenu"));
    connect(historyMenu, &QMenu::aboutToShow, this, &QuestionsWorkspace::fillHistoryMenu);
    m_historyButton->setMenu(historyMenu);
    searchRow->addWidget(m_historyButton);

    auto *addButton = new QToolButton(pane);
    addButton->setObjectName(QStringLiteral("addQuestionButton"));
    addButton->setText(tr("+"));
    addButton->setToolTip(tr("Add a question of your own"));
    addButton->setAccessibleName(tr("Add question"));
    connect(addButton, &QToolButton::clicked, this, &QuestionsWorkspace::addOwnQuestion);
    searchRow->addWidget(addButton);
    layout->addLayout(searchRow);

    auto *split = new QSplitter(Qt::Vertical, pane);
    m_facets = new QTreeWidget(split);
    m_facets->setObjectName(QStringLiteral("questionFacets"));
    m_facets->setAccessibleName(tr("Filters"));
    m_facets->setHeaderHidden(true);
    m_facets->setColumnCount(2);
    m_facets->header()->setStretchLastSection(false);
    m_facets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_facets->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_facets->setRootIsDecorated(true);
    const QList<QPair<Questions::Facets::Group, QString>> groups{
        {Questions::Facets::Sections, tr("Sections")},
        {Questions::Facets::Levels, tr("Levels")},
        {Questions::Facets::Principles, tr("Leadership principles")},
        {Questions::Facets::Status, tr("Status")},
        {Questions::Facets::Tags, tr("Tags")}};
    for (const auto &group : groups) {
        auto *parent = new QTreeWidgetItem(m_facets, {group.second});
        QFont bold = parent->font(0);
        bold.setBold(true);
        parent->setFont(0, bold);
        parent->setData(0, FacetGroupRole, int(group.first));
        parent->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator); // counted when opened
    }
    connect(m_facets, &QTreeWidget::itemExpanded, this, [this](QTreeWidgetItem *group) {
        m_openFacets |= group->data(0, FacetGroupRole).toInt();
        if (group->childCount() == 0)
            refreshFacets();
    });
    connect(m_facets, &QTreeWidget::itemCollapsed, this,
            [this](QTreeWidgetItem *group) { m_openFacets &= ~group->data(0, FacetGroupRole).toInt(); });
    connect(m_facets, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        const QString token = item->data(0, Qt::UserRole).toString();
        if (!token.isEmpty())
            toggleFilter(token);
    });

    auto *resultsBox = new QWidget(split);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_resultCount = new QLabel(resultsBox);
    m_resultCount->setObjectName(QStringLiteral("resultCount"));
    resultsLayout->addWidget(m_resultCount);
    m_results = new QListView(resultsBox);
    m_results->setObjectName(QStringLiteral("questionResults"));
    m_results->setAccessibleName(tr("Matching questions"));
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setAlternatingRowColors(true);
    m_results->setUniformItemSizes(true);
    m_results->installEventFilter(this);
    m_model = new ResultModel(m_repository, this);
    m_results->setModel(m_model);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid())
                    openQuestion(index.data(ResultDelegate::IdRole).toLongLong());
            });
    resultsLayout->addWidget(m_results);
    split->addWidget(m_facets);
    split->addWidget(resultsBox);
    split->setSizes({190, 600});
    layout->addWidget(split, 1);
    return pane;
}

QWidget *QuestionsWorkspace::createAnswerPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 8, 8, 8);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(pane);
    m_title->setObjectName(QStringLiteral("questionTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    titles->addWidget(m_title);
    m_meta = new QLabel(pane);
    m_meta->setObjectName(QStringLiteral("questionMeta"));
    m_meta->setWordWrap(true);
    m_meta->setEnabled(false);
    titles->addWidget(m_meta);
    m_links = new QLabel(pane);
    m_links->setObjectName(QStringLiteral("questionLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setAccessibleName(tr("Stories and diagrams linked to this question"));
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
        if (link.startsWith(QLatin1String("story:")))
            Q_EMIT storyRequested(id);
        else if (link.startsWith(QLatin1String("diagram:")))
            Q_EMIT diagramRequested(id);
    });
    titles->addWidget(m_links);
    header->addLayout(titles, 1);

    auto makeButton = [&](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QToolButton(pane);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        header->addWidget(button, 0, Qt::AlignTop);
        return button;
    };
    m_starButton = makeButton(QStringLiteral("starButton"), tr("☆ Star"), tr("Star this question"));
    m_starButton->setCheckable(true);
    connect(m_starButton, &QToolButton::clicked, this, &QuestionsWorkspace::setStarred);
    m_selfTestButton = makeButton(QStringLiteral("selfTestButton"), tr("Self-test"), tr("Hide the answer until you reveal it"));
    m_selfTestButton->setCheckable(true);
    connect(m_selfTestButton, &QToolButton::toggled, this, [this] { showCurrentAnswer(); });
    m_practiceButton = makeButton(QStringLiteral("practiceButton"), tr("Practice this"), tr("Answer it against the clock"));
    connect(m_practiceButton, &QToolButton::clicked, this, [this] {
        Q_EMIT practiceRequested(m_current.id, m_current.title, Bank::Catalog::practiceMinutes(m_current.section));
        // A coding round is practised in the scratchpad, with the clock running.
        if (m_codeButton->isVisibleTo(this))
            openScratchpad(m_current.id);
    });
    m_codeButton = makeButton(QStringLiteral("codeButton"), tr("Code"), tr("Write and run your solution in the scratchpad"));
    m_codeButton->setCheckable(true);
    connect(m_codeButton, &QToolButton::toggled, this, &QuestionsWorkspace::showScratchpad);
    m_deleteButton = makeButton(QStringLiteral("deleteQuestionButton"), tr("Delete"), tr("Delete this question of yours"));
    connect(m_deleteButton, &QToolButton::clicked, this, &QuestionsWorkspace::deleteOwnQuestion);
    layout->addLayout(header);

    m_answerStack = new QStackedWidget(pane);
    m_answer = new MarkdownView(m_answerStack);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answerStack->addWidget(m_answer);
    auto *hidden = new QWidget(m_answerStack);
    auto *hiddenLayout = new QVBoxLayout(hidden);
    hiddenLayout->addStretch();
    auto *hiddenText = new QLabel(tr("The answer is hidden. Say your answer out loud, then reveal it."), hidden);
    hiddenText->setAlignment(Qt::AlignCenter);
    hiddenText->setWordWrap(true);
    hiddenLayout->addWidget(hiddenText);
    m_revealButton = new QPushButton(tr("Reveal Answer (Space)"), hidden);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    connect(m_revealButton, &QPushButton::clicked, this, &QuestionsWorkspace::reveal);
    hiddenLayout->addWidget(m_revealButton, 0, Qt::AlignHCenter);
    hiddenLayout->addStretch();
    m_answerStack->addWidget(hidden);
    // The scratchpad sits under the answer for coding and design questions, on demand.
    auto *answerSplit = new QSplitter(Qt::Vertical, pane);
    answerSplit->setObjectName(QStringLiteral("answerSplitter"));
    answerSplit->addWidget(m_answerStack);
    m_answerSplit = answerSplit; // the scratchpad joins it when first opened (scratchpad())
    layout->addWidget(answerSplit, 3);

    m_ratingBar = new QWidget(pane);
    m_ratingBar->setObjectName(QStringLiteral("ratingBar"));
    auto *ratingLayout = new QHBoxLayout(m_ratingBar);
    ratingLayout->setContentsMargins(0, 0, 0, 0);
    ratingLayout->addWidget(new QLabel(tr("How well did you recall it?"), m_ratingBar));
    const QStringList ratings{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < ratings.size(); ++i) {
        auto *button = new QPushButton(QStringLiteral("%1  (%2)").arg(ratings.at(i)).arg(i + 1), m_ratingBar);
        button->setObjectName(QStringLiteral("rate%1").arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { rate(i + 1); });
        ratingLayout->addWidget(button);
    }
    m_ratingLabel = new QLabel(m_ratingBar);
    m_ratingLabel->setObjectName(QStringLiteral("ratingLabel"));
    ratingLayout->addWidget(m_ratingLabel, 1);
    layout->addWidget(m_ratingBar);

    m_noteLabel = new QLabel(tr("Your notes (saved as you type)"), pane);
    layout->addWidget(m_noteLabel);
    m_note = new QPlainTextEdit(pane);
    m_note->setObjectName(QStringLiteral("questionNote"));
    m_note->setAccessibleName(tr("Your notes"));
    m_note->setPlaceholderText(tr("What you would say, numbers to remember, the story you would tell…"));
    m_note->setMaximumHeight(150);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingNote || m_current.id == 0)
            return;
        m_saveStatus.markPending();
        m_noteDebounce->start();
    });
    layout->addWidget(m_note, 1);
    return pane;
}

QString QuestionsWorkspace::searchText() const
{
    return m_search->text();
}

void QuestionsWorkspace::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce->stop();
    runSearch();
}

int QuestionsWorkspace::resultCount() const
{
    return m_model->rowCount();
}

qint64 QuestionsWorkspace::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void QuestionsWorkspace::fillHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    QAction *save = menu->addAction(tr("Save This Search…"), this, &QuestionsWorkspace::saveCurrentSearch);
    save->setObjectName(QStringLiteral("actionSaveSearch"));
    save->setEnabled(!m_search->text().trimmed().isEmpty());
    const auto saved = m_history.saved();
    if (!saved.isEmpty()) {
        menu->addSection(tr("Saved searches"));
        for (const auto &[name, query] : saved) {
            QAction *action = menu->addAction(QStringLiteral("%1  —  %2").arg(name, query));
            connect(action, &QAction::triggered, this, [this, query = query] { setSearchText(query); });
        }
    }
    const QStringList recent = m_history.recent();
    if (!recent.isEmpty()) {
        menu->addSection(tr("Recent searches"));
        for (const QString &query : recent) {
            QAction *action = menu->addAction(query);
            connect(action, &QAction::triggered, this, [this, query] { setSearchText(query); });
        }
    }
}

void QuestionsWorkspace::saveCurrentSearch()
{
    const QString query = m_search->text().simplified();
    if (query.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name for “%1”:").arg(query), QLineEdit::Normal,
                                               query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Status status = m_history.save(name, query);
    if (!status)
        reportFailure(status.errorMessage());
}

void QuestionsWorkspace::runSearch()
{
    const SearchQuery query = SearchQuery::fromString(m_search->text());
    // The list reads the rows it shows; the search ranks ids (see ResultModel).
    const auto results = m_repository.search(query, ResultLimit, now(), Questions::QuestionRepository::Rows::IdsFirst);
    const qint64 previous = m_current.id;
    if (!results) {
        m_model->clear();
        m_resultCount->setText(results.errorMessage());
        return;
    }
    m_query = query;
    m_model->setRows(query, results.value());
    const int previousRow = m_model->rowOf(previous);
    const int rowToSelect = previousRow >= 0 ? previousRow : (results->isEmpty() ? -1 : 0);
    m_resultCount->setText(results->size() >= ResultLimit
                               ? tr("The first %1 matches").arg(ResultLimit)
                               : tr("%n question(s)", nullptr, int(results->size())));
    refreshFacets();
    if (!query.isEmpty())
        m_historyTimer->start();
    if (rowToSelect >= 0)
        selectRow(rowToSelect);
    else
        showNoMatch();
}

void QuestionsWorkspace::showNoMatch()
{
    if (m_noteDebounce->isActive())
        saveNote();
    m_current = Questions::Question();
    m_title->setText(tr("No question matches"));
    m_meta->setText(tr("Try fewer or shorter words, or remove a filter. Words match by their beginning: "
                       "“dyna” finds DynamoDB."));
    m_links->hide();
    m_answer->setMarkdownText(QString());
    for (QWidget *button : {static_cast<QWidget *>(m_starButton), static_cast<QWidget *>(m_practiceButton),
                            static_cast<QWidget *>(m_deleteButton), static_cast<QWidget *>(m_codeButton)})
        button->hide();
    showScratchpad(false);
    m_loadingNote = true;
    m_note->clear();
    m_loadingNote = false;
    m_note->setEnabled(false);
}

// Each group of filters is a query over every match; only the open ones are counted (by default
// Sections), and a closed group is counted when the user opens it. The counts are made on the
// counter's thread and shown when they come (showFacets).
void QuestionsWorkspace::refreshFacets()
{
    m_facetCounter->request(m_query, now(), m_openFacets);
}

void QuestionsWorkspace::showFacets(const Questions::Facets &facets)
{
    const QSignalBlocker blocker(m_facets); // filling is not the user opening or closing groups
    for (int i = 0; i < m_facets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_facets->topLevelItem(i);
        qDeleteAll(group->takeChildren());
        if (m_openFacets & group->data(0, FacetGroupRole).toInt()) {
            fillFacetGroup(group, facets);
            group->setExpanded(true);
        } else {
            group->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
            group->setExpanded(false);
        }
    }
}

// The second connection could not be opened, or its count failed: count here instead. Only the
// latest request is answered, and it was for the query the list shows.
void QuestionsWorkspace::countFacetsHere()
{
    const auto facets = m_repository.facets(m_query, now(), m_openFacets);
    if (facets)
        showFacets(facets.value());
    else
        reportFailure(facets.errorMessage());
}

void QuestionsWorkspace::fillFacetGroup(QTreeWidgetItem *parent, const Questions::Facets &facets)
{
    const auto group = static_cast<Questions::Facets::Group>(parent->data(0, FacetGroupRole).toInt());
    QVector<Questions::FacetCount> counts;
    QString prefix;
    switch (group) {
    case Questions::Facets::Sections:
        counts = facets.sections;
        prefix = QStringLiteral("section:");
        break;
    case Questions::Facets::Levels:
        counts = facets.levels;
        prefix = QStringLiteral("level:");
        break;
    case Questions::Facets::Principles:
        counts = facets.principles;
        prefix = QStringLiteral("lp:");
        break;
    case Questions::Facets::Status:
        counts << Questions::FacetCount{QStringLiteral("starred"), tr("Starred"), facets.starred}
               << Questions::FacetCount{QStringLiteral("due"), tr("Due for review"), facets.due}
               << Questions::FacetCount{QStringLiteral("mine"), tr("Yours"), facets.mine};
        prefix = QStringLiteral("is:");
        break;
    default:
        counts = facets.tags;
        prefix = QStringLiteral("tag:");
        break;
    }
    parent->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    const QString text = m_search->text();
    for (const auto &count : counts) {
        QString value = count.key;
        if (value.contains(QLatin1Char(' ')))
            value = QLatin1Char('"') + value + QLatin1Char('"');
        const QString token = prefix + value;
        auto *item = new QTreeWidgetItem(parent, {count.label, QString::number(count.count)});
        item->setData(0, Qt::UserRole, token);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (text.contains(token)) {
            QFont f = item->font(0);
            f.setBold(true);
            item->setFont(0, f);
            item->setText(0, QStringLiteral("✓ ") + count.label);
        }
    }
    if (counts.isEmpty()) {
        auto *none = new QTreeWidgetItem(parent, {tr("None among these questions")});
        none->setFlags(Qt::NoItemFlags);
    }
}

void QuestionsWorkspace::toggleFilter(const QString &token)
{
    QString text = m_search->text();
    if (text.contains(token)) {
        text.remove(token);
    } else {
        text = text.trimmed() + QLatin1Char(' ') + token;
    }
    setSearchText(text.simplified());
}

void QuestionsWorkspace::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_results->setCurrentIndex(index);
    m_results->scrollTo(index);
}

void QuestionsWorkspace::openQuestion(qint64 id)
{
    if (m_noteDebounce->isActive())
        saveNote();
    if (id == m_current.id && id != 0)
        return;
    auto question = m_repository.load(id);
    if (!question) {
        reportFailure(question.errorMessage());
        return;
    }
    m_current = question.value();
    m_title->setText(m_current.title);
    QStringList meta{Bank::Catalog::sectionName(m_current.section), Bank::Catalog::levelName(m_current.level)};
    if (!m_current.principles.isEmpty())
        meta << tr("Principles: %1").arg(m_current.principleNames.join(QStringLiteral(", ")));
    if (!m_current.tags.isEmpty())
        meta << tr("Tags: %1").arg(m_current.tags.join(QStringLiteral(", ")));
    if (!m_current.source.isEmpty())
        meta << tr("From: %1").arg(m_current.source);
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_starButton->setChecked(m_current.starred);
    m_starButton->setText(m_current.starred ? tr("★ Starred") : tr("☆ Star"));
    m_deleteButton->setVisible(m_current.isMine());
    m_starButton->show();
    m_practiceButton->show();
    m_note->setEnabled(true);
    m_loadingNote = true;
    m_note->setPlainText(m_current.noteMd);
    m_loadingNote = false;
    m_ratingLabel->setText(m_current.lastRating ? tr("Last rating: %1").arg(*m_current.lastRating) : QString());
    QString markdown = m_current.promptMd.isEmpty() ? m_current.answerMd : m_current.promptMd + QStringLiteral("\n\n") + m_current.answerMd;
    m_answer->setMarkdownText(markdown);
    showCurrentAnswer();
    refreshLinks();
    const bool codes = m_current.section == QLatin1String("coding") || m_current.section == QLatin1String("ood");
    m_codeButton->setVisible(codes);
    showScratchpad(codes && m_codeButton->isChecked());
}

void QuestionsWorkspace::refreshLinks()
{
    m_linksVersion = m_store.db().dataVersion();
    QStringList parts;
    if (m_current.id != 0) {
        QStringList stories;
        if (const auto linked = Stories::StoryRepository(m_store.db()).storiesForQuestion(m_current.id)) {
            for (const auto &story : linked.value())
                stories << QStringLiteral("<a href=\"story:%1\">%2</a>").arg(story.id).arg(story.title.toHtmlEscaped());
        }
        if (!stories.isEmpty())
            parts << tr("Your stories: %1").arg(stories.join(QStringLiteral(", ")));
        QStringList diagrams;
        if (const auto linked = Diagrams::DiagramRepository(m_store.db()).diagramsForQuestion(m_current.id)) {
            for (const auto &diagram : linked.value())
                diagrams << QStringLiteral("<a href=\"diagram:%1\">%2</a>").arg(diagram.id).arg(diagram.title.toHtmlEscaped());
        }
        if (!diagrams.isEmpty())
            parts << tr("Your diagrams: %1").arg(diagrams.join(QStringLiteral(", ")));
    }
    m_links->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_links->setVisible(!parts.isEmpty());
}

ScratchpadWidget *QuestionsWorkspace::scratchpad()
{
    if (!m_scratchpad) {
        m_scratchpad = new ScratchpadWidget(m_store, m_saveStatus, m_answerSplit);
        m_scratchpad->hide();
        m_answerSplit->addWidget(m_scratchpad);
        m_answerSplit->setStretchFactor(0, 1);
        m_answerSplit->setStretchFactor(1, 3);
    }
    return m_scratchpad;
}

void QuestionsWorkspace::showScratchpad(bool show)
{
    show = show && m_current.id != 0;
    if (show)
        scratchpad()->setQuestion(m_current);
    if (m_scratchpad)
        m_scratchpad->setVisible(show);
    // The scratchpad has notes per attempt; the question's own notes make room for it.
    m_noteLabel->setVisible(!show);
    m_note->setVisible(!show);
}

bool QuestionsWorkspace::isScratchpadVisible() const
{
    return m_scratchpad && !m_scratchpad->isHidden();
}

void QuestionsWorkspace::openScratchpad(qint64 questionId)
{
    openQuestion(questionId);
    if (m_current.id != questionId || !m_codeButton->isVisibleTo(this))
        return;
    m_codeButton->setChecked(true);
    showScratchpad(true);
    scratchpad()->editor()->setFocus();
}

void QuestionsWorkspace::showCurrentAnswer()
{
    const bool hide = m_selfTestButton->isChecked();
    m_answerStack->setCurrentIndex(hide ? 1 : 0);
    m_ratingBar->setVisible(!hide && m_selfTestButton->isChecked());
}

bool QuestionsWorkspace::isAnswerVisible() const
{
    return m_answerStack->currentIndex() == 0;
}

void QuestionsWorkspace::reveal()
{
    m_answerStack->setCurrentIndex(0);
    m_ratingBar->setVisible(m_selfTestButton->isChecked());
}

void QuestionsWorkspace::rate(int rating)
{
    if (m_current.id == 0)
        return;
    const auto review = Practice::ReviewRepository(m_store.db()).rate(m_current.id, rating, now());
    if (!review) {
        reportFailure(review.errorMessage());
        return;
    }
    m_current.lastRating = rating;
    m_ratingLabel->setText(tr("Next review in %n day(s)", nullptr, review->intervalDays));
    // On to the next question, answer hidden again.
    const int next = m_results->currentIndex().row() + 1;
    if (next < m_model->rowCount())
        selectRow(next);
    showCurrentAnswer();
}

void QuestionsWorkspace::setStarred(bool starred)
{
    if (m_current.id == 0)
        return;
    const Status status = m_repository.setStarred(m_current.id, starred, now());
    if (!status) {
        m_starButton->setChecked(!starred);
        reportFailure(status.errorMessage());
        return;
    }
    m_current.starred = starred;
    m_starButton->setText(starred ? tr("★ Starred") : tr("☆ Star"));
    m_model->reload(m_current.id); // the star beside its title in the list
    m_saveStatus.markSaved();
}

void QuestionsWorkspace::saveNote()
{
    m_noteDebounce->stop();
    if (m_current.id == 0)
        return;
    const QString text = m_note->toPlainText();
    const Status status = m_repository.saveNote(m_current.id, text, now());
    if (!status) {
        // The text stays in the editor; the next keystroke (or the timer) tries again.
        reportFailure(tr("Your note is not saved yet (%1). It is kept on screen and will be retried.").arg(status.errorMessage()));
        m_noteDebounce->start(3000);
        return;
    }
    m_current.noteMd = text;
    m_saveStatus.markSaved();
}

void QuestionsWorkspace::addOwnQuestion()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("addQuestionDialog"));
    dialog.setWindowTitle(tr("Add a Question"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    title->setObjectName(QStringLiteral("newQuestionTitle"));
    auto *section = new QComboBox(&dialog);
    section->setObjectName(QStringLiteral("newQuestionSection"));
    for (const QString &s : Bank::Catalog::sections())
        section->addItem(Bank::Catalog::sectionName(s), s);
    auto *level = new QComboBox(&dialog);
    for (const QString &l : Bank::Catalog::levels())
        level->addItem(Bank::Catalog::levelName(l), l);
    level->setCurrentIndex(1);
    auto *tags = new QLineEdit(&dialog);
    tags->setPlaceholderText(tr("comma, separated"));
    auto *answer = new QPlainTextEdit(&dialog);
    answer->setObjectName(QStringLiteral("newQuestionAnswer"));
    answer->setPlaceholderText(tr("Your answer, in Markdown"));
    form->addRow(tr("Question:"), title);
    form->addRow(tr("Section:"), section);
    form->addRow(tr("Level:"), level);
    form->addRow(tr("Tags:"), tags);
    form->addRow(tr("Answer:"), answer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(620, 480);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Questions::QuestionDraft draft;
    draft.title = title->text();
    draft.section = section->currentData().toString();
    draft.level = level->currentData().toString();
    for (const QString &tag : tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        draft.tags << tag.trimmed().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    draft.answerMd = answer->toPlainText();
    const auto id = m_repository.createOwn(draft, now());
    if (!id) {
        reportFailure(id.errorMessage());
        return;
    }
    m_saveStatus.markSaved();
    setSearchText(QStringLiteral("is:mine"));
    openQuestion(id.value());
}

void QuestionsWorkspace::deleteOwnQuestion()
{
    if (!m_current.isMine())
        return;
    const Questions::Question question = m_current;
    m_current = Questions::Question();
    m_undoStack->push(new DeleteOwnQuestionCommand(m_repository, question, [this] { runSearch(); }));
}

void QuestionsWorkspace::reportFailure(const QString &message)
{
    m_saveStatus.markFailed(message);
}

bool QuestionsWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_results)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            selectRow(row + 1);
            return true;
        case Qt::Key_Up:
            selectRow(qMax(0, row - 1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (watched == m_search && !m_search->text().trimmed().isEmpty())
                m_history.record(m_search->text(), now());
            if (m_selfTestButton->isChecked())
                m_revealButton->setFocus();
            else
                m_answer->setFocus();
            return true;
        default:
            break;
        }
    }
    return Workspace::eventFilter(watched, event);
}

void QuestionsWorkspace::keyPressEvent(QKeyEvent *event)
{
    // Single-key commands work when no text field has the focus.
    const int row = m_results->currentIndex().row();
    switch (event->key()) {
    case Qt::Key_Slash:
        m_search->setFocus();
        m_search->selectAll();
        return;
    case Qt::Key_J:
        selectRow(row + 1);
        return;
    case Qt::Key_K:
        selectRow(qMax(0, row - 1));
        return;
    case Qt::Key_Space:
        if (!isAnswerVisible()) {
            reveal();
            return;
        }
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        if (m_ratingBar->isVisible() && event->modifiers() == Qt::NoModifier) {
            rate(event->key() - Qt::Key_0);
            return;
        }
        break;
    default:
        break;
    }
    Workspace::keyPressEvent(event);
}

} // namespace Starloop::Gui
