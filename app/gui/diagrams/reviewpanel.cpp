#include "gui/diagrams/reviewpanel.h"

#include "core/diagrams/dismissalrepository.h"
#include "core/questions/questionrepository.h"
#include "gui/diagrams/diagramscene.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <functional>

namespace Starloop::Gui {

using Diagrams::ArchitectureReview;
using Diagrams::ReviewFinding;
using Diagrams::Severity;

namespace {

const char ErrorColor[] = "#c01c28";
const char WarnColor[] = "#c64600";
const char AdviceColor[] = "#1a73e8";
const char DismissedColor[] = "#77767b";

QString mark(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("<span style='color:%1'>●</span>").arg(QLatin1String(ErrorColor));
    case Severity::Warning:
        return QStringLiteral("<span style='color:%1'>▲</span>").arg(QLatin1String(WarnColor));
    case Severity::Advice:
        break;
    }
    return QStringLiteral("<span style='color:%1'>◆</span>").arg(QLatin1String(AdviceColor));
}

QString rowName(const QString &ruleId, const QString &subject)
{
    QString name = QStringLiteral("finding_") + ruleId;
    if (!subject.isEmpty())
        name += QLatin1Char('_') + subject;
    return name;
}

// Clicks on a finding's row (not on its link or buttons) activate it.
class RowClickFilter : public QObject
{
public:
    RowClickFilter(QObject *parent, std::function<void()> onClick)
        : QObject(parent)
        , m_onClick(std::move(onClick))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease
            && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_onClick();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onClick;
};

// A word-wrapped label whose text is set once, that remembers its height at each width: the
// list's layout asks every row at several widths on each pass, and QLabel lays its text out
// again for every answer (most of the time a long review took to show).
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(QWidget *parent)
        : QLabel(parent)
    {
        setWordWrap(true);
    }

    int heightForWidth(int width) const override
    {
        const auto found = m_heights.constFind(width);
        if (found != m_heights.constEnd())
            return found.value();
        const int height = QLabel::heightForWidth(width);
        m_heights.insert(width, height);
        return height;
    }

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            m_heights.clear();
        QLabel::changeEvent(event);
    }

private:
    mutable QHash<int, int> m_heights;
};

} // namespace

ReviewPanel::ReviewPanel(Storage::Database &db, DiagramScene *scene, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_scene(scene)
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("diagramReviewPanel"));
    setAccessibleName(tr("Architecture review"));
    setMinimumWidth(240);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diagramReviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_rows = new QVBoxLayout(m_content);
    m_rows->setContentsMargins(0, 0, 4, 0);
    m_rows->setSpacing(6);
    m_rows->addStretch(1);
    scroll->setWidget(m_content);
    layout->addWidget(scroll, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ReviewPanel::reviewNow);
    connect(m_scene, &DiagramScene::documentChanged, m_debounce, qOverload<>(&QTimer::start));
    rebuild();
}

void ReviewPanel::setDiagram(const QString &diagramUid)
{
    m_diagramUid = diagramUid;
    m_dismissals.clear();
    if (!diagramUid.isEmpty()) {
        const auto stored = Diagrams::DismissalRepository(m_db).dismissals(diagramUid);
        if (stored)
            m_dismissals = stored.value();
        else
            Q_EMIT failed(stored.errorMessage());
    }
    reviewNow();
}

void ReviewPanel::reviewNow()
{
    m_debounce->stop();
    m_findings = m_diagramUid.isEmpty() ? QVector<ReviewFinding> {}
                                        : ArchitectureReview::review(m_scene->document(), m_dismissals);
    rebuild();
}

QWidget *ReviewPanel::findingRow(const QString &ruleId, const QString &subject) const
{
    const QString name = rowName(ruleId, subject);
    for (QWidget *row : m_rowWidgets) {
        if (row->objectName() == name)
            return row;
    }
    return nullptr;
}

void ReviewPanel::rebuild()
{
    // Later: the button that asked for this may be in one of them.
    for (QWidget *row : std::as_const(m_rowWidgets)) {
        row->hide();
        row->setObjectName(QString());
        m_rows->removeWidget(row);
        row->deleteLater();
    }
    m_rowWidgets.clear();
    const auto open = ArchitectureReview::open(m_findings);
    if (m_diagramUid.isEmpty()) {
        m_summary->setText(tr("<b>Review</b> · no diagram open"));
    } else if (open.isEmpty()) {
        m_summary->setText(tr("<b>Review</b> · nothing an interviewer would point out"));
    } else {
        m_summary->setText(
            tr("<b>Review</b> · %1 %2 · %3 %4 · %5 %6")
                .arg(mark(Severity::Error))
                .arg(tr("%n error(s)", nullptr, ArchitectureReview::count(open, Severity::Error)))
                .arg(mark(Severity::Warning))
                .arg(tr("%n warning(s)", nullptr, ArchitectureReview::count(open, Severity::Warning)))
                .arg(mark(Severity::Advice))
                .arg(tr("%n advice", nullptr, ArchitectureReview::count(open, Severity::Advice))));
    }
    int at = 0;
    for (const ReviewFinding &f : open)
        m_rows->insertWidget(at++, makeRow(f));
    const int dismissed = int(m_findings.size() - open.size());
    if (dismissed > 0) {
        auto *header = new QLabel(tr("<b>Dismissed</b> (%1)").arg(dismissed), m_content);
        header->setObjectName(QStringLiteral("diagramReviewDismissedHeader"));
        m_rowWidgets << header;
        m_rows->insertWidget(at++, header);
        for (const ReviewFinding &f : m_findings) {
            if (f.dismissed())
                m_rows->insertWidget(at++, makeRow(f));
        }
    }
    for (QWidget *row : std::as_const(m_rowWidgets)) // shown now, not when the layout gets to it
        row->show();
}

QWidget *ReviewPanel::makeRow(const ReviewFinding &finding)
{
    auto *row = new QFrame(m_content);
    row->setObjectName(rowName(finding.ruleId, finding.subject()));
    row->setFrameShape(QFrame::StyledPanel);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // never squeezed: the list scrolls
    row->setCursor(Qt::PointingHandCursor);
    m_rowWidgets << row;
    const Diagrams::ReviewRule *rule = ArchitectureReview::rule(finding.ruleId);
    const QString title = rule ? rule->title : finding.ruleId;
    const bool dismissed = finding.dismissed();

    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    auto *text = new WrappedLabel(row);
    text->setTextFormat(Qt::RichText);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (dismissed) {
        text->setText(
            QStringLiteral("<span style='color:%1'><b>%2</b><br>%3<br><i>%4</i></span>")
                .arg(QLatin1String(DismissedColor), title.toHtmlEscaped(), finding.message.toHtmlEscaped(),
                    tr("Dismissed: %1").arg(finding.dismissal->reason).toHtmlEscaped()));
    } else {
        text->setText(
            QStringLiteral("%1 <b>%2</b><br>%3")
                .arg(mark(finding.severity), title.toHtmlEscaped(), finding.message.toHtmlEscaped()));
    }
    row->setAccessibleName(ArchitectureReview::severityName(finding.severity) + QStringLiteral(": ") + title);
    row->setAccessibleDescription(finding.message);
    row->setToolTip(tr("Click to select the items on the canvas"));
    layout->addWidget(text);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    const auto question = Questions::QuestionRepository(m_db).loadByUid(finding.questionUid);
    if (question) {
        auto *why = new WrappedLabel(row);
        why->setObjectName(QStringLiteral("findingWhy"));
        why->setTextFormat(Qt::RichText);
        QString title = question->title;
        if (title.size() > 70) // the tool tip has it all
            title = title.left(title.lastIndexOf(QLatin1Char(' '), 68)) + QStringLiteral("…");
        why->setText(QStringLiteral("<a href='#'>%1</a>").arg(tr("Why? %1").arg(title).toHtmlEscaped()));
        why->setToolTip(tr("Open the bank answer: %1").arg(question->title));
        connect(why, &QLabel::linkActivated, this, [this, finding] { explain(finding); });
        buttons->addWidget(why, 1);
    } else {
        buttons->addStretch(1);
    }
    auto *button = new QPushButton(dismissed ? tr("Restore") : tr("Dismiss…"), row);
    button->setObjectName(dismissed ? QStringLiteral("findingRestore") : QStringLiteral("findingDismiss"));
    button->setToolTip(dismissed ? tr("Show this finding as open again")
                                 : tr("Keep this as a deliberate choice, with the reason why"));
    connect(button, &QPushButton::clicked, this, [this, finding, dismissed] {
        if (!dismissed) {
            askReason(finding);
            return;
        }
        const Status restored = restore(finding);
        if (!restored)
            QMessageBox::warning(this, tr("Restore Finding"), restored.errorMessage());
    });
    buttons->addWidget(button, 0, Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(buttons);

    auto *filter = new RowClickFilter(row, [this, finding] { activate(finding); });
    row->installEventFilter(filter);
    text->installEventFilter(filter);
    return row;
}

void ReviewPanel::askReason(const ReviewFinding &finding)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Dismiss Finding"),
        tr("Why is this a deliberate choice?\n%1").arg(finding.message), QLineEdit::Normal, tr("accepted: "),
        &ok);
    if (!ok)
        return;
    const Status dismissed = dismiss(finding, reason);
    if (!dismissed)
        QMessageBox::warning(this, tr("Dismiss Finding"), dismissed.errorMessage());
}

Status ReviewPanel::dismiss(const ReviewFinding &finding, const QString &reason)
{
    const QString why = reason.trimmed();
    if (why.isEmpty() || why == tr("accepted:"))
        return Error {tr("Say why the finding is a deliberate choice, for example \"accepted: cost\"."), 0};
    if (m_diagramUid.isEmpty())
        return Error {tr("No diagram is open."), 0};
    const Diagrams::ReviewDismissal dismissal {finding.ruleId, finding.subject(), why, 0};
    const Status stored = Diagrams::DismissalRepository(m_db).dismiss(
        m_diagramUid, dismissal, QDateTime::currentSecsSinceEpoch());
    if (!stored)
        return stored;
    setDiagram(m_diagramUid); // reads the dismissals back and reviews again
    return {};
}

Status ReviewPanel::restore(const ReviewFinding &finding)
{
    if (!finding.dismissal || m_diagramUid.isEmpty())
        return {};
    const Status restored = Diagrams::DismissalRepository(m_db).restore(
        m_diagramUid, finding.dismissal->ruleId, finding.dismissal->subject);
    if (!restored)
        return restored;
    setDiagram(m_diagramUid);
    return {};
}

void ReviewPanel::activate(const ReviewFinding &finding)
{
    Q_EMIT itemsRequested(finding.nodeIds + finding.edgeIds);
}

void ReviewPanel::explain(const ReviewFinding &finding)
{
    const auto question = Questions::QuestionRepository(m_db).loadByUid(finding.questionUid);
    if (question)
        Q_EMIT questionRequested(question->id);
    else
        Q_EMIT failed(question.errorMessage());
}

} // namespace Starloop::Gui
