#include "core/bank/banksync.h"

#include "core/questions/searchindex.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace Starloop::Bank {

using Storage::Statement;

namespace {

const char RevisionKey[] = "bank.revision";

QString indexedTags(const BankQuestion &question, const QHash<QString, QString> &principleNames)
{
    QStringList words = question.tags;
    for (const QString &principle : question.principles)
        words << principleNames.value(principle, principle);
    return words.join(QLatin1Char(' '));
}

QString fingerprintOf(const BankQuestion &q)
{
    const QString text = q.title + QLatin1Char('\x1f') + q.answerMd + QLatin1Char('\x1f') + q.section
        + QLatin1Char('\x1f') + q.level + QLatin1Char('\x1f') + q.source + QLatin1Char('\x1f')
        + q.tags.join(QLatin1Char(',')) + QLatin1Char('\x1f') + q.principles.join(QLatin1Char(','))
        + QLatin1Char('\x1f') + q.pattern + QLatin1Char('\x1f') + q.diagram + QLatin1Char('\x1f') + q.checked;
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

QString BankSync::recordedRevision(Storage::Database &db)
{
    return Storage::readSetting(db, QString::fromLatin1(RevisionKey)).value_or(QString());
}

Result<SyncReport> BankSync::sync(Storage::Database &db, const BankContents &bank, qint64 nowSecs)
{
    return Storage::guarded(tr("The question bank could not be updated"), [&]() -> Result<SyncReport> {
        SyncReport report;
        if (!bank.revision.isEmpty() && recordedRevision(db) == bank.revision) {
            report.skipped = true;
            return report;
        }
        Storage::Transaction tx(db);
        Questions::SearchIndex index(db);

        QHash<QString, QString> principleNames;
        Statement upsertPrinciple(db,
            "INSERT INTO principles(id, name, summary, body_md, position) VALUES (?1, ?2, ?3, ?4, ?5) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, summary = excluded.summary, "
            "body_md = excluded.body_md, position = excluded.position");
        for (const BankPrinciple &p : bank.principles) {
            principleNames.insert(p.id, p.name);
            upsertPrinciple.bind(1, p.id)
                .bind(2, p.name)
                .bind(3, p.summary)
                .bind(4, p.bodyMd)
                .bind(5, p.position);
            upsertPrinciple.run();
        }

        QHash<QString, qint64> existing;
        QHash<QString, QString> existingRevision;
        {
            Statement st(db, "SELECT uid, id, bank_revision, retired FROM questions WHERE origin = 'bank'");
            while (st.step()) {
                existing.insert(st.text(0), st.int64(1));
                existingRevision.insert(
                    st.text(0), st.text(2) + (st.integer(3) ? QStringLiteral("/retired") : QString()));
            }
        }

        Statement insert(db,
            "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, source, "
            "tags_text, bank_revision, retired, created_at, updated_at, pattern, reference_diagram, "
            "checked_on) "
            "VALUES (?1, 'bank', ?2, ?3, ?4, '', ?5, ?6, ?7, ?8, 0, ?9, ?9, ?10, ?11, ?12)");
        Statement update(db,
            "UPDATE questions SET section = ?2, level = ?3, title = ?4, answer_md = ?5, source = ?6, "
            "tags_text = ?7, bank_revision = ?8, retired = 0, updated_at = ?9, pattern = ?10, "
            "reference_diagram = ?11, checked_on = ?12 WHERE id = ?1");
        Statement clearTags(db, "DELETE FROM question_tags WHERE question_id = ?1");
        Statement clearPrinciples(db, "DELETE FROM question_principles WHERE question_id = ?1");
        Statement addTag(db, "INSERT OR IGNORE INTO question_tags(question_id, tag) VALUES (?1, ?2)");
        Statement addPrinciple(
            db, "INSERT OR IGNORE INTO question_principles(question_id, principle_id) VALUES (?1, ?2)");

        QSet<QString> seen;
        for (const BankQuestion &q : bank.questions) {
            seen.insert(q.uid);
            // A per-question fingerprint: only questions whose text changed are rewritten,
            // which keeps the FTS index churn (and the sync time) proportional to the change.
            const QString fingerprint = fingerprintOf(q);
            qint64 id = 0;
            if (!existing.contains(q.uid)) {
                insert.bind(1, q.uid)
                    .bind(2, q.section)
                    .bind(3, q.level)
                    .bind(4, q.title)
                    .bind(5, q.answerMd);
                insert.bind(6, q.source)
                    .bind(7, indexedTags(q, principleNames))
                    .bind(8, fingerprint)
                    .bind(9, nowSecs);
                insert.bind(10, q.pattern).bind(11, q.diagram).bind(12, q.checked);
                insert.run();
                id = db.lastInsertRowId();
                index.add(id);
                ++report.added;
            } else if (existingRevision.value(q.uid) != fingerprint) {
                id = existing.value(q.uid);
                index.remove(id);
                update.bind(1, id).bind(2, q.section).bind(3, q.level).bind(4, q.title).bind(5, q.answerMd);
                update.bind(6, q.source)
                    .bind(7, indexedTags(q, principleNames))
                    .bind(8, fingerprint)
                    .bind(9, nowSecs);
                update.bind(10, q.pattern).bind(11, q.diagram).bind(12, q.checked);
                update.run();
                index.add(id);
                ++report.updated;
            } else {
                ++report.unchanged;
                continue;
            }
            clearTags.bind(1, id).run();
            clearPrinciples.bind(1, id).run();
            for (const QString &tag : q.tags)
                addTag.bind(1, id).bind(2, tag).run();
            for (const QString &principle : q.principles)
                addPrinciple.bind(1, id).bind(2, principle).run();
        }

        Statement retire(
            db, "UPDATE questions SET retired = 1, updated_at = ?2 WHERE id = ?1 AND retired = 0");
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (seen.contains(it.key()))
                continue;
            retire.bind(1, it.value()).bind(2, nowSecs).run();
            report.retired += db.changes();
        }

        Storage::writeSetting(db, QString::fromLatin1(RevisionKey), bank.revision);
        tx.commit();
        return report;
    });
}

} // namespace Starloop::Bank
