// Starloop's entry point: a headless command (`starloop check`, `--version`) or the window.
#include "cli/commandline.h"
#include "cli/exportdiagramcommand.h"
#include "embeddedbank.h"
#include "application.h"
#include "appsettings.h"
#include "theme.h"
#include "translations.h"
#include "storage/datastore.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Starloop"));
    QCoreApplication::setApplicationName(QStringLiteral("starloop"));
    QCoreApplication::setApplicationVersion(Starloop::applicationVersion());
}

} // namespace

int main(int argc, char *argv[])
{
    if (Starloop::Cli::CommandLine::isHeadless(argc, argv)) {
        // Drawing a diagram to PNG/SVG/PDF needs QtGui; the offscreen platform needs no display.
        const bool draws = std::any_of(argv + 1, argv + argc, [](const char *arg) { return std::strcmp(arg, "export-diagram") == 0; });
        if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = draws ? std::make_unique<QGuiApplication>(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        Starloop::installTranslations(QString());
        std::vector<std::unique_ptr<Starloop::Cli::Command>> extra;
        extra.push_back(std::make_unique<Starloop::Cli::ExportDiagramCommand>());
        return Starloop::Cli::CommandLine::run(QCoreApplication::arguments(), Starloop::Bank::embeddedBankData(),
                                               std::move(extra));
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Starloop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.starloop.Starloop"));

    Starloop::installTranslations(Starloop::Gui::AppSettings::language());
    Starloop::Gui::applyAppearance(Starloop::Gui::AppSettings::theme(), Starloop::Gui::AppSettings::fontPointSize());

    // --database wins over the path chosen in Settings, which wins over the default location.
    QString path = Starloop::Cli::CommandLine::databaseArgument(QCoreApplication::arguments());
    if (path.isEmpty())
        path = Starloop::Gui::AppSettings::databasePath();
    if (path.isEmpty())
        path = Starloop::Storage::DataStore::defaultPath();

    Starloop::Gui::Application application(Starloop::Bank::embeddedBankData());
    if (!application.start(path))
        return 2;
    return app.exec();
}
