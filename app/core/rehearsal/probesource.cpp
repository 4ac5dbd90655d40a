#include "core/rehearsal/probesource.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"

namespace Starloop::Rehearsal {

using Storage::Statement;

namespace {

// Rows of (source id, Markdown) from `st`, parsed by `parse`, tagged "<prefix>:<id>".
template<typename Parse>
void collect(Statement &st, const char *prefix, Parse parse, QVector<ProbeMaterial::Item> &into)
{
    while (st.step()) {
        const QString source = QString::fromLatin1(prefix) + QLatin1Char(':') + st.text(0);
        for (const QString &text : parse(st.text(1)))
            into.append(ProbeMaterial::Item {text, source});
    }
}

} // namespace

ProbeSource::ProbeSource(Storage::Database &db)
    : m_db(db)
{ }

Result<ProbeMaterial> ProbeSource::forQuestion(const QString &questionUid) const
{
    return Storage::guarded(tr("The follow-up questions could not be read"), [&]() -> Result<ProbeMaterial> {
        ProbeMaterial material;
        Statement question(m_db, "SELECT uid, answer_md, id FROM questions WHERE uid = ?1");
        question.bind(1, questionUid);
        if (!question.step())
            return Error {tr("The question %1 is not in the bank.").arg(questionUid)};
        const qint64 id = question.int64(2);
        for (const QString &text : ProbeParser::followUps(question.text(1)))
            material.followUps.append(ProbeMaterial::Item {text, QStringLiteral("question:") + questionUid});

        Statement principles(m_db,
            "SELECT p.id, p.body_md FROM question_principles qp JOIN principles p ON p.id = qp.principle_id "
            "WHERE qp.question_id = ?1 ORDER BY p.position");
        principles.bind(1, id);
        collect(principles, "principle", &ProbeParser::probeTopics, material.topics);
        return material;
    });
}

Result<ProbeMaterial> ProbeSource::forStory(qint64 storyId) const
{
    return Storage::guarded(tr("The follow-up questions could not be read"), [&]() -> Result<ProbeMaterial> {
        ProbeMaterial material;
        Statement story(m_db, "SELECT id FROM stories WHERE id = ?1");
        story.bind(1, storyId);
        if (!story.step())
            return Error {tr("The story no longer exists.")};

        Statement questions(m_db,
            "SELECT q.uid, q.answer_md FROM story_questions sq JOIN questions q ON q.id = sq.question_id "
            "WHERE sq.story_id = ?1 ORDER BY q.uid");
        questions.bind(1, storyId);
        collect(questions, "question", &ProbeParser::followUps, material.followUps);

        Statement principles(m_db,
            "SELECT p.id, p.body_md FROM story_principles sp JOIN principles p ON p.id = sp.principle_id "
            "JOIN stories s ON s.id = sp.story_id WHERE sp.story_id = ?1 "
            "ORDER BY (p.id IS s.primary_principle) DESC, p.position");
        principles.bind(1, storyId);
        collect(principles, "principle", &ProbeParser::probeTopics, material.topics);
        return material;
    });
}

} // namespace Starloop::Rehearsal
