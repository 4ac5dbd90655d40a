// AboutDialog: what Starloop is and what it runs on (Qt, SQLite, KSyntaxHighlighting, the file).
#pragma once

#include <QDialog>

namespace Starloop::Gui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);
    // The facts shown, one "name: value" per line (also used by tests).
    static QStringList buildFacts(const QString &databasePath);
    static QString highlightingStatus();
};

} // namespace Starloop::Gui
