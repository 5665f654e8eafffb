// The earmark binary's command-line modes, run as a user would through QProcess.
#include "earmarkrun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using Run = EarmarkRun;

Run earmark(const QStringList &args)
{
    return runEarmark(args);
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(f.fileName()));
    return f.fileName();
}

const QByteArray kExtraCatalog = R"({
  "version": "1.0",
  "title": "Extra",
  "topics": [ { "id": "rl", "title": "Reinforcement Learning" } ],
  "episodes": [
    { "id": "rlhf", "title": "RLHF\tbasics", "duration": 75, "published": "2026-03-01",
      "topic": "rl", "tags": ["Alignment", "Reinforcement Learning"], "audio": "rlhf.opus" }
  ]
}
)"_ba;
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void checkValidCatalog();
    void checkBrokenCatalog();
    void checkUnreadableCatalog();
    void listBundled();
    void listWithExtraCatalog();
    void unknownOption();

private:
    QTemporaryDir m_dir;
};

void TestCommandLine::version()
{
    const Run r = earmark({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.outText().trimmed(), u"earmark " EARMARK_VERSION ""_s);
}

void TestCommandLine::help()
{
    const Run r = earmark({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *option : {"--catalog", "--data-dir", "--check-catalog", "--list"})
        QVERIFY2(r.outText().contains(QLatin1String(option)), option);
}

void TestCommandLine::checkValidCatalog()
{
    const QString file = writeFile(m_dir, u"good.json"_s, kExtraCatalog);
    const Run r = earmark({u"--check-catalog"_s, file});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.outText(), file + u": valid, 1 episode\n"_s);
    QCOMPARE(r.exitCode, 0);
}

void TestCommandLine::checkBrokenCatalog()
{
    QByteArray json = kExtraCatalog;
    json.replace(R"("duration": 75)", R"("duration": -75)");
    json.replace(R"("topic": "rl")", R"("topic": "rlx")");
    const QString file = writeFile(m_dir, u"bad.json"_s, json);
    const Run r = earmark({u"--check-catalog"_s, file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(
        r.err,
        file +
            u":6:58: episodes[0].duration: must not be negative, got -75 (episode \"rlhf\")\n"_s +
            file + u":7:16: episodes[0].topic: unknown topic \"rlx\" (episode \"rlhf\")\n"_s);
    QCOMPARE(r.outText(), file + u": 2 problems found; 0 episodes usable\n"_s);
}

void TestCommandLine::checkUnreadableCatalog()
{
    const QString file = m_dir.filePath(u"nowhere.json"_s);
    const Run r = earmark({u"--check-catalog"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(file + u": cannot open: "_s), qPrintable(r.err));
}

void TestCommandLine::listBundled()
{
    const Run r = earmark({u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 21);
    QCOMPARE(lines.first(),
             u"when-to-fine-tune-vs-when-to-prompt\tWhen to fine-tune vs when to prompt\t91\t"
             "2026-02-19\tFine-Tuning;AI Training;Generative AI;GenAI Explained\tAI Training\t"
             "qrc:/audio/when-to-fine-tune-vs-when-to-prompt.opus"_s);
    for (const QString &line : lines)
        QCOMPARE(line.count(u'\t'), 6);
}

void TestCommandLine::listWithExtraCatalog()
{
    const QString file = writeFile(m_dir, u"extra.json"_s, kExtraCatalog);
    const Run r = earmark({u"--catalog"_s, file, u"--list"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 22);
    // A tab inside a title must not break the columns.
    QCOMPARE(lines.last(), u"rlhf\tRLHF basics\t75\t2026-03-01\tAlignment;Reinforcement Learning\t"
                           "Reinforcement Learning\t"_s +
                               QUrl::fromLocalFile(m_dir.filePath(u"rlhf.opus"_s)).toString());
}

void TestCommandLine::unknownOption()
{
    const Run r = earmark({u"--no-such-option"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no-such-option"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
