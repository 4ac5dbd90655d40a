#include "core/sync/syncreport.h"

namespace Starloop::Sync {

namespace {

QString bySection(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0)
            parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString SyncReport::summary() const
{
    QStringList lines;
    if (unwritable)
        lines << tr("Out: the sync folder cannot be written to; nothing from here can go out");
    else if (sent > 0)
        lines << tr("Out: %n change(s) in file %1 (%2)", nullptr, sent)
                     .arg(sequence)
                     .arg(bySection(sentBySection));
    else
        lines << tr("Out: nothing changed here");
    if (received > 0)
        lines << tr("In: %n change(s) from %1 (%2)", nullptr, received)
                     .arg(peers.join(QStringLiteral(", ")), bySection(receivedBySection));
    else if (filesRead > 0)
        lines << tr("In: %n file(s) from %1, nothing new", nullptr, filesRead)
                     .arg(peers.join(QStringLiteral(", ")));
    else
        lines << tr("In: nothing new");
    if (conflicts > 0)
        lines << tr("Edited on two devices: %n conflict copy(ies) kept, see File > Sync Conflicts", nullptr,
            conflicts);
    if (pending > 0)
        lines << tr("Waiting for what they refer to: %n change(s)", nullptr, pending);
    if (compacted > 0)
        lines << tr("Tidied: %n file(s) of this device replaced by one snapshot", nullptr, compacted);
    lines << messages;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Starloop::Sync
