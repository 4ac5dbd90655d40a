// Export with recordings: the practice log's recording link and marks travel in the export
// file, and the zip carries the recordings themselves; a zip any tool can open, read back
// with checksums, and refused with a clear message when damaged, compressed or hostile.
#include "core/portability/dataexport.h"
#include "core/portability/dataimport.h"
#include "core/portability/exportarchive.h"
#include "core/practice/practicelog.h"
#include "core/rehearsal/recordinglinks.h"
#include "core/storage/database.h"
#include "tempdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Starloop;
using namespace Starloop::Portability;
using Rehearsal::MarkKind;
using Rehearsal::RecordingLinks;
using Rehearsal::RehearsalMark;

namespace {

constexpr qint64 Now = 1'795'000'000;

QByteArray audioBytes()
{
    QByteArray bytes("OggS");
    for (int i = 0; i < 200'000; ++i)
        bytes.append(char((i * 7919) % 251));
    return bytes;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs python3's zipfile on `script` (argv[1] is `path`); empty when python3 is missing.
std::optional<QString> python(const QString &script, const QString &path)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (exe.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(exe, {QStringLiteral("-c"), script, path});
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

const QVector<RehearsalMark> Marks {{MarkKind::Task, 31'000, {}}, {MarkKind::Action, 62'000, {}},
    {MarkKind::Result, 150'000, {}}, {MarkKind::Probe, 190'000, QStringLiteral("What data did you use?")}};

} // namespace

class TestExportArchive : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TempDatabase> m_tempA, m_tempB;
    std::unique_ptr<Storage::DataStore> m_a, m_b;
    QTemporaryDir m_out;

    // A rehearsal on device A with a recording on disk; returns the recording's path.
    QString recordRehearsal(const QString &title = QStringLiteral("Cut scope"))
    {
        Practice::PracticeLog log(m_a->db());
        const qint64 id = log.start(QStringLiteral("story"), QStringLiteral("story-uid"), title,
                                 Practice::TimerPlan {}, Now)
                              .value();
        RecordingLinks links(m_a->db());
        const QString path = links.newRecordingPath(id, QStringLiteral("ogg")).value();
        if (!writeAll(path, audioBytes()))
            return {};
        if (!links.attach(id, path, Marks))
            return {};
        return path;
    }

    Portability::ImportReport importInto(Storage::DataStore &store, const QByteArray &json)
    {
        const auto import = DataImport::parse(json);
        if (!import)
            qWarning() << import.errorMessage();
        return import->apply(store.db(), Now).value();
    }

private Q_SLOTS:
    void init()
    {
        m_tempA = std::make_unique<Test::TempDatabase>();
        m_tempB = std::make_unique<Test::TempDatabase>();
        m_a = std::move(m_tempA->open().value());
        m_b = std::move(m_tempB->open().value());
    }

    void cleanup()
    {
        m_a.reset();
        m_b.reset();
        m_tempA.reset();
        m_tempB.reset();
    }

    void theExportFileCarriesTheLinkAndTheMarks()
    {
        const QString recording = recordRehearsal();
        QVERIFY(!recording.isEmpty());
        const QByteArray json = DataExport::toJson(m_a->db()).value();
        const QJsonObject session = QJsonDocument::fromJson(json)
                                        .object()
                                        .value(QLatin1String("practice_sessions"))
                                        .toArray()
                                        .at(0)
                                        .toObject();
        QCOMPARE(session.value(QLatin1String("recording")).toString(), QFileInfo(recording).fileName());
        QCOMPARE(session.value(QLatin1String("marks")).toArray().size(), 4);

        const ImportReport report = importInto(*m_b, json);
        QCOMPARE(report.sessions.added, 1);
        RecordingLinks links(m_b->db());
        const auto linked = links.links().value();
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().stored, QFileInfo(recording).fileName());
        QCOMPARE(linked.first().marks, Marks);
        QVERIFY2(
            !linked.first().exists, "the JSON alone does not bring the audio: the link shows as missing");
        // Exporting again gives the same document.
        QCOMPARE(DataExport::toJson(m_b->db()).value(), json);
    }

    void aFileFromBeforeRecordingsStillImports()
    {
        const QByteArray json = R"({"format": "starloop-export", "version": 1, "practice_sessions": [
            {"uid": "s-1", "kind": "story", "ref": "", "title": "Old", "started_at": 70, "planned_s": 60,
             "actual_s": 50, "phases": [], "rating": null, "notes": "", "status": "finished"}]})";
        QCOMPARE(importInto(*m_b, json).sessions.added, 1);
        QCOMPARE(RecordingLinks(m_b->db()).links().value().size(), 0);

        const QByteArray wrong
            = QByteArray(json).replace(R"("status": "finished")", R"("status": "finished", "recording": 5)");
        const auto refused = DataImport::parse(wrong);
        QVERIFY(!refused);
        QVERIFY2(
            refused.errorMessage().contains(QLatin1String("practice_sessions[0].recording must be text")),
            qPrintable(refused.errorMessage()));
    }

    void theZipBringsTheRecordingsAcross()
    {
        const QString recording = recordRehearsal();
        const QString gone = recordRehearsal(QStringLiteral("Deleted take"));
        QVERIFY(QFile::remove(gone));
        const QString zipPath = m_out.filePath(QStringLiteral("export.zip"));
        const auto written = ExportArchive::write(m_a->db(), zipPath);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(written->recordings, 1);
        QCOMPARE(written->leftOut, 1);
        QVERIFY(ExportArchive::isArchive(zipPath));

        auto source = ImportFile::read(zipPath);
        QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
        QVERIFY(source->archive);
        QCOMPARE(source->json, DataExport::toJson(m_a->db()).value());
        QCOMPARE(source->archive->recordingCount(), 1);
        QCOMPARE(source->archive->previewRecordings(m_b->db()).added, 1);
        QCOMPARE(source->archive->previewRecordings(m_b->db()).summary(),
            QStringLiteral("Recordings: 1 new, 0 already here"));

        const auto restored = source->archive->restoreRecordings(m_b->db());
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored->added, 1);
        QCOMPARE(importInto(*m_b, source->json).sessions.added, 2);
        RecordingLinks links(m_b->db());
        const auto linked = links.links().value();
        QCOMPARE(linked.size(), 2);
        int present = 0;
        for (const auto &link : linked) {
            if (!link.exists)
                continue;
            ++present;
            QCOMPARE(readAll(link.path), audioBytes());
            QCOMPARE(link.marks, Marks);
        }
        QCOMPARE(present, 1);

        // A second import adds nothing and never replaces a file that is already there.
        QVERIFY(writeAll(links.resolve(QFileInfo(recording).fileName()), "kept"));
        const auto again = source->archive->restoreRecordings(m_b->db());
        QCOMPARE(again->added, 0);
        QCOMPARE(again->alreadyHere, 1);
        QCOMPARE(readAll(links.resolve(QFileInfo(recording).fileName())), QByteArray("kept"));
        QCOMPARE(source->archive->previewRecordings(m_b->db()).alreadyHere, 1);
        QCOMPARE(again->summary(), QStringLiteral("Recordings: 0 new, 1 already here"));
    }

    void anyZipToolReadsTheArchive()
    {
        const QString recording = recordRehearsal();
        const QString zipPath = m_out.filePath(QStringLiteral("export.zip"));
        QVERIFY(ExportArchive::write(m_a->db(), zipPath).ok());
        const auto listed = python(QStringLiteral("import sys, zipfile\n"
                                                  "z = zipfile.ZipFile(sys.argv[1])\n"
                                                  "assert z.testzip() is None\n"
                                                  "print(' '.join(z.namelist()))"),
            zipPath);
        if (!listed)
            QSKIP("python3 is not installed: the archive is checked by Starloop's own reader only");
        QCOMPARE(
            *listed, QStringLiteral("starloop-export.json recordings/") + QFileInfo(recording).fileName());
    }

    void storedZipsOfOtherToolsAreRead_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("expected");
        QTest::newRow("stored") << QStringLiteral("ZIP_STORED") << QString();
        QTest::newRow("deflated") << QStringLiteral("ZIP_DEFLATED") << QStringLiteral("compressed");
    }

    void storedZipsOfOtherToolsAreRead()
    {
        QFETCH(QString, compression);
        QFETCH(QString, expected);
        const QString zipPath = m_out.filePath(QStringLiteral("other.zip"));
        const auto made = python(QStringLiteral("import sys, zipfile\n"
                                                "with zipfile.ZipFile(sys.argv[1], 'w', zipfile.%1) as z:\n"
                                                "    z.writestr('starloop-export.json', '{\"format\": "
                                                "\"starloop-export\", \"version\": 1}')\n"
                                                "    z.writestr('recordings/take.ogg', b'OggS' * 1000)\n"
                                                "print('ok')")
                                     .arg(compression),
            zipPath);
        if (!made)
            QSKIP("python3 is not installed: no zip of another tool to read");
        QCOMPARE(*made, QStringLiteral("ok"));
        const auto source = ImportFile::read(zipPath);
        if (expected.isEmpty()) {
            QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
            QCOMPARE(source->archive->recordingCount(), 1);
            QVERIFY(DataImport::parse(source->json).ok());
        } else {
            QVERIFY(!source);
            QVERIFY2(source.errorMessage().contains(expected), qPrintable(source.errorMessage()));
        }
    }

    void damagedArchivesAreRefusedAndNothingIsWritten()
    {
        const QString recording = recordRehearsal();
        const QString zipPath = m_out.filePath(QStringLiteral("export.zip"));
        QVERIFY(ExportArchive::write(m_a->db(), zipPath).ok());
        const QByteArray good = readAll(zipPath);
        const QString folder = RecordingLinks(m_b->db()).recordingsFolder();

        // A flipped byte inside the recording: the checksum catches it, no file is left behind.
        QByteArray flipped = good;
        const qsizetype inAudio = flipped.indexOf("OggS") + 1000;
        flipped.data()[inAudio] ^= 0x55;
        QVERIFY(writeAll(zipPath, flipped));
        auto source = ImportFile::read(zipPath);
        QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
        const auto restored = source->archive->restoreRecordings(m_b->db());
        QCOMPARE(restored->added, 0);
        QCOMPARE(restored->warnings.size(), 1);
        QVERIFY2(restored->warnings.first().contains(QLatin1String("damaged")),
            qPrintable(restored->warnings.first()));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QFileInfo(recording).fileName())));

        // Cut short, or not a zip at all.
        QVERIFY(writeAll(zipPath, good.left(good.size() / 2)));
        source = ImportFile::read(zipPath);
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(QLatin1String("not a zip archive")),
            qPrintable(source.errorMessage()));
        QVERIFY(writeAll(zipPath, "PK\x03\x04 but nothing else"));
        QVERIFY(!ImportFile::read(zipPath));

        // A zip without the document is not an export.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ZipWriter other(buffer);
        QVERIFY(other.addData(QStringLiteral("notes.txt"), "hello").ok());
        QVERIFY(other.finish().ok());
        QVERIFY(writeAll(zipPath, buffer.data()));
        source = ImportFile::read(zipPath);
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(QLatin1String("not a Starloop export")),
            qPrintable(source.errorMessage()));
    }

    void aHostileNameIsRefused()
    {
        const QString zipPath = m_out.filePath(QStringLiteral("hostile.zip"));
        QFile file(zipPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        ZipWriter zip(file);
        QVERIFY(zip.addData(QLatin1String(ExportArchive::DocumentName),
                       R"({"format": "starloop-export", "version": 1})")
                    .ok());
        QVERIFY(zip.addData(QStringLiteral("recordings/../../escape.ogg"), "OggS").ok());
        QVERIFY(zip.finish().ok());
        file.close();
        const auto source = ImportFile::read(zipPath);
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(QLatin1String("recordings/../../escape.ogg")),
            qPrintable(source.errorMessage()));
    }

    void checksumsAreZips()
    {
        // Known CRC-32 values (the zip / PNG polynomial).
        QCOMPARE(crc32(0, "", 0), 0u);
        QCOMPARE(crc32(0, "123456789", 9), 0xCBF43926u);
        QCOMPARE(crc32(crc32(0, "12345", 5), "6789", 4), 0xCBF43926u);
    }
};

QTEST_GUILESS_MAIN(TestExportArchive)
#include "test_exportarchive.moc"
