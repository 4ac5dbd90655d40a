// Starloop's entry point: a headless command (`starloop check`, `--version`) or the window.
#include "cli/commandline.h"
#include "embeddedbank.h"
#include "mainwindow.h"
#include "storage/datastore.h"
#include "userdata.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Starloop"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop"));
    QCoreApplication::setApplicationVersion(Starloop::applicationVersion());
}

// Opens the user's data, asking what to do when the file cannot be used.
// Returns false when the user gives up.
bool openWithRecovery(Starloop::Storage::OpenOptions options, Starloop::UserData &data)
{
    using Starloop::Storage::OpenFailure;
    for (;;) {
        auto opened = Starloop::openUserData(options, Starloop::Bank::embeddedBankData());
        if (opened) {
            data = std::move(opened.value());
            return true;
        }
        const auto failure = static_cast<OpenFailure>(opened.error().code);
        QMessageBox box(QMessageBox::Warning, QObject::tr("Starloop cannot open this file"),
                        opened.errorMessage(), QMessageBox::NoButton);
        QPushButton *readOnly = nullptr;
        if (failure == OpenFailure::NotWritable || failure == OpenFailure::Locked)
            readOnly = box.addButton(QObject::tr("Open Read-Only"), QMessageBox::AcceptRole);
        QPushButton *choose = box.addButton(QObject::tr("Choose Another File…"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (readOnly && box.clickedButton() == readOnly) {
            options.readOnly = true;
            continue;
        }
        if (box.clickedButton() != choose)
            return false;
        const QString path = QFileDialog::getSaveFileName(nullptr, QObject::tr("Choose or Create a Starloop File"),
                                                          options.path, QObject::tr("Starloop files (*.sqlite)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return false;
        options.path = path;
        options.readOnly = false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (Starloop::Cli::CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return Starloop::Cli::CommandLine::run(QCoreApplication::arguments(), Starloop::Bank::embeddedBankData());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Starloop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.starloop.Starloop"));

    const QString databaseArgument = Starloop::Cli::CommandLine::databaseArgument(QCoreApplication::arguments());
    Starloop::Storage::OpenOptions options;
    options.path = databaseArgument.isEmpty() ? Starloop::Storage::DataStore::defaultPath() : databaseArgument;
    Starloop::UserData data;
    if (!openWithRecovery(options, data))
        return 2;

    Starloop::Gui::MainWindow window(*data.store);
    window.show();
    return app.exec();
}
