#include "core/diagrams/dismissalrepository.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/storageerror.h"
#include "core/storage/transaction.h"

#include <QCoreApplication>

namespace Starloop::Diagrams {

using Storage::Statement;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DismissalRepository)
};

void insert(Storage::Database &db, const QString &uid, const ReviewDismissal &d, qint64 nowSecs)
{
    Statement st(db,
        "INSERT INTO diagram_review_dismissals(diagram_uid, rule_id, subject, reason, dismissed_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(diagram_uid, rule_id, subject) DO UPDATE SET "
        "reason = excluded.reason, dismissed_at = excluded.dismissed_at");
    st.bind(1, uid).bind(2, d.ruleId).bind(3, d.subject).bind(4, d.reason.trimmed());
    st.bind(5, d.dismissedAt != 0 ? d.dismissedAt : nowSecs).run();
}

Status checked(const ReviewDismissal &d)
{
    if (d.ruleId.isEmpty() || d.reason.trimmed().isEmpty())
        return Error {Text::tr("A dismissal needs a rule and a reason, such as \"accepted: cost\"."), 0};
    return {};
}

} // namespace

DismissalRepository::DismissalRepository(Storage::Database &db)
    : m_db(db)
{ }

Result<QVector<ReviewDismissal>> DismissalRepository::dismissals(const QString &diagramUid) const
{
    return Storage::guarded(
        Text::tr("The dismissed findings could not be read"), [&]() -> Result<QVector<ReviewDismissal>> {
            Statement st(m_db,
                "SELECT rule_id, subject, reason, dismissed_at FROM diagram_review_dismissals "
                "WHERE diagram_uid = ?1 ORDER BY rule_id, subject");
            st.bind(1, diagramUid);
            QVector<ReviewDismissal> list;
            while (st.step())
                list << ReviewDismissal {st.text(0), st.text(1), st.text(2), st.int64(3)};
            return list;
        });
}

Status DismissalRepository::dismiss(
    const QString &diagramUid, const ReviewDismissal &dismissal, qint64 nowSecs)
{
    return dismissAll(diagramUid, {dismissal}, nowSecs);
}

Status DismissalRepository::dismissAll(
    const QString &diagramUid, const QVector<ReviewDismissal> &dismissals, qint64 nowSecs)
{
    for (const ReviewDismissal &d : dismissals) {
        if (Status valid = checked(d); !valid)
            return valid;
    }
    return Storage::guarded(Text::tr("The dismissal could not be saved"), [&]() -> Status {
        Storage::Transaction tx(m_db);
        {
            Statement exists(m_db, "SELECT 1 FROM diagrams WHERE uid = ?1");
            exists.bind(1, diagramUid);
            if (!exists.step())
                return Error {Text::tr("The diagram no longer exists."), 0};
        }
        for (const ReviewDismissal &d : dismissals)
            insert(m_db, diagramUid, d, nowSecs);
        tx.commit();
        return {};
    });
}

Status DismissalRepository::restore(const QString &diagramUid, const QString &ruleId, const QString &subject)
{
    return Storage::guarded(Text::tr("The finding could not be restored"), [&]() -> Status {
        Statement st(m_db,
            "DELETE FROM diagram_review_dismissals WHERE diagram_uid = ?1 AND rule_id = ?2 AND subject = ?3");
        st.bind(1, diagramUid).bind(2, ruleId).bind(3, subject).run();
        return {};
    });
}

} // namespace Starloop::Diagrams
