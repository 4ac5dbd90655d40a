#include "gui/coding/attemptspanel.h"

#include "core/coding/runresult.h"
#include "core/vocabulary/language.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Coding::Attempt;
using Coding::RunResult;

AttemptsPanel::AttemptsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Attempts"), this));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attemptList"));
    m_list->setAccessibleName(tr("Your attempts at this question"));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { Q_EMIT attemptChosen(item->data(Qt::UserRole).toLongLong()); });
    layout->addWidget(m_list, 1);

    layout->addWidget(new QLabel(tr("How did it go?"), this));
    m_rating = new QComboBox(this);
    m_rating->setObjectName(QStringLiteral("attemptRating"));
    m_rating->setAccessibleName(tr("Self-rating"));
    m_rating->addItem(tr("Not rated"));
    const QStringList ratings {tr("1 – stuck"), tr("2 – needed hints"), tr("3 – solved, slowly"),
        tr("4 – solved cleanly"), tr("5 – interview-ready")};
    for (int i = 0; i < ratings.size(); ++i)
        m_rating->addItem(ratings.at(i), i + 1);
    connect(m_rating, qOverload<int>(&QComboBox::currentIndexChanged), this, [this](int index) {
        if (!m_loading)
            Q_EMIT ratingChanged(index > 0 ? std::optional<int>(index) : std::nullopt);
    });
    layout->addWidget(m_rating);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("attemptNotes"));
    m_notes->setAccessibleName(tr("Notes on this attempt"));
    m_notes->setPlaceholderText(tr("What went wrong, what to remember…"));
    m_notes->setMaximumHeight(120);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT notesChanged(m_notes->toPlainText());
    });
    layout->addWidget(m_notes);
}

void AttemptsPanel::setAttempts(const QVector<Attempt> &attempts, qint64 currentId)
{
    m_list->clear();
    for (const Attempt &attempt : attempts) {
        auto *item = new QListWidgetItem(label(attempt), m_list);
        item->setData(Qt::UserRole, attempt.id);
        if (attempt.id == currentId)
            m_list->setCurrentItem(item);
    }
}

void AttemptsPanel::showAttempt(const Attempt &attempt)
{
    m_loading = true;
    m_rating->setCurrentIndex(attempt.rating ? qBound(0, *attempt.rating, 5) : 0);
    m_notes->setPlainText(attempt.notes);
    m_loading = false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == attempt.id && attempt.id != 0)
            m_list->setCurrentRow(row);
    }
    if (attempt.id == 0)
        m_list->clearSelection();
}

bool AttemptsPanel::updateAttempt(const Attempt &attempt)
{
    bool listed = false;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(Qt::UserRole).toLongLong() == attempt.id) {
            item->setText(label(attempt));
            listed = true;
        }
    }
    return listed;
}

QString AttemptsPanel::label(const Attempt &attempt)
{
    QStringList parts {
        QDateTime::fromSecsSinceEpoch(attempt.startedAt).toString(QStringLiteral("d MMM HH:mm")),
        Languages::displayName(attempt.language)};
    if (attempt.durationSecs >= 60)
        parts << tr("%n min", nullptr, attempt.durationSecs / 60);
    if (attempt.rating)
        parts << QString(*attempt.rating, QChar(0x2605));
    const RunResult run = RunResult::fromJson(attempt.lastRun);
    if (run.outcome == RunResult::Outcome::Passed || run.outcome == RunResult::Outcome::Failed)
        parts << tr("%1/%2 passed").arg(run.passedCount()).arg(run.cases.size());
    return parts.join(QStringLiteral(" · "));
}

} // namespace Starloop::Gui
