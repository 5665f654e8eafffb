// A note editor killed with SIGKILL while the learner types keeps the draft: the editor runs
// in a helper process (notedrafthelper) and is killed mid-sentence and after the last key; the
// next start turns the draft into a note.
#include "notescontroller.h"
#include "notesstore.h"
#include "progressstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotesDraft : public QObject
{
    Q_OBJECT

private slots:
    void killedWhileTypingKeepsWhatWasSaved();
    void killedAfterTypingKeepsAllAndTheNextStartRecoversIt();
};

namespace {

const QString kText = u"Low-rank adapters train two small matrices per layer."_s;

// Starts the helper and reads its lines until one starts with `until`.
bool runUntil(QProcess &p, const QString &dataDir, const QByteArray &until)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(EARMARK_DRAFT_HELPER), {dataDir, kText});
    if (!p.waitForStarted(10000))
        return false;
    QByteArray buffer;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30000) {
        while (p.canReadLine()) {
            if (p.readLine().startsWith(until))
                return true;
        }
        p.waitForReadyRead(200);
    }
    return false;
}

std::optional<Note> draftIn(const QString &dataDir)
{
    ProgressStore progress;
    NotesStore store;
    if (!progress.open(dataDir) || !store.open(progress.databasePath()))
        return std::nullopt;
    return store.draft(u"editor"_s);
}

} // namespace

void TestNotesDraft::killedWhileTypingKeepsWhatWasSaved()
{
    QTemporaryDir dir;
    QProcess p;
    QVERIFY(runUntil(p, dir.path(), "typed 30"));
    // More than one save interval (300 ms) of typing since the first key.
    p.kill(); // SIGKILL
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    const std::optional<Note> draft = draftIn(dir.path());
    QVERIFY(draft);
    QVERIFY2(!draft->text.isEmpty() && kText.startsWith(draft->text), qPrintable(draft->text));
    QVERIFY(draft->text.size() < kText.size());
    QCOMPARE(draft->episodeId, u"lora"_s);
    QCOMPARE(draft->startMs, 1000);
}

void TestNotesDraft::killedAfterTypingKeepsAllAndTheNextStartRecoversIt()
{
    QTemporaryDir dir;
    QProcess p;
    QVERIFY(runUntil(p, dir.path(), "typed-all"));
    QTest::qWait(900); // the last draft save is due 300 ms after the last key at the latest
    p.kill();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    const std::optional<Note> draft = draftIn(dir.path());
    QVERIFY(draft);
    QCOMPARE(draft->text, kText);

    // The next start keeps it as a note and clears the draft.
    ProgressStore progress;
    QVERIFY(progress.open(dir.path()));
    NotesController notes;
    QVERIFY(notes.open(progress.databasePath()));
    const QList<Note> all = notes.store()->notes();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().text, kText);
    QCOMPARE(all.first().endMs, 31000);
    QVERIFY(!notes.store()->draft(u"editor"_s));
}

QTEST_MAIN(TestNotesDraft)
#include "tst_notesdraft.moc"
