// --export-notes, and notes in --export-progress / --import-progress, run as a user would.
#include "earmarkrun.h"
#include "notesfixture.h"
#include "notesstore.h"
#include "progressstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotesCli : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void exportMarkdownOneFileAndFolder();
    void exportAnki();
    void badFormatAndMissingFile();
    void progressRoundTripWithNotesGivesTheSameBytes();
    void olderProgressFileStillImports();

private:
    QString populate(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TestNotesCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestNotesCli::populate(const QString &name)
{
    const QString dataDir = m_dir->filePath(name);
    ProgressStore progress;
    if (!progress.open(dataDir))
        qFatal("cannot open the store");
    progress.savePosition(u"rlhf"_s, 62'000);
    NotesStore notes;
    if (!notes.open(progress.databasePath()) || notes.merge(notesFixtureNotes()) != 5)
        qFatal("cannot store the notes");
    return dataDir;
}

void TestNotesCli::exportMarkdownOneFileAndFolder()
{
    const QString data = populate(u"data"_s);
    const QString file = m_dir->filePath(u"notes.md"_s);
    const EarmarkRun one =
        runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"markdown"_s, file});
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QVERIFY(one.outText().contains(u"5 notes"_s));
    const QByteArray md = readAll(file);
    QVERIFY(md.startsWith("---\ntitle: \"Earmark notes\"\ndate: "));
    QVERIFY(md.contains("- [01:02] Reward model = learned **preference**\n  Trained on pairs.\n"
                        "  > The reward model scores\n  > whole answers.\n"));
    QVERIFY(md.contains("- [1:02:05] What does LoRA train?"));

    const QString folder = m_dir->filePath(u"vault"_s) + u'/';
    const EarmarkRun many =
        runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"markdown"_s, folder});
    QVERIFY2(many.exitCode == 0, qPrintable(many.err));
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3); // one per episode
}

void TestNotesCli::exportAnki()
{
    const QString data = populate(u"data"_s);
    const QString file = m_dir->filePath(u"cards.txt"_s);
    const EarmarkRun r = runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"anki"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.outText().contains(u"2 flashcards"_s));
    const QList<QByteArray> lines = readAll(file).split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), "#separator:tab");
    QCOMPARE(lines.at(2), "#tags column:3");
    QVERIFY(lines.at(4).startsWith(u"Wie heißt das? 日本語\t"_s.toUtf8()));
}

void TestNotesCli::badFormatAndMissingFile()
{
    const QString data = populate(u"data"_s);
    const EarmarkRun pdf =
        runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"pdf"_s, m_dir->filePath(u"x"_s)});
    QCOMPARE(pdf.exitCode, 1);
    QVERIFY2(pdf.err.contains(u"unknown format \"pdf\""_s), qPrintable(pdf.err));
    const EarmarkRun noFile = runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"anki"_s});
    QCOMPARE(noFile.exitCode, 1);
    QVERIFY(noFile.err.contains(u"give the file"_s));
    const EarmarkRun unwritable = runEarmark({u"--data-dir"_s, data, u"--export-notes"_s, u"anki"_s,
                                              m_dir->filePath(u"no/such/dir/x"_s)});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains(u"cannot write"_s));
}

void TestNotesCli::progressRoundTripWithNotesGivesTheSameBytes()
{
    const QString a = populate(u"a"_s);
    const QString b = m_dir->filePath(u"b"_s);
    const EarmarkRun first = runEarmark({u"--data-dir"_s, a, u"--export-progress"_s, u"-"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY(first.out.contains("\"notes\": ["));
    QVERIFY(first.out.contains("\"id\": \"n4\""));
    const QString file = m_dir->filePath(u"progress.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.out);
    f.close();
    const EarmarkRun import = runEarmark({u"--data-dir"_s, b, u"--import-progress"_s, file});
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));
    QVERIFY(import.outText().contains(u"5 notes added or updated"_s));
    const EarmarkRun second = runEarmark({u"--data-dir"_s, b, u"--export-progress"_s, u"-"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(second.out, first.out);
    // Importing again changes nothing.
    const EarmarkRun again = runEarmark({u"--data-dir"_s, b, u"--import-progress"_s, file});
    QVERIFY(!again.outText().contains(u"notes added"_s));
}

void TestNotesCli::olderProgressFileStillImports()
{
    const QString file = m_dir->filePath(u"v1.json"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "earmark-progress", "version": 1, "episodes": [
        {"id": "lora", "positionMs": 4000, "updatedAt": "2026-01-01T10:00:00.000Z"}]})");
    f.close();
    const QString data = m_dir->filePath(u"data"_s);
    const EarmarkRun r = runEarmark({u"--data-dir"_s, data, u"--import-progress"_s, file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    ProgressStore store;
    QVERIFY(store.open(data));
    QCOMPARE(store.progress(u"lora"_s).positionMs, 4000);
}

QTEST_GUILESS_MAIN(TestNotesCli)
#include "tst_notescli.moc"
