// WaveformView: a recording's waveform drawn with QPainter, one bucket per pixel column, with
// the long pauses shaded, the S/T/A/R moves (and the interviewer's probes) marked as labelled
// lines, and the playhead. A click asks to seek there (seekRequested). Needs only core, so it is
// built with or without Qt Multimedia.
//
//   view->setWaveform(analysis->waveform());
//   view->setMarks(link.marks);  view->setPauses(analysis->analysis().pauses);
//   connect(view, &WaveformView::seekRequested, player, &Player::seek);
#pragma once

#include "core/rehearsal/audioanalysis.h"
#include "core/rehearsal/rehearsalmarks.h"
#include "core/rehearsal/waveform.h"

#include <QWidget>

namespace Starloop::Gui {

class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget *parent = nullptr);

    void setWaveform(const Rehearsal::Waveform &waveform);
    void setMarks(const QVector<Rehearsal::RehearsalMark> &marks);
    void setPauses(const QVector<Rehearsal::TimeSpan> &pauses);
    void setPlayhead(qint64 ms);

    qint64 durationMs() const { return m_waveform.durationMs(); }
    qint64 playhead() const { return m_playhead; }
    const QVector<Rehearsal::RehearsalMark> &marks() const { return m_marks; }
    const QVector<Rehearsal::TimeSpan> &pauses() const { return m_pauses; }
    // The time under x (widget coordinates), and back.
    qint64 msAt(int x) const;
    int xOf(qint64 ms) const;

    QSize sizeHint() const override { return {640, 160}; }
    QSize minimumSizeHint() const override { return {240, 100}; }

    // "S", "T", "A", "R", "?" (a probe), "■" (the end).
    static QString markLetter(Rehearsal::MarkKind kind);

Q_SIGNALS:
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRect plotRect() const;

    Rehearsal::Waveform m_waveform;
    QVector<Rehearsal::RehearsalMark> m_marks;
    QVector<Rehearsal::TimeSpan> m_pauses;
    qint64 m_playhead = 0;
};

} // namespace Starloop::Gui
