#include "core/bank/bankloader.h"

#include "core/bank/contentparser.h"
#include "core/bank/diagramlint.h"
#include "core/vocabulary/catalog.h"
#include "core/vocabulary/section.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Starloop::Bank {

namespace {

struct ContentFile
{
    QString relativePath;
    QString text;
};

QVector<ContentFile> readMarkdownFiles(
    const QDir &root, const QString &subdir, QVector<Diagnostic> &diagnostics)
{
    QVector<ContentFile> files;
    QDirIterator it(
        root.filePath(subdir), {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        const QString relative = root.relativeFilePath(path);
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics.append(
                Diagnostic {relative, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        const QByteArray bytes = file.readAll();
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() != bytes) {
            diagnostics.append(Diagnostic {relative, 1, QStringLiteral("the file is not valid UTF-8")});
            continue;
        }
        files.append(ContentFile {relative, text});
    }
    std::sort(files.begin(), files.end(),
        [](const ContentFile &a, const ContentFile &b) { return a.relativePath < b.relativePath; });
    return files;
}

// The 1-based line of the front-matter key `key:` in a question file, or 1.
int lineOfKey(const QString &text, const QString &key)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(key + QLatin1Char(':')))
            return i + 1;
    }
    return 1;
}

// content/diagrams/*.json: each validated; returns the ids (file names) of the sound ones.
QSet<QString> checkDiagrams(const QDir &root, QVector<Diagnostic> &diagnostics)
{
    QSet<QString> ids;
    const QDir folder(root.filePath(QStringLiteral("diagrams")));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        const QString relative = QStringLiteral("diagrams/") + name;
        if (!file.open(QIODevice::ReadOnly)) {
            diagnostics.append(
                Diagnostic {relative, 0, QStringLiteral("cannot read: %1").arg(file.errorString())});
            continue;
        }
        if (DiagramLint::check(relative, file.readAll(), diagnostics))
            ids.insert(QFileInfo(name).completeBaseName());
    }
    return ids;
}

// Every `[text](question:<id>)` link names a question of the bank.
void checkQuestionLinks(const QVector<ContentFile> &files, const QHash<QString, QString> &fileOfUid,
    QVector<Diagnostic> &diagnostics)
{
    static const QRegularExpression link(QStringLiteral("\\]\\(question:([^)\\s]*)\\)"));
    for (const ContentFile &file : files) {
        const QStringList lines = file.text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            auto matches = link.globalMatch(lines.at(i));
            while (matches.hasNext()) {
                const QString target = matches.next().captured(1);
                if (!fileOfUid.contains(target))
                    diagnostics.append(Diagnostic {file.relativePath, i + 1,
                        QStringLiteral("the link to question:%1 names no question of the bank").arg(target)});
            }
        }
    }
}

// Every pattern in use has its page (coding/pattern-<id>.md) and at least three problems.
void checkPatterns(const QVector<BankQuestion> &questions, const QHash<QString, int> &patternLines,
    QVector<Diagnostic> &diagnostics)
{
    QHash<QString, const BankQuestion *> pages;
    QHash<QString, QVector<const BankQuestion *>> problems;
    for (const BankQuestion &q : questions) {
        if (q.pattern.isEmpty())
            continue;
        if (q.uid.startsWith(QLatin1String("pattern-"))) {
            if (q.uid != QLatin1String("pattern-") + q.pattern)
                diagnostics.append(Diagnostic {q.file, patternLines.value(q.uid, 1),
                    QStringLiteral("the page %1 must be about pattern \"%2\"").arg(q.uid, q.uid.mid(8))});
            pages.insert(q.pattern, &q);
        } else {
            problems[q.pattern].append(&q);
        }
    }
    QStringList used = problems.keys() + pages.keys();
    used.removeDuplicates();
    used.sort();
    for (const QString &pattern : std::as_const(used)) {
        const QVector<const BankQuestion *> list = problems.value(pattern);
        if (!pages.contains(pattern)) {
            const BankQuestion *first = list.first();
            diagnostics.append(Diagnostic {first->file, patternLines.value(first->uid, 1),
                QStringLiteral("pattern \"%1\" has no page questions/coding/pattern-%1.md").arg(pattern)});
        }
        if (list.size() < 3) {
            const BankQuestion *where = pages.contains(pattern) ? pages.value(pattern) : list.first();
            diagnostics.append(Diagnostic {where->file, patternLines.value(where->uid, 1),
                QStringLiteral("pattern \"%1\" has %2 problem(s); give it at least 3")
                    .arg(pattern)
                    .arg(list.size())});
        }
    }
}

} // namespace

BankQuestion BankLoader::principleQuestion(const BankPrinciple &principle)
{
    BankQuestion question;
    question.uid = QStringLiteral("lp-") + principle.id;
    question.section = Sections::id(Section::Leadership);
    question.level = QStringLiteral("beginner");
    question.principles = QStringList {principle.id};
    question.tags = QStringList {QStringLiteral("leadership-principle")};
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
        diagnostics.append(Diagnostic {contentDir, 0, QStringLiteral("the content folder does not exist")});
        return contents;
    }
    QCryptographicHash hash(QCryptographicHash::Sha1);

    const QVector<ContentFile> principleFiles
        = readMarkdownFiles(root, QStringLiteral("principles"), diagnostics);
    QSet<int> positions;
    for (const ContentFile &file : principleFiles) {
        hash.addData(file.relativePath.toUtf8());
        hash.addData(file.text.toUtf8());
        auto principle = ContentParser::parsePrinciple(file.relativePath, file.text, diagnostics);
        if (!principle)
            continue;
        if (QFileInfo(file.relativePath).completeBaseName() != principle->id)
            diagnostics.append(Diagnostic {
                file.relativePath, 2, QStringLiteral("the file name must be %1.md").arg(principle->id)});
        if (positions.contains(principle->position))
            diagnostics.append(Diagnostic {
                file.relativePath, 4, QStringLiteral("position %1 is used twice").arg(principle->position)});
        positions.insert(principle->position);
        contents.principles.append(*principle);
    }
    std::sort(contents.principles.begin(), contents.principles.end(),
        [](const BankPrinciple &a, const BankPrinciple &b) { return a.position < b.position; });
    for (const QString &id : Catalog::principleIds()) {
        const bool present = std::any_of(contents.principles.cbegin(), contents.principles.cend(),
            [&](const BankPrinciple &p) { return p.id == id; });
        if (!present)
            diagnostics.append(Diagnostic {
                QStringLiteral("principles/%1.md").arg(id), 0, QStringLiteral("missing principle file")});
    }

    QHash<QString, QString> fileOfUid;
    for (const BankPrinciple &principle : std::as_const(contents.principles)) {
        const BankQuestion question = principleQuestion(principle);
        fileOfUid.insert(question.uid, question.file);
        contents.questions.append(question);
    }

    const QSet<QString> diagrams = checkDiagrams(root, diagnostics);
    const bool hasDiagramFolder = root.exists(QStringLiteral("diagrams"));
    QHash<QString, int> patternLines;

    const QVector<ContentFile> questionFiles
        = readMarkdownFiles(root, QStringLiteral("questions"), diagnostics);
    for (const ContentFile &file : questionFiles) {
        hash.addData(file.relativePath.toUtf8());
        hash.addData(file.text.toUtf8());
        auto question = ContentParser::parseQuestion(
            file.relativePath, file.text, Catalog::principleIds(), diagnostics);
        if (!question)
            continue;
        const QFileInfo info(file.relativePath);
        if (info.completeBaseName() != question->uid)
            diagnostics.append(Diagnostic {
                file.relativePath, 2, QStringLiteral("the file name must be %1.md").arg(question->uid)});
        if (info.dir().dirName() != question->section)
            diagnostics.append(Diagnostic {file.relativePath, 3,
                QStringLiteral("section \"%1\" does not match the folder \"%2\"")
                    .arg(question->section, info.dir().dirName())});
        if (fileOfUid.contains(question->uid)) {
            diagnostics.append(Diagnostic {file.relativePath, 2,
                QStringLiteral("id \"%1\" is already used by %2")
                    .arg(question->uid, fileOfUid.value(question->uid))});
            continue;
        }
        fileOfUid.insert(question->uid, file.relativePath);
        if (!question->diagram.isEmpty() && hasDiagramFolder && !diagrams.contains(question->diagram)
            && !root.exists(QStringLiteral("diagrams/%1.json").arg(question->diagram)))
            diagnostics.append(Diagnostic {file.relativePath, lineOfKey(file.text, QStringLiteral("diagram")),
                QStringLiteral("there is no diagrams/%1.json").arg(question->diagram)});
        if (!question->pattern.isEmpty())
            patternLines.insert(question->uid, lineOfKey(file.text, QStringLiteral("pattern")));
        contents.questions.append(*question);
    }
    checkPatterns(contents.questions, patternLines, diagnostics);
    checkQuestionLinks(questionFiles, fileOfUid, diagnostics);
    contents.revision = QString::fromLatin1(hash.result().toHex());
    return contents;
}

} // namespace Starloop::Bank
