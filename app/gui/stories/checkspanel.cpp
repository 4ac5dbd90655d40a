#include "gui/stories/checkspanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QVariant>

namespace Starloop::Gui {

namespace {
const char OkColor[] = "#26a269";
const char WarnColor[] = "#c64600";
} // namespace

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storyChecks"));
    setAccessibleName(tr("Story checks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("storyChecksSummary"));
    layout->addWidget(m_summary);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    m_rows = new QVBoxLayout(content);
    m_rows->setContentsMargins(0, 0, 4, 0);
    m_rows->setSpacing(6);
    m_rows->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
}

void ChecksPanel::setChecks(const QVector<Stories::StoryCheck> &checks)
{
    m_checks = checks;
    int ok = 0;
    for (const Stories::StoryCheck &check : checks) {
        QLabel *label = m_labels.value(check.id);
        if (!label) {
            label = new QLabel(m_rows->parentWidget());
            label->setObjectName(QStringLiteral("check_") + check.id);
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
            m_rows->insertWidget(m_rows->count() - 1, label);
            m_labels.insert(check.id, label);
        }
        ok += check.ok ? 1 : 0;
        label->setText(QStringLiteral("<span style='color:%1'>%2</span> <b>%3</b><br>%4")
                           .arg(QLatin1String(check.ok ? OkColor : WarnColor),
                               check.ok ? QStringLiteral("✔") : QStringLiteral("▲"),
                               check.title.toHtmlEscaped(), check.message.toHtmlEscaped()));
        label->setProperty("ok", QVariant(check.ok));
        label->setAccessibleName(
            check.title + QStringLiteral(": ") + (check.ok ? tr("fine") : tr("worth a look")));
        label->setAccessibleDescription(check.message);
        label->setToolTip(check.message);
    }
    m_summary->setText(tr("<b>Checks</b> · %1 of %2 fine").arg(ok).arg(checks.size()));
}

} // namespace Starloop::Gui
