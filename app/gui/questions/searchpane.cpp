#include "gui/questions/searchpane.h"

#include "core/questions/facetcounter.h"
#include "core/storage/database.h"
#include "gui/questions/facettree.h"
#include "gui/questions/resultdelegate.h"
#include "gui/questions/resultmodel.h"
#include "gui/widgets/clearbutton.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Questions::SearchQuery;

namespace {

constexpr int ResultLimit = 200;

QToolButton *toolButton(QWidget *parent, const QString &name, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

SearchPane::SearchPane(Storage::Database &db, Questions::QuestionRepository &repository, QWidget *parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_history(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->addWidget(createSearchRow());

    auto *split = new QSplitter(Qt::Vertical, this);
    m_facets = new FacetTree(split);
    m_facets->viewport()->installEventFilter(this);
    connect(m_facets, &FacetTree::filterToggled, this, [this](const QString &filter) {
        setSearchText(SearchQuery::toggledFilter(m_search->text(), filter));
    });
    connect(m_facets, &FacetTree::countsWanted, this, &SearchPane::refreshFacets);

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
    m_results->setUniformItemSizes(true); // the delegate fits every row to one height
    m_results->installEventFilter(this);
    m_model = new ResultModel(m_repository, this);
    m_results->setModel(m_model);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &index) {
            if (index.isValid())
                Q_EMIT questionSelected(index.data(ResultDelegate::IdRole).toLongLong());
        });
    resultsLayout->addWidget(m_results);
    split->addWidget(m_facets);
    split->addWidget(resultsBox);
    split->setSizes({190, 600});
    layout->addWidget(split, 1);

    // The counts beside the filters come from a second, read-only connection on a thread of its own.
    m_facetCounter = new Questions::FacetCounter(
        db.path(), db.isReadOnly() ? db.access() : Storage::Database::Access::ReadOnly, this);
    connect(m_facetCounter, &Questions::FacetCounter::counted, this, &SearchPane::showFacets);
    connect(m_facetCounter, &Questions::FacetCounter::failed, this, &SearchPane::countFacetsHere);

    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(120);
    connect(m_searchDebounce, &QTimer::timeout, this, &SearchPane::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));

    // A search the user settles on (or confirms with Enter) goes into the history.
    m_historyTimer = new QTimer(this);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(1500);
    connect(
        m_historyTimer, &QTimer::timeout, this, [this] { (void)m_history.record(m_search->text(), now()); });
}

QWidget *SearchPane::createSearchRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(row);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search: dynamo, \"two pizza\", -sql, lp:ownership, is:starred"));
    enableClearButtonWithText(m_search);
    m_search->installEventFilter(this);
    layout->addWidget(m_search, 1);
    layout->addWidget(createSyntaxButton());
    layout->addWidget(createHistoryButton());

    auto *problems = toolButton(row, QStringLiteral("problemListButton"), tr("▦"),
        tr("Coding problems as a table (pattern, level, last attempt, due)"));
    connect(problems, &QToolButton::clicked, this, &SearchPane::problemListRequested);
    layout->addWidget(problems);
    auto *add
        = toolButton(row, QStringLiteral("addQuestionButton"), tr("+"), tr("Add a question of your own"));
    add->setAccessibleName(tr("Add question"));
    connect(add, &QToolButton::clicked, this, &SearchPane::addQuestionRequested);
    layout->addWidget(add);
    return row;
}

QToolButton *SearchPane::createSyntaxButton()
{
    auto *button = toolButton(this, QStringLiteral("searchSyntaxButton"), tr("?"), tr("Search syntax"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *syntax = new QMenu(button);
    const QList<QPair<QString, QString>> operators {
        {QStringLiteral("dyna"), tr("words match by prefix: dyna finds DynamoDB")},
        {QStringLiteral("\"two pizza\""), tr("a quoted phrase matches exactly")},
        {QStringLiteral("-sql"), tr("a leading minus excludes a word")},
        {QStringLiteral("lp:"), tr("a leadership principle, e.g. lp:ownership")},
        {QStringLiteral("tag:"), tr("a tag, e.g. tag:dynamodb")},
        {QStringLiteral("pattern:"), tr("a coding pattern, e.g. pattern:sliding-window")},
        {QStringLiteral("level:"), tr("beginner, intermediate or advanced")},
        {QStringLiteral("section:"), tr("company, leadership, aws, system-design, coding, ood")},
        {QStringLiteral("is:starred"), tr("questions you starred")},
        {QStringLiteral("is:due"), tr("questions due for review")},
        {QStringLiteral("is:mine"), tr("questions you added")},
    };
    for (const auto &[token, help] : operators) {
        QAction *action = syntax->addAction(QStringLiteral("%1  —  %2").arg(token, help));
        connect(action, &QAction::triggered, this, [this, token = token] {
            const QString text = m_search->text().trimmed();
            m_search->setText(text.isEmpty() ? token : text + QLatin1Char(' ') + token);
            m_search->setFocus();
        });
    }
    button->setMenu(syntax);
    return button;
}

QToolButton *SearchPane::createHistoryButton()
{
    m_historyButton
        = toolButton(this, QStringLiteral("searchHistoryButton"), tr("☰"), tr("Recent and saved searches"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_historyButton);
    menu->setObjectName(QStringLiteral("searchHistoryMenu"));
    connect(menu, &QMenu::aboutToShow, this, &SearchPane::fillHistoryMenu);
    m_historyButton->setMenu(menu);
    return m_historyButton;
}

QString SearchPane::searchText() const
{
    return m_search->text();
}

void SearchPane::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_searchDebounce->stop();
    runSearch();
}

int SearchPane::resultCount() const
{
    return m_model->rowCount();
}

int SearchPane::currentRow() const
{
    return m_results->currentIndex().row();
}

void SearchPane::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_results->setCurrentIndex(index);
    m_results->scrollTo(index);
}

bool SearchPane::selectQuestion(qint64 questionId)
{
    const int row = m_model->rowOf(questionId);
    selectRow(row);
    return row >= 0;
}

void SearchPane::reloadRow(qint64 questionId)
{
    m_model->reload(questionId);
}

void SearchPane::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

qint64 SearchPane::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void SearchPane::runSearch()
{
    const SearchQuery query = SearchQuery::fromString(m_search->text());
    // The list reads the rows it shows; the search ranks ids (see ResultModel).
    const auto results
        = m_repository.search(query, ResultLimit, now(), Questions::QuestionRepository::Rows::IdsFirst);
    const QModelIndex current = m_results->currentIndex();
    const qint64 previous = current.isValid() ? current.data(ResultDelegate::IdRole).toLongLong() : 0;
    if (!results) {
        m_model->clear();
        m_resultCount->setText(results.errorMessage());
        return;
    }
    m_query = query;
    m_model->setRows(query, results.value());
    m_resultCount->setText(results->size() >= ResultLimit
            ? tr("The first %1 matches").arg(ResultLimit)
            : tr("%n question(s)", nullptr, int(results->size())));
    refreshFacets();
    if (!query.isEmpty())
        m_historyTimer->start();
    const int previousRow = m_model->rowOf(previous);
    const int rowToSelect = previousRow >= 0 ? previousRow : (results->isEmpty() ? -1 : 0);
    if (rowToSelect >= 0) {
        selectRow(rowToSelect);
        if (previousRow >= 0)
            Q_EMIT questionSelected(previous); // the same row: the answer pane may have been cleared
    } else {
        Q_EMIT nothingFound();
    }
}

// Each group of filters is a query over every match; only the open ones are counted (by default
// Sections), and a closed group is counted when the user opens it. The counts are made on the
// counter's thread and shown when they come.
void SearchPane::refreshFacets()
{
    // Until the filters are first painted (a start), the counts wait: they are made on a
    // thread of their own, which would otherwise compete with the window's first frame.
    if (!m_facetsPainted) {
        m_facetsPending = true;
        return;
    }
    m_facetsPending = false;
    m_facetCounter->request(m_query, now(), m_facets->openGroups());
}

void SearchPane::showFacets(const Questions::Facets &facets)
{
    m_facets->showFacets(facets, m_search->text());
}

// The second connection could not be opened, or its count failed: count here instead. Only the
// latest request is answered, and it was for the query the list shows.
void SearchPane::countFacetsHere()
{
    const auto facets = m_repository.facets(m_query, now(), m_facets->openGroups());
    if (facets)
        showFacets(facets.value());
    else
        Q_EMIT failed(facets.errorMessage());
}

void SearchPane::fillHistoryMenu()
{
    QMenu *menu = m_historyButton->menu();
    menu->clear();
    QAction *save = menu->addAction(tr("Save This Search…"), this, &SearchPane::saveCurrentSearch);
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

void SearchPane::saveCurrentSearch()
{
    const QString query = m_search->text().simplified();
    if (query.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save Search"), tr("Name for “%1”:").arg(query), QLineEdit::Normal, query, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Status status = m_history.save(name, query);
    if (!status)
        Q_EMIT failed(status.errorMessage());
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_facets->viewport() && !m_facetsPainted) {
        m_facetsPainted = true;
        if (m_facetsPending) // after this frame: posted behind the events already waiting
            QTimer::singleShot(0, this, &SearchPane::refreshFacets);
    }
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_results)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = currentRow();
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
                (void)m_history.record(m_search->text(), now());
            Q_EMIT answerFocusRequested();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Starloop::Gui
