#include "bankloader.h"

#include "catalog.h"
#include "contentparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Starloop::Bank {

namespace {

struct ContentFile
{
    QString relativePath;
    QString text;
};

QVector<ContentFile> readMarkdownFiles(const QDir &root, const QString &subdir, QVector<Diagnostic> &diagnostics)
{
    QVector<ContentFile> files;
    QDirIterator it(root.filePath(subdir), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QString relative = root.relativeFilePath(path);
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics.append(Diagnostic{relative, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            diagnostics.append(Diagnostic{relative, 1, QStringLiteral("the file is not valid UTF-8")});
            continue;
        }
        files.append(ContentFile{relative, text});
    }
    std::sort(files.begin(), files.end(),
              [](const ContentFile &a, const ContentFile &b) { return a.relativePath < b.relativePath; });
    return files;
}

} // namespace

BankQuestion BankLoader::principleQuestion(const BankPrinciple &principle)
{
    BankQuestion question;
    question.uid = QStringLiteral("lp-") + principle.id;
    question.section = QStringLiteral("leadership");
    question.level = QStringLiteral("beginner");
    question.principles = QStringList{principle.id};
    question.tags = QStringList{QStringLiteral("leadership-principle")};
    question.source = QStringLiteral("Amazon Interview Guide");
    question.title = QStringLiteral("Leadership principle: %1").arg(principle.name);
    question.answerMd = QStringLiteral("*%1*\n\n%2").arg(principle.summary, principle.bodyMd);
    question.file = QStringLiteral("principles/%1.md").arg(principle.id);
    return question;
}

BankContents BankLoader::loadDirectory(const QString &contentDir, QVector<Diagnostic> &diagnostics)
{
    BankContents contents;
    const QDir root(contentDir);
    if (!root.exists()) {
        diagnostics.append(Diagnostic{contentDir, 0, QStringLiteral("the content folder does not exist")});
        return contents;
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);

    const QVector<ContentFile> principleFiles = readMarkdownFiles(root, QStringLiteral("principles"), diagnostics);
    QSet<int> positions;
    for (const ContentFile &file : principleFiles) {
        hash.addData(file.relativePath.toUtf8());
        hash.addData(file.text.toUtf8());
        auto principle = ContentParser::parsePrinciple(file.relativePath, file.text, diagnostics);
        if (!principle)
            continue;
        if (QFileInfo(file.relativePath).completeBaseName() != principle->id)
            diagnostics.append(Diagnostic{file.relativePath, 2, QStringLiteral("the file name must be %1.md").arg(principle->id)});
        if (positions.contains(principle->position))
            diagnostics.append(Diagnostic{file.relativePath, 4, QStringLiteral("position %1 is used twice").arg(principle->position)});
        positions.insert(principle->position);
        contents.principles.append(*principle);
    }
    std::sort(contents.principles.begin(), contents.principles.end(),
              [](const BankPrinciple &a, const BankPrinciple &b) { return a.position < b.position; });
    for (const QString &id : Catalog::principleIds()) {
        const bool present = std::any_of(contents.principles.cbegin(), contents.principles.cend(),
                                         [&](const BankPrinciple &p) { return p.id == id; });
        if (!present)
            diagnostics.append(Diagnostic{QStringLiteral("principles/%1.md").arg(id), 0, QStringLiteral("missing principle file")});
    }

    QHash<QString, QString> fileOfUid;
    for (const BankPrinciple &principle : std::as_const(contents.principles)) {
        const BankQuestion question = principleQuestion(principle);
        fileOfUid.insert(question.uid, question.file);
        contents.questions.append(question);
    }

    const QVector<ContentFile> questionFiles = readMarkdownFiles(root, QStringLiteral("questions"), diagnostics);
    for (const ContentFile &file : questionFiles) {
        hash.addData(file.relativePath.toUtf8());
        hash.addData(file.text.toUtf8());
        auto question = ContentParser::parseQuestion(file.relativePath, file.text, Catalog::principleIds(), diagnostics);
        if (!question)
            continue;
        const QFileInfo info(file.relativePath);
        if (info.completeBaseName() != question->uid)
            diagnostics.append(Diagnostic{file.relativePath, 2, QStringLiteral("the file name must be %1.md").arg(question->uid)});
        if (info.dir().dirName() != question->section)
            diagnostics.append(Diagnostic{file.relativePath, 3,
                                          QStringLiteral("section \"%1\" does not match the folder \"%2\"")
                                              .arg(question->section, info.dir().dirName())});
        if (fileOfUid.contains(question->uid)) {
            diagnostics.append(Diagnostic{file.relativePath, 2,
                                          QStringLiteral("id \"%1\" is already used by %2").arg(question->uid, fileOfUid.value(question->uid))});
            continue;
        }
        fileOfUid.insert(question->uid, file.relativePath);
        contents.questions.append(*question);
    }
    contents.revision = QString::fromLatin1(hash.result().toHex());
    return contents;
}

} // namespace Starloop::Bank
