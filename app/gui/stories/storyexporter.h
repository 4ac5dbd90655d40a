// StoryExporter: writes Stories::StoryExport's Markdown to a file, as .md or (through
// QTextDocument::setMarkdown and QPrinter) as PDF. The file is written beside the target and
// moved over it only when complete, so a failed export never leaves half a file.
#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Gui {

class StoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Gui::StoryExporter)
public:
    // PDF when `path` ends in ".pdf" (any case), Markdown otherwise.
    static Status exportTo(Storage::Database &db, const QString &path);
    static Status writeMarkdown(const QString &markdown, const QString &path);
    static Status writePdf(const QString &markdown, const QString &path);
};

} // namespace Starloop::Gui
