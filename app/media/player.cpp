#include "media/player.h"

#include "core/rehearsal/rehearsalerrors.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QFileInfo>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QUrl>

#include <algorithm>

namespace Starloop::Media {

Player::Player(QObject *parent)
    : QObject(parent)
    , m_output(std::make_unique<QAudioOutput>())
    , m_player(std::make_unique<QMediaPlayer>())
{
    m_player->setAudioOutput(m_output.get());
    connect(m_player.get(), &QMediaPlayer::positionChanged, this, &Player::positionChanged);
    connect(m_player.get(), &QMediaPlayer::durationChanged, this, &Player::durationChanged);
    connect(
        m_player.get(), &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
            Q_EMIT playingChanged(state == QMediaPlayer::PlayingState);
        });
    connect(
        m_player.get(), &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
            if (status == QMediaPlayer::LoadedMedia)
                Q_EMIT loaded();
        });
    connect(
        m_player.get(), &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
            const bool gone = !m_path.isEmpty() && !QFileInfo::exists(m_path);
            Q_EMIT failed(gone ? tr("The recording %1 is no longer there.").arg(m_path)
                               : tr("The recording cannot be played: %1").arg(text),
                gone ? Rehearsal::FileMissing : Rehearsal::UnreadableFile);
        });
}

Player::~Player() = default;

Status Player::open(const QString &path)
{
    m_player->stop();
    m_path = path;
    if (!QFileInfo(path).isFile()) {
        m_player->setSource(QUrl());
        return Error {tr("The recording %1 is no longer there.").arg(path), Rehearsal::FileMissing};
    }
    m_player->setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    return {};
}

void Player::play()
{
    if (!QFileInfo::exists(m_path)) {
        Q_EMIT failed(tr("The recording %1 is no longer there.").arg(m_path), Rehearsal::FileMissing);
        return;
    }
    if (QMediaDevices::audioOutputs().isEmpty()) {
        Q_EMIT failed(tr("No sound output was found: connect speakers or headphones to listen."),
            Rehearsal::NoOutputDevice);
        return;
    }
    m_player->play();
}

void Player::pause()
{
    m_player->pause();
}

void Player::stop()
{
    m_player->stop();
}

void Player::seek(qint64 ms)
{
    const qint64 end = duration();
    m_player->setPosition(end > 0 ? std::clamp<qint64>(ms, 0, end) : std::max<qint64>(0, ms));
}

void Player::setSpeed(double speed)
{
    m_player->setPlaybackRate(std::clamp(speed, 0.25, 4.0));
}

double Player::speed() const
{
    return m_player->playbackRate();
}

qint64 Player::position() const
{
    return m_player->position();
}

qint64 Player::duration() const
{
    return m_player->duration();
}

bool Player::isPlaying() const
{
    return m_player->playbackState() == QMediaPlayer::PlayingState;
}

bool Player::isLoaded() const
{
    const QMediaPlayer::MediaStatus status = m_player->mediaStatus();
    return status == QMediaPlayer::LoadedMedia || status == QMediaPlayer::BufferedMedia
        || status == QMediaPlayer::BufferingMedia || status == QMediaPlayer::EndOfMedia;
}

} // namespace Starloop::Media
