// SaveStatus: the one place that knows whether everything the user wrote is on disk.
// Editors report saving / saved / failed; the status bar shows the result.
#pragma once

#include <QObject>

namespace Starloop::Gui {

class SaveStatus : public QObject
{
    Q_OBJECT
public:
    enum class State { Saved, Pending, Failed };
    Q_ENUM(State)

    using QObject::QObject;
    State state() const { return m_state; }
    QString message() const { return m_message; }

public Q_SLOTS:
    void markPending();
    void markSaved();
    void markFailed(const QString &message);

Q_SIGNALS:
    void changed(Starloop::Gui::SaveStatus::State state, const QString &message);

private:
    void set(State state, const QString &message);
    State m_state = State::Saved;
    QString m_message;
};

} // namespace Starloop::Gui
