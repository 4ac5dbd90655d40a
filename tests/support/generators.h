// Generators of large, realistic data sets for benchmarks and reliability tests.
// Text is stitched from the vocabulary of the bundled bank, so FTS5 sees realistic term
// frequencies; diagrams are built from the kinds of the shape catalogue. Deterministic for a
// given seed.
#pragma once

#include "core/diagrams/diagramdocument.h"

#include <QStringList>

#include <cstddef>

namespace Starloop::Storage {
class Database;
}

namespace Starloop::Test {

// xorshift64*, the generator TextGenerator uses, for the choices a generator makes.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_state(0x9e3779b97f4a7c15ULL ^ ((quint64(seed) << 1) | 1))
    { }
    quint32 below(quint32 n)
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return quint32((m_state * 0x2545F4914F6CDD1DULL) >> 32) % n;
    }
    // From `low` to `high`, both included.
    int between(int low, int high) { return low + int(below(quint32(high - low + 1))); }
    bool chance(quint32 percent) { return below(100) < percent; }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[below(quint32(N))];
    }

private:
    quint64 m_state;
};

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

// An architecture diagram of `nodes` nodes laid out on a grid, as people draw large ones: blocks
// of components (services, queues, databases, ... with labels such as "Orders API" or
// "Payments DB", now and then a generic box or a note) each framed by a group (subnet, zone,
// VPC, generic group) that counts among the nodes. About one connector per node, each between
// near neighbours (inside a block, or to the next block); some labelled, some dashed, some
// orthogonal. Ids are "n<i>" for components and "g<i>" for groups (i = 1..nodes, in document
// order) and "e<nodes + j>" for connectors, so DiagramDocument::nextId() continues after them.
// The result passes DiagramDocument::fromJson(toJson()) unchanged.
Diagrams::DiagramDocument generateDiagram(int nodes, quint32 seed);

} // namespace Starloop::Test
