#include "guitestbase.h"

#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTest>

namespace Starloop::Test {

void GuiTestBase::openWindow()
{
    QCoreApplication::setOrganizationName(QStringLiteral("StarloopTests"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop-gui-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    if (!m_temp) {
        m_temp = std::make_unique<TempDatabase>();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_temp->folder());
    }
    auto store = m_temp->open();
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(store.value());
    QVector<Bank::Diagnostic> diagnostics;
    const Bank::BankContents bank
        = Bank::BankLoader::loadDirectory(m_bankPath.isEmpty() ? miniBankPath() : m_bankPath, diagnostics);
    QVERIFY(diagnostics.isEmpty());
    QVERIFY(Bank::BankSync::sync(m_store->db(), bank, 1000).ok());
    m_window = std::make_unique<Gui::MainWindow>(*m_store);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void GuiTestBase::closeWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_store.reset();
}

void GuiTestBase::restart()
{
    closeWindow();
    openWindow();
}

QAction *GuiTestBase::action(const QString &objectName) const
{
    return m_window->findChild<QAction *>(objectName);
}

} // namespace Starloop::Test
