// Catalog: the fixed vocabularies of the question bank (sections, levels, the 16 principle ids).
// Content files are validated against these; the gui shows their display names.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Starloop::Bank {

class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Bank::Catalog)
public:
    static const QStringList &sections(); // company, leadership, aws, system-design, coding, ood
    static const QStringList &levels(); // beginner, intermediate, advanced
    static const QStringList &principleIds(); // in the canonical order, 16 of them
    static QString sectionName(const QString &section); // "System design"
    static QString levelName(const QString &level); // "Advanced"
    // Minutes a timer preset should give a question of this section ("practice this").
    static int practiceMinutes(const QString &section);
};

} // namespace Starloop::Bank
