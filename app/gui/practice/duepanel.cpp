#include "gui/practice/duepanel.h"

#include "core/practice/leeches.h"
#include "core/practice/reviewrepository.h"
#include "core/storage/datastore.h"
#include "core/vocabulary/catalog.h"
#include "gui/savestatus.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Starloop::Gui {

namespace {

enum Roles { IdRole = Qt::UserRole + 1, SectionRole, TitleRole };

} // namespace

DuePanel::DuePanel(Storage::DataStore &store, SaveStatus &saveStatus, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_saveStatus(saveStatus)
{
    setObjectName(QStringLiteral("duePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("dueHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    auto *hint = new QLabel(
        tr("Answer out loud, then rate how well you knew it. The rating schedules the next review: "
           "Again soon, Easy much later."),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("dueList"));
    m_list->setAccessibleName(tr("Questions due for review"));
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuePanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (currentQuestionId() > 0)
            Q_EMIT openQuestionRequested(currentQuestionId());
    });

    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open in Questions"), this);
    m_open->setObjectName(QStringLiteral("dueOpen"));
    m_practice = new QPushButton(tr("&Practice with Timer"), this);
    m_practice->setObjectName(QStringLiteral("duePractice"));
    connect(
        m_open, &QPushButton::clicked, this, [this] { Q_EMIT openQuestionRequested(currentQuestionId()); });
    connect(m_practice, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return;
        Q_EMIT practiceRequested(item->data(IdRole).toLongLong(), item->data(TitleRole).toString(),
            Catalog::practiceMinutes(item->data(SectionRole).toString()));
    });
    actions->addWidget(m_open);
    actions->addWidget(m_practice);
    actions->addStretch(1);

    m_ratingRow = new QWidget(this);
    auto *ratingLayout = new QHBoxLayout(m_ratingRow);
    ratingLayout->setContentsMargins(0, 0, 0, 0);
    ratingLayout->addWidget(new QLabel(tr("I knew it:"), m_ratingRow));
    const QStringList names {tr("&1 Again"), tr("&2 Hard"), tr("&3 Good"), tr("&4 Easy")};
    for (int i = 0; i < names.size(); ++i) {
        auto *button = new QPushButton(names.at(i), m_ratingRow);
        button->setObjectName(QStringLiteral("dueRate%1").arg(i + 1));
        button->setAccessibleName(QString(names.at(i)).remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this, [this, i] { rate(i + 1); });
        ratingLayout->addWidget(button);
    }
    actions->addWidget(m_ratingRow);
    layout->addLayout(actions);
    updateButtons(); // the queue is read when the panel is shown (PracticeWorkspace), not here
}

void DuePanel::reload()
{
    const qint64 selected = currentQuestionId();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto due = Practice::ReviewRepository(m_store.db()).dueQuestions(now);
    m_list->clear();
    if (!due) {
        m_heading->setText(due.errorMessage());
        updateButtons();
        return;
    }
    // Leeches are marked, not hidden: another review rarely helps them, a rewritten note does.
    QSet<qint64> leeches;
    if (const auto found = Practice::Leeches::find(m_store.db())) {
        for (const Practice::Leech &leech : found.value()) {
            if (leech.kind == Practice::ItemKind::Question)
                leeches.insert(leech.id);
        }
    }
    for (const Practice::DueQuestion &q : due.value()) {
        const qint64 days = (now - q.dueAt) / Practice::ReviewRepository::SecondsPerDay;
        const QString when = days <= 0 ? tr("due today") : tr("overdue by %n day(s)", nullptr, int(days));
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3").arg(q.title, Catalog::sectionName(q.section), when), m_list);
        if (leeches.contains(q.questionId)) {
            item->setText(item->text() + tr(" · leech: forgotten again and again, rewrite your note"));
            item->setForeground(QColor(0xc0, 0x39, 0x2b));
            item->setToolTip(tr("A leech: reviewing it again rarely helps. Open it and rewrite your "
                                "note in your own words, or split it into smaller points."));
        }
        item->setData(IdRole, q.questionId);
        item->setData(SectionRole, q.section);
        item->setData(TitleRole, q.title);
        if (q.questionId == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_heading->setText(m_list->count() == 0
            ? tr("Nothing is due today. Rate questions in self-test to build the queue.")
            : tr("%n question(s) due today", nullptr, m_list->count()));
    updateButtons();
    Q_EMIT countChanged(m_list->count());
}

int DuePanel::count() const
{
    return m_list->count();
}

qint64 DuePanel::currentQuestionId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void DuePanel::selectQuestion(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
}

void DuePanel::rate(int rating)
{
    const qint64 id = currentQuestionId();
    if (id <= 0)
        return;
    const int row = m_list->currentRow();
    const auto rated
        = Practice::ReviewRepository(m_store.db()).rate(id, rating, QDateTime::currentSecsSinceEpoch());
    if (!rated) {
        m_saveStatus.markFailed(rated.errorMessage());
        QMessageBox::warning(this, tr("Review"), rated.errorMessage());
        return;
    }
    m_saveStatus.markSaved();
    reload();
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void DuePanel::updateButtons()
{
    const bool selected = m_list->currentItem() != nullptr;
    m_open->setEnabled(selected);
    m_practice->setEnabled(selected);
    m_ratingRow->setEnabled(selected);
}

} // namespace Starloop::Gui
