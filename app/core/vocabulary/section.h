// Section: the six parts of the question bank, in one table: the id the content files and the
// database use, the name shown, and the minutes a timer preset gives one of its questions.
//
//   Sections::fromId("system-design")   -> Section::SystemDesign  (std::nullopt for "nonsense")
//   Sections::id(Section::Ood)          -> "ood"
//   Sections::name(Section::Company)    -> "Company & culture" (translated)
//   Sections::practiceMinutes(Section::Coding) -> 45
//   Sections::hasCode(QStringLiteral("ood")) -> true   (the scratchpad runs its answers)
//
// Stored data keeps the ids; Catalog's string functions are thin wrappers over this table.
#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace Starloop {

enum class Section { Company, Leadership, Aws, SystemDesign, Coding, Ood };

class Sections
{
public:
    static const QVector<Section> &all(); // in the bank's order: company ... ood
    static std::optional<Section> fromId(const QString &id);
    static QString id(Section section);
    static QString name(Section section);
    // Minutes a timer preset should give a question of this section ("practice this"): a coding
    // or design round, or a 3-4 minute spoken answer.
    static int practiceMinutes(Section section);
    // Coding and object-oriented design: answers are programs the scratchpad runs.
    static bool hasCode(const QString &id);
    // Coding, object-oriented and system design: practised as a whole round (45-60 minutes), not
    // as a spoken 3-4 minute answer.
    static bool isRound(const QString &id);
};

} // namespace Starloop
