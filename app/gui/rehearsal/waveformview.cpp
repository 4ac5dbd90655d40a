#include "gui/rehearsal/waveformview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Starloop::Gui {

using Rehearsal::MarkKind;

WaveformView::WaveformView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformView"));
    setAccessibleName(tr("Waveform of the recording"));
    setToolTip(tr("Click to play from there"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void WaveformView::setWaveform(const Rehearsal::Waveform &waveform)
{
    m_waveform = waveform;
    update();
}

void WaveformView::setMarks(const QVector<Rehearsal::RehearsalMark> &marks)
{
    m_marks = marks;
    update();
}

void WaveformView::setPauses(const QVector<Rehearsal::TimeSpan> &pauses)
{
    m_pauses = pauses;
    update();
}

void WaveformView::setPlayhead(qint64 ms)
{
    if (ms == m_playhead)
        return;
    m_playhead = ms;
    update();
}

QString WaveformView::markLetter(MarkKind kind)
{
    switch (kind) {
    case MarkKind::Task:
        return tr("T", "the Task move, on the waveform");
    case MarkKind::Action:
        return tr("A", "the Action move, on the waveform");
    case MarkKind::Result:
        return tr("R", "the Result move, on the waveform");
    case MarkKind::Probe:
        return QStringLiteral("?");
    case MarkKind::End:
        return QStringLiteral("■");
    }
    return QString();
}

QRect WaveformView::plotRect() const
{
    // Room above for the mark letters and below for the time axis.
    const int top = fontMetrics().height() + 6;
    const int bottom = fontMetrics().height() + 4;
    return rect().adjusted(4, top, -4, -bottom);
}

qint64 WaveformView::msAt(int x) const
{
    const QRect plot = plotRect();
    if (plot.width() <= 0 || durationMs() <= 0)
        return 0;
    const int clamped = std::clamp(x, plot.left(), plot.right() + 1);
    return qint64(clamped - plot.left()) * durationMs() / plot.width();
}

int WaveformView::xOf(qint64 ms) const
{
    const QRect plot = plotRect();
    if (durationMs() <= 0)
        return plot.left();
    return plot.left() + int(std::clamp<qint64>(ms, 0, durationMs()) * plot.width() / durationMs());
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QRect plot = plotRect();
    p.fillRect(plot, pal.color(QPalette::Base));

    if (durationMs() <= 0 || plot.width() <= 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter, tr("No recording"));
        return;
    }

    // The long pauses, shaded and labelled with their length.
    const QColor pauseColour(239, 108, 0, 60);
    for (const auto &pause : m_pauses) {
        const QRect band(QPoint(xOf(pause.startMs), plot.top()), QPoint(xOf(pause.endMs), plot.bottom()));
        p.fillRect(band, pauseColour);
        p.setPen(QColor(191, 87, 0));
        const QString text = tr("%1 s pause").arg(QString::number(double(pause.lengthMs()) / 1000.0, 'f', 1));
        if (fontMetrics().horizontalAdvance(text) + 6 < band.width())
            p.drawText(band.adjusted(0, 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop, text);
    }

    // The wave: a line from min to max per column, the RMS band darker.
    const auto buckets = m_waveform.buckets(plot.width());
    const double mid = plot.center().y() + 0.5;
    const double half = plot.height() / 2.0 - 2;
    const QColor peak = pal.color(QPalette::Highlight).lighter(140);
    const QColor body = pal.color(QPalette::Highlight);
    for (int i = 0; i < buckets.size(); ++i) {
        const auto &b = buckets.at(i);
        const int x = plot.left() + i;
        p.setPen(peak);
        p.drawLine(x, int(mid - b.max * half), x, int(mid - b.min * half));
        p.setPen(body);
        p.drawLine(x, int(mid - b.rms * half), x, int(mid + b.rms * half));
    }

    // The moves: the Situation starts the recording; each mark starts the next part.
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const auto drawMark = [&](int x, const QString &letter, const QColor &colour) {
        p.setPen(QPen(colour, 2));
        p.drawLine(x, plot.top(), x, plot.bottom());
        p.drawText(QRect(x - 20, 0, 40, plot.top() - 2), Qt::AlignHCenter | Qt::AlignBottom, letter);
    };
    drawMark(plot.left() + 1, tr("S", "the Situation move, on the waveform"), QColor(46, 125, 50));
    for (const auto &mark : m_marks) {
        const QColor colour = mark.kind == MarkKind::Probe ? QColor(106, 27, 154) : QColor(46, 125, 50);
        drawMark(xOf(mark.ms), markLetter(mark.kind), colour);
    }
    p.setFont(font());

    // The time axis: a tick per second, or per 10 s / 30 s for long recordings.
    p.setPen(pal.color(QPalette::WindowText));
    const qint64 step = durationMs() <= 20000 ? 1000 : durationMs() <= 120000 ? 10000 : 30000;
    const int labelEvery = durationMs() <= 20000 ? 2 : 1;
    int n = 0;
    for (qint64 ms = 0; ms <= durationMs(); ms += step, ++n) {
        const int x = xOf(ms);
        p.drawLine(x, plot.bottom() + 1, x, plot.bottom() + 4);
        if (n % labelEvery == 0) {
            const QString label
                = QStringLiteral("%1:%2").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'));
            // Centred on their tick, kept inside the plot at both ends.
            const int width = fontMetrics().horizontalAdvance(label) + 4;
            const int left = std::clamp(x - width / 2, plot.left(), plot.right() + 1 - width);
            p.drawText(QRect(left, plot.bottom() + 3, width, fontMetrics().height()), Qt::AlignCenter, label);
        }
    }

    // The playhead.
    p.setPen(QPen(QColor(198, 40, 40), 2));
    const int head = xOf(m_playhead);
    p.drawLine(head, plot.top(), head, plot.bottom());
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(plot.adjusted(0, 0, -1, -1));
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || durationMs() <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    const qint64 ms = msAt(int(event->position().x()));
#else
    const qint64 ms = msAt(event->pos().x());
#endif
    setPlayhead(ms);
    Q_EMIT seekRequested(ms);
}

} // namespace Starloop::Gui
