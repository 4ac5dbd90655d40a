// AutoSaver: how every editor saves as the user types. The editor calls changed() on each edit;
// after a short pause the save function runs. A failed save keeps the text in the editor, says
// so in the status bar, and is retried with back-off (1 s, 2 s, 4 s ... at most 30 s) until it
// succeeds or the user edits again. flush() saves at once what is pending: on switching
// documents, on hide, and on close.
//
//   m_saver = new AutoSaver(saveStatus, [this] { return m_repository.save(m_editor->story(), now()); },
//                           tr("The story"), this);
//   connect(m_editor, &StoryEditor::edited, m_saver, &AutoSaver::changed);
//   ...
//   m_saver->flush(); // before showing another story
//
// The owner flushes in its own destructor, while what the save function reads still exists (an
// AutoSaver cannot: it dies as a child, after its owner's members). The SaveStatus is held by QPointer: an
// AutoSaver that outlives it (a workspace torn down after the window's status) still flushes, and reports
// nothing.
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Starloop::Gui {

class SaveStatus;

class AutoSaver : public QObject
{
    Q_OBJECT
public:
    using SaveFunction = std::function<Status()>;
    static constexpr int DefaultDelayMs = 400;
    static constexpr int FirstRetryMs = 1000;
    static constexpr int LongestRetryMs = 30000;

    // `what` names the thing saved in messages: "Your note", "The story".
    AutoSaver(SaveStatus *status, SaveFunction save, QString what, QObject *parent = nullptr);

    bool isPending() const { return m_pending; }
    void setDelay(int ms) { m_delayMs = ms; }
    int retryDelay() const { return m_retryMs; } // the wait before the next retry (0: none)

public Q_SLOTS:
    void changed(); // the user edited: save after the pause
    bool flush(); // save now if anything is pending; true when nothing is left unsaved
    void discard(); // forget what is pending (the edits were undone or saved elsewhere)

Q_SIGNALS:
    void saved();
    void failed(const QString &message);

private:
    bool saveNow();

    QPointer<SaveStatus> m_status;
    SaveFunction m_save;
    QString m_what;
    QTimer m_timer;
    int m_delayMs = DefaultDelayMs;
    int m_retryMs = 0;
    bool m_pending = false;
};

} // namespace Starloop::Gui
