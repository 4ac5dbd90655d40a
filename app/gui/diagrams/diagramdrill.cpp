#include "gui/diagrams/diagramdrill.h"

#include "gui/diagrams/diagramscene.h"

#include <QComboBox>
#include <QDateTime>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace Starloop::Gui {

using Diagrams::DiagramDocument;
using Diagrams::DrillScope;
using Diagrams::RecallDrill;

namespace {

const QColor MissedColor(0xc0, 0x1c, 0x28);

QString ratingName(int rating)
{
    switch (rating) {
    case 1:
        return DiagramDrill::tr("Again");
    case 2:
        return DiagramDrill::tr("Hard");
    case 3:
        return DiagramDrill::tr("Good");
    default:
        return DiagramDrill::tr("Easy");
    }
}

} // namespace

DiagramDrill::DiagramDrill(Storage::Database &db, DiagramScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("diagramDrill"));
    setAccessibleName(tr("Recall drill"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("drillTitle"));
    m_title->setWordWrap(true);
    top->addWidget(m_title, 1);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("drillScope"));
    m_scope->setAccessibleName(tr("What to recall"));
    m_scope->addItem(tr("Redraw everything"), int(DrillScope::Everything));
    m_scope->addItem(tr("Fill in the frames"), int(DrillScope::KeepGroups));
    m_scope->addItem(tr("Draw the connections"), int(DrillScope::Connections));
    m_scope->addItem(tr("Name the components"), int(DrillScope::Names));
    connect(m_scope, qOverload<int>(&QComboBox::activated), this, [this] { restart(); });
    top->addWidget(m_scope);
    m_scoreButton = new QPushButton(tr("Score"), this);
    m_scoreButton->setObjectName(QStringLiteral("drillScore"));
    m_scoreButton->setToolTip(tr("Compare your drawing with the reference"));
    connect(m_scoreButton, &QPushButton::clicked, this, [this] { (void)score(); });
    top->addWidget(m_scoreButton);
    m_endButton = new QPushButton(tr("End Drill"), this);
    m_endButton->setObjectName(QStringLiteral("drillEnd"));
    connect(m_endButton, &QPushButton::clicked, this, &DiagramDrill::end);
    top->addWidget(m_endButton);
    layout->addLayout(top);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("drillResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    m_ratings = new QWidget(this);
    auto *ratings = new QHBoxLayout(m_ratings);
    ratings->setContentsMargins(0, 0, 0, 0);
    ratings->addWidget(new QLabel(tr("How did it go?"), m_ratings));
    for (int rating = 1; rating <= 4; ++rating) {
        auto *button = new QPushButton(m_ratings);
        button->setObjectName(QStringLiteral("drillRate%1").arg(rating));
        connect(button, &QPushButton::clicked, this, [this, rating] {
            const auto recorded = rate(rating);
            if (!recorded)
                Q_EMIT failed(recorded.errorMessage());
        });
        ratings->addWidget(button);
        m_ratingButtons << button;
    }
    ratings->addStretch(1);
    layout->addWidget(m_ratings);

    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("drillNext"));
    layout->addWidget(m_next);
    hide();
}

void DiagramDrill::start(const DiagramDocument &reference, const QString &title,
    const Diagrams::DrillSubject &subject, DrillScope scope, const QSet<QString> &chosen)
{
    m_reference = reference;
    m_subject = subject;
    m_chosen = chosen;
    const int selection = m_scope->findData(int(DrillScope::Selection));
    if (chosen.isEmpty() && selection >= 0)
        m_scope->removeItem(selection);
    else if (!chosen.isEmpty() && selection < 0)
        m_scope->addItem(tr("Redraw the chosen part"), int(DrillScope::Selection));
    m_active = true;
    m_title->setText(
        tr("<b>Recall drill</b> · %1: redraw what is hidden, then Score.").arg(title.toHtmlEscaped()));
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
    show();
    restart();
    Q_EMIT started();
}

void DiagramDrill::restart()
{
    clearGhosts();
    m_scored = false;
    m_prompt = RecallDrill::prepare(m_reference, DrillScope(m_scope->currentData().toInt()), m_chosen);
    m_scene->setReadOnly(false);
    m_scene->setDocument(m_prompt.shown);
    const bool nothingHidden = m_prompt.hiddenNodes.isEmpty() && m_prompt.hiddenEdges.isEmpty()
        && m_prompt.blankedLabels.isEmpty();
    if (nothingHidden) {
        m_result->setText(tr("Nothing is hidden for this choice: pick another."));
    } else {
        const int components = int(m_prompt.hiddenNodes.size() + m_prompt.blankedLabels.size());
        m_result->setText(tr("To recall: %n component(s)", nullptr, components) + QStringLiteral(", ")
            + tr("%n connection(s)", nullptr, int(m_prompt.hiddenEdges.size())));
    }
    m_ratings->hide();
    m_next->clear();
    m_next->hide();
    m_scoreButton->setEnabled(true);
    m_scope->setEnabled(true);
}

Diagrams::DrillScore DiagramDrill::score()
{
    if (!m_active)
        return {};
    m_score = RecallDrill::score(m_reference, m_prompt, m_scene->document());
    m_scored = true;
    m_scene->setReadOnly(true);
    m_scene->clearSelection();
    const int matched = m_score.nodesMatched + m_score.edgesMatched + m_score.placementsMatched;
    const int expected = m_score.nodesExpected + m_score.edgesExpected + m_score.placementsExpected;
    QStringList missed;
    for (const QString &id : std::as_const(m_score.missedNodes)) {
        const Diagrams::DiagramNode *n = m_reference.node(id);
        if (n)
            missed << (n->label.isEmpty() ? n->kind : n->label);
    }
    QString text
        = tr("<b>%1 of %2 recalled</b> (%3 %) · components %4/%5 · connections %6/%7 · placements %8/%9")
              .arg(matched)
              .arg(expected)
              .arg(qRound(m_score.fraction() * 100))
              .arg(m_score.nodesMatched)
              .arg(m_score.nodesExpected)
              .arg(m_score.edgesMatched)
              .arg(m_score.edgesExpected)
              .arg(m_score.placementsMatched)
              .arg(m_score.placementsExpected);
    if (!missed.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Missed (ghosted in red): %1").arg(missed.join(QStringLiteral(", ")).toHtmlEscaped());
    m_result->setText(text);
    showMissed();
    const int suggested = m_score.suggestedRating();
    for (int rating = 1; rating <= 4; ++rating) {
        QPushButton *button = m_ratingButtons.at(rating - 1);
        button->setText(
            rating == suggested ? tr("%1 (suggested)").arg(ratingName(rating)) : ratingName(rating));
        button->setDefault(rating == suggested);
        button->setEnabled(true);
    }
    m_ratings->show();
    m_scoreButton->setEnabled(false);
    m_scope->setEnabled(false);
    Q_EMIT scored(m_reference.boundingRect().united(m_scene->document().boundingRect()));
    return m_score;
}

Result<Diagrams::DrillState> DiagramDrill::rate(int rating)
{
    if (!m_scored)
        return Error {tr("Score the drill before grading it."), 0};
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto recorded = Diagrams::DrillRepository(m_db).record(m_subject, rating, m_score.fraction(), now);
    if (!recorded)
        return recorded;
    const QDateTime due = QDateTime::fromSecsSinceEpoch(recorded->dueAt);
    const int days = int(
        std::max<qint64>(0, (recorded->dueAt - now + 43200) / Diagrams::DrillRepository::SecondsPerDay));
    m_next->setText(tr("Graded %1. Next drill: %2 (in %n day(s)).", nullptr, days)
                        .arg(ratingName(rating), QLocale().toString(due.date(), QLocale::LongFormat)));
    m_next->show();
    for (QPushButton *button : std::as_const(m_ratingButtons))
        button->setEnabled(false);
    return recorded;
}

void DiagramDrill::end()
{
    if (!m_active)
        return;
    clearGhosts();
    m_active = false;
    m_scored = false;
    hide();
    Q_EMIT finished();
}

// The missed components as red dashed ghosts where the reference has them, and the missed
// connections as red dashed lines between their ends.
void DiagramDrill::showMissed()
{
    clearGhosts();
    QPen pen(MissedColor, 2, Qt::DashLine);
    pen.setCosmetic(true);
    for (const QString &id : std::as_const(m_score.missedNodes)) {
        const Diagrams::DiagramNode *n = m_reference.node(id);
        if (!n)
            continue;
        auto *ghost = m_scene->addRect(n->rect(), pen, QColor(0xc0, 0x1c, 0x28, 28));
        ghost->setZValue(1e5);
        ghost->setData(0, QString(QStringLiteral("missed:") + id));
        ghost->setToolTip(tr("Missed: %1").arg(n->label));
        auto *label = new QGraphicsSimpleTextItem(n->label.isEmpty() ? n->kind : n->label, ghost);
        label->setBrush(MissedColor);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        label->setPos(n->x + 6, n->y + 4);
        m_ghosts << ghost;
    }
    for (const QString &id : std::as_const(m_score.missedEdges)) {
        const Diagrams::DiagramEdge *e = m_reference.edge(id);
        const Diagrams::DiagramNode *from = e ? m_reference.node(e->from) : nullptr;
        const Diagrams::DiagramNode *to = e ? m_reference.node(e->to) : nullptr;
        if (!from || !to)
            continue;
        auto *line = m_scene->addLine(QLineF(from->rect().center(), to->rect().center()), pen);
        line->setZValue(1e5);
        line->setData(0, QString(QStringLiteral("missed:") + id));
        m_ghosts << line;
    }
}

void DiagramDrill::clearGhosts()
{
    qDeleteAll(m_ghosts);
    m_ghosts.clear();
}

} // namespace Starloop::Gui
