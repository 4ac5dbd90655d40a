// GuiTestBase: the fixture every GUI test shares. init() opens a fresh temporary database
// (with the small test bank synced in) and a real MainWindow; cleanup() throws both away.
#pragma once

#include "gui/mainwindow.h"
#include "tempdatabase.h"

#include <QObject>
#include <memory>

class QAction;

namespace Starloop::Test {

class GuiTestBase : public QObject
{
    Q_OBJECT
protected:
    void openWindow(); // call from init()
    void closeWindow(); // call from cleanup()
    // Closes the window and the database, then opens both again on the same file: a restart.
    void restart();
    QAction *action(const QString &objectName) const; // QFAILs through a null check in the caller
    template<typename T> T *find(const QString &objectName) const
    {
        return m_window->findChild<T *>(objectName);
    }

    QString m_bankPath; // the bank the window opens on: the mini bank unless a test sets another
    std::unique_ptr<TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<Gui::MainWindow> m_window;
};

} // namespace Starloop::Test
