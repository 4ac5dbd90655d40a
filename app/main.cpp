// Starloop's entry point: a headless command (`starloop check`, `--version`) or the window.
#include "cli/commandline.h"
#include "embeddedbank.h"
#include "application.h"
#include "appsettings.h"
#include "theme.h"
#include "translations.h"
#include "storage/datastore.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>

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
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        Starloop::installTranslations(QString());
        return Starloop::Cli::CommandLine::run(QCoreApplication::arguments(), Starloop::Bank::embeddedBankData());
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
