#include "rehearsedialog.h"

#include "practice/practicelog.h"
#include "practice/practicetimer.h"
#include "stories/storychecks.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Practice::PracticeTimer;
using Stories::StoryChecks;

namespace {

QString paragraphs(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

RehearseDialog::RehearseDialog(const Stories::Story &story, Storage::Database &db, const Practice::Clock *clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_story(story)
    , m_log(std::make_unique<Practice::PracticeLog>(db))
    , m_timer(new PracticeTimer(clock, this))
{
    setObjectName(QStringLiteral("rehearseDialog"));
    setAccessibleName(tr("Rehearse story"));
    const QString title = story.title.simplified().isEmpty() ? tr("Untitled story") : story.title.simplified();
    setWindowTitle(tr("Rehearse: %1").arg(title));
    setWindowState(windowState() | Qt::WindowMaximized);
    m_estimatedSeconds = StoryChecks::tellingSeconds(story);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(32);

    // The story, large, with nothing else around it.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("rehearseScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *text = new QLabel(scroll);
    text->setObjectName(QStringLiteral("rehearseStoryText"));
    text->setAccessibleName(tr("Story text"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    text->setContentsMargins(8, 8, 8, 8);
    QFont storyFont = text->font();
    storyFont.setPointSizeF(storyFont.pointSizeF() * 1.5);
    text->setFont(storyFont);
    QString html = QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    const std::pair<QString, const QString *> parts[] = {{tr("Situation"), &story.situation},
                                                        {tr("Task"), &story.task},
                                                        {tr("Action"), &story.action},
                                                        {tr("Result"), &story.result},
                                                        {tr("Reflection"), &story.reflection}};
    for (const auto &[heading, body] : parts) {
        if (body == &story.reflection && body->trimmed().isEmpty())
            continue; // the reflection is optional
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(heading.toHtmlEscaped(), body->trimmed().isEmpty() ? tr("<i>(not written yet)</i>") : paragraphs(*body));
    }
    text->setText(html);
    scroll->setWidget(text);
    layout->addWidget(scroll, 3);

    auto *side = new QVBoxLayout;
    side->setSpacing(12);
    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("rehearseCountdown"));
    m_countdown->setAccessibleName(tr("Time remaining"));
    m_countdown->setAlignment(Qt::AlignCenter);
    QFont clockFont = m_countdown->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 5);
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    m_countdown->setFont(clockFont);
    side->addWidget(m_countdown);

    m_timing = new QLabel(this);
    m_timing->setObjectName(QStringLiteral("rehearseTiming"));
    m_timing->setAlignment(Qt::AlignCenter);
    m_timing->setWordWrap(true);
    QFont timingFont = m_timing->font();
    timingFont.setPointSizeF(timingFont.pointSizeF() * 1.3);
    m_timing->setFont(timingFont);
    side->addWidget(m_timing);

    m_stopButton = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("rehearseStopButton"));
    m_stopButton->setToolTip(tr("Stop the clock and rate how the telling went"));
    side->addWidget(m_stopButton);

    m_ratingPanel = new QWidget(this);
    m_ratingPanel->setObjectName(QStringLiteral("rehearseRatingPanel"));
    auto *ratingLayout = new QVBoxLayout(m_ratingPanel);
    ratingLayout->setContentsMargins(0, 0, 0, 0);
    ratingLayout->addWidget(new QLabel(tr("How did it go? (1 = rough, 5 = interview-ready)"), m_ratingPanel));
    auto *stars = new QHBoxLayout;
    m_rating = new QButtonGroup(this);
    for (int value = 1; value <= 5; ++value) {
        auto *button = new QRadioButton(QString::number(value), m_ratingPanel);
        button->setObjectName(QStringLiteral("rehearseRating%1").arg(value));
        button->setAccessibleName(tr("Rating %1 of 5").arg(value));
        m_rating->addButton(button, value);
        stars->addWidget(button);
    }
    ratingLayout->addLayout(stars);
    m_notes = new QPlainTextEdit(m_ratingPanel);
    m_notes->setObjectName(QStringLiteral("rehearseNotes"));
    m_notes->setAccessibleName(tr("Notes on this rehearsal"));
    m_notes->setPlaceholderText(tr("What to tighten next time"));
    m_notes->setTabChangesFocus(true);
    ratingLayout->addWidget(m_notes);
    auto *saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("S&ave to Practice Log"), m_ratingPanel);
    saveButton->setObjectName(QStringLiteral("rehearseSaveButton"));
    ratingLayout->addWidget(saveButton);
    m_ratingPanel->setVisible(false);
    side->addWidget(m_ratingPanel);
    side->addStretch(1);

    auto *closeButton = new QPushButton(tr("&Close"), this);
    closeButton->setObjectName(QStringLiteral("rehearseCloseButton"));
    side->addWidget(closeButton);
    layout->addLayout(side, 1);

    connect(m_stopButton, &QPushButton::clicked, this, &RehearseDialog::stop);
    connect(saveButton, &QPushButton::clicked, this, &RehearseDialog::save);
    connect(closeButton, &QPushButton::clicked, this, &RehearseDialog::reject);
    connect(m_timer, &PracticeTimer::tick, this, &RehearseDialog::updateClock);
    connect(m_timer, &PracticeTimer::stateChanged, this, &RehearseDialog::updateClock);

    m_timer->setPlan(Practice::TimerPlan::leadershipAnswer());
    const auto session = m_log->start(QStringLiteral("story"), story.uid, title, m_timer->plan(),
                                      QDateTime::currentSecsSinceEpoch());
    if (session)
        m_sessionId = session.value();
    else
        m_finished = true; // nothing to finish; the rehearsal still runs
    m_timer->start();
    updateClock();
    m_stopButton->setFocus();
}

RehearseDialog::~RehearseDialog()
{
    if (!m_finished && m_sessionId != 0)
        m_log->finish(m_sessionId, m_timer->summary(), std::nullopt, QString());
}

void RehearseDialog::updateClock()
{
    const qint64 remaining = m_timer->remainingMs();
    m_countdown->setText(PracticeTimer::formatRemaining(remaining));
    QString colour;
    if (m_timer->isOverrun())
        colour = QStringLiteral("#c62828");
    else if (m_timer->elapsedMs() >= qint64(m_timer->plan().warningAtSeconds()) * 1000)
        colour = QStringLiteral("#ef6c00");
    m_countdown->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
    m_countdown->setProperty("overrun", m_timer->isOverrun());
    m_timing->setText(tr("Estimated %1 · actual %2")
                          .arg(StoryChecks::formatDuration(m_estimatedSeconds),
                               StoryChecks::formatDuration(static_cast<int>(m_timer->elapsedMs() / 1000))));
}

void RehearseDialog::stop()
{
    if (m_timer->state() == PracticeTimer::State::Stopped)
        return;
    m_timer->stop();
    updateClock();
    m_stopButton->setEnabled(false);
    m_ratingPanel->setVisible(true);
    m_rating->button(3)->setFocus();
}

void RehearseDialog::save()
{
    stop();
    const int rating = m_rating->checkedId();
    finishSession(rating >= 1 ? std::optional<int>(rating) : std::nullopt, m_notes->toPlainText().trimmed());
    QDialog::accept();
}

void RehearseDialog::reject()
{
    m_timer->stop();
    finishSession(std::nullopt, m_notes->toPlainText().trimmed());
    QDialog::reject();
}

void RehearseDialog::finishSession(std::optional<int> rating, const QString &notes)
{
    if (m_finished)
        return;
    m_finished = true;
    const Status status = m_log->finish(m_sessionId, m_timer->summary(), rating, notes);
    if (!status)
        Q_EMIT failed(tr("The rehearsal could not be saved to the practice log"), status.errorMessage());
}

} // namespace Starloop::Gui
