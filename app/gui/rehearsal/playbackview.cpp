#include "gui/rehearsal/playbackview.h"

#include "core/rehearsal/rehearsalerrors.h"
#include "core/rehearsal/spokenchecks.h"
#include "core/stories/storychecks.h"
#include "gui/rehearsal/waveformview.h"
#include "gui/stories/checkspanel.h"
#include "studio/audio.h"

#include <QButtonGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Stories::StoryChecks;
using Studio::Player;

namespace {

QString duration(qint64 ms)
{
    return StoryChecks::formatDuration(int((ms + 500) / 1000));
}

} // namespace

PlaybackView::PlaybackView(QWidget *parent)
    : QWidget(parent)
    , m_analysis(new Studio::FileAnalysis(this))
    , m_player(new Player(this))
{
    setObjectName(QStringLiteral("playbackView"));
    setAccessibleName(tr("Recording and spoken timings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("<h2>How the telling went</h2>"), this);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("playbackSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    layout->addWidget(m_summary);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("playbackMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    m_waveform = new WaveformView(this);
    m_waveform->setMinimumHeight(220);
    layout->addWidget(m_waveform);

    m_controls = new QWidget(this);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    m_play = new QPushButton(m_controls);
    m_play->setObjectName(QStringLiteral("playbackPlayButton"));
    controls->addWidget(m_play);
    m_speed = new QButtonGroup(this);
    const std::pair<double, QString> speeds[]
        = {{Player::NormalSpeed, tr("1×")}, {Player::FastSpeed, tr("1.5×")}};
    int id = 0;
    for (const auto &[speed, text] : speeds) {
        auto *button = new QPushButton(text, m_controls);
        button->setObjectName(QStringLiteral("playbackSpeed%1").arg(id));
        button->setAccessibleName(tr("Play at %1").arg(text));
        button->setCheckable(true);
        button->setChecked(id == 0);
        button->setProperty("speed", speed);
        m_speed->addButton(button, id++);
        controls->addWidget(button);
    }
    m_position = new QLabel(m_controls);
    m_position->setObjectName(QStringLiteral("playbackPosition"));
    controls->addWidget(m_position);
    controls->addStretch(1);
    layout->addWidget(m_controls);

    m_checks = new ChecksPanel(this);
    m_checks->setObjectName(QStringLiteral("playbackChecks"));
    m_checks->setAccessibleName(tr("Checks on the spoken timings"));
    layout->addWidget(m_checks, 1);

    connect(m_analysis, &Studio::FileAnalysis::finished, this, &PlaybackView::onAnalysed);
    connect(m_analysis, &Studio::FileAnalysis::failed, this,
        [this](const QString &message, int) { showMessage(message, true); });
    const auto showPosition = [this](qint64 ms) {
        m_waveform->setPlayhead(ms);
        m_position->setText(tr("%1 of %2").arg(duration(ms), duration(m_waveform->durationMs())));
    };
    connect(m_waveform, &WaveformView::seekRequested, this, [this, showPosition](qint64 ms) {
        m_player->seek(ms);
        showPosition(ms);
    });
    connect(m_player, &Player::positionChanged, this, showPosition);
    connect(m_player, &Player::playingChanged, this, &PlaybackView::updatePlayButton);
    connect(
        m_player, &Player::failed, this, [this](const QString &message, int) { showMessage(message, true); });
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_player->isPlaying())
            m_player->pause();
        else
            m_player->play();
    });
    connect(m_speed, &QButtonGroup::idClicked, this,
        [this](int which) { m_player->setSpeed(m_speed->button(which)->property("speed").toDouble()); });
    updatePlayButton();
    m_controls->setEnabled(false);
}

PlaybackView::~PlaybackView() = default;

QString PlaybackView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void PlaybackView::open(const Rehearsal::RecordingLink &link)
{
    m_link = link;
    m_ready = false;
    m_controls->setEnabled(false);
    m_message->setVisible(false);
    if (!link.exists) {
        m_waveform->setVisible(false);
        m_summary->setText(QString());
        showMessage(tr("The recording %1 was deleted or moved outside Starloop, so it cannot be played. "
                       "The practice log entry is kept as it was.")
                        .arg(QDir::toNativeSeparators(link.path)),
            true);
        return;
    }
    m_waveform->setVisible(true);
    m_waveform->setMarks(link.marks);
    m_summary->setText(tr("Analysing the recording…"));
    m_analysis->start(link.path);
}

void PlaybackView::onAnalysed()
{
    const Rehearsal::AudioAnalysis &analysis = m_analysis->analysis();
    m_timings = Rehearsal::SpokenTimings::fromMarks(m_link.marks, analysis);
    m_waveform->setWaveform(m_analysis->waveform());
    m_waveform->setPauses(analysis.pauses);
    m_waveform->setPlayhead(0);
    m_checks->setChecks(Rehearsal::SpokenChecks::evaluate(m_timings));

    const auto parts = m_timings.partMs();
    m_summary->setText(tr("Answer %1 · speaking %2 · silence %3<br>S %4 · T %5 · A %6 · R %7")
                           .arg(duration(m_timings.totalMs()), duration(m_timings.speakingMs),
                               duration(m_timings.totalMs() - m_timings.speakingMs), duration(parts[0]),
                               duration(parts[1]), duration(parts[2]), duration(parts[3])));
    m_position->setText(tr("%1 of %2").arg(duration(0), duration(analysis.durationMs)));

    if (const Status opened = m_player->open(m_link.path); !opened)
        showMessage(opened.errorMessage(), true);
    else
        m_controls->setEnabled(true);
    m_ready = true;
    Q_EMIT analysed();
}

void PlaybackView::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void PlaybackView::updatePlayButton()
{
    const bool playing = m_player->isPlaying();
    m_play->setIcon(QIcon::fromTheme(
        playing ? QStringLiteral("media-playback-pause") : QStringLiteral("media-playback-start")));
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
}

void PlaybackView::openForSession(
    Storage::Database &db, qint64 sessionId, const QString &title, QWidget *parent)
{
    const auto link = Rehearsal::RecordingLinks(db).link(sessionId);
    if (!link) {
        QMessageBox::warning(parent, tr("Play Recording"), link.errorMessage());
        return;
    }
    if (!link.value()) {
        QMessageBox::information(parent, tr("Play Recording"), tr("This practice session has no recording."));
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("playbackDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Recording: %1").arg(title));
    dialog->resize(900, 640);
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new PlaybackView(dialog);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    view->open(*link.value());
    dialog->open();
}

} // namespace Starloop::Gui
