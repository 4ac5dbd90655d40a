#include "catalog.h"

namespace Starloop::Bank {

const QStringList &Catalog::sections()
{
    static const QStringList list{QStringLiteral("company"), QStringLiteral("leadership"), QStringLiteral("aws"),
                                  QStringLiteral("system-design"), QStringLiteral("coding"), QStringLiteral("ood")};
    return list;
}

const QStringList &Catalog::levels()
{
    static const QStringList list{QStringLiteral("beginner"), QStringLiteral("intermediate"),
                                  QStringLiteral("advanced")};
    return list;
}

const QStringList &Catalog::principleIds()
{
    static const QStringList list{
        QStringLiteral("customer-obsession"),
        QStringLiteral("ownership"),
        QStringLiteral("invent-and-simplify"),
        QStringLiteral("are-right-a-lot"),
        QStringLiteral("learn-and-be-curious"),
        QStringLiteral("hire-and-develop-the-best"),
        QStringLiteral("insist-on-the-highest-standards"),
        QStringLiteral("think-big"),
        QStringLiteral("bias-for-action"),
        QStringLiteral("frugality"),
        QStringLiteral("earn-trust"),
        QStringLiteral("dive-deep"),
        QStringLiteral("have-backbone"),
        QStringLiteral("deliver-results"),
        QStringLiteral("earths-best-employer"),
        QStringLiteral("broad-responsibility"),
    };
    return list;
}

QString Catalog::sectionName(const QString &section)
{
    if (section == QLatin1String("company"))
        return tr("Company & culture");
    if (section == QLatin1String("leadership"))
        return tr("Leadership principles");
    if (section == QLatin1String("aws"))
        return tr("AWS");
    if (section == QLatin1String("system-design"))
        return tr("System design");
    if (section == QLatin1String("coding"))
        return tr("Coding");
    if (section == QLatin1String("ood"))
        return tr("Object-oriented design");
    return section;
}

QString Catalog::levelName(const QString &level)
{
    if (level == QLatin1String("beginner"))
        return tr("Beginner");
    if (level == QLatin1String("intermediate"))
        return tr("Intermediate");
    if (level == QLatin1String("advanced"))
        return tr("Advanced");
    return level;
}

int Catalog::practiceMinutes(const QString &section)
{
    if (section == QLatin1String("coding") || section == QLatin1String("ood"))
        return 45;
    if (section == QLatin1String("system-design"))
        return 60;
    return 4; // a leadership or knowledge answer: 3-4 minutes
}

} // namespace Starloop::Bank
