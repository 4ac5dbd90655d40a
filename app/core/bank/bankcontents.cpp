#include "core/bank/bankcontents.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCryptographicHash>

namespace Starloop::Bank {

namespace {

const char PackMagic[] = "SLB1";
constexpr int HashSize = 20; // SHA-1
constexpr int HeaderSize = int(sizeof PackMagic) - 1 + HashSize;

bool hasHeader(const QByteArray &data)
{
    return data.size() > HeaderSize && data.startsWith(PackMagic);
}

QCborArray toArray(const QStringList &list)
{
    QCborArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

QStringList toStringList(const QCborValue &value)
{
    QStringList list;
    const QCborArray array = value.toArray();
    for (const QCborValue &item : array)
        list << item.toString();
    return list;
}

QString str(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

} // namespace

QByteArray BankContents::toCompressedCbor() const
{
    QCborArray principleArray;
    for (const BankPrinciple &p : principles) {
        QCborMap map;
        map.insert(QLatin1String("id"), p.id);
        map.insert(QLatin1String("name"), p.name);
        map.insert(QLatin1String("summary"), p.summary);
        map.insert(QLatin1String("body"), p.bodyMd);
        map.insert(QLatin1String("position"), p.position);
        principleArray.append(map);
    }
    QCborArray questionArray;
    for (const BankQuestion &q : questions) {
        QCborMap map;
        map.insert(QLatin1String("uid"), q.uid);
        map.insert(QLatin1String("section"), q.section);
        map.insert(QLatin1String("level"), q.level);
        map.insert(QLatin1String("principles"), toArray(q.principles));
        map.insert(QLatin1String("tags"), toArray(q.tags));
        map.insert(QLatin1String("source"), q.source);
        map.insert(QLatin1String("title"), q.title);
        map.insert(QLatin1String("answer"), q.answerMd);
        map.insert(QLatin1String("file"), q.file);
        if (!q.pattern.isEmpty())
            map.insert(QLatin1String("pattern"), q.pattern);
        if (!q.diagram.isEmpty())
            map.insert(QLatin1String("diagram"), q.diagram);
        if (!q.checked.isEmpty())
            map.insert(QLatin1String("checked"), q.checked);
        questionArray.append(map);
    }
    QCborMap root;
    root.insert(QLatin1String("format"), 1);
    root.insert(QLatin1String("revision"), revision);
    root.insert(QLatin1String("principles"), principleArray);
    root.insert(QLatin1String("questions"), questionArray);
    const QByteArray payload = qCompress(root.toCborValue().toCbor(), 9);
    return QByteArray(PackMagic) + QCryptographicHash::hash(payload, QCryptographicHash::Sha1) + payload;
}

QString BankContents::fingerprintOf(const QByteArray &data)
{
    if (hasHeader(data))
        return QString::fromLatin1(data.mid(int(sizeof PackMagic) - 1, HashSize).toHex());
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
}

BankContents BankContents::fromCompressedCbor(const QByteArray &data)
{
    BankContents contents;
    const int skip = hasHeader(data) ? HeaderSize : 0;
    const QByteArray payload = QByteArray::fromRawData(data.constData() + skip, data.size() - skip);
    const QCborMap root = QCborValue::fromCbor(qUncompress(payload)).toMap();
    if (root.value(QLatin1String("format")).toInteger() != 1)
        return contents;
    contents.revision = str(root, "revision");
    const QCborArray principleArray = root.value(QLatin1String("principles")).toArray();
    for (const QCborValue &value : principleArray) {
        const QCborMap map = value.toMap();
        contents.principles.append(BankPrinciple {str(map, "id"), str(map, "name"), str(map, "summary"),
            str(map, "body"), static_cast<int>(map.value(QLatin1String("position")).toInteger())});
    }
    const QCborArray questionArray = root.value(QLatin1String("questions")).toArray();
    for (const QCborValue &value : questionArray) {
        const QCborMap map = value.toMap();
        BankQuestion q;
        q.uid = str(map, "uid");
        q.section = str(map, "section");
        q.level = str(map, "level");
        q.principles = toStringList(map.value(QLatin1String("principles")));
        q.tags = toStringList(map.value(QLatin1String("tags")));
        q.source = str(map, "source");
        q.title = str(map, "title");
        q.answerMd = str(map, "answer");
        q.file = str(map, "file");
        q.pattern = str(map, "pattern");
        q.diagram = str(map, "diagram");
        q.checked = str(map, "checked");
        contents.questions.append(q);
    }
    return contents;
}

} // namespace Starloop::Bank
