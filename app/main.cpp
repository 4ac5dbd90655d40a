// Starloop's entry point: a headless command (`starloop check`, `--version`) or the window.
#include "bankdata/embeddedbank.h"
#include "cli/commandline.h"
#include "cli/exportdiagramcommand.h"
#include "cli/renderwindowcommand.h"
#include "core/storage/datastore.h"
#include "core/version.h"
#include "gui/application.h"
#include "gui/appsettings.h"
#include "gui/theme.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

// Without XDG_RUNTIME_DIR (cron, ssh, CI) Qt's platform set-up warns on stderr and then uses
// /tmp/runtime-<user> anyway. A command's output should hold only what it has to say: point
// the variable at that same private folder first.
void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString dir = QDir::tempPath() + QStringLiteral("/runtime-")
        + qEnvironmentVariable("USER", QStringLiteral("root"));
    if (!QDir().mkpath(dir))
        return;
    if (QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
}

} // namespace

int main(int argc, char *argv[])
{
    if (Starloop::Cli::CommandLine::isHeadless(argc, argv)) {
        // Drawing a diagram to PNG/SVG/PDF needs QtGui, the window QtWidgets; the offscreen
        // platform needs no display.
        auto named = [&](const char *command) {
            return std::any_of(
                argv + 1, argv + argc, [command](const char *arg) { return std::strcmp(arg, command) == 0; });
        };
        const bool widgets = named("render-window");
        const bool draws = widgets || named("export-diagram");
        if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (draws)
            ensureRuntimeDir();
        std::unique_ptr<QCoreApplication> app = widgets ? std::make_unique<QApplication>(argc, argv)
            : draws                                     ? std::make_unique<QGuiApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
        setApplicationIdentity();
        Starloop::installTranslations(QString());
        std::vector<std::unique_ptr<Starloop::Cli::Command>> extra;
        extra.push_back(std::make_unique<Starloop::Cli::ExportDiagramCommand>());
        extra.push_back(std::make_unique<Starloop::Cli::RenderWindowCommand>());
        return Starloop::Cli::CommandLine::run(
            QCoreApplication::arguments(), Starloop::Bank::embeddedBankData(), std::move(extra));
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Starloop"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.starloop.Starloop"));

    Starloop::installTranslations(Starloop::Gui::AppSettings::language());
    Starloop::Gui::applyAppearance(
        Starloop::Gui::AppSettings::theme(), Starloop::Gui::AppSettings::fontPointSize());

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
