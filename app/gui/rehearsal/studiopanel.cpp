#include "gui/rehearsal/studiopanel.h"

#include "core/stories/storychecks.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Rehearsal::MarkKind;
using Studio::Recorder;

namespace {

QString moveName(std::optional<MarkKind> kind)
{
    if (!kind)
        return StudioPanel::tr("Situation");
    switch (*kind) {
    case MarkKind::Task:
        return StudioPanel::tr("Task");
    case MarkKind::Action:
        return StudioPanel::tr("Action");
    case MarkKind::Result:
        return StudioPanel::tr("Result");
    case MarkKind::Probe:
    case MarkKind::End:
        break;
    }
    return StudioPanel::tr("Situation");
}

} // namespace

StudioPanel::StudioPanel(Storage::Database &db, qint64 sessionId, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_sessionId(sessionId)
    , m_recorder(new Recorder(this))
{
    setObjectName(QStringLiteral("studioPanel"));
    setAccessibleName(tr("Recording"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    m_move = new QLabel(this);
    m_move->setObjectName(QStringLiteral("studioMove"));
    m_move->setAccessibleName(tr("The move being told"));
    m_move->setAlignment(Qt::AlignCenter);
    QFont moveFont = m_move->font();
    moveFont.setPointSizeF(moveFont.pointSizeF() * 2.6);
    moveFont.setBold(true);
    m_move->setFont(moveFont);
    layout->addWidget(m_move);

    m_hint = new QLabel(tr("Press <b>%1</b> to mark the next move: Situation → Task → Action → Result")
                            .arg(QKeySequence(MarkKey).toString(QKeySequence::NativeText)),
        this);
    m_hint->setObjectName(QStringLiteral("studioHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_hint);

    auto *meterRow = new QHBoxLayout;
    m_meter = new QProgressBar(this);
    m_meter->setObjectName(QStringLiteral("studioLevel"));
    m_meter->setAccessibleName(tr("Input level"));
    m_meter->setRange(0, 100);
    m_meter->setValue(0);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(14);
    meterRow->addWidget(m_meter, 1);
    m_elapsed = new QLabel(QStringLiteral("0:00"), this);
    m_elapsed->setObjectName(QStringLiteral("studioElapsed"));
    m_elapsed->setAccessibleName(tr("Recorded time"));
    QFont elapsedFont = m_elapsed->font();
    elapsedFont.setStyleHint(QFont::Monospace);
    elapsedFont.setBold(true);
    m_elapsed->setFont(elapsedFont);
    meterRow->addWidget(m_elapsed);
    layout->addLayout(meterRow);

    m_buttons = new QHBoxLayout;
    m_record = new QPushButton(QIcon::fromTheme(QStringLiteral("media-record")), tr("&Record"), this);
    m_record->setObjectName(QStringLiteral("studioRecordButton"));
    m_record->setToolTip(tr("Record yourself telling the story"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pa&use"), this);
    m_pause->setObjectName(QStringLiteral("studioPauseButton"));
    m_buttons->addWidget(m_record);
    m_buttons->addWidget(m_pause);
    layout->addLayout(m_buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("studioMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_fromFile = new QPushButton(tr("Use a WAV &File…"), this);
    m_fromFile->setObjectName(QStringLiteral("studioFromFileButton"));
    m_fromFile->setToolTip(tr("Record from a WAV recording of your answer instead of the microphone"));
    layout->addWidget(m_fromFile, 0, Qt::AlignLeft);

    connect(m_record, &QPushButton::clicked, this, &StudioPanel::record);
    connect(m_pause, &QPushButton::clicked, this, &StudioPanel::togglePause);
    connect(m_fromFile, &QPushButton::clicked, this, &StudioPanel::chooseFile);
    connect(m_recorder, &Recorder::levelChanged, this, &StudioPanel::onLevel);
    connect(m_recorder, &Recorder::stateChanged, this, &StudioPanel::updateState);
    connect(m_recorder, &Recorder::finished, this, &StudioPanel::onFinished);

    m_noInputReason = Studio::Audio::noMicrophoneReason();
    if (m_sessionId == 0)
        m_noInputReason = tr("This rehearsal is not in the practice log, so it cannot be recorded.");
    if (!m_noInputReason.isEmpty())
        showMessage(m_noInputReason, true);
    else
        showMessage(tr("Recording as %1.").arg(Studio::Audio::recordingFormat()), false);
    updateState();
}

StudioPanel::~StudioPanel()
{
    // Closed while recording: the file keeps what was said; link it so the log entry has it.
    if (isRecording())
        m_recorder->stop();
}

void StudioPanel::adoptStopButton(QPushButton *button)
{
    button->setParent(this);
    m_buttons->addWidget(button);
}

void StudioPanel::setWavSource(const QString &path)
{
    m_wavSource = path;
    if (m_sessionId != 0)
        m_noInputReason.clear();
    showMessage(tr("Recording from %1 instead of the microphone.").arg(QFileInfo(path).fileName()), false);
    updateState();
}

bool StudioPanel::canRecord() const
{
    return m_noInputReason.isEmpty() && !m_recordedOnce && !m_stopped;
}

bool StudioPanel::isRecording() const
{
    return m_recorder->state() != Recorder::State::Idle;
}

QString StudioPanel::currentMove() const
{
    std::optional<MarkKind> last;
    for (const auto &mark : m_marks)
        if (mark.kind == MarkKind::Task || mark.kind == MarkKind::Action || mark.kind == MarkKind::Result)
            last = mark.kind;
    return moveName(last);
}

void StudioPanel::record()
{
    if (!canRecord() || isRecording())
        return;
    if (!m_wavSource.isEmpty()) {
        m_recorder->useWavFile(m_wavSource);
    } else if (const Status mic = m_recorder->useMicrophone(); !mic) {
        showMessage(mic.errorMessage(), true);
        return;
    }
    Rehearsal::RecordingLinks links(m_db);
    const Result<QString> path = links.newRecordingPath(m_sessionId, m_recorder->fileSuffix());
    if (!path) {
        showMessage(path.errorMessage(), true);
        Q_EMIT failed(tr("The recording could not be started"), path.errorMessage());
        return;
    }
    m_marks.clear();
    if (const Status started = m_recorder->start(path.value()); !started) {
        showMessage(started.errorMessage(), true);
        Q_EMIT failed(tr("The recording could not be started"), started.errorMessage());
        return;
    }
    showMessage(tr("Recording. Tell the story; press %1 at each new move.")
                    .arg(QKeySequence(MarkKey).toString(QKeySequence::NativeText)),
        false);
    Q_EMIT started();
}

void StudioPanel::togglePause()
{
    if (m_recorder->state() == Recorder::State::Recording)
        m_recorder->pause();
    else if (m_recorder->state() == Recorder::State::Paused)
        m_recorder->resume();
}

void StudioPanel::stop()
{
    m_stopped = true;
    m_recorder->stop();
    updateState();
}

bool StudioPanel::markNextMove()
{
    if (m_recorder->state() != Recorder::State::Recording)
        return false;
    const auto next = Rehearsal::nextStarMark(m_marks);
    if (!next)
        return false;
    m_marks.append({*next, m_recorder->elapsedMs(), QString()});
    updateState();
    return true;
}

void StudioPanel::markProbe(const QString &text)
{
    if (isRecording())
        m_marks.append({MarkKind::Probe, m_recorder->elapsedMs(), text});
}

void StudioPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Record from a WAV File"), QDir::homePath(), tr("WAV recordings (*.wav)"));
    if (!path.isEmpty())
        setWavSource(path);
}

void StudioPanel::onLevel(const Rehearsal::AudioLevel &level)
{
    m_meter->setValue(int(level.meter() * 100.0 + 0.5));
    m_meter->setProperty("clipping", level.clipping);
    m_elapsed->setText(Stories::StoryChecks::formatDuration(int(m_recorder->elapsedMs() / 1000)));
}

void StudioPanel::onFinished(const Media::RecordingOutcome &outcome)
{
    m_recordedOnce = true;
    m_meter->setValue(0);
    updateState();
    if (outcome.path.isEmpty()) {
        const QString message = outcome.error ? outcome.error->message : tr("Nothing was recorded.");
        showMessage(message, true);
        Q_EMIT failed(tr("The recording failed"), message);
        return;
    }
    Rehearsal::RecordingLinks links(m_db);
    if (const Status attached = links.attach(m_sessionId, outcome.path, m_marks); !attached) {
        showMessage(attached.errorMessage(), true);
        Q_EMIT failed(tr("The recording could not be linked to the practice log"), attached.errorMessage());
        return;
    }
    QString text = tr("Saved %1 (%2, %3).")
                       .arg(QFileInfo(outcome.path).fileName(), outcome.formatName,
                           Stories::StoryChecks::formatDuration(int((outcome.durationMs + 500) / 1000)));
    if (!outcome.complete && outcome.error)
        text = outcome.error->message + QLatin1Char(' ') + tr("What was recorded before it is kept.");
    showMessage(text, !outcome.complete);
    const auto link = links.link(m_sessionId);
    if (link && link.value())
        Q_EMIT recorded(*link.value());
}

void StudioPanel::updateState()
{
    const Recorder::State state = m_recorder->state();
    m_record->setEnabled(canRecord() && state == Recorder::State::Idle);
    m_pause->setEnabled(state != Recorder::State::Idle);
    m_pause->setText(state == Recorder::State::Paused ? tr("Res&ume") : tr("Pa&use"));
    m_fromFile->setEnabled(
        state == Recorder::State::Idle && !m_recordedOnce && !m_stopped && m_sessionId != 0);
    m_hint->setEnabled(state == Recorder::State::Recording);
    m_move->setText(
        state == Recorder::State::Idle && m_marks.isEmpty() && !m_recordedOnce ? tr("Ready") : currentMove());
}

void StudioPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_message->setProperty("problem", problem);
}

} // namespace Starloop::Gui
