#include "gui/questions/questionsworkspace.h"

#include "core/coding/problemlist.h"
#include "core/diagrams/diagramrepository.h"
#include "core/practice/reviewrepository.h"
#include "core/storage/datastore.h"
#include "core/stories/storyrepository.h"
#include "core/stories/workedexample.h"
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"
#include "gui/coding/codeeditor.h"
#include "gui/coding/scratchpadwidget.h"
#include "gui/questions/answerpane.h"
#include "gui/questions/problemtable.h"
#include "gui/questions/questiondialog.h"
#include "gui/questions/questionheader.h"
#include "gui/questions/searchpane.h"
#include "gui/savestatus.h"
#include "gui/stories/rehearsedialog.h"
#include "gui/widgets/markdownview.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace Starloop::Gui {

namespace {

// Undo of "delete my question": puts it back, whole, with what its deletion took along.
class DeleteOwnQuestionCommand : public QUndoCommand
{
public:
    DeleteOwnQuestionCommand(Questions::QuestionRepository &repository, Questions::Question question,
        std::function<void()> refresh, std::function<void(const QString &)> fail)
        : QUndoCommand(QCoreApplication::translate("QuestionsWorkspace", "Delete “%1”").arg(question.title))
        , m_repository(repository)
        , m_refresh(std::move(refresh))
        , m_fail(std::move(fail))
    {
        m_removed.question = std::move(question);
    }
    void redo() override
    {
        if (auto removed = m_repository.removeOwn(m_removed.question.id))
            m_removed = removed.value();
        else
            m_fail(removed.errorMessage());
        m_refresh();
    }
    void undo() override
    {
        // The question may come back under another id; redo deletes that one.
        if (const auto restored = m_repository.restoreOwn(m_removed))
            m_removed.question.id = restored.value();
        else
            m_fail(restored.errorMessage());
        m_refresh();
    }

private:
    Questions::QuestionRepository &m_repository;
    Questions::RemovedQuestion m_removed; // the question, then what its deletion took along
    std::function<void()> m_refresh;
    std::function<void(const QString &)> m_fail;
};

bool isCoding(const Questions::Question &question)
{
    return Sections::hasCode(question.section);
}

} // namespace

QuestionsWorkspace::QuestionsWorkspace(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : Workspace(Questions, Undo::Stack, parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
    , m_repository(store.db())
{
    setObjectName(QStringLiteral("QuestionsWorkspace"));
    m_pages = new QStackedWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, m_pages);
    splitter->setObjectName(QStringLiteral("questionsSplitter"));
    m_search = new SearchPane(store.db(), m_repository, splitter);
    splitter->addWidget(m_search);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    m_header = new QuestionHeader(right);
    rightLayout->addWidget(m_header);
    m_answer = new AnswerPane(store, m_repository, saveStatus, right);
    rightLayout->addWidget(m_answer, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({430, 800});
    m_pages->addWidget(splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connectParts();

    // Ctrl+F finds in the answer while reading it, and goes to the search box otherwise.
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        if (m_answer->isReading())
            m_answer->openFind();
        else
            m_search->focusSearch();
    });
    m_search->runSearch();
}

QuestionsWorkspace::~QuestionsWorkspace() = default; // the answer pane saves a pending note

void QuestionsWorkspace::connectParts()
{
    connect(m_search, &SearchPane::questionSelected, this, &QuestionsWorkspace::openQuestion);
    connect(m_search, &SearchPane::nothingFound, this, &QuestionsWorkspace::showNoMatch);
    connect(m_search, &SearchPane::addQuestionRequested, this, &QuestionsWorkspace::addOwnQuestion);
    connect(m_search, &SearchPane::problemListRequested, this, [this] { showProblemTable(true); });
    connect(m_search, &SearchPane::answerFocusRequested, m_answer, &AnswerPane::focusAnswer);
    connect(m_search, &SearchPane::failed, this, &QuestionsWorkspace::reportFailure);

    connect(m_header, &QuestionHeader::starToggled, this, &QuestionsWorkspace::setStarred);
    connect(m_header, &QuestionHeader::selfTestToggled, m_answer, &AnswerPane::setSelfTest);
    connect(m_header, &QuestionHeader::practiceClicked, this, [this] {
        Q_EMIT practiceRequested(m_current.id, m_current.title, Catalog::practiceMinutes(m_current.section));
        if (isCoding(m_current)) // a coding round is practised in the scratchpad, with the clock running
            openScratchpad(m_current.id);
    });
    connect(m_header, &QuestionHeader::rehearseClicked, this, [this] {
        if (m_current.id == 0)
            return;
        auto *dialog = new RehearseDialog(
            RehearsalSubject::ofQuestion(m_current.uid, m_current.title, m_current.promptMd), m_store.db(),
            nullptr, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RehearseDialog::failed, this, [this](const QString &what, const QString &message) {
            m_saveStatus.markFailed(what + QStringLiteral(": ") + message);
        });
        dialog->open();
    });
    connect(m_header, &QuestionHeader::codeToggled, this, &QuestionsWorkspace::setScratchpadShown);
    connect(m_header, &QuestionHeader::deleteClicked, this, &QuestionsWorkspace::deleteOwnQuestion);
    connect(m_header, &QuestionHeader::referenceDiagramClicked, this,
        [this] { Q_EMIT newDiagramRequested(m_current.referenceDiagram, m_current.id, m_current.title); });
    connect(m_header, &QuestionHeader::blankCanvasClicked, this,
        [this] { Q_EMIT newDiagramRequested(QString(), m_current.id, m_current.title); });
    connect(m_header, &QuestionHeader::workedExampleClicked, this, &QuestionsWorkspace::requestStoryDraft);
    connect(m_header, &QuestionHeader::linkActivated, this, [this](const QString &link) {
        const qint64 id = link.section(QLatin1Char(':'), 1).toLongLong();
        if (link.startsWith(QLatin1String("story:")))
            Q_EMIT storyRequested(id);
        else if (link.startsWith(QLatin1String("diagram:")))
            Q_EMIT diagramRequested(id);
    });

    connect(m_answer, &AnswerPane::rated, this, &QuestionsWorkspace::rate);
    connect(m_answer, &AnswerPane::questionLinkActivated, this, [this](const QString &uid) {
        const auto question = m_repository.loadByUid(uid);
        if (question)
            openQuestion(question->id);
        else
            reportFailure(question.errorMessage());
    });
}

void QuestionsWorkspace::activate()
{
    if (m_store.db().dataVersion() != m_linksVersion)
        refreshLinks(); // links may have changed in Stories or Diagrams
    if (isProblemTableShown())
        m_problems->refresh();
    else
        m_search->searchField()->setFocus();
}

QVariantMap QuestionsWorkspace::viewState() const
{
    return {{QStringLiteral("search"), searchText()}, {QStringLiteral("question"), m_current.id},
        {QStringLiteral("selfTest"), m_header->isSelfTest()},
        {QStringLiteral("answerShown"), m_answer->isAnswerVisible()},
        {QStringLiteral("listScroll"), m_search->resultList()->verticalScrollBar()->value()},
        {QStringLiteral("answerScroll"), m_answer->answerView()->verticalScrollBar()->value()}};
}

// The search runs again on the new data, then the question opens (selected in the list when it is
// still a match) in the mode it was in: the answer hidden in self-test stays hidden.
void QuestionsWorkspace::restoreViewState(const QVariantMap &state)
{
    const QString search = state.value(QStringLiteral("search")).toString();
    if (search != searchText())
        setSearchText(search);
    m_header->setSelfTest(state.value(QStringLiteral("selfTest")).toBool());
    const qint64 question = state.value(QStringLiteral("question")).toLongLong();
    if (question > 0 && !m_search->selectQuestion(question))
        openQuestion(question);
    if (m_header->isSelfTest() && state.value(QStringLiteral("answerShown")).toBool())
        m_answer->reveal();
    m_search->resultList()->verticalScrollBar()->setValue(state.value(QStringLiteral("listScroll")).toInt());
    m_answer->answerView()->verticalScrollBar()->setValue(
        state.value(QStringLiteral("answerScroll")).toInt());
}

QString QuestionsWorkspace::searchText() const
{
    return m_search->searchText();
}

void QuestionsWorkspace::setSearchText(const QString &text)
{
    m_search->setSearchText(text);
}

int QuestionsWorkspace::resultCount() const
{
    return m_search->resultCount();
}

qint64 QuestionsWorkspace::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

void QuestionsWorkspace::openQuestion(qint64 id)
{
    if (id == m_current.id && id != 0)
        return;
    auto question = m_repository.load(id);
    if (!question) {
        reportFailure(question.errorMessage());
        return;
    }
    m_current = question.value();
    showCurrent();
}

void QuestionsWorkspace::showCurrent()
{
    const bool example = Stories::WorkedExample::fromMarkdown(m_current.answerMd).has_value();
    m_header->showQuestion(m_current, example);
    m_answer->showQuestion(m_current, Questions::SearchQuery::fromString(m_search->searchText()));
    refreshLinks();
    setScratchpadShown(isCoding(m_current) && m_header->isCodeOn());
}

void QuestionsWorkspace::showNoMatch()
{
    m_current = Questions::Question();
    m_header->showNoMatch();
    m_answer->showNoMatch();
}

void QuestionsWorkspace::refreshLinks()
{
    m_linksVersion = m_store.db().dataVersion();
    QStringList parts;
    if (m_current.id != 0) {
        QStringList stories;
        if (const auto linked = Stories::StoryRepository(m_store.db()).storiesForQuestion(m_current.id)) {
            for (const auto &story : linked.value())
                stories << QStringLiteral("<a href=\"story:%1\">%2</a>")
                               .arg(story.id)
                               .arg(story.title.toHtmlEscaped());
        }
        if (!stories.isEmpty())
            parts << tr("Your stories: %1").arg(stories.join(QStringLiteral(", ")));
        QStringList diagrams;
        if (const auto linked = Diagrams::DiagramRepository(m_store.db()).diagramsForQuestion(m_current.id)) {
            for (const auto &diagram : linked.value())
                diagrams << QStringLiteral("<a href=\"diagram:%1\">%2</a>")
                                .arg(diagram.id)
                                .arg(diagram.title.toHtmlEscaped());
        }
        if (!diagrams.isEmpty())
            parts << tr("Your diagrams: %1").arg(diagrams.join(QStringLiteral(", ")));
    }
    m_header->setLinks(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void QuestionsWorkspace::setScratchpadShown(bool show)
{
    show = show && m_current.id != 0 && isCoding(m_current);
    if (show)
        m_answer->scratchpad()->setQuestion(m_current);
    m_answer->showScratchpad(show);
}

bool QuestionsWorkspace::isScratchpadVisible() const
{
    return m_answer->isScratchpadVisible();
}

void QuestionsWorkspace::openScratchpad(qint64 questionId)
{
    showProblemTable(false);
    openQuestion(questionId);
    if (m_current.id != questionId || !isCoding(m_current))
        return;
    m_header->setCodeOn(true);
    setScratchpadShown(true);
    m_answer->scratchpad()->editor()->setFocus();
}

bool QuestionsWorkspace::isAnswerVisible() const
{
    return m_answer->isAnswerVisible();
}

void QuestionsWorkspace::showProblemTable(bool show)
{
    if (show && !m_problems) {
        m_problems = new ProblemTable(m_store.db(), m_pages);
        m_pages->addWidget(m_problems);
        connect(m_problems, &ProblemTable::problemOpened, this, &QuestionsWorkspace::openScratchpad);
        connect(m_problems, &ProblemTable::closeRequested, this, [this] { showProblemTable(false); });
        connect(m_problems, &ProblemTable::failed, this, &QuestionsWorkspace::reportFailure);
    }
    if (m_problems)
        m_pages->setCurrentWidget(show ? static_cast<QWidget *>(m_problems) : m_pages->widget(0));
}

bool QuestionsWorkspace::isProblemTableShown() const
{
    return m_problems && m_pages->currentWidget() == m_problems;
}

bool QuestionsWorkspace::openNextUnsolved()
{
    const auto rows = Coding::ProblemList::load(m_store.db());
    if (!rows) {
        reportFailure(rows.errorMessage());
        return false;
    }
    // In study order: pattern by pattern, easier first, as the problem table lists them.
    QVector<int> order(rows->size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &x = rows->at(a);
        const auto &y = rows->at(b);
        const auto px = x.pattern.isEmpty() ? 999 : Catalog::patternIds().indexOf(x.pattern);
        const auto py = y.pattern.isEmpty() ? 999 : Catalog::patternIds().indexOf(y.pattern);
        if (px != py)
            return px < py;
        return Catalog::levels().indexOf(x.level) < Catalog::levels().indexOf(y.level);
    });
    const int at = int(
        order.indexOf(int(std::find_if(rows->cbegin(), rows->cend(), [this](const Coding::ProblemRow &row) {
            return row.questionId == m_current.id;
        }) - rows->cbegin())));
    const int next = Coding::ProblemList::nextUnsolved(rows.value(), order, at);
    if (next < 0)
        return false;
    openScratchpad(rows->at(next).questionId);
    return true;
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
    m_answer->setRatingText(tr("Next review in %n day(s)", nullptr, review->intervalDays));
    // On to the next question, answer hidden again.
    m_search->selectRow(m_search->currentRow() + 1);
    m_answer->setSelfTest(m_header->isSelfTest());
}

void QuestionsWorkspace::setStarred(bool starred)
{
    if (m_current.id == 0)
        return;
    const Status status = m_repository.setStarred(m_current.id, starred, now());
    if (!status) {
        m_header->setStarred(!starred);
        reportFailure(status.errorMessage());
        return;
    }
    m_current.starred = starred;
    m_header->setStarred(starred);
    m_search->reloadRow(m_current.id); // the star beside its title in the list
    m_saveStatus.markSaved();
}

void QuestionsWorkspace::addOwnQuestion()
{
    QuestionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = m_repository.createOwn(dialog.draft(), now());
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
    // What is still being typed goes with the question, so that undo brings it back.
    if (m_answer->isScratchpadVisible())
        m_answer->scratchpad()->saveNow();
    (void)m_answer->saveNote();
    const Questions::Question question = m_current;
    m_current = Questions::Question();
    undoStack()->push(new DeleteOwnQuestionCommand(
        m_repository, question, [this] { m_search->runSearch(); },
        [this](const QString &message) { reportFailure(message); }));
}

void QuestionsWorkspace::requestStoryDraft()
{
    auto draft = Stories::WorkedExample::fromMarkdown(m_current.answerMd);
    if (!draft)
        return;
    draft->title = tr("My story for: %1").arg(m_current.title);
    draft->principles = m_current.principles;
    draft->primaryPrinciple = m_current.principles.value(0);
    draft->questionIds = {m_current.id};
    Q_EMIT storyDraftRequested(*draft);
}

void QuestionsWorkspace::reportFailure(const QString &message)
{
    m_saveStatus.markFailed(message);
}

void QuestionsWorkspace::keyPressEvent(QKeyEvent *event)
{
    // Single-key commands work when no text field has the focus.
    const int row = m_search->currentRow();
    switch (event->key()) {
    case Qt::Key_Slash:
        m_search->focusSearch();
        return;
    case Qt::Key_J:
        m_search->selectRow(row + 1);
        return;
    case Qt::Key_K:
        m_search->selectRow(qMax(0, row - 1));
        return;
    case Qt::Key_N:
        if (event->modifiers() == Qt::NoModifier && isCoding(m_current)) {
            openNextUnsolved();
            return;
        }
        break;
    case Qt::Key_Space:
        if (!isAnswerVisible()) {
            m_answer->reveal();
            return;
        }
        break;
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
    case Qt::Key_4:
        if (m_answer->isRatingShown() && event->modifiers() == Qt::NoModifier) {
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
