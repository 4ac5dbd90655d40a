#include "gui/stories/rehearsedialog.h"

#include "core/practice/practicelog.h"
#include "core/practice/practicetimer.h"
#include "core/stories/storychecks.h"
#include "gui/rehearsal/interviewerpanel.h"
#include "studio/audio.h"
#ifdef STARLOOP_HAVE_MULTIMEDIA
#include "gui/rehearsal/playbackview.h"
#include "gui/rehearsal/studiopanel.h"
#endif

#include <QButtonGroup>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
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

RehearsalSubject RehearsalSubject::ofStory(const Stories::Story &story)
{
    RehearsalSubject subject;
    subject.kind = QStringLiteral("story");
    subject.ref = story.uid;
    subject.storyId = story.id;
    subject.title = story.title.simplified().isEmpty() ? RehearseDialog::tr("Untitled story")
                                                       : story.title.simplified();
    subject.estimatedSeconds = StoryChecks::tellingSeconds(story);
    QString html = QStringLiteral("<h1>%1</h1>").arg(subject.title.toHtmlEscaped());
    const std::pair<QString, const QString *> parts[] = {{RehearseDialog::tr("Situation"), &story.situation},
        {RehearseDialog::tr("Task"), &story.task}, {RehearseDialog::tr("Action"), &story.action},
        {RehearseDialog::tr("Result"), &story.result}, {RehearseDialog::tr("Reflection"), &story.reflection}};
    for (const auto &[heading, body] : parts) {
        if (body == &story.reflection && body->trimmed().isEmpty())
            continue; // the reflection is optional
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(heading.toHtmlEscaped(),
                        body->trimmed().isEmpty() ? RehearseDialog::tr("<i>(not written yet)</i>")
                                                  : paragraphs(*body));
    }
    subject.html = html;
    return subject;
}

RehearsalSubject RehearsalSubject::ofQuestion(const QString &uid, const QString &title, const QString &prompt)
{
    RehearsalSubject subject;
    subject.kind = QStringLiteral("question");
    subject.ref = uid;
    subject.questionUid = uid;
    subject.title = title.simplified();
    subject.html = QStringLiteral("<h1>%1</h1>").arg(subject.title.toHtmlEscaped());
    if (!prompt.trimmed().isEmpty() && prompt.simplified() != subject.title)
        subject.html += QStringLiteral("<p>%1</p>").arg(paragraphs(prompt));
    subject.html
        += RehearseDialog::tr("<p><i>Answer with one of your stories, in STAR order: Situation, Task, "
                              "Action, Result. Aim for 2–4 minutes.</i></p>");
    return subject;
}

RehearseDialog::RehearseDialog(
    const Stories::Story &story, Storage::Database &db, const Practice::Clock *clock, QWidget *parent)
    : RehearseDialog(RehearsalSubject::ofStory(story), db, clock, parent)
{ }

RehearseDialog::RehearseDialog(
    const RehearsalSubject &subject, Storage::Database &db, const Practice::Clock *clock, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_log(std::make_unique<Practice::PracticeLog>(db))
    , m_timer(new PracticeTimer(clock, this))
{
    setObjectName(QStringLiteral("rehearseDialog"));
    setAccessibleName(
        subject.kind == QLatin1String("story") ? tr("Rehearse story") : tr("Rehearse question"));
    const QString title = subject.title;
    setWindowTitle(tr("Rehearse: %1").arg(title));
    setWindowState(windowState() | Qt::WindowMaximized);
    m_estimatedSeconds = subject.estimatedSeconds;
    m_timer->setPlan(Practice::TimerPlan::leadershipAnswer());
    const auto session
        = m_log->start(subject.kind, subject.ref, title, m_timer->plan(), QDateTime::currentSecsSinceEpoch());
    if (session)
        m_sessionId = session.value();
    else
        m_finished = true; // nothing to finish; the rehearsal still runs

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(32);

    // The story (or the question), large, with nothing else around it.
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
    text->setText(subject.html);
    scroll->setWidget(text);
    m_left = new QStackedWidget(this);
    m_left->addWidget(scroll);
    layout->addWidget(m_left, 3);

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

    side->addSpacing(8);
    side->addWidget(buildStudio(db));

    m_stopButton
        = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("rehearseStopButton"));
    m_stopButton->setToolTip(tr("Stop the clock and rate how the telling went"));
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (m_studio)
        m_studio->adoptStopButton(m_stopButton); // one Stop, after Record and Pause
    else
#endif
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
    auto *saveButton = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-save")), tr("S&ave to Practice Log"), m_ratingPanel);
    saveButton->setObjectName(QStringLiteral("rehearseSaveButton"));
    ratingLayout->addWidget(saveButton);
    m_ratingPanel->setVisible(false);
    side->addWidget(m_ratingPanel);

    auto *interviewerBox = new QGroupBox(tr("Interviewer"), this);
    auto *interviewerLayout = new QVBoxLayout(interviewerBox);
    m_interviewer = new InterviewerPanel(db, subject.storyId, subject.questionUid, interviewerBox);
    interviewerLayout->addWidget(m_interviewer);
    side->addWidget(interviewerBox);
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

    m_timer->start();
    updateClock();
    m_stopButton->setFocus();
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (m_studio) {
        // A fresh recording restarts the clock, so the countdown and the recording agree.
        connect(m_studio, &StudioPanel::started, this, [this] {
            m_timer->reset();
            m_timer->start();
            updateClock();
        });
        connect(m_studio, &StudioPanel::recorded, this, &RehearseDialog::showResults);
        connect(m_studio, &StudioPanel::failed, this, &RehearseDialog::failed);
        connect(m_interviewer, &InterviewerPanel::probeAsked, m_studio,
            [this](const Rehearsal::Probe &probe) { m_studio->markProbe(probe.spokenText()); });
    }
#endif
}

QWidget *RehearseDialog::buildStudio(Storage::Database &db)
{
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (Studio::Audio::canRecord()) {
        m_studio = new StudioPanel(db, m_sessionId, this);
        m_playback = new PlaybackView(this);
        m_left->addWidget(m_playback);
        return m_studio;
    }
#else
    (void)db;
#endif
    auto *note = new QLabel(Studio::Audio::recordingUnavailableReason(), this);
    note->setObjectName(QStringLiteral("rehearseNoStudio"));
    note->setWordWrap(true);
    return note;
}

void RehearseDialog::showResults(const Rehearsal::RecordingLink &link)
{
#ifdef STARLOOP_HAVE_MULTIMEDIA
    m_playback->open(link);
    m_left->setCurrentWidget(m_playback);
#else
    (void)link;
#endif
}

void RehearseDialog::keyPressEvent(QKeyEvent *event)
{
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (m_studio && event->key() == StudioPanel::MarkKey && event->modifiers() == Qt::NoModifier) {
        m_studio->markNextMove();
        event->accept();
        return;
    }
#endif
    QDialog::keyPressEvent(event);
}

RehearseDialog::~RehearseDialog()
{
#ifdef STARLOOP_HAVE_MULTIMEDIA
    // A recording still running is kept and linked by the studio, with no results to show.
    if (m_studio) {
        m_studio->disconnect(this);
        m_studio->stop();
    }
#endif
    // Closed without Stop: the time told so far is logged. A failure has no one left to tell: the
    // workspace this dialog reports to may be going away with it.
    if (!m_finished && m_sessionId != 0)
        (void)m_log->finish(m_sessionId, m_timer->summary(), std::nullopt, QString());
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
    const QString actual = StoryChecks::formatDuration(static_cast<int>(m_timer->elapsedMs() / 1000));
    m_timing->setText(m_estimatedSeconds < 0
            ? tr("Aim for 2–4 minutes · actual %1").arg(actual)
            : tr("Estimated %1 · actual %2").arg(StoryChecks::formatDuration(m_estimatedSeconds), actual));
}

void RehearseDialog::stop()
{
    if (m_timer->state() == PracticeTimer::State::Stopped)
        return;
    m_timer->stop();
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (m_studio)
        m_studio->stop();
#endif
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
#ifdef STARLOOP_HAVE_MULTIMEDIA
    if (m_studio)
        m_studio->stop();
#endif
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
