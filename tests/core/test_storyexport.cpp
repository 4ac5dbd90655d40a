// StoryExport: every story under its principles with STAR headings, cross-references for the
// other principles, untagged stories at the end, escaped text; and the question links seen from
// the question side (storiesForQuestion) with their titles in the export.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/questions/questionrepository.h"
#include "core/storage/database.h"
#include "core/stories/storyexport.h"
#include "core/stories/storyrepository.h"
#include "tempdatabase.h"

#include <QRegularExpression>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Stories;

class TestStoryExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<StoryRepository> m_repo;

    Story make(const QString &title, const QStringList &principles, const QString &primary = QString())
    {
        Story draft;
        draft.title = title;
        draft.situation = title + QStringLiteral(" situation");
        draft.task = title + QStringLiteral(" task");
        draft.action = title + QStringLiteral(" action");
        draft.result = title + QStringLiteral(" result");
        const Story story = m_repo->create(draft, 100).value();
        if (!m_repo->setPrinciples(story.id, principles, 100))
            qFatal("the principles could not be set");
        if (!primary.isEmpty() && !m_repo->setPrimary(story.id, primary, 100))
            qFatal("the primary principle could not be set");
        return m_repo->load(story.id).value();
    }

    qint64 leadershipQuestion(const QString &title)
    {
        Questions::QuestionRepository questions(m_store->db());
        Questions::QuestionDraft draft;
        draft.section = QStringLiteral("leadership");
        draft.title = title;
        draft.promptMd = title;
        const auto id = questions.createOwn(draft, 100);
        return id ? id.value() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        QVector<Bank::Diagnostic> diagnostics;
        QVERIFY(Bank::BankSync::sync(
            m_store->db(), Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics), 1000)
                    .ok());
        m_repo = std::make_unique<StoryRepository>(m_store->db());
    }
    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_temp.reset();
    }

    void groupsByPrincipleWithStarHeadings()
    {
        make(QStringLiteral("Billing migration"),
            {QStringLiteral("ownership"), QStringLiteral("deliver-results")},
            QStringLiteral("deliver-results"));
        make(QStringLiteral("Pager storm"), {QStringLiteral("earn-trust")});
        make(QStringLiteral("Loose draft"), {});
        const auto md = StoryExport::markdown(m_store->db(), QDate(2026, 11, 23));
        QVERIFY2(md.ok(), qPrintable(md.errorMessage()));
        const QString text = md.value();
        QVERIFY(text.startsWith(QStringLiteral("# Starloop stories\n")));
        QVERIFY(text.contains(QStringLiteral("Exported 2026-11-23 · stories: 3")));
        // 16 principle sections plus "Not yet tagged".
        QCOMPARE(
            text.count(QRegularExpression(QStringLiteral("^## "), QRegularExpression::MultilineOption)), 17);
        // Written out once, under the primary principle, with the other as "also".
        QCOMPARE(text.count(QStringLiteral("### Billing migration")), 1);
        const int deliver = text.indexOf(QStringLiteral("## Deliver Results"));
        const int ownership = text.indexOf(QStringLiteral("## Ownership"));
        QVERIFY(deliver > 0 && ownership > 0);
        const int billing = text.indexOf(QStringLiteral("### Billing migration"));
        QVERIFY(billing > deliver);
        QVERIFY(text.indexOf(QStringLiteral("\n## "), deliver + 1) > billing);
        QVERIFY(text.contains(QStringLiteral("Also shows: Ownership")));
        QVERIFY(text.indexOf(QStringLiteral("- *Billing migration*: see Deliver Results"), ownership)
            > ownership);
        for (const char *heading :
            {"#### Situation\n\nBilling migration situation", "#### Task", "#### Action", "#### Result"})
            QVERIFY2(text.contains(QString::fromLatin1(heading)), heading);
        QVERIFY(text.indexOf(QStringLiteral("### Loose draft"))
            > text.indexOf(QStringLiteral("## Not yet tagged")));
        QVERIFY(text.contains(QStringLiteral("### Pager storm")));
        QVERIFY(text.contains(QStringLiteral("*No story yet.*")));
    }

    void escapesWhatTheUserTyped()
    {
        QCOMPARE(
            StoryExport::escaped(QStringLiteral("# not a heading")), QStringLiteral("\\# not a heading"));
        QCOMPARE(StoryExport::escaped(QStringLiteral("1. not a list")), QStringLiteral("1\\. not a list"));
        QCOMPARE(StoryExport::escaped(QStringLiteral("a *b* <i>")), QStringLiteral("a \\*b\\* \\<i\\>"));
        QCOMPARE(StoryExport::escaped(QStringLiteral("line one\nline two\n\n\nnext")),
            QStringLiteral("line one  \nline two\n\nnext"));
        QCOMPARE(StoryExport::escaped(QStringLiteral("Cut p99 by 40% in 2025-03.")),
            QStringLiteral("Cut p99 by 40% in 2025-03."));
    }

    void linkedQuestionsAreSeenFromTheQuestionSideAndExported()
    {
        const Story a = make(QStringLiteral("Zebra outage"), {QStringLiteral("ownership")});
        const Story b = make(QStringLiteral("Alpha launch"), {QStringLiteral("ownership")});
        const qint64 question = leadershipQuestion(QStringLiteral("Tell me about a time you took ownership"));
        QVERIFY(question > 0);
        QVERIFY(m_repo->storiesForQuestion(question)->isEmpty());
        QVERIFY(m_repo->linkQuestion(a.id, question).ok());
        QVERIFY(m_repo->linkQuestion(b.id, question).ok());
        const auto stories = m_repo->storiesForQuestion(question);
        QVERIFY(stories.ok());
        QCOMPARE(stories->size(), 2);
        QCOMPARE(stories->at(0).title, QStringLiteral("Alpha launch")); // by title
        QCOMPARE(stories->at(1).uid, a.uid);
        QCOMPARE(m_repo->load(a.id)->questionIds, QVector<qint64> {question});

        const QString text = StoryExport::markdown(m_store->db(), QDate(2026, 1, 1)).value();
        QCOMPARE(text.count(QStringLiteral("- Tell me about a time you took ownership")), 2);

        QVERIFY(m_repo->unlinkQuestion(a.id, question).ok());
        QCOMPARE(m_repo->storiesForQuestion(question)->size(), 1);
        QCOMPARE(m_repo->storiesForQuestion(question)->first().id, b.id);
    }
};

QTEST_GUILESS_MAIN(TestStoryExport)
#include "test_storyexport.moc"
