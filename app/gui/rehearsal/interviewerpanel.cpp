#include "gui/rehearsal/interviewerpanel.h"

#include "core/rehearsal/probesource.h"
#include "core/stories/storyrepository.h"
#include "media/interviewervoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Rehearsal::Interviewer;
using Rehearsal::ProbePlanner;

InterviewerPanel::InterviewerPanel(
    Storage::Database &db, qint64 storyId, const QString &questionUid, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("interviewerPanel"));
    setAccessibleName(tr("Interviewer"));

    QVector<Rehearsal::Probe> probes;
    const Rehearsal::ProbeSource source(db);
    const auto material = questionUid.isEmpty() ? source.forStory(storyId) : source.forQuestion(questionUid);
    if (material)
        probes = ProbePlanner::plan(material.value());
    m_interviewer = std::make_unique<Interviewer>(probes, storyId);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_start
        = new QPushButton(QIcon::fromTheme(QStringLiteral("user-available")), tr("Ask &Follow-ups"), this);
    m_start->setObjectName(QStringLiteral("interviewerStartButton"));
    m_start->setToolTip(tr("When your answer is done: the interviewer's follow-up questions, one at a time"));
    m_start->setEnabled(hasProbes());
    layout->addWidget(m_start);

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("interviewerCounter"));
    layout->addWidget(m_counter);

    m_probe = new QLabel(this);
    m_probe->setObjectName(QStringLiteral("interviewerProbe"));
    m_probe->setAccessibleName(tr("The interviewer asks"));
    m_probe->setWordWrap(true);
    m_probe->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont probeFont = m_probe->font();
    probeFont.setPointSizeF(probeFont.pointSizeF() * 1.8);
    probeFont.setBold(true);
    m_probe->setFont(probeFont);
    layout->addWidget(m_probe);
    if (!material)
        m_probe->setText(material.errorMessage());
    else if (!hasProbes())
        m_probe->setText(tr("No follow-up questions for this one yet."));

    m_storyRow = new QWidget(this);
    auto *storyLayout = new QVBoxLayout(m_storyRow);
    storyLayout->setContentsMargins(0, 0, 0, 0);
    storyLayout->addWidget(new QLabel(tr("Which story did you tell this time?"), m_storyRow));
    m_stories = new QComboBox(m_storyRow);
    m_stories->setObjectName(QStringLiteral("interviewerStoryCombo"));
    m_stories->setAccessibleName(tr("The other story you told"));
    storyLayout->addWidget(m_stories);
    m_storyRow->setVisible(false);
    layout->addWidget(m_storyRow);
    loadStories(db);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("interviewerError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_next = new QPushButton(tr("&Next Question"), this);
    m_next->setObjectName(QStringLiteral("interviewerNextButton"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("interviewerSkipButton"));
    buttons->addWidget(m_next);
    buttons->addWidget(m_skip);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_next->setVisible(false);
    m_skip->setVisible(false);

    m_voiceNote = new QLabel(this);
    m_voiceNote->setObjectName(QStringLiteral("interviewerVoiceNote"));
    m_voiceNote->setWordWrap(true);
    m_voiceNote->setVisible(false);
    layout->addWidget(m_voiceNote);

    // Only what has something to say takes room.
    m_counter->setVisible(false);
    m_probe->setVisible(!m_probe->text().isEmpty());

    connect(m_start, &QPushButton::clicked, this, &InterviewerPanel::begin);
    connect(m_next, &QPushButton::clicked, this, &InterviewerPanel::next);
    connect(m_skip, &QPushButton::clicked, this, &InterviewerPanel::skip);
}

InterviewerPanel::~InterviewerPanel() = default;

void InterviewerPanel::loadStories(Storage::Database &db)
{
    m_stories->addItem(tr("Choose the story…"), qint64(0));
    const auto stories = Stories::StoryRepository(db).list();
    if (!stories)
        return;
    for (const auto &story : stories.value())
        m_stories->addItem(
            story.title.simplified().isEmpty() ? tr("Untitled story") : story.title.simplified(), story.id);
}

QString InterviewerPanel::probeText() const
{
    return m_probe->text();
}

void InterviewerPanel::begin()
{
    if (m_interviewer->isStarted() || !hasProbes())
        return;
    if (!m_voice) {
        m_voice = new Media::InterviewerVoice(this);
        if (!m_voice->isAvailable()) {
            m_voiceNote->setText(m_voice->unavailableReason());
            m_voiceNote->setVisible(true);
        }
        connect(m_voice, &Media::InterviewerVoice::failed, this, [this](const QString &message) {
            m_voiceNote->setText(message);
            m_voiceNote->setVisible(true);
        });
    }
    m_interviewer->start();
    m_start->setEnabled(false);
    m_next->setVisible(true);
    m_skip->setVisible(true);
    showCurrent();
}

void InterviewerPanel::next()
{
    if (!m_interviewer->current())
        return;
    const qint64 told = m_storyRow->isVisible() ? m_stories->currentData().toLongLong() : 0;
    if (const Status answered = m_interviewer->answered(told); !answered) {
        m_error->setText(answered.errorMessage());
        m_error->setVisible(true);
        return;
    }
    showCurrent();
}

void InterviewerPanel::skip()
{
    if (!m_interviewer->current())
        return;
    m_interviewer->skip();
    showCurrent();
}

void InterviewerPanel::showCurrent()
{
    m_error->setVisible(false);
    m_probe->setVisible(true);
    const auto probe = m_interviewer->current();
    if (!probe) {
        m_probe->setText(tr("That was the last follow-up question."));
        m_counter->setVisible(false);
        m_storyRow->setVisible(false);
        m_next->setEnabled(false);
        m_skip->setEnabled(false);
        if (m_voice)
            m_voice->stop();
        return;
    }
    m_counter->setVisible(true);
    m_counter->setText(
        tr("Follow-up %1 of %2").arg(m_interviewer->position() + 1).arg(m_interviewer->probes().size()));
    m_probe->setText(probe->spokenText());
    m_storyRow->setVisible(probe->needsDifferentStory());
    if (probe->needsDifferentStory())
        m_stories->setCurrentIndex(0);
    if (m_voice && m_voice->isAvailable())
        m_voice->say(probe->spokenText());
    Q_EMIT probeAsked(*probe);
}

} // namespace Starloop::Gui
