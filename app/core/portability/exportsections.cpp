#include "core/portability/exportsections.h"

#include "core/coding/attemptrepository.h"
#include "core/diagrams/diagramrepository.h"
#include "core/practice/practicelog.h"
#include "core/practice/reviewrepository.h"
#include "core/questions/questionrepository.h"
#include "core/questions/searchhistory.h"
#include "core/stories/storyrepository.h"

namespace Starloop::Portability {

namespace {

// One area's list: every record its repository reads, as its codec writes them; one record of a
// file, read by the codec and merged by the repository.
template<typename Codec, typename Repository, auto records>
Result<QJsonArray> exportAll(Storage::Database &db)
{
    const auto read = (Repository(db).*records)();
    if (!read)
        return read.error();
    return jsonArray(read.value(), &Codec::toJson);
}

template<typename Codec, typename Repository, auto merge>
Result<Merge> import(Storage::Database &db, const QJsonObject &record, Merge::Rule rule)
{
    Repository repository(db);
    return (repository.*merge)(Codec::fromJson(record), rule);
}

template<typename Codec, typename Repository, auto records, auto merge>
ExportSection section(const char *name, ImportCounts ImportReport::*counts)
{
    return ExportSection {name, counts, &Codec::validate, &exportAll<Codec, Repository, records>,
        &import <Codec, Repository, merge>};
}

} // namespace

const QVector<ExportSection> &ExportSection::all()
{
    using namespace Questions;
    static const QVector<ExportSection> sections {
        section<QuestionCodec, QuestionRepository, &QuestionRepository::ownRecords,
            &QuestionRepository::upsertOwn>("questions", &ImportReport::questions),
        section<QuestionStateCodec, QuestionRepository, &QuestionRepository::stateRecords,
            &QuestionRepository::upsertState>("question_state", &ImportReport::states),
        section<Practice::ReviewCodec, Practice::ReviewRepository, &Practice::ReviewRepository::records,
            &Practice::ReviewRepository::insertUnlessKnown>("reviews", &ImportReport::reviews),
        section<Stories::StoryCodec, Stories::StoryRepository, &Stories::StoryRepository::records,
            &Stories::StoryRepository::upsertByUid>("stories", &ImportReport::stories),
        section<Diagrams::DiagramCodec, Diagrams::DiagramRepository, &Diagrams::DiagramRepository::records,
            &Diagrams::DiagramRepository::upsertByUid>("diagrams", &ImportReport::diagrams),
        section<Practice::SessionCodec, Practice::PracticeLog, &Practice::PracticeLog::records,
            &Practice::PracticeLog::insertByUid>("practice_sessions", &ImportReport::sessions),
        section<SavedSearchCodec, SearchHistory, &SearchHistory::savedRecords, &SearchHistory::upsertSaved>(
            "saved_searches", &ImportReport::searches),
        section<Coding::AttemptCodec, Coding::AttemptRepository, &Coding::AttemptRepository::records,
            &Coding::AttemptRepository::upsertByUid>("attempts", &ImportReport::attempts),
    };
    return sections;
}

const QVector<ExportSection> &ExportSection::mergeOrder()
{
    static const QVector<ExportSection> sections = [] {
        QVector<ExportSection> ordered;
        for (const char *name : {"questions", "question_state", "stories", "reviews", "diagrams",
                 "practice_sessions", "saved_searches", "attempts"}) {
            for (const ExportSection &section : all()) {
                if (qstrcmp(section.name, name) == 0)
                    ordered << section;
            }
        }
        return ordered;
    }();
    return sections;
}

} // namespace Starloop::Portability
