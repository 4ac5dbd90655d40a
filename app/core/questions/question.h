// Value types of the question bank as the user's database holds it.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

#include <optional>

namespace Starloop::Questions {

// Markers around matched words in snippets and highlighted titles (gui turns them into bold).
constexpr char16_t MatchStart = 0x2;
constexpr char16_t MatchEnd = 0x3;

struct QuestionSummary
{
    qint64 id = 0;
    QString uid;
    QString title; // with MatchStart / MatchEnd around matched words
    QString section;
    QString level;
    QString snippet; // a few words of context from the best-matching field, marked the same way
    bool starred = false;
    bool mine = false;
    bool decorated = false; // read whole, title marked and snippet filled (QuestionRepository::decorate)
};

struct Question
{
    qint64 id = 0;
    QString uid;
    QString origin; // "bank" or "user"
    QString section;
    QString level;
    QString title;
    QString promptMd;
    QString answerMd;
    QString source;
    QString pattern; // coding problems: the pattern id ("sliding-window")
    QString referenceDiagram; // a diagram template the answer draws on ("url-shortener")
    QString checkedOn; // when its time-sensitive facts were last checked ("2026-12-07")
    QStringList tags;
    QStringList principles;
    QStringList principleNames; // the same principles, as people say them ("Dive Deep")
    bool starred = false;
    QString noteMd;
    std::optional<int> lastRating;
    std::optional<qint64> dueAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool isMine() const { return origin == QLatin1String("user"); }
};

// Rows of another table that pointed at a deleted question, kept to put back on undo.
struct DependentRows
{
    QString table;
    QStringList columns;
    QVector<QVariantList> rows;
};

// A deleted question of the user's and everything the deletion took with it.
struct RemovedQuestion
{
    Question question;
    QVector<DependentRows> dependents; // state, coding attempts, story links (deleted with it)
    QVector<qint64> linkedDiagrams; // diagrams that named it (their link was cleared)
};

// What the user fills in for a question of their own.
struct QuestionDraft
{
    QString section = QStringLiteral("leadership");
    QString level = QStringLiteral("intermediate");
    QString title;
    QString promptMd;
    QString answerMd;
    QStringList tags;
    QStringList principles;
};

struct FacetCount
{
    QString key; // the filter value ("aws", "advanced", "ownership", "s3")
    QString label; // what to show ("AWS", "Advanced", "Ownership", "s3")
    int count = 0;
};

struct Facets
{
    // What QuestionRepository::facets() counts; the Questions workspace asks only for the groups
    // that are open.
    enum Group {
        Sections = 0x1,
        Levels = 0x2,
        Principles = 0x4,
        Tags = 0x8,
        Status = 0x10,
        Patterns = 0x20, // coding problems by pattern (pattern pages not counted)
        AllGroups = 0x3f
    };

    QVector<FacetCount> sections;
    QVector<FacetCount> levels;
    QVector<FacetCount> principles;
    QVector<FacetCount> tags; // the most common ones
    QVector<FacetCount> patterns; // in study order
    int starred = 0;
    int due = 0;
    int mine = 0;
    int total = 0;
};

} // namespace Starloop::Questions

Q_DECLARE_METATYPE(Starloop::Questions::Facets)
