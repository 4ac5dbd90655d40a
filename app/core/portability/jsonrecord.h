// The pieces every area's codec shares for one record of the export file (DataExport /
// DataImport): RecordCheck validates a record with messages that name the field, JsonRecord
// reads a record that passed, jsonValue() writes a nullable column, and Merge says what
// importing one record by its uid did. The fields themselves are known only to each area's
// codec (StoryCodec, DiagramCodec, ...) and its repository.
//
//   Status StoryCodec::validate(const QJsonObject &json, const QString &path)  // "stories[2]"
//   {
//       RecordCheck check(json, path);
//       check.fields({{"title", Kind::Text}, {"due_at", Kind::Integer}}, {"due_at"});
//       check.textList("principles", &Catalog::principleIds());
//       return check.status();  // "stories[2].title must be text", "stories[2].due_at is missing"
//   }
//
//   const JsonRecord r(json);
//   record.dueAt = r.optionalInteger("due_at");  // null -> nullopt
//   json.insert(QStringLiteral("due_at"), jsonValue(record.dueAt));  // nullopt -> null
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <initializer_list>
#include <optional>
#include <utility>

namespace Starloop::Portability {

// What a field of a record must hold.
enum class Kind { Text, Integer, Number, Boolean, Array, Object, Any };

// Checks one record's fields in turn; the first problem found is the one reported, and every
// check after it does nothing.
class RecordCheck
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Portability::RecordCheck)

public:
    RecordCheck(const QJsonObject &record, const QString &path);

    // Each field must be present and of its kind; a field named in `nullable` may also be null.
    RecordCheck &fields(std::initializer_list<std::pair<const char *, Kind>> fields,
        std::initializer_list<const char *> nullable = {});
    // Fields a file written before they existed lacks: absent is fine, present must be of its kind.
    RecordCheck &optionalFields(std::initializer_list<std::pair<const char *, Kind>> fields);
    // The field (a list) holds only text; with `allowed`, only these values.
    RecordCheck &textList(const char *key, const QStringList *allowed = nullptr);
    // The field's text is one of `allowed`; a null field passes.
    RecordCheck &oneOf(const char *key, const QStringList &allowed);
    // The field's number is in [low, high]; a null field passes.
    RecordCheck &range(const char *key, int low, int high);
    // The field's text is not blank.
    RecordCheck &notBlank(const char *key);

    bool ok() const { return m_problem.isEmpty(); }
    Status status() const;
    QString problem() const { return m_problem; } // "stories[2].title must be text"

    static bool matches(const QJsonValue &value, Kind kind);

private:
    void fail(const QString &problem);
    QString field(const char *key) const; // "stories[2].title"

    QJsonObject m_record;
    QString m_path;
    QString m_problem;
};

// Reads the fields of a record that RecordCheck passed.
class JsonRecord
{
public:
    explicit JsonRecord(const QJsonObject &record)
        : m_record(record)
    { }
    QString text(const char *key) const { return value(key).toString(); }
    qint64 integer(const char *key) const { return qint64(value(key).toDouble()); }
    double number(const char *key) const { return value(key).toDouble(); }
    bool boolean(const char *key) const { return value(key).toBool(); }
    QJsonArray array(const char *key) const { return value(key).toArray(); }
    QStringList textList(const char *key) const;
    std::optional<QString> optionalText(const char *key) const;
    std::optional<qint64> optionalInteger(const char *key) const;
    std::optional<double> optionalNumber(const char *key) const;
    QJsonValue value(const char *key) const { return m_record.value(QLatin1String(key)); }

private:
    QJsonObject m_record;
};

// A nullable column as JSON: the value, or null.
template<typename T> QJsonValue jsonValue(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// Every record of one area as a JSON list, in the order given.
template<typename Record>
QJsonArray jsonArray(const QVector<Record> &records, QJsonObject (*toJson)(const Record &))
{
    QJsonArray array;
    for (const Record &record : records)
        array.append(toJson(record));
    return array;
}

// What importing one record by its uid did, for the import's report.
struct Merge
{
    enum class Outcome { Added, Updated, Unchanged, Skipped };
    // NewerWins (an import): an existing record is replaced only by a newer updated_at.
    // Replace (a sync that has already decided this version wins): it is written whatever its
    // updated_at, so a device whose clock runs behind still hands on its edits.
    enum class Rule { NewerWins, Replace };
    Outcome outcome = Outcome::Unchanged;
    QStringList warnings; // a skipped record, or a link of it this database cannot make

    static Merge written(bool existed) { return {existed ? Outcome::Updated : Outcome::Added, {}}; }
    static Merge skipped(const QString &warning) { return {Outcome::Skipped, {warning}}; }
};

} // namespace Starloop::Portability
