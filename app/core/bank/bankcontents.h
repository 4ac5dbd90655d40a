// The question bank as value types: what content/ holds after parsing and validation,
// and what the executable embeds (as compressed CBOR) and syncs into the user's database.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Starloop::Bank {

struct BankQuestion
{
    QString uid; // the file's `id`, stable forever
    QString section;
    QString level;
    QStringList principles;
    QStringList tags;
    QString source;
    QString title;
    QString answerMd;
    QString file; // relative path, for messages
    QString pattern; // coding: the pattern id ("sliding-window"), empty elsewhere
    QString diagram; // a content/diagrams/<id>.json this answer draws on, or empty
    QString checked; // the date (YYYY-MM-DD) time-sensitive facts were last checked, or empty
};

struct BankPrinciple
{
    QString id;
    QString name;
    QString summary;
    QString bodyMd;
    int position = 0;
};

struct Diagnostic
{
    QString file;
    int line = 0;
    QString message;
    QString toString() const { return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message); }
};

struct BankContents
{
    QVector<BankPrinciple> principles;
    QVector<BankQuestion> questions;
    QString revision; // a hash of every content file; equal revisions mean nothing to sync

    // The packed bank: "SLB1", the SHA-1 of the rest (20 bytes), then the zlib-compressed CBOR
    // (qCompress). The hash is computed when packing, at build time for the embedded bank, so
    // a start can tell whether the bank changed without hashing it.
    QByteArray toCompressedCbor() const;
    static BankContents fromCompressedCbor(const QByteArray &data); // empty on bad data
    // The SHA-1 (hex) of the compressed CBOR: read from the header, or computed for data packed
    // without one (the bare qCompress output of earlier builds, which it fingerprints the same).
    static QString fingerprintOf(const QByteArray &data);
};

} // namespace Starloop::Bank
