// What crash_writer writes, shared with the test that kills it, so both agree on how write n
// shows in the database.
//
// Write n (numbered from the `first` the test passes) is, by n % 4:
//   0  a note on one of the bank questions: "note <n>\n" + filler   (QuestionRepository::saveNote)
//   1  a question of the user's own titled "own <n>"                 (QuestionRepository::createOwn)
//   2  the story of this run, situation "situation <n>\n" + filler    (StoryRepository::save)
//   3  the diagram of this run, a node labelled "label <n>"           (DiagramRepository::save)
// The story and the diagram of a run are titled "story <first>" / "diagram <first>".
#pragma once

#include <QRegularExpression>
#include <QString>

namespace Starloop::Test::CrashWriter {

enum class Kind { Note = 0, OwnQuestion = 1, Story = 2, Diagram = 3 };
constexpr int NoteQuestions = 3; // notes rotate over the first three bank questions

inline Kind kindOf(qint64 n)
{
    return static_cast<Kind>(n % 4);
}

// The number a text starts with after `prefix` ("note 17\n..." -> 17); -1 when it does not.
inline qint64 numberAfter(const QString &prefix, const QString &text)
{
    if (!text.startsWith(prefix + QLatin1Char(' ')))
        return -1;
    const QRegularExpression number(QStringLiteral("^\\d+"));
    const auto match = number.match(text.mid(prefix.size() + 1));
    return match.hasMatch() ? match.captured(0).toLongLong() : -1;
}

} // namespace Starloop::Test::CrashWriter
