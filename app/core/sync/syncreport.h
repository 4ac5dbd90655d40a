// SyncReport: what one sync round did (SyncEngine::runRound), for the status bar and the
// command line: the changes written out and read in, per list, the conflict copies kept, and
// the files skipped with why.
//
//   const auto report = SyncEngine::runRound(db, folder, now);
//   out << report->summary();   // "Out: 2 changes (file 12): stories 2\nIn: ..."
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Starloop::Sync {

struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(Starloop::Sync::SyncReport)

public:
    QString device; // this device's id
    QString deviceName;
    qint64 sequence = 0; // the file written, 0 when nothing changed here
    int sent = 0;
    int received = 0; // changes that altered this file
    int filesRead = 0;
    int conflicts = 0; // conflict copies kept this round
    int pending = 0; // changes waiting for what they refer to
    int compacted = 0; // this device's files replaced by a snapshot this round
    bool unwritable = false; // nothing was to go out, and nothing could have: the folder is read-only
    QMap<QString, int> sentBySection, receivedBySection;
    QStringList peers; // the names of the devices whose files were read
    QStringList messages; // files skipped and why, a new device id and why

    QString summary() const;
};

} // namespace Starloop::Sync
