// Catalog: the fixed vocabularies of Starloop (sections, levels, the 16 principle ids, coding
// patterns) as the strings content files and the database hold. Content files are validated
// against these; the gui shows their display names. Sections are the Section enum's table
// (core/vocabulary/section.h); the section functions here take and give its ids.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Starloop {

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Catalog)
public:
    static const QStringList &sections(); // company, leadership, aws, system-design, coding, ood
    static const QStringList &levels(); // beginner, intermediate, advanced
    static const QStringList &principleIds(); // in the canonical order, 16 of them
    static QString sectionName(const QString &section); // "System design"
    static QString levelName(const QString &level); // "Advanced"
    // The coding patterns a problem is filed under ("sliding-window"), in study order; each has
    // a page (content/questions/coding/pattern-<id>.md) and at least three problems.
    static const QStringList &patternIds();
    static QString patternName(const QString &pattern); // "Sliding window"
    // Minutes a timer preset should give a question of this section ("practice this").
    static int practiceMinutes(const QString &section);
};

} // namespace Starloop
