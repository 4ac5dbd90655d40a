// crash_writer: edits a Starloop database as fast as autosave would, until it is killed.
//
//   crash_writer <database> <first write number> <seed>
//
// Opens the file with DataStore (taking its lock), then writes notes, questions of the user's
// own, a story and a diagram in turn (crashwriter.h says how write n looks) and prints
// "saved <n>" on stdout, flushed, after each write has committed: everything printed is on disk.
// "opened" comes first; any failure prints "error <message>" on stderr and exits 2.
#include "core/diagrams/diagramrepository.h"
#include "core/questions/questionrepository.h"
#include "core/storage/datastore.h"
#include "core/storage/statement.h"
#include "core/stories/storyrepository.h"
#include "crashwriter.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QVector>

#include <cstdio>
#include <optional>

using namespace Starloop;
using namespace Starloop::Test;

namespace {

constexpr qint64 MaxWrites = 200000; // an orphaned writer stops by itself

int fail(const QString &message)
{
    std::fprintf(stderr, "error %s\n", qPrintable(message));
    std::fflush(stderr);
    return 2;
}

void report(const char *line, qint64 n = -1)
{
    if (n >= 0)
        std::printf("%s %lld\n", line, static_cast<long long>(n));
    else
        std::printf("%s\n", line);
    std::fflush(stdout);
}

// Text as a user types it: a few hundred bytes to several pages (overflow pages, FTS segments).
QString filler(QRandomGenerator &random)
{
    static const QString words[]
        = {QStringLiteral("latency"), QStringLiteral("résumé"), QStringLiteral("ownership ✓"),
            QStringLiteral("DynamoDB"), QStringLiteral("partition"), QStringLiteral("🚀")};
    QString text;
    const int count = static_cast<int>(random.bounded(1, 900));
    for (int i = 0; i < count; ++i)
        text += words[random.bounded(6)] + QLatin1Char(' ');
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return fail(QStringLiteral("usage: crash_writer <database> <first write number> <seed>"));
    const qint64 first = args.at(2).toLongLong();
    QRandomGenerator random(args.at(3).toUInt());

    auto opened = Storage::DataStore::open(Storage::OpenOptions {args.at(1), false, {}});
    if (!opened)
        return fail(opened.errorMessage());
    Storage::DataStore &store = *opened.value();
    Questions::QuestionRepository questions(store.db());
    Stories::StoryRepository stories(store.db());
    Diagrams::DiagramRepository diagrams(store.db());

    QVector<qint64> noteTargets;
    {
        Storage::Statement st(
            store.db(), "SELECT id FROM questions WHERE origin = 'bank' ORDER BY id LIMIT ?1");
        st.bind(1, CrashWriter::NoteQuestions);
        while (st.step())
            noteTargets << st.int64(0);
    }
    if (noteTargets.size() != CrashWriter::NoteQuestions)
        return fail(QStringLiteral("the database needs %1 bank questions").arg(CrashWriter::NoteQuestions));
    report("opened");

    std::optional<Stories::Story> story;
    std::optional<qint64> diagramId;
    for (qint64 n = first; n < first + MaxWrites; ++n) {
        const qint64 now = 1'800'000'000 + n;
        Status status;
        switch (CrashWriter::kindOf(n)) {
        case CrashWriter::Kind::Note: {
            const qint64 id = noteTargets.at(static_cast<int>((n / 4) % CrashWriter::NoteQuestions));
            status = questions.saveNote(id, QStringLiteral("note %1\n").arg(n) + filler(random), now);
            break;
        }
        case CrashWriter::Kind::OwnQuestion: {
            Questions::QuestionDraft draft;
            draft.title = QStringLiteral("own %1").arg(n);
            draft.promptMd = filler(random);
            draft.answerMd = filler(random);
            draft.tags = QStringList {QStringLiteral("crash-test")};
            auto created = questions.createOwn(draft, now);
            if (!created)
                status = created.error();
            break;
        }
        case CrashWriter::Kind::Story: {
            if (!story) {
                Stories::Story draft;
                draft.title = QStringLiteral("story %1").arg(first);
                auto created = stories.create(draft, now);
                if (!created)
                    return fail(created.errorMessage());
                story = created.value();
            }
            story->situation = QStringLiteral("situation %1\n").arg(n) + filler(random);
            story->action = filler(random);
            status = stories.save(*story, now);
            break;
        }
        case CrashWriter::Kind::Diagram: {
            if (!diagramId) {
                auto created = diagrams.create(QStringLiteral("diagram %1").arg(first), {}, now);
                if (!created)
                    return fail(created.errorMessage());
                diagramId = created->id;
            }
            Diagrams::DiagramDocument document;
            const int nodes = static_cast<int>(random.bounded(1, 40));
            for (int i = 0; i < nodes; ++i) {
                Diagrams::DiagramNode node;
                node.id = QStringLiteral("n%1").arg(i + 1);
                node.kind = QStringLiteral("server");
                node.label = i == 0 ? QStringLiteral("label %1").arg(n) : filler(random).left(40);
                node.x = 40.0 * i;
                node.y = 30.0 * (i % 5);
                node.w = 110;
                node.h = 90;
                document.nodes << node;
            }
            status = diagrams.save(*diagramId, document, now);
            break;
        }
        }
        if (!status)
            return fail(status.errorMessage());
        report("saved", n);
    }
    return 0;
}
