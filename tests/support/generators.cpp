#include "generators.h"

#include "core/diagrams/diagramkind.h"
#include "core/questions/searchindex.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "core/vocabulary/catalog.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace Starloop::Test {

using Storage::Statement;

TextGenerator::TextGenerator(const QStringList &vocabulary, quint32 seed)
    : m_vocabulary(vocabulary.isEmpty() ? QStringList {QStringLiteral("system")} : vocabulary)
    , m_state(0x9e3779b97f4a7c15ULL ^ seed)
{ }

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
    const QStringList &sections = Catalog::sections();
    const QStringList &levels = Catalog::levels();
    Storage::Transaction tx(db);
    Questions::SearchIndex index(db);
    Statement insert(db,
        "INSERT INTO questions(uid, origin, section, level, title, prompt_md, answer_md, tags_text, "
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
    const QStringList &principles = Catalog::principleIds();
    Storage::Transaction tx(db);
    Statement insert(db,
        "INSERT INTO stories(uid, title, situation, task, action, result, reflection, created_at, "
        "updated_at) "
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

namespace {

using Diagrams::DiagramDocument;
using Diagrams::DiagramEdge;
using Diagrams::DiagramKind;
using Diagrams::DiagramNode;

// The layout: blocks of 4 x 3 member slots, each block framed by its group, blocks on a grid.
constexpr int SlotColumns = 4;
constexpr int SlotRows = 3;
constexpr int BlockNodes = 1 + SlotColumns * SlotRows; // the group, then its members
constexpr double CellWidth = 150;
constexpr double CellHeight = 130;
constexpr double BlockPadding = 20;
constexpr double BlockHeader = 40; // room for the group's header band
constexpr double BlockWidth = BlockPadding * 2 + (SlotColumns - 1) * CellWidth + 110;
constexpr double BlockHeight = BlockHeader + BlockPadding + (SlotRows - 1) * CellHeight + 90;
constexpr double BlockGap = 50;

const char *const Domains[] = {"Orders", "Payments", "Checkout", "Catalog", "Search", "Inventory", "Shipping",
    "Accounts", "Sessions", "Billing", "Reviews", "Recommendations", "Notifications", "Analytics", "Pricing",
    "Media", "Returns", "Loyalty", "Fraud", "Ledger", "Partners", "Ads", "Messaging", "Reporting"};
const char *const EdgeLabels[]
    = {"HTTPS", "gRPC", "SQL", "events", "reads", "writes", "async", "cache miss", "publish", "poll"};
const char *const NoteTexts[] = {"Retries with exponential backoff; idempotent by request id.",
    "p99 under 120 ms at 5k requests per second.",
    "Read replicas lag up to 2 s; reads after writes go to the primary.",
    "TTL 15 minutes, write-through on update.", "Dead-letter after 5 attempts, alarm on depth > 100."};

// What people call a component of `kind` in the `domain` part of a system.
QString componentLabel(const QString &kind, const QString &domain, Dice &dice)
{
    static const QHash<QString, QStringList> suffixes = {
        {QStringLiteral("client"), {QStringLiteral("web app"), QStringLiteral("mobile app")}},
        {QStringLiteral("dns"), {QStringLiteral("DNS")}},
        {QStringLiteral("cdn"), {QStringLiteral("CDN"), QStringLiteral("edge cache")}},
        {QStringLiteral("load-balancer"), {QStringLiteral("ALB"), QStringLiteral("load balancer")}},
        {QStringLiteral("api-gateway"), {QStringLiteral("gateway"), QStringLiteral("public API")}},
        {QStringLiteral("server"), {QStringLiteral("API"), QStringLiteral("service")}},
        {QStringLiteral("container"), {QStringLiteral("workers"), QStringLiteral("service (ECS)")}},
        {QStringLiteral("function"), {QStringLiteral("handler"), QStringLiteral("worker")}},
        {QStringLiteral("queue"), {QStringLiteral("queue"), QStringLiteral("retry queue")}},
        {QStringLiteral("topic"), {QStringLiteral("events"), QStringLiteral("topic")}},
        {QStringLiteral("stream"), {QStringLiteral("stream"), QStringLiteral("change stream")}},
        {QStringLiteral("cache"), {QStringLiteral("cache"), QStringLiteral("session cache")}},
        {QStringLiteral("database"), {QStringLiteral("DB"), QStringLiteral("primary DB")}},
        {QStringLiteral("nosql"), {QStringLiteral("table"), QStringLiteral("by-id table")}},
        {QStringLiteral("object-storage"), {QStringLiteral("bucket"), QStringLiteral("archive")}},
        {QStringLiteral("search"), {QStringLiteral("index"), QStringLiteral("search")}},
        {QStringLiteral("warehouse"), {QStringLiteral("warehouse"), QStringLiteral("reports")}},
        {QStringLiteral("monitoring"), {QStringLiteral("metrics"), QStringLiteral("alarms")}},
        {QStringLiteral("identity"), {QStringLiteral("auth"), QStringLiteral("tokens")}},
        {QStringLiteral("external"), {QStringLiteral("partner API"), QStringLiteral("provider")}},
        {QStringLiteral("box"), {QStringLiteral("adapter"), QStringLiteral("scheduler")}},
    };
    const QStringList options = suffixes.value(kind, {QStringLiteral("component")});
    return domain + QLatin1Char(' ') + options.at(int(dice.below(quint32(options.size()))));
}

QString groupLabel(const QString &kind, const QString &domain, int block)
{
    if (kind == QLatin1String("subnet"))
        return QStringLiteral("Private subnet 10.%1.%2.0/24").arg(block / 250).arg(block % 250);
    if (kind == QLatin1String("zone"))
        return QStringLiteral("Availability zone eu-west-1%1").arg(QChar(QLatin1Char(char('a' + block % 3))));
    if (kind == QLatin1String("vpc"))
        return domain + QStringLiteral(" VPC");
    return domain + QStringLiteral(" services");
}

} // namespace

DiagramDocument generateDiagram(int nodes, quint32 seed)
{
    DiagramDocument document;
    if (nodes <= 0)
        return document;
    Dice dice(seed);
    QVector<QString> components;
    for (const DiagramKind &kind : DiagramKind::all()) {
        if (kind.isComponent())
            components << kind.id;
    }
    const char *const groupKinds[] = {"subnet", "zone", "vpc", "group"};
    const int blocks = (nodes + BlockNodes - 1) / BlockNodes;
    const int blockColumns = std::max(1, int(std::ceil(std::sqrt(blocks * 1.15))));
    document.nodes.reserve(nodes);
    document.edges.reserve(nodes + nodes / 8);

    // Node ids by block and slot, for the connectors ("" where the last block has no member).
    QVector<QString> slotIds(blocks * SlotColumns * SlotRows);
    auto slotId = [&](int block, int row, int column) -> QString {
        if (block < 0 || block >= blocks || row < 0 || row >= SlotRows || column < 0 || column >= SlotColumns)
            return QString();
        return slotIds.at((block * SlotRows + row) * SlotColumns + column);
    };
    QSet<QString> notes;
    for (int block = 0; block < blocks; ++block) {
        const double left = (block % blockColumns) * (BlockWidth + BlockGap);
        const double top = (block / blockColumns) * (BlockHeight + BlockGap);
        const QString domain = QLatin1String(dice.pick(Domains));
        const int first = block * BlockNodes;
        DiagramNode group;
        group.id = QStringLiteral("g%1").arg(first + 1);
        group.kind = QLatin1String(groupKinds[block % 4]);
        group.label = groupLabel(group.kind, domain, block);
        group.setRect(QRectF(left, top, BlockWidth, BlockHeight));
        document.nodes << group;
        for (int slot = 0; slot < SlotColumns * SlotRows && first + 1 + slot < nodes; ++slot) {
            DiagramNode node;
            node.id = QStringLiteral("n%1").arg(first + 2 + slot);
            node.parent = group.id;
            const quint32 roll = dice.below(100);
            if (roll < 4)
                node.kind = QStringLiteral("note");
            else if (roll < 10)
                node.kind = QStringLiteral("box");
            else
                node.kind = components.at(int(dice.below(quint32(components.size()))));
            const double x = left + BlockPadding + (slot % SlotColumns) * CellWidth;
            const double y = top + BlockHeader + (slot / SlotColumns) * CellHeight;
            if (node.kind == QLatin1String("note")) {
                node.label = QLatin1String(dice.pick(NoteTexts));
                node.setRect(QRectF(x, y, 110, 80));
                notes.insert(node.id);
            } else if (node.kind == QLatin1String("box")) {
                node.label = componentLabel(node.kind, domain, dice);
                node.setRect(QRectF(x, y + 10, 110, 60));
            } else {
                node.label = componentLabel(node.kind, domain, dice);
                node.setRect(QRectF(x, y, 110, 90));
            }
            document.nodes << node;
            slotIds[(block * SlotRows + slot / SlotColumns) * SlotColumns + slot % SlotColumns] = node.id;
        }
    }

    int nextEdge = nodes + 1;
    auto link = [&](const QString &from, const QString &to) {
        if (from.isEmpty() || to.isEmpty())
            return;
        DiagramEdge edge;
        edge.id = QStringLiteral("e%1").arg(nextEdge++);
        edge.from = from;
        edge.to = to;
        if (notes.contains(from) || notes.contains(to)) {
            edge.dashed = true;
            edge.arrows = Diagrams::ArrowHeads::None;
        } else {
            if (dice.chance(30))
                edge.label = QLatin1String(dice.pick(EdgeLabels));
            edge.dashed = dice.chance(10);
            edge.routing = dice.chance(25) ? Diagrams::Routing::Orthogonal : Diagrams::Routing::Straight;
            const quint32 heads = dice.below(20);
            edge.arrows = heads == 0 ? Diagrams::ArrowHeads::None
                : heads == 1         ? Diagrams::ArrowHeads::Both
                                     : Diagrams::ArrowHeads::End;
        }
        document.edges << edge;
    };
    for (int block = 0; block < blocks; ++block) {
        // Inside the block: each member from its left or upper neighbour (a spanning tree).
        for (int row = 0; row < SlotRows; ++row) {
            for (int column = 0; column < SlotColumns; ++column) {
                const QString to = slotId(block, row, column);
                const QString left = slotId(block, row, column - 1);
                const QString up = slotId(block, row - 1, column);
                link(!left.isEmpty() && (up.isEmpty() || dice.chance(60)) ? left : up, to);
            }
        }
        // Out of the block: to the block on the right and the block below, when there is one.
        const int row = int(dice.below(SlotRows));
        if ((block + 1) % blockColumns != 0)
            link(slotId(block, row, SlotColumns - 1), slotId(block + 1, row, 0));
        const int column = int(dice.below(SlotColumns));
        link(slotId(block, SlotRows - 1, column), slotId(block + blockColumns, 0, column));
    }
    return document;
}

} // namespace Starloop::Test
