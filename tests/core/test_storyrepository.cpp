// StoryRepository on a fresh database with the 16 test principles: round trips, search, sort,
// duplicate, remove + restore (tags and links back), coverage, and the autosave no-op rule.
#include "core/bank/bankloader.h"
#include "core/bank/banksync.h"
#include "core/storage/database.h"
#include "core/stories/storyrepository.h"
#include "tempdatabase.h"

#include <QTest>

using namespace Starloop;
using namespace Starloop::Stories;

class TestStoryRepository : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::TempDatabase> m_temp;
    std::unique_ptr<Storage::DataStore> m_store;
    std::unique_ptr<StoryRepository> m_repo;

    Story make(const QString &title, const QString &situation = QString())
    {
        Story draft;
        draft.title = title;
        draft.situation = situation;
        auto created = m_repo->create(draft, 100);
        if (!created)
            qWarning("%s", qPrintable(created.errorMessage()));
        return created ? created.value() : Story {};
    }

    QStringList titles(
        const QString &search, StorySort sort = StorySort::Updated, const QString &principle = QString())
    {
        QStringList result;
        const auto list = m_repo->list(search, sort, principle);
        if (list) {
            for (const StorySummary &s : list.value())
                result << s.title;
        } else {
            result << QStringLiteral("ERROR: ") + list.errorMessage();
        }
        return result;
    }

    int coverageOf(const QString &principle)
    {
        const auto rows = m_repo->coverage();
        if (!rows)
            return -1;
        for (const PrincipleCoverage &row : rows.value()) {
            if (row.principle.id == principle)
                return row.stories;
        }
        return -2;
    }

    qint64 anyQuestionId() { return m_store->db().scalarInt("SELECT id FROM questions ORDER BY id LIMIT 1"); }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<Test::TempDatabase>();
        auto store = m_temp->open();
        QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
        m_store = std::move(store.value());
        QVector<Bank::Diagnostic> diagnostics;
        const auto bank = Bank::BankLoader::loadDirectory(Test::miniBankPath(), diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(Bank::BankSync::sync(m_store->db(), bank, 1000).ok());
        m_repo = std::make_unique<StoryRepository>(m_store->db());
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_temp.reset();
    }

    void createSaveLoadRoundTrip()
    {
        QCOMPARE(m_repo->count(), 0);
        Story story = make(QStringLiteral("Migrated billing"));
        QVERIFY(story.id > 0);
        QCOMPARE(story.uid.size(), 36);
        QCOMPARE(story.createdAt, qint64(100));

        story.situation = QStringLiteral("Our billing ran on a 12-year-old monolith. «ünïcödé» ✓");
        story.task = QStringLiteral("Move it without downtime.");
        story.action = QStringLiteral("I wrote the plan.\nI ran the cut-over.");
        story.result = QStringLiteral("Zero downtime; costs down 30%.");
        story.reflection = QStringLiteral("Rehearse the rollback.");
        story.shortVersion = QStringLiteral("Short.");
        story.happenedOn = QStringLiteral("2025-06");
        story.role = QStringLiteral("Tech lead, Payments");
        QVERIFY(m_repo->save(story, 200).ok());

        const auto loaded = m_repo->load(story.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->sameText(story));
        QCOMPARE(loaded->uid, story.uid);
        QCOMPARE(loaded->updatedAt, qint64(200));
        QCOMPARE(loaded->createdAt, qint64(100));
        QCOMPARE(m_repo->count(), 1);
    }

    void savingUnchangedTextKeepsUpdatedAt()
    {
        Story story = make(QStringLiteral("Same"));
        QVERIFY(m_repo->save(story, 500).ok());
        QCOMPARE(m_repo->load(story.id)->updatedAt, qint64(100));
        story.role = QStringLiteral("SDE II");
        QVERIFY(m_repo->save(story, 600).ok());
        QCOMPARE(m_repo->load(story.id)->updatedAt, qint64(600));
    }

    void savingAMissingStoryFailsWithAMessage()
    {
        Story ghost;
        ghost.id = 4242;
        ghost.title = QStringLiteral("ghost");
        const Status status = m_repo->save(ghost, 1);
        QVERIFY(!status.ok());
        QVERIFY(status.errorMessage().contains(QStringLiteral("no longer exists")));
        QVERIFY(!m_repo->load(4242).ok());
    }

    void searchMatchesEveryWordInAnyField()
    {
        make(QStringLiteral("Billing migration"), QStringLiteral("legacy monolith"));
        Story b = make(QStringLiteral("Hiring loop"), QStringLiteral("we needed engineers"));
        b.role = QStringLiteral("Bar raiser");
        QVERIFY(m_repo->save(b, 300).ok());
        make(QStringLiteral("100% done_ok"));

        QCOMPARE(titles(QStringLiteral("billing")), QStringList {QStringLiteral("Billing migration")});
        QCOMPARE(titles(QStringLiteral("MONOLITH")), QStringList {QStringLiteral("Billing migration")});
        QCOMPARE(titles(QStringLiteral("raiser hiring")), QStringList {QStringLiteral("Hiring loop")});
        QCOMPARE(titles(QStringLiteral("billing hiring")), QStringList {});
        QCOMPARE(titles(QStringLiteral(" \tbilling\n ")), QStringList {QStringLiteral("Billing migration")});
        // LIKE wildcards are taken literally.
        QCOMPARE(titles(QStringLiteral("%")), QStringList {QStringLiteral("100% done_ok")});
        QCOMPARE(titles(QStringLiteral("_")), QStringList {QStringLiteral("100% done_ok")});
        QCOMPARE(titles(QString()).size(), 3);
        // Odd input never fails.
        for (const QString &odd : {QStringLiteral("'\"; DROP TABLE stories; --"), QStringLiteral("\\"),
                 QString(10000, QLatin1Char('x')), QStringLiteral("a b c d e f g h i j k l m n o p q r")})
            QVERIFY(!titles(odd).join(QString()).startsWith(QStringLiteral("ERROR")));
        QCOMPARE(m_repo->count(), 3);
    }

    void sortByUpdatedTitleAndPrincipleCount()
    {
        Story a = make(QStringLiteral("beta"));
        Story b = make(QStringLiteral("Alpha"));
        Story c = make(QStringLiteral("gamma"));
        a.task = QStringLiteral("x");
        QVERIFY(m_repo->save(a, 900).ok());
        c.task = QStringLiteral("y");
        QVERIFY(m_repo->save(c, 800).ok());
        QVERIFY(m_repo->setPrinciples(b.id, {QStringLiteral("ownership"), QStringLiteral("dive-deep")}, 150)
                    .ok());
        QVERIFY(m_repo->setPrinciples(c.id, {QStringLiteral("ownership")}, 800).ok());

        QCOMPARE(titles(QString(), StorySort::Updated),
            (QStringList {QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("Alpha")}));
        QCOMPARE(titles(QString(), StorySort::Title),
            (QStringList {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}));
        QCOMPARE(titles(QString(), StorySort::PrincipleCount),
            (QStringList {QStringLiteral("Alpha"), QStringLiteral("gamma"), QStringLiteral("beta")}));
        QCOMPARE(titles(QString(), StorySort::Title, QStringLiteral("ownership")),
            (QStringList {QStringLiteral("Alpha"), QStringLiteral("gamma")}));
        QCOMPARE(titles(QString(), StorySort::Title, QStringLiteral("dive-deep")),
            QStringList {QStringLiteral("Alpha")});
        const auto list = m_repo->list(QString(), StorySort::Title);
        QCOMPARE(list->first().principleCount, 2);
    }

    void duplicateCopiesTextTagsAndLinks()
    {
        Story story = make(QStringLiteral("Original"), QStringLiteral("context"));
        QVERIFY(
            m_repo->setPrinciples(story.id, {QStringLiteral("frugality"), QStringLiteral("ownership")}, 100)
                .ok());
        QVERIFY(m_repo->setPrimary(story.id, QStringLiteral("frugality"), 100).ok());
        QVERIFY(m_repo->linkQuestion(story.id, anyQuestionId()).ok());

        const auto copy = m_repo->duplicate(story.id, 700);
        QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
        QVERIFY(copy->id != story.id);
        QVERIFY(copy->uid != story.uid);
        QCOMPARE(copy->title, QStringLiteral("Original (copy)"));
        QCOMPARE(copy->situation, QStringLiteral("context"));
        QCOMPARE(copy->principles, (QStringList {QStringLiteral("ownership"), QStringLiteral("frugality")}));
        QCOMPARE(copy->primaryPrinciple, QStringLiteral("frugality"));
        QCOMPARE(copy->questionIds, QVector<qint64> {anyQuestionId()});
        QCOMPARE(copy->createdAt, qint64(700));
        QCOMPARE(m_repo->storiesForQuestion(anyQuestionId())->size(), 2);
        QVERIFY(!m_repo->duplicate(9999, 1).ok());
    }

    void removeAndRestoreBringsBackTagsAndLinks()
    {
        Story story = make(QStringLiteral("Keep me"), QStringLiteral("the text"));
        QVERIFY(
            m_repo->setPrinciples(story.id, {QStringLiteral("dive-deep"), QStringLiteral("earn-trust")}, 100)
                .ok());
        QVERIFY(m_repo->setPrimary(story.id, QStringLiteral("earn-trust"), 100).ok());
        const qint64 question = anyQuestionId();
        QVERIFY(m_repo->linkQuestion(story.id, question).ok());
        const Story before = m_repo->load(story.id).value();

        const auto removed = m_repo->remove(story.id);
        QVERIFY(removed.ok());
        QCOMPARE(m_repo->count(), 0);
        QCOMPARE(coverageOf(QStringLiteral("dive-deep")), 0);
        QVERIFY(m_repo->storiesForQuestion(question)->isEmpty());
        QVERIFY(!m_repo->remove(story.id).ok());

        const auto restored = m_repo->restore(removed.value());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored.value(), story.id);
        const Story after = m_repo->load(story.id).value();
        QVERIFY(after.sameText(before));
        QCOMPARE(after.uid, before.uid);
        QCOMPARE(after.principles, before.principles);
        QCOMPARE(after.primaryPrinciple, QStringLiteral("earn-trust"));
        QCOMPARE(after.questionIds, QVector<qint64> {question});
        QCOMPARE(after.updatedAt, before.updatedAt);
        QCOMPARE(coverageOf(QStringLiteral("dive-deep")), 1);
    }

    void restoreWhenTheOldIdWasTakenUsesANewOne()
    {
        Story story = make(QStringLiteral("first"));
        const auto removed = m_repo->remove(story.id);
        QVERIFY(removed.ok());
        Story other = make(QStringLiteral("second")); // SQLite may hand out the same id again
        const auto restored = m_repo->restore(removed.value());
        QVERIFY(restored.ok());
        QCOMPARE(m_repo->count(), 2);
        QCOMPARE(m_repo->load(restored.value())->uid, removed->uid);
        QCOMPARE(m_repo->load(other.id)->title, QStringLiteral("second"));
    }

    void principlesAndPrimary()
    {
        Story story = make(QStringLiteral("tags"));
        QVERIFY(m_repo
                    ->setPrinciples(
                        story.id, {QStringLiteral("ownership"), QStringLiteral("no-such-principle")}, 100)
                    .ok());
        QCOMPARE(m_repo->load(story.id)->principles, QStringList {QStringLiteral("ownership")});
        // Primary tags the principle too.
        QVERIFY(m_repo->setPrimary(story.id, QStringLiteral("think-big"), 100).ok());
        QCOMPARE(m_repo->load(story.id)->principles,
            (QStringList {QStringLiteral("ownership"), QStringLiteral("think-big")}));
        QVERIFY(!m_repo->setPrimary(story.id, QStringLiteral("no-such-principle"), 100).ok());
        QCOMPARE(m_repo->load(story.id)->primaryPrinciple, QStringLiteral("think-big"));
        // Untagging the primary clears it.
        QVERIFY(m_repo->setPrinciples(story.id, {QStringLiteral("ownership")}, 100).ok());
        QCOMPARE(m_repo->load(story.id)->primaryPrinciple, QString());
        QVERIFY(m_repo->setPrimary(story.id, QStringLiteral("ownership"), 100).ok());
        QVERIFY(m_repo->setPrimary(story.id, QString(), 100).ok());
        QCOMPARE(m_repo->load(story.id)->primaryPrinciple, QString());
        QVERIFY(!m_repo->setPrinciples(777, {QStringLiteral("ownership")}, 1).ok());
    }

    void everyPrincipleOnOneStory()
    {
        const auto principles = m_repo->principles();
        QVERIFY(principles.ok());
        QCOMPARE(principles->size(), 16);
        QCOMPARE(principles->first().id, QStringLiteral("customer-obsession"));
        QVERIFY(!principles->first().summary.isEmpty());
        QStringList all;
        for (const Principle &p : principles.value())
            all << p.id;
        Story story = make(QStringLiteral("everything"));
        QVERIFY(m_repo->setPrinciples(story.id, all, 100).ok());
        QCOMPARE(m_repo->load(story.id)->principles, all);
        const auto rows = m_repo->coverage();
        QCOMPARE(rows->size(), 16);
        for (const PrincipleCoverage &row : rows.value())
            QCOMPARE(row.stories, 1);
    }

    void coverageCountsStoriesAndGaps()
    {
        Story a = make(QStringLiteral("a"));
        Story b = make(QStringLiteral("b"));
        Story c = make(QStringLiteral("c"));
        QVERIFY(
            m_repo->setPrinciples(a.id, {QStringLiteral("ownership"), QStringLiteral("frugality")}, 1).ok());
        QVERIFY(m_repo->setPrinciples(b.id, {QStringLiteral("ownership")}, 1).ok());
        QVERIFY(m_repo->setPrinciples(c.id, {QStringLiteral("ownership")}, 1).ok());
        QVERIFY(m_repo->setPrimary(b.id, QStringLiteral("ownership"), 1).ok());

        const auto rows = m_repo->coverage();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 16);
        int gaps = 0;
        for (const PrincipleCoverage &row : rows.value()) {
            if (row.isGap())
                ++gaps;
            if (row.principle.id == QLatin1String("ownership")) {
                QCOMPARE(row.stories, 3);
                QCOMPARE(row.primary, 1);
                QVERIFY(!row.isGap());
                QCOMPARE(row.missing(), 0);
            } else if (row.principle.id == QLatin1String("frugality")) {
                QCOMPARE(row.stories, 1);
                QCOMPARE(row.missing(), 1);
            } else {
                QCOMPARE(row.stories, 0);
                QCOMPARE(row.missing(), 2);
            }
        }
        QCOMPARE(gaps, 15);
        QVERIFY(m_repo->remove(a.id).ok());
        QCOMPARE(coverageOf(QStringLiteral("frugality")), 0);
        QCOMPARE(coverageOf(QStringLiteral("ownership")), 2);
    }

    void linksToQuestions()
    {
        Story a = make(QStringLiteral("Zed"));
        Story b = make(QStringLiteral("Ann"));
        const qint64 question = anyQuestionId();
        QVERIFY(m_repo->linkQuestion(a.id, question).ok());
        QVERIFY(m_repo->linkQuestion(a.id, question).ok()); // twice is harmless
        QVERIFY(m_repo->linkQuestion(b.id, question).ok());
        auto stories = m_repo->storiesForQuestion(question);
        QCOMPARE(stories->size(), 2);
        QCOMPARE(stories->first().title, QStringLiteral("Ann"));
        QVERIFY(m_repo->unlinkQuestion(a.id, question).ok());
        QCOMPARE(m_repo->storiesForQuestion(question)->size(), 1);
        QVERIFY(!m_repo->linkQuestion(a.id, 999999).ok()); // foreign key
    }

    void failureStoriesAreFound()
    {
        make(QStringLiteral("Shipped on time"));
        Story f = make(QStringLiteral("The launch I got wrong"));
        const auto ids = m_repo->failureStories();
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 1);
        QVERIFY(ids->contains(f.id));
    }

    void hugeFieldsSurviveTheRoundTrip()
    {
        QString huge;
        for (int i = 0; i < 50000; ++i)
            huge += QStringLiteral("word%1 ").arg(i % 97);
        Story story = make(QStringLiteral("huge"));
        story.action = huge;
        story.situation = huge;
        QVERIFY(m_repo->save(story, 2).ok());
        QCOMPARE(m_repo->load(story.id)->action, huge);
        QCOMPARE(titles(QStringLiteral("word96")), QStringList {QStringLiteral("huge")});
    }
};

QTEST_GUILESS_MAIN(TestStoryRepository)
#include "test_storyrepository.moc"
