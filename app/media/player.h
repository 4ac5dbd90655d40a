// Player: plays a recording back at 1x or 1.5x, with seeking for a click on the waveform.
// A recording deleted outside Starloop gives Error{FileMissing} from open(), not a silent player;
// no sound output (no speakers, the offscreen CI machine) gives failed() on play().
//
//   Player player;
//   if (Status opened = player.open(link.path); !opened) show(opened.errorMessage());
//   player.setSpeed(1.5);  player.play();
//   player.seek(bucketIndex * durationMs / bucketCount);
//   connect(&player, &Player::positionChanged, waveformView, &WaveformView::setPlayhead);
#pragma once

#include "core/result.h"
#include "media/audiomodule.h" // the studio's speeds

#include <QObject>

#include <memory>

class QAudioOutput;
class QMediaPlayer;

namespace Starloop::Media {

class Player : public QObject
{
    Q_OBJECT
public:
    static constexpr double NormalSpeed = PlayerEngine::NormalSpeed;
    static constexpr double FastSpeed = PlayerEngine::FastSpeed;

    explicit Player(QObject *parent = nullptr);
    ~Player() override;

    Status open(const QString &path);
    QString path() const { return m_path; }
    void play();
    void pause();
    void stop();
    void seek(qint64 ms);
    // 1.0 or 1.5 in the studio; any rate from 0.25 to 4 is taken.
    void setSpeed(double speed);
    double speed() const;
    qint64 position() const;
    qint64 duration() const; // 0 until the file is loaded
    bool isPlaying() const;
    bool isLoaded() const; // the file was read and its duration is known

Q_SIGNALS:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void loaded(); // isLoaded() became true
    void playingChanged(bool playing);
    void failed(const QString &message, int code);

private:
    std::unique_ptr<QAudioOutput> m_output;
    std::unique_ptr<QMediaPlayer> m_player;
    QString m_path;
};

} // namespace Starloop::Media
