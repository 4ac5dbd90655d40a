// ChecksPanel: the live story checks beside the editor (speaking time, quantified result,
// I / we, STAR parts and proportions, recency, failure story, short version), one line each,
// marked ok or worth a look. It only shows what StoryChecks::evaluate() computed.
#pragma once

#include "core/stories/storychecks.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Starloop::Gui {

class ChecksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    void setChecks(const QVector<Stories::StoryCheck> &checks);
    QVector<Stories::StoryCheck> checks() const { return m_checks; }

private:
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_summary = nullptr;
    QHash<QString, QLabel *> m_labels;
    QVector<Stories::StoryCheck> m_checks;
};

} // namespace Starloop::Gui
