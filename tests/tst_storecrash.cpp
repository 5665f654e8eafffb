// Kills a process that is saving play positions (storecrashhelper) with SIGKILL at random
// moments: the database must stay sound and lose at most ProgressRecorder's 2 s.
#include "progressrecorder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesAtMostTheInterval();
};

namespace {

constexpr int kLanes = 5;  // helpers running side by side, each on its own data directory
constexpr int kRounds = 7; // 35 kills in all
constexpr int kMaxKillDelayMs = 2600;
const QString kEpisode = u"model-merging"_s;

struct Lane
{
    QString dataDir;
    std::unique_ptr<QProcess> process;
    qint64 killAtMs = 0;
};

// PRAGMA integrity_check and the saved position, through a connection of our own.
bool inspect(const QString &dataDir, QString *integrity, qint64 *position)
{
    const QString name = u"inspect-"_s + dataDir;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dataDir + u"/progress.sqlite"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                *integrity = q.value(0).toString();
            q.finish();
            *position = -1;
            // Killed while the store was being created, there may be no table yet.
            ok =
                q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'progress'"_s) && q.next();
            const bool hasTable = ok && q.value(0).toInt() > 0;
            q.finish();
            if (hasTable) {
                if (q.exec(u"SELECT position_ms FROM progress WHERE episode_id = '%1'"_s.arg(
                        kEpisode)) &&
                    q.next())
                    *position = q.value(0).toLongLong();
                ok = !q.lastError().isValid();
                q.finish();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The last complete line the helper printed: "ready START" or a position.
QByteArray lastLine(const QByteArray &out)
{
    const qsizetype end = out.lastIndexOf('\n');
    if (end < 0)
        return {};
    const qsizetype begin = out.lastIndexOf('\n', end - 1) + 1;
    return out.mid(begin, end - begin);
}

} // namespace

void TestStoreCrash::killedWriterLosesAtMostTheInterval()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("random seed %u", seed);

    std::array<Lane, kLanes> lanes;
    for (int i = 0; i < kLanes; ++i)
        lanes[i].dataDir = root.filePath(u"lane%1"_s.arg(i));

    int kills = 0;
    int checked = 0;
    int whileOpening = 0;
    qint64 worstLagMs = 0;
    qint64 lastSaved[kLanes] = {};
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < kRounds; ++round) {
        QElapsedTimer clock;
        clock.start();
        for (Lane &lane : lanes) {
            lane.process = std::make_unique<QProcess>();
            lane.process->start(QStringLiteral(EARMARK_CRASH_HELPER), {lane.dataDir, kEpisode});
        }
        const int early = round % kLanes;
        for (Lane &lane : lanes)
            QVERIFY2(lane.process->waitForStarted(), qPrintable(lane.process->errorString()));
        // One lane a round dies early, most likely while opening the store...
        QThread::msleep(random.bounded(60));
        lanes[early].process->kill();
        lanes[early].killAtMs = -1;
        ++kills;
        // ... the others at a random moment of playback, however slow the machine starts them:
        // the clock starts once a lane has printed its first position after "ready".
        for (int i = 0; i < kLanes; ++i) {
            Lane &lane = lanes[i];
            if (i == early)
                continue;
            const auto playing = [&lane] {
                const QByteArray seen = lane.process->peek(4096);
                return seen.startsWith("ready") && seen.count('\n') >= 2;
            };
            while (!playing() && lane.process->waitForReadyRead(10000)) {
            }
            QVERIFY(playing());
            lane.killAtMs = clock.elapsed() + random.bounded(kMaxKillDelayMs);
        }

        std::array<int, kLanes> order;
        for (int i = 0; i < kLanes; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return lanes[a].killAtMs < lanes[b].killAtMs; });
        for (const int i : order) {
            Lane &lane = lanes[i];
            if (i == early)
                continue;
            const qint64 wait = lane.killAtMs - clock.elapsed();
            if (wait > 0)
                QThread::msleep(wait);
            lane.process->kill(); // SIGKILL
            ++kills;
        }
        for (int i = 0; i < kLanes; ++i) {
            Lane &lane = lanes[i];
            QVERIFY(lane.process->waitForFinished(10000));
            QCOMPARE(lane.process->exitStatus(), QProcess::CrashExit);
            const QByteArray out = lane.process->readAllStandardOutput();
            const QByteArray err = lane.process->readAllStandardError();
            QVERIFY2(!err.contains("Cannot"), err.constData());
            if (!QFile::exists(lane.dataDir + u"/progress.sqlite"_s)) {
                ++whileOpening; // before it could even create the file
                continue;
            }

            QString integrity;
            qint64 saved = -1;
            QVERIFY(inspect(lane.dataDir, &integrity, &saved));
            QCOMPARE(integrity, u"ok"_s);
            // No damaged file had to be moved aside.
            QVERIFY(QDir(lane.dataDir).entryList({u"*.broken-*"_s}).isEmpty());

            // Resumed from what the last run saved, and only moved forward.
            const qint64 previous = lastSaved[i];
            if (saved >= 0) {
                QVERIFY(saved >= previous);
                lastSaved[i] = saved;
            }
            const QByteArray line = lastLine(out);
            if (line.isEmpty() || line.startsWith("ready ")) {
                ++whileOpening; // killed before anything was playing
            }
            if (line.isEmpty())
                continue;
            if (line.startsWith("ready ")) {
                QCOMPARE(line.mid(6).toLongLong(), previous);
                continue;
            }
            const qint64 playing = line.toLongLong();
            // Saved at most the interval behind what was playing, and never ahead by more than
            // the one tick that was saved but not yet printed.
            QVERIFY2(saved >= 0, out.right(200).constData());
            const qint64 lag = playing - saved;
            const QString where =
                u"lane %1 round %2: playing %3, saved %4"_s.arg(i).arg(round).arg(playing).arg(
                    saved);
            QVERIFY2(lag < ProgressRecorder::kDefaultIntervalMs, qPrintable(where));
            QVERIFY2(lag >= -200, qPrintable(where));
            worstLagMs = std::max(worstLagMs, lag);
            ++checked;
        }
    }
    qInfo("%d kills (%d before playback), %d checked positions, worst loss %lld ms, %lld ms in all",
          kills, whileOpening, checked, worstLagMs, total.elapsed());
    QVERIFY(kills >= 30);
    QVERIFY(checked >= kRounds * (kLanes - 1));
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
