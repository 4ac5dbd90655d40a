// Generators of large, realistic data sets for benchmarks and reliability tests.
// Text is stitched from the vocabulary of the bundled bank, so FTS5 sees realistic term
// frequencies. Deterministic for a given seed.
#pragma once

#include <QStringList>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Test {

class TextGenerator
{
public:
    TextGenerator(const QStringList &vocabulary, quint32 seed);
    QString words(int count);
    QString sentence(int minWords, int maxWords);
    QString paragraphs(int count);

private:
    QStringList m_vocabulary;
    quint64 m_state;
    quint32 next();
};

// The words of the bundled bank (titles and answers), lower-cased, deduplicated.
QStringList bankVocabulary(Storage::Database &db);

// Adds `count` of the user's own questions (with tags, indexed for search) in one transaction.
void generateQuestions(Storage::Database &db, int count, quint32 seed);
// Adds `count` STAR stories with a few principles each, in one transaction.
void generateStories(Storage::Database &db, int count, quint32 seed);

} // namespace Starloop::Test
