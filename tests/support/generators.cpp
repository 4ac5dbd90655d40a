#include "generators.h"

#include "bank/catalog.h"
#include "questions/searchindex.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSet>

namespace Starloop::Test {

using Storage::Statement;

TextGenerator::TextGenerator(const QStringList &vocabulary, quint32 seed)
    : m_vocabulary(vocabulary.isEmpty() ? QStringList{QStringLiteral("system")} : vocabulary)
    , m_state(0x9e3779b97f4a7c15ULL ^ seed)
{
}

quint32 TextGenerator::next()
{
    // xorshift64*: fast, deterministic, good enough for text.
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return quint32((m_state * 0x2545F4914F6CDD1DULL) >> 32);
}

QString TextGenerator::words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i) {
        // Skew towards the front of the list (common words), like natural text.
        const quint32 r = next() % quint32(m_vocabulary.size());
        const quint32 s = next() % quint32(m_vocabulary.size());
        out << m_vocabulary.at(int(qMin(r, s)));
    }
    return out.join(QLatin1Char(' '));
}

QString TextGenerator::sentence(int minWords, int maxWords)
{
    QString text = words(minWords + int(next() % quint32(maxWords - minWords + 1)));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text + QLatin1Char('.');
}

QString TextGenerator::paragraphs(int count)
{
    QStringList out;
    for (int p = 0; p < count; ++p) {
        QStringList sentences;
        for (int i = 0; i < 4; ++i)
            sentences << sentence(8, 20);
        out << sentences.join(QLatin1Char(' '));
    }
    return out.join(QStringLiteral("\n\n"));
}

QStringList bankVocabulary(Storage::Database &db)
{
    static const QRegularExpression word(QStringLiteral("[a-z][a-z0-9-]{2,}"));
    QSet<QString> seen;
    QStringList vocabulary;
    Statement st(db, "SELECT title || ' ' || answer_md FROM questions WHERE origin = 'bank' ORDER BY id");
    while (st.step()) {
        auto it = word.globalMatch(st.text(0).toLower());
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            if (!seen.contains(w)) {
                seen.insert(w);
                vocabulary << w;
            }
        }
    }
    return vocabulary;
}

void generateQuestions(Storage::Database &db, int count, quint32 seed)
{
    TextGenerator text(bankVocabulary(db), seed);
    const QStringList &sections = Bank::Catalog::sections();
    const QStringList &levels = Bank::Catalog::levels();
    Storage::Transaction tx(db);
    Questions::SearchIndex index(db);
    Statement insert(db, "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, tags_text, "
                         "created_at, updated_at) VALUES (?1, 'user', ?2, ?3, ?4, '', ?5, ?6, 1, 1)");
    Statement tag(db, "INSERT OR IGNORE INTO question_tags(question_id, tag) VALUES (?1, ?2)");
    for (int i = 0; i < count; ++i) {
        const QString tags = text.words(3);
        insert.bind(1, QStringLiteral("gen-%1-%2").arg(seed).arg(i));
        insert.bind(2, sections.at(i % sections.size())).bind(3, levels.at(i % levels.size()));
        insert.bind(4, text.sentence(6, 14)).bind(5, text.paragraphs(3)).bind(6, tags).run();
        const qint64 id = db.lastInsertRowId();
        for (const QString &t : tags.split(QLatin1Char(' ')))
            tag.bind(1, id).bind(2, t).run();
        index.add(id);
    }
    tx.commit();
}

void generateStories(Storage::Database &db, int count, quint32 seed)
{
    TextGenerator text(bankVocabulary(db), seed);
    const QStringList &principles = Bank::Catalog::principleIds();
    Storage::Transaction tx(db);
    Statement insert(db, "INSERT INTO stories(uid, title, situation, task, action, result, reflection, created_at, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, 1)");
    Statement tag(db, "INSERT OR IGNORE INTO story_principles(story_id, principle_id) VALUES (?1, ?2)");
    for (int i = 0; i < count; ++i) {
        insert.bind(1, QStringLiteral("gen-story-%1-%2").arg(seed).arg(i)).bind(2, text.sentence(4, 8));
        insert.bind(3, text.paragraphs(1)).bind(4, text.sentence(10, 20)).bind(5, text.paragraphs(2));
        insert.bind(6, text.paragraphs(1)).bind(7, text.sentence(8, 16)).run();
        const qint64 id = db.lastInsertRowId();
        for (int p = 0; p < 3; ++p)
            tag.bind(1, id).bind(2, principles.at((i * 7 + p * 5) % principles.size())).run();
    }
    tx.commit();
}

} // namespace Starloop::Test
