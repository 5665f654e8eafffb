// --add-folder, --add-catalog and --list with remembered sources, run as a user would.
#include "earmarkrun.h"
#include "singleinstance.h"
#include "testclips.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSourcesCli : public QObject
{
    Q_OBJECT

    EarmarkRun earmark(QStringList args) const
    {
        args.prepend(m_data->path());
        args.prepend(u"--data-dir"_s);
        return runEarmark(args);
    }

private slots:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        m_files = std::make_unique<QTemporaryDir>();
        m_folder = m_files->filePath(u"Deep Learning"_s);
        QVERIFY(QDir().mkpath(m_folder + u"/Week 2"_s));
        // gst-launch splits its pipeline at spaces: made beside, then copied in.
        QVERIFY(makeClip(m_files->filePath(u"one.wav"_s), u"wavenc"_s, 1));
        QVERIFY(makeClip(m_files->filePath(u"two.wav"_s), u"wavenc"_s, 2));
        QVERIFY(QFile::copy(m_files->filePath(u"one.wav"_s), m_folder + u"/Lecture 1.wav"_s));
        QVERIFY(
            QFile::copy(m_files->filePath(u"two.wav"_s), m_folder + u"/Week 2/Lecture 2.wav"_s));
    }

    void addFolderAndCatalogAreRememberedAndListed()
    {
        const QString canonical = QFileInfo(m_folder).canonicalFilePath();
        EarmarkRun r = earmark({u"--add-folder"_s, m_folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), canonical + u"\t2 episodes\n"_s);
        QCOMPARE(r.err, QString());
        // Again: nothing new, the same answer.
        r = earmark({u"--add-folder"_s, m_folder});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), canonical + u"\t2 episodes\n"_s);

        const QString catalog = m_files->filePath(u"extra.json"_s);
        QVERIFY(writeFile(catalog, kOneEpisodeCatalog));
        r = earmark({u"--add-catalog"_s, catalog});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText(), QFileInfo(catalog).canonicalFilePath() + u"\t1 episode\n"_s);

        // --list: the bundled 21, then the sources in the order added: the folder's two, the
        // catalog's one.
        r = earmark({u"--list"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21 + 1 + 2);
        QVERIFY(lines.at(23).startsWith(u"rlhf\tRLHF basics\t75\t"_s));
        const QString key = QString::fromLatin1(
            QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1)
                .toHex()
                .left(12));
        const QStringList lecture1 = lines.at(21).split(u'\t');
        QCOMPARE(lecture1.size(), 7);
        QCOMPARE(lecture1.at(0), u"folder:"_s + key + u":Lecture 1.wav"_s);
        QCOMPARE(lecture1.at(1), u"Lecture 1"_s);
        QCOMPARE(lecture1.at(2), u"1"_s);
        QCOMPARE(lecture1.at(5), u"Deep Learning"_s);
        QCOMPARE(QUrl(lecture1.at(6)).toLocalFile(), canonical + u"/Lecture 1.wav"_s);
        const QStringList lecture2 = lines.at(22).split(u'\t');
        QCOMPARE(lecture2.at(0), u"folder:"_s + key + u":Week 2/Lecture 2.wav"_s);
        QCOMPARE(lecture2.at(2), u"2"_s);
        QCOMPARE(lecture2.at(4), u"Week 2"_s);

        // --catalog stays a one-run addition: the same file given again is not read twice.
        r = earmark({u"--catalog"_s, catalog, u"--list"_s});
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 24);
        QCOMPARE(r.err, QString());
    }

    void badArgumentsAddNothing()
    {
        EarmarkRun r = earmark({u"--add-folder"_s, m_files->filePath(u"missing"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"is not a folder"_s), qPrintable(r.err));
        r = earmark({u"--add-catalog"_s, m_files->filePath(u"missing.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(m_files->filePath(u"missing.json"_s) + u':'), qPrintable(r.err));
        const QString bad = m_files->filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, "{ \"version\": \"1.0\", \"episodes\": [ { \"id\": 3 } ] }"));
        r = earmark({u"--add-catalog"_s, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(bad + u":1:"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not added"_s), qPrintable(r.err));
        r = earmark({u"--list"_s});
        QCOMPARE(r.outText().split(u'\n', Qt::SkipEmptyParts).size(), 21);

        // A folder with a file that cannot be used is added; the file's problem is reported.
        QVERIFY(writeFile(m_folder + u"/Lecture 3.mp3"_s, "text renamed to mp3"));
        r = earmark({u"--add-folder"_s, m_folder});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.outText().endsWith(u"\t3 episodes\n"_s));
        QVERIFY2(r.err.startsWith(QFileInfo(m_folder).canonicalFilePath() + u"/Lecture 3.mp3: "_s),
                 qPrintable(r.err));
    }

    void runningWindowIsTold()
    {
        SingleInstance running(m_data->path()); // stands in for the window
        QCOMPARE(running.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
        QSignalSpy messages(&running, &SingleInstance::messageReceived);
        QProcess p;
        p.start(QStringLiteral(EARMARK_BINARY),
                {u"--data-dir"_s, m_data->path(), u"--add-folder"_s, m_folder});
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 20000);
        QCOMPARE(p.exitCode(), 0);
        QTRY_COMPARE(messages.size(), 1);
        QCOMPARE(messages.constFirst().constFirst().toByteArray(),
                 SingleInstance::libraryChangedMessage());
    }

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<QTemporaryDir> m_files;
    QString m_folder;
};

QTEST_GUILESS_MAIN(TestSourcesCli)
#include "tst_sourcescli.moc"
