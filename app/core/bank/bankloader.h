// BankLoader: reads a whole content/ folder into BankContents and validates it across files.
//
//   content/principles/<id>.md            the 16 leadership principles
//   content/questions/<section>/<id>.md   one question each; the folder must equal `section`,
//                                         the file name must equal `id`, ids unique bank-wide
//
// Each principle also becomes a question of the leadership section with uid "lp-<id>", so that
// searching and self-testing reach the principles too.
#pragma once

#include "core/bank/bankcontents.h"

namespace Starloop::Bank {

class BankLoader
{
public:
    static BankContents loadDirectory(const QString &contentDir, QVector<Diagnostic> &diagnostics);
    // The question a principle is shown as.
    static BankQuestion principleQuestion(const BankPrinciple &principle);
};

} // namespace Starloop::Bank
