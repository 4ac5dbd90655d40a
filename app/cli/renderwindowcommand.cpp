#include "cli/renderwindowcommand.h"

#include "core/userdata.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>

namespace Starloop::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RenderWindowCommand)
};

// True when the icon draws something: a blank icon is all transparent.
bool drawsSomething(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage();
    if (image.isNull())
        return false;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

} // namespace

QString RenderWindowCommand::summary() const
{
    return Text::tr("Draw the window to a PNG file and check its icons, e.g. render-window window.png.");
}

int RenderWindowCommand::run(const QStringList &arguments, CommandContext context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(QStringLiteral("file"), Text::tr("The PNG file to write."));
    parser.addOption({QStringLiteral("workspace"), Text::tr("questions, stories, diagrams or practice."),
        QStringLiteral("name"), QStringLiteral("questions")});
    parser.addOption({QStringLiteral("size"), Text::tr("The window's size, e.g. 1280x820."),
        QStringLiteral("WxH"), QStringLiteral("1280x820")});
    if (const int stop = context.parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.positionalArguments().size() != 1) {
        *context.err << Text::tr("render-window needs the PNG file to write, e.g. render-window window.png")
                     << '\n';
        return 2;
    }
    const QStringList workspaces {QStringLiteral("questions"), QStringLiteral("stories"),
        QStringLiteral("diagrams"), QStringLiteral("practice")};
    const int index = int(workspaces.indexOf(parser.value(QStringLiteral("workspace")).toLower()));
    const auto size = QRegularExpression(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"))
                          .match(parser.value(QStringLiteral("size")));
    if (index < 0 || !size.hasMatch()) {
        *context.err << Text::tr("--workspace is one of %1; --size is WIDTHxHEIGHT, e.g. 1280x820")
                            .arg(workspaces.join(QStringLiteral(", ")))
                     << '\n';
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *context.err << Text::tr("Drawing the window needs a QApplication.") << '\n';
        return 2;
    }

    const auto data = context.openData();
    if (!data)
        return 2;
    int blank = 0;
    int icons = 0;
    {
        Gui::MainWindow window(*data->store);
        window.resize(size.captured(1).toInt(), size.captured(2).toInt());
        window.showWorkspace(index);
        window.show();
        QCoreApplication::processEvents();
        const QPixmap picture = window.grab();
        if (!picture.save(parser.positionalArguments().first(), "PNG")) {
            *context.err << Text::tr("Cannot write %1").arg(parser.positionalArguments().first()) << '\n';
            return 2;
        }
        for (const QIcon &icon : window.workspaceIcons()) {
            ++icons;
            blank += drawsSomething(icon) ? 0 : 1;
        }
    }
    *context.out << Text::tr("Wrote %1 (%2 x %3); %4 of %5 workspace icons drawn.")
                        .arg(parser.positionalArguments().first(), size.captured(1), size.captured(2))
                        .arg(icons - blank)
                        .arg(icons)
                 << '\n';
    if (blank > 0) {
        *context.err << Text::tr(
            "%n icon(s) are blank: Qt's SVG plugins are missing (install qt6-svg-plugins or "
            "libqt6svg6).",
            nullptr, blank)
                     << '\n';
        return 1;
    }
    return 0;
}

} // namespace Starloop::Cli
