// SingleInstance: one owner per data directory; later launches activate it and quit.
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void firstOwnsSecondActivates();
    void lockIsReleasedWithTheOwner();
    void lockOnlyDoesNotListen();
    void directoriesAreIndependent();
    void unusableDirectory();
    void secondLaunchOfTheBinaryActivatesTheFirst();
};

void TestSingleInstance::firstOwnsSecondActivates()
{
    QTemporaryDir dir;
    SingleInstance first(dir.path());
    QSignalSpy activated(&first, &SingleInstance::activateRequested);
    QCOMPARE(first.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
    QVERIFY(first.ownsLock());
    QVERIFY(QFile::exists(first.lockFilePath()));

    SingleInstance second(dir.path());
    QCOMPARE(second.serverName(), first.serverName());
    QCOMPARE(second.tryBecomePrimary(), SingleInstance::LockResult::Busy);
    QVERIFY(!second.ownsLock());
    QVERIFY2(second.activatePrimary(), qPrintable(second.errorString()));
    QTRY_COMPARE(activated.count(), 1);
    QVERIFY(second.activatePrimary());
    QTRY_COMPARE(activated.count(), 2);
}

void TestSingleInstance::lockIsReleasedWithTheOwner()
{
    QTemporaryDir dir;
    QString lockFile;
    {
        SingleInstance first(dir.path());
        QCOMPARE(first.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
        lockFile = first.lockFilePath();
    }
    QVERIFY(!QFile::exists(lockFile));
    SingleInstance next(dir.path());
    QCOMPARE(next.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
}

void TestSingleInstance::lockOnlyDoesNotListen()
{
    QTemporaryDir dir;
    SingleInstance command(dir.path());
    QCOMPARE(command.tryLock(), SingleInstance::LockResult::Acquired);
    SingleInstance gui(dir.path());
    QCOMPARE(gui.tryBecomePrimary(), SingleInstance::LockResult::Busy);
    QVERIFY(!gui.activatePrimary(300)); // nobody to raise: the launch reports it
    QVERIFY(gui.errorString().contains(QDir::toNativeSeparators(dir.path())));
}

void TestSingleInstance::directoriesAreIndependent()
{
    QTemporaryDir a;
    QTemporaryDir b;
    SingleInstance first(a.path());
    SingleInstance second(b.path());
    QVERIFY(first.serverName() != second.serverName());
    QCOMPARE(first.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
    QCOMPARE(second.tryBecomePrimary(), SingleInstance::LockResult::Acquired);
}

void TestSingleInstance::unusableDirectory()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"file.txt"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    SingleInstance instance(file + u"/sub"_s);
    QCOMPARE(instance.tryBecomePrimary(), SingleInstance::LockResult::Failed);
    QVERIFY2(instance.errorString().contains(u"file.txt/sub"_s),
             qPrintable(instance.errorString()));
}

void TestSingleInstance::secondLaunchOfTheBinaryActivatesTheFirst()
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"earmark.startup.info=true"_s);
    const QStringList args{u"--data-dir"_s, dir.path()};

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(EARMARK_BINARY), args);
    QVERIFY(first.waitForStarted());
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstErr += first.readAllStandardError()).contains("first window painted"), 20000);

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(EARMARK_BINARY), args);
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(!second.readAllStandardError().contains("first window painted")); // no window
    QTRY_VERIFY_WITH_TIMEOUT(
        (firstErr += first.readAllStandardError()).contains("asked to activate"), 10000);
    QCOMPARE(first.state(), QProcess::Running);

    // Killed, it leaves its lock file behind; the next launch sees it is stale and takes over.
    first.kill();
    QVERIFY(first.waitForFinished());
    QVERIFY(QFile::exists(dir.filePath(u"earmark.lock"_s)));
    QProcess third;
    third.setProcessEnvironment(env);
    third.start(QStringLiteral(EARMARK_BINARY), args);
    QByteArray thirdErr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (thirdErr += third.readAllStandardError()).contains("first window painted"), 20000);
    third.kill();
    QVERIFY(third.waitForFinished());
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
