#include "gui/rehearsal/takecomparisonview.h"

#include "core/stories/storychecks.h"
#include "gui/rehearsal/waveformview.h"
#include "studio/audio.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Starloop::Gui {

using Rehearsal::TakeFigures;
using Stories::StoryChecks;

namespace {

QString clock(qint64 ms)
{
    return StoryChecks::formatDuration(int((ms + 500) / 1000));
}

} // namespace

TakeComparisonView::TakeComparisonView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("takeComparisonView"));
    setAccessibleName(tr("Two takes side by side"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *waves = new QGridLayout;
    for (int take = 0; take < 2; ++take) {
        m_names[take] = new QLabel(this);
        m_names[take]->setObjectName(QStringLiteral("takeName%1").arg(take));
        waves->addWidget(m_names[take], take * 2, 0);
        m_waves[take] = new WaveformView(this);
        m_waves[take]->setObjectName(QStringLiteral("takeWaveform%1").arg(take));
        m_waves[take]->setMinimumHeight(120);
        waves->addWidget(m_waves[take], take * 2 + 1, 0);
        m_analyses[take] = new Studio::FileAnalysis(this);
        connect(m_analyses[take], &Studio::FileAnalysis::finished, this, [this, take] { analysed(take); });
        connect(
            m_analyses[take], &Studio::FileAnalysis::failed, this, [this, take](const QString &message, int) {
                m_names[take]->setText(m_names[take]->text() + QStringLiteral(": ") + message);
            });
    }
    layout->addLayout(waves);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("takeTable"));
    m_table->setAccessibleName(tr("The two takes' figures"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_table);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("takeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_summary, 1);
}

void TakeComparisonView::compare(const Rehearsal::RecordingLink &first, const QString &firstName,
    const Rehearsal::RecordingLink &second, const QString &secondName)
{
    m_links = {first, second};
    m_done = {false, false};
    m_ready = false;
    const QString names[] = {firstName, secondName};
    m_table->setHorizontalHeaderLabels({firstName, secondName});
    for (int take = 0; take < 2; ++take) {
        m_names[take]->setText(QStringLiteral("<b>%1</b>").arg(names[take].toHtmlEscaped()));
        m_waves[take]->setMarks(m_links[take].marks);
        m_analyses[take]->start(m_links[take].path);
    }
    m_summary->setText(tr("Analysing the two recordings…"));
}

void TakeComparisonView::analysed(int take)
{
    const Rehearsal::AudioAnalysis &analysis = m_analyses[take]->analysis();
    m_timings[take] = Rehearsal::SpokenTimings::fromMarks(m_links[take].marks, analysis);
    m_waves[take]->setWaveform(m_analyses[take]->waveform());
    m_waves[take]->setPauses(analysis.pauses);
    m_done[take] = true;
    if (m_done[0] && m_done[1])
        fill();
}

void TakeComparisonView::fill()
{
    m_comparison = Rehearsal::TakeComparison::compare(m_timings[0], m_timings[1]);
    const auto shares = [](const TakeFigures &f) {
        if (f.movesMarked == 0)
            return tr("not marked");
        return tr("S %1% · T %2% · A %3% · R %4%")
            .arg(f.sharePercent[0])
            .arg(f.sharePercent[1])
            .arg(f.sharePercent[2])
            .arg(f.sharePercent[3]);
    };
    const auto pauses = [](const TakeFigures &f) {
        return f.pauseCount == 0 ? tr("none")
                                 : tr("%1 (longest %2)").arg(f.pauseCount).arg(clock(f.longestPauseMs));
    };
    const TakeFigures figures[] = {m_comparison.first, m_comparison.second};
    const QString rows[] = {tr("Length"), tr("Speaking"), tr("S / T / A / R"), tr("Long pauses")};
    m_table->setRowCount(4);
    m_table->setVerticalHeaderLabels({rows[0], rows[1], rows[2], rows[3]});
    for (int take = 0; take < 2; ++take) {
        const TakeFigures &f = figures[take];
        const QString cells[] = {clock(f.totalMs) + (f.withinTime ? QString() : tr(" (outside 2–4 min)")),
            tr("%1 (%2%)").arg(clock(f.speakingMs)).arg(f.speakingPercent), shares(f), pauses(f)};
        for (int row = 0; row < 4; ++row)
            m_table->setItem(row, take, new QTableWidgetItem(cells[row]));
    }
    QString html = QStringLiteral("<ul>");
    for (const QString &sentence : m_comparison.summary)
        html += QStringLiteral("<li>%1</li>").arg(sentence.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (m_comparison.closer != 0)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(m_comparison.closer > 0 ? tr("The second take is nearer the targets.")
                                                 : tr("The first take was nearer the targets."));
    m_summary->setText(html);
    m_ready = true;
    Q_EMIT compared();
}

void TakeComparisonView::openForSessions(Storage::Database &db, qint64 first, const QString &firstName,
    qint64 second, const QString &secondName, QWidget *parent)
{
    Rehearsal::RecordingLinks links(db);
    const auto a = links.link(first);
    const auto b = links.link(second);
    const auto usable = [](const Result<std::optional<Rehearsal::RecordingLink>> &link) {
        return link && link.value() && link.value()->exists;
    };
    if (!usable(a) || !usable(b)) {
        QMessageBox::information(parent, tr("Compare Takes"),
            tr("Both takes need their recording to be compared; one of them was deleted or moved outside "
               "Starloop."));
        return;
    }
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("takeComparisonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare Takes"));
    dialog->resize(900, 680);
    auto *layout = new QVBoxLayout(dialog);
    auto *view = new TakeComparisonView(dialog);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    view->compare(*a.value(), firstName, *b.value(), secondName);
    dialog->open();
}

} // namespace Starloop::Gui
