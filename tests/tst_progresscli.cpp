// --export-progress and --import-progress, run as a user would through QProcess.
#include "earmarkrun.h"

#include "progressjson.h"
#include "progressstore.h"
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProgressCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void exportEmpty();
    void roundTripThroughAnEmptyDataDir();
    void importKeepsTheNewestChange();
    void exportBesideARunningEarmark();
    void exportToAFile();
    void importRejectsBadFiles_data();
    void importRejectsBadFiles();
    void importRefusesEndlessAndHostileInput();
    void unusableDataDirectory();
    void damagedDatabase();
    void newerDatabaseIsLeftAlone();
    void windowStartsAfterMovingADamagedFileAside();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

using Run = EarmarkRun;

Run earmark(const QStringList &args)
{
    return runEarmark(args);
}

QString writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

constexpr qint64 kT0 = 1'780'000'000'123;

// A data directory with a bit of everything: a bundled episode, an orphan, sessions.
void populate(const QString &dataDir)
{
    ProgressStore store;
    qint64 now = kT0;
    store.setClock([&now] { return utc(now); });
    if (!store.open(dataDir))
        qFatal("%s", qPrintable(store.errorString()));
    store.markStarted(u"model-merging"_s);
    now += 1000;
    store.setDuration(u"model-merging"_s, 91'250);
    store.savePosition(u"model-merging"_s, 45'500);
    now += 1000;
    store.setFinished(u"model-merging"_s, true);
    store.savePosition(u"gone-episode"_s, 12'000); // in no catalog any more
    ListeningSession s;
    s.episodeId = u"model-merging"_s;
    s.startedAt = utc(kT0);
    s.endedAt = utc(kT0 + 30'000);
    s.endPositionMs = 45'000;
    s.listenedMs = 30'000;
    s.rate = 1.25;
    store.addSession(s);
    s.startedAt = utc(kT0 + 60'000);
    s.endedAt = utc(kT0 + 61'000);
    s.startPositionMs = 45'000;
    s.endPositionMs = 46'000;
    s.listenedMs = 1000;
    s.rate = 1.0;
    store.addSession(s);
}

QJsonArray episodesOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object().value(u"episodes"_s).toArray();
}

} // namespace

void TestProgressCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProgressCli::exportEmpty()
{
    const Run r =
        earmark({u"--data-dir"_s, m_dir->filePath(u"data"_s), u"--export-progress"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"earmark-progress"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), ProgressJson::kFormatVersion);
    QVERIFY(root.value(u"episodes"_s).isArray());
    QVERIFY(root.value(u"episodes"_s).toArray().isEmpty());
}

void TestProgressCli::roundTripThroughAnEmptyDataDir()
{
    const QString a = m_dir->filePath(u"a"_s);
    const QString b = m_dir->filePath(u"b"_s);
    populate(a);

    const Run first = earmark({u"--data-dir"_s, a, u"--export-progress"_s, u"-"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonArray episodes = episodesOf(first.out);
    QCOMPARE(episodes.size(), 2);
    const QJsonObject orphan = episodes.at(0).toObject();
    QCOMPARE(orphan.value(u"id"_s).toString(), u"gone-episode"_s);
    QCOMPARE(orphan.value(u"title"_s).toString(), QString()); // in no catalog, still exported
    QCOMPARE(orphan.value(u"positionMs"_s).toInteger(), 12'000);
    const QJsonObject merging = episodes.at(1).toObject();
    QCOMPARE(merging.value(u"id"_s).toString(), u"model-merging"_s);
    QVERIFY(merging.value(u"title"_s).toString().startsWith(u"Model merging"_s));
    QCOMPARE(merging.value(u"positionMs"_s).toInteger(), 45'500);
    QCOMPARE(merging.value(u"durationMs"_s).toInteger(), 91'250);
    QCOMPARE(merging.value(u"finished"_s).toBool(), true);
    QCOMPARE(merging.value(u"finishedAt"_s).toString(),
             utc(kT0 + 2000).toString(Qt::ISODateWithMs));
    QCOMPARE(merging.value(u"timesPlayed"_s).toInt(), 1);
    const QJsonArray sessions = merging.value(u"sessions"_s).toArray();
    QCOMPARE(sessions.size(), 2);
    QCOMPARE(sessions.at(0).toObject().value(u"rate"_s).toDouble(), 1.25);
    QCOMPARE(sessions.at(0).toObject().value(u"listenedMs"_s).toInteger(), 30'000);

    const QString file = writeFile(m_dir->filePath(u"export.json"_s), first.out);
    const Run import = earmark({u"--data-dir"_s, b, u"--import-progress"_s, file});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    const QStringList lines = QString::fromUtf8(import.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"gone-episode: added: position 12.0 s"_s);
    QCOMPARE(lines.at(1), u"model-merging: added: position 45.5 s; finished; 2 sessions added"_s);
    QCOMPARE(lines.at(2), file + u": 2 episodes changed, 0 already up to date"_s);

    const Run second = earmark({u"--data-dir"_s, b, u"--export-progress"_s, u"-"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.out, first.out);

    // Importing the same file again changes nothing and duplicates no session.
    const Run again = earmark({u"--data-dir"_s, b, u"--import-progress"_s, file});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QString::fromUtf8(again.out),
             file + u": 0 episodes changed, 2 already up to date\n"_s);
    QCOMPARE(earmark({u"--data-dir"_s, b, u"--export-progress"_s, u"-"_s}).out, first.out);
}

void TestProgressCli::importKeepsTheNewestChange()
{
    const QString data = m_dir->filePath(u"data"_s);
    populate(data); // model-merging last changed at kT0 + 2000
    const auto episode = [](const QString &id, qint64 position, qint64 updated) {
        return QJsonObject{{u"id"_s, id},
                           {u"positionMs"_s, position},
                           {u"updatedAt"_s, utc(updated).toString(Qt::ISODateWithMs)}};
    };
    QJsonObject newerSession = episode(u"gone-episode"_s, 99'000, kT0 + 10'000);
    newerSession.insert(u"timesPlayed"_s, 4);
    QJsonObject olderWithSession = episode(u"model-merging"_s, 1, kT0);
    olderWithSession.insert(
        u"sessions"_s,
        QJsonArray{QJsonObject{{u"startedAt"_s, utc(kT0 + 90'000).toString(Qt::ISODateWithMs)},
                               {u"endedAt"_s, utc(kT0 + 95'000).toString(Qt::ISODateWithMs)},
                               {u"listenedMs"_s, 5000}}});
    const QJsonObject root{
        {u"format"_s, u"earmark-progress"_s},
        {u"version"_s, 1},
        {u"episodes"_s,
         QJsonArray{newerSession, olderWithSession, episode(u"model-merging"_s, 2, kT0 + 2000)}},
    };
    const QString file = writeFile(m_dir->filePath(u"in.json"_s), QJsonDocument(root).toJson());
    const Run r = earmark({u"--data-dir"_s, data, u"--import-progress"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(r.out),
             u"gone-episode: updated: position 12.0 s -> 99.0 s, times played 0 -> 4\n"
             "model-merging: 1 session added\n"_s +
                 file + u": 2 episodes changed, 1 already up to date\n"_s);

    ProgressStore store;
    QVERIFY(store.open(data));
    QCOMPARE(store.progress(u"gone-episode"_s).positionMs, 99'000);
    QCOMPARE(store.progress(u"model-merging"_s).positionMs, 45'500); // ours was newer
    QCOMPARE(store.sessions(u"model-merging"_s).size(), 3);
}

void TestProgressCli::exportBesideARunningEarmark()
{
    const QString data = m_dir->filePath(u"data"_s);
    // What a running Earmark holds: the single-instance lock and a writing connection.
    SingleInstance running(data);
    QCOMPARE(running.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
    ProgressStore store;
    QVERIFY(store.open(data));
    QVERIFY(store.savePosition(u"model-merging"_s, 5000));

    const Run r = earmark({u"--data-dir"_s, data, u"--export-progress"_s, u"-"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray episodes = episodesOf(r.out);
    QCOMPARE(episodes.size(), 1);
    QCOMPARE(episodes.at(0).toObject().value(u"positionMs"_s).toInteger(), 5000);
    QVERIFY(store.savePosition(u"model-merging"_s, 6000)); // still the writer

    // Importing needs the writer to quit.
    const QString file = writeFile(m_dir->filePath(u"in.json"_s), r.out);
    const Run import = earmark({u"--data-dir"_s, data, u"--import-progress"_s, file});
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"another Earmark is using"_s), qPrintable(import.err));
    QCOMPARE(store.progress(u"model-merging"_s).positionMs, 6000);
}

void TestProgressCli::exportToAFile()
{
    const QString data = m_dir->filePath(u"data"_s);
    populate(data);
    const QString file = m_dir->filePath(u"out.json"_s);
    const Run r = earmark({u"--data-dir"_s, data, u"--export-progress"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(r.out),
             u"Exported the progress of 2 episodes to "_s + file + u".\n"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(episodesOf(f.readAll()).size(), 2);
}

void TestProgressCli::importRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "{ nope"_ba << u"not valid JSON"_s;
    QTest::newRow("other JSON") << R"({"episodes": []})"_ba << u"not an Earmark progress export"_s;
    QTest::newRow("newer format")
        << R"({"format": "earmark-progress", "version": 9, "episodes": []})"_ba
        << u"version 9 is not supported"_s;
    QTest::newRow("bad position") << R"({"format": "earmark-progress", "version": 1, "episodes": [
              {"id": "x", "positionMs": -5, "updatedAt": "2026-01-01T00:00:00.000Z"}]})"_ba
                                  << u"episodes[0].positionMs: must be a whole number"_s;
    // Found by fuzz_progressjson: a number beyond qint64 was cast (undefined behaviour).
    QTest::newRow("huge whole number")
        << R"({"format": "earmark-progress", "version": 1, "episodes": [
              {"id": "lora", "timesPlayed": 92233720368547758072,
               "updatedAt": "2026-01-02T10:00:30.000Z"}]})"_ba
        << u"episodes[0].timesPlayed: must be a whole number"_s;
    QTest::newRow("bad session time")
        << R"({"format": "earmark-progress", "version": 1, "episodes": [
              {"id": "x", "updatedAt": "2026-01-01T00:00:00.000Z",
               "sessions": [{"startedAt": "yesterday", "endedAt": null}]}]})"_ba
        << u"episodes[0].sessions[0].startedAt: must be an ISO 8601"_s;
    QTest::newRow("missing file") << QByteArray() << u"cannot open"_s;
}

void TestProgressCli::importRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString data = m_dir->filePath(u"data"_s);
    const QString file = m_dir->filePath(u"in.json"_s);
    if (!content.isEmpty())
        writeFile(file, content);
    const Run r = earmark({u"--data-dir"_s, data, u"--import-progress"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(data + u"/progress.sqlite"_s)); // nothing touched
}

// An endless device is read up to the limit only; JSON that would make Qt's parser build a huge
// tree is refused before parsing.
void TestProgressCli::importRefusesEndlessAndHostileInput()
{
    const QString data = m_dir->filePath(u"data"_s);
    const Run endless = earmark({u"--data-dir"_s, data, u"--import-progress"_s, u"/dev/zero"_s});
    QCOMPARE(endless.exitCode, 1);
    QVERIFY2(endless.err.contains(u"the file is too large (128 MiB); the limit is 128 MiB"_s),
             qPrintable(endless.err));
    QByteArray nested = R"({"format": "earmark-progress", "version": 1, "episodes": [)";
    for (int i = 0; i < 1'000'001; ++i)
        nested.append("{},");
    nested.append("{}]}");
    const QString file = writeFile(m_dir->filePath(u"nested.json"_s), nested);
    const Run hostile = earmark({u"--data-dir"_s, data, u"--import-progress"_s, file});
    QCOMPARE(hostile.exitCode, 1);
    QVERIFY2(hostile.err.contains(u"more than 1000000 arrays and objects"_s),
             qPrintable(hostile.err));
    QVERIFY(!QFile::exists(data + u"/progress.sqlite"_s)); // nothing touched
}

void TestProgressCli::unusableDataDirectory()
{
    const QString file = writeFile(m_dir->filePath(u"file.txt"_s), "x");
    const QString data = file + u"/sub"_s;
    const QString json = writeFile(m_dir->filePath(u"in.json"_s),
                                   R"({"format": "earmark-progress", "version": 1,
                                       "episodes": []})");
    for (const QStringList &mode :
         {QStringList{u"--export-progress"_s, u"-"_s}, QStringList{u"--import-progress"_s, json}}) {
        const Run r = earmark(QStringList{u"--data-dir"_s, data} + mode);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Cannot create the data directory"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestProgressCli::damagedDatabase()
{
    const QString json = writeFile(m_dir->filePath(u"in.json"_s),
                                   R"({"format": "earmark-progress", "version": 1,
                                       "episodes": []})");
    for (const QStringList &mode :
         {QStringList{u"--export-progress"_s, u"-"_s}, QStringList{u"--import-progress"_s, json}}) {
        QTemporaryDir data;
        const QString db = writeFile(data.filePath(u"progress.sqlite"_s), QByteArray(5000, 'z'));
        const Run r = earmark(QStringList{u"--data-dir"_s, data.path()} + mode);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"was damaged. It was moved aside to "_s + db + u".broken-"_s),
                 qPrintable(r.err));
        const QStringList broken =
            QDir(data.path()).entryList({u"progress.sqlite.broken-*"_s}, QDir::Files);
        QCOMPARE(broken.size(), 1);
        QCOMPARE(QFileInfo(data.filePath(broken.at(0))).size(), 5000);
    }
}

void TestProgressCli::newerDatabaseIsLeftAlone()
{
    const QString data = m_dir->filePath(u"data"_s);
    populate(data);
    const QString db = data + u"/progress.sqlite"_s;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bump"_s);
        c.setDatabaseName(db);
        QVERIFY(c.open());
        QSqlQuery(u"PRAGMA user_version=99"_s, c);
        c.close();
    }
    QSqlDatabase::removeDatabase(u"bump"_s);
    const QByteArray before = sha256(db);
    const Run r = earmark({u"--data-dir"_s, data, u"--export-progress"_s, u"-"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"newer version of Earmark"_s), qPrintable(r.err));
    QCOMPARE(sha256(db), before);
}

void TestProgressCli::windowStartsAfterMovingADamagedFileAside()
{
    const QString data = m_dir->filePath(u"data"_s);
    QVERIFY(QDir().mkpath(data));
    writeFile(data + u"/progress.sqlite"_s, QByteArray(5000, 'z'));
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"earmark.startup.info=true"_s);
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(EARMARK_BINARY), {u"--data-dir"_s, data});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += gui.readAllStandardError()).contains("first window painted"),
                             20000);
    QVERIFY2(err.contains("moved the damaged"), err.constData());
    QCOMPARE(QDir(data).entryList({u"progress.sqlite.broken-*"_s}, QDir::Files).size(), 1);
    QVERIFY(QFile::exists(data + u"/progress.sqlite"_s));
    gui.kill();
    QVERIFY(gui.waitForFinished());
}

QTEST_GUILESS_MAIN(TestProgressCli)
#include "tst_progresscli.moc"
