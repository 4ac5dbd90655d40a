#include "gui/stories/storyexporter.h"

#include "core/stories/storyexport.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace Starloop::Gui {

Status StoryExporter::exportTo(Storage::Database &db, const QString &path)
{
    const auto markdown = Stories::StoryExport::markdown(db);
    if (!markdown)
        return markdown.error();
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePdf(markdown.value(), path);
    return writeMarkdown(markdown.value(), path);
}

Status StoryExporter::writeMarkdown(const QString &markdown, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    file.write(markdown.toUtf8());
    if (!file.commit())
        return Error {tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    return {};
}

Status StoryExporter::writePdf(const QString &markdown, const QString &path)
{
    const QString partial = path + QStringLiteral(".part");
    {
        QTextDocument document;
        document.setMarkdown(markdown);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(partial);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        printer.setDocName(tr("Starloop stories"));
        printer.setCreator(QCoreApplication::applicationName());
        document.print(&printer);
    }
    if (QFileInfo(partial).size() == 0) {
        QFile::remove(partial);
        return Error {tr("%1 could not be written.").arg(QFileInfo(path).fileName())};
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Error {
            tr("%1 could not be replaced; is it open in another program?").arg(QFileInfo(path).fileName())};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error {tr("%1 could not be written.").arg(QFileInfo(path).fileName())};
    }
    return {};
}

} // namespace Starloop::Gui
