#include "core/portability/jsonrecord.h"

#include <cmath>

namespace Starloop::Portability {

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return RecordCheck::tr("text");
    case Kind::Integer:
        return RecordCheck::tr("a whole number");
    case Kind::Number:
        return RecordCheck::tr("a number");
    case Kind::Boolean:
        return RecordCheck::tr("true or false");
    case Kind::Array:
        return RecordCheck::tr("a list");
    case Kind::Object:
        return RecordCheck::tr("an object");
    case Kind::Any:
        break;
    }
    return RecordCheck::tr("a value");
}

} // namespace

RecordCheck::RecordCheck(const QJsonObject &record, const QString &path)
    : m_record(record)
    , m_path(path)
{ }

bool RecordCheck::matches(const QJsonValue &value, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return value.isString();
    case Kind::Integer:
        // Beyond 2^53 a double is not an exact integer (and converting it would be undefined).
        return value.isDouble() && std::abs(value.toDouble()) <= 9007199254740992.0
            && value.toDouble() == std::floor(value.toDouble());
    case Kind::Number:
        return value.isDouble();
    case Kind::Boolean:
        return value.isBool();
    case Kind::Array:
        return value.isArray();
    case Kind::Object:
        return value.isObject();
    case Kind::Any:
        return !value.isUndefined();
    }
    return false;
}

void RecordCheck::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QString RecordCheck::field(const char *key) const
{
    return m_path + QLatin1Char('.') + QLatin1String(key);
}

RecordCheck &RecordCheck::fields(
    std::initializer_list<std::pair<const char *, Kind>> fields, std::initializer_list<const char *> nullable)
{
    for (const auto &[key, kind] : fields) {
        if (!ok())
            break;
        const QJsonValue value = m_record.value(QLatin1String(key));
        bool mayBeNull = false;
        for (const char *n : nullable)
            mayBeNull = mayBeNull || qstrcmp(n, key) == 0;
        if (value.isUndefined())
            fail(tr("%1 is missing").arg(field(key)));
        else if (!(value.isNull() && mayBeNull) && !matches(value, kind))
            fail(tr("%1 must be %2").arg(field(key), kindName(kind)));
    }
    return *this;
}

RecordCheck &RecordCheck::optionalFields(std::initializer_list<std::pair<const char *, Kind>> fields)
{
    for (const auto &[key, kind] : fields) {
        const QJsonValue value = m_record.value(QLatin1String(key));
        if (ok() && !value.isUndefined() && !matches(value, kind))
            fail(tr("%1 must be %2").arg(field(key), kindName(kind)));
    }
    return *this;
}

RecordCheck &RecordCheck::textList(const char *key, const QStringList *allowed)
{
    const QJsonArray list = m_record.value(QLatin1String(key)).toArray();
    for (int i = 0; i < list.size() && ok(); ++i) {
        if (!list.at(i).isString())
            fail(tr("%1[%2] must be text").arg(field(key)).arg(i));
        else if (allowed && !allowed->contains(list.at(i).toString()))
            fail(tr("%1[%2]: unknown value \"%3\"").arg(field(key)).arg(i).arg(list.at(i).toString()));
    }
    return *this;
}

RecordCheck &RecordCheck::oneOf(const char *key, const QStringList &allowed)
{
    const QJsonValue value = m_record.value(QLatin1String(key));
    if (ok() && !value.isNull() && !allowed.contains(value.toString()))
        fail(tr("%1: unknown value \"%2\"").arg(field(key), value.toString()));
    return *this;
}

RecordCheck &RecordCheck::range(const char *key, int low, int high)
{
    const QJsonValue value = m_record.value(QLatin1String(key));
    if (ok() && !value.isNull() && (value.toInt() < low || value.toInt() > high))
        fail(tr("%1 must be %2 to %3").arg(field(key)).arg(low).arg(high));
    return *this;
}

RecordCheck &RecordCheck::notBlank(const char *key)
{
    if (ok() && m_record.value(QLatin1String(key)).toString().trimmed().isEmpty())
        fail(tr("%1 is empty").arg(field(key)));
    return *this;
}

Status RecordCheck::status() const
{
    if (ok())
        return {};
    return Error {m_problem};
}

QStringList JsonRecord::textList(const char *key) const
{
    QStringList list;
    for (const QJsonValue &item : array(key))
        list << item.toString();
    return list;
}

std::optional<QString> JsonRecord::optionalText(const char *key) const
{
    const QJsonValue field = value(key);
    return field.isNull() ? std::nullopt : std::optional<QString>(field.toString());
}

std::optional<qint64> JsonRecord::optionalInteger(const char *key) const
{
    const QJsonValue field = value(key);
    return field.isNull() ? std::nullopt : std::optional<qint64>(qint64(field.toDouble()));
}

std::optional<double> JsonRecord::optionalNumber(const char *key) const
{
    const QJsonValue field = value(key);
    return field.isNull() ? std::nullopt : std::optional<double>(field.toDouble());
}

} // namespace Starloop::Portability
