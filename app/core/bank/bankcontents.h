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

    QByteArray toCompressedCbor() const;
    static BankContents fromCompressedCbor(const QByteArray &data); // empty on bad data
};

} // namespace Starloop::Bank
