#include "gui/aboutdialog.h"

#include "core/storage/database.h"
#include "core/version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Starloop::Gui {

QString AboutDialog::highlightingStatus()
{
#ifdef STARLOOP_HAVE_KSYNTAXHIGHLIGHTING
    // The version comes from CMake: KF5 and KF6 name their version macro differently.
    return tr("KSyntaxHighlighting %1 (code is coloured)")
        .arg(QStringLiteral(STARLOOP_KSYNTAXHIGHLIGHTING_VERSION));
#else
    return tr("not available in this build (code is shown in plain monospace)");
#endif
}

QStringList AboutDialog::buildFacts(const QString &databasePath)
{
    return {
        tr("Starloop: %1").arg(applicationVersion()),
        tr("Qt: %1 (built with %2)").arg(qtRuntimeVersion(), QStringLiteral(QT_VERSION_STR)),
        tr("SQLite: %1").arg(Storage::Database::sqliteVersion()),
        tr("Syntax highlighting: %1").arg(highlightingStatus()),
        tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)),
    };
}

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Starloop"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/starloop.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto *heading
        = new QLabel(tr("<h2>Starloop</h2><p>An offline workbench for Amazon / AWS interview loops: "
                        "questions, STAR stories, system-design diagrams and timed practice, "
                        "in one local file.</p>"),
            this);
    heading->setWordWrap(true);
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    auto *facts = new QLabel(buildFacts(databasePath).join(QLatin1Char('\n')), this);
    facts->setObjectName(QStringLiteral("aboutFacts"));
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(facts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace Starloop::Gui
