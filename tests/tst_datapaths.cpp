// DataPaths: an installed binary finds <prefix>/share/earmark beside its bin/ directory; anything
// else falls back to the source tree's resources/.
#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDataPaths : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void installedDirIsBesideTheBinDir();
    void installedPrefixWins();
    void installedDirWithoutCatalogIsSkipped();
    void buildTreeFallsBackToSources();
    void sourceDirHoldsTheBundledCatalog();
    void subDirectories();

private:
    std::unique_ptr<QTemporaryDir> m_prefix;
    QString bin() const { return m_prefix->filePath(u"bin"_s); }
    QString share() const { return m_prefix->filePath(u"share/earmark"_s); }
};

void TestDataPaths::init()
{
    m_prefix = std::make_unique<QTemporaryDir>();
    QVERIFY(m_prefix->isValid());
    QVERIFY(QDir().mkpath(bin()));
}

void TestDataPaths::installedDirIsBesideTheBinDir()
{
    QCOMPARE(DataPaths::installedDataDir(bin()), share());
    QCOMPARE(DataPaths::installedDataDir(bin() + u'/'), share());
    QCOMPARE(DataPaths::installedDataDir(u"/usr/bin"_s), u"/usr/share/earmark"_s);
    QVERIFY(DataPaths::installedDataDir(QString()).isEmpty());
}

void TestDataPaths::installedPrefixWins()
{
    QVERIFY(QDir().mkpath(share() + u"/catalog"_s));
    QCOMPARE(DataPaths::dataDirFor(bin()), share());
}

void TestDataPaths::installedDirWithoutCatalogIsSkipped()
{
    QVERIFY(QDir().mkpath(share() + u"/audio"_s));
    QCOMPARE(DataPaths::dataDirFor(bin()), DataPaths::sourceDataDir());
}

void TestDataPaths::buildTreeFallsBackToSources()
{
    // This test runs from the build tree, where no share/earmark lies beside the binary.
    QCOMPARE(DataPaths::dataDir(), DataPaths::sourceDataDir());
    QCOMPARE(DataPaths::dataDirFor(bin()), DataPaths::sourceDataDir());
}

void TestDataPaths::sourceDirHoldsTheBundledCatalog()
{
    const QString dir = DataPaths::sourceDataDir();
    QVERIFY(QFileInfo(dir).isAbsolute());
    QCOMPARE(QFileInfo(dir).fileName(), u"resources"_s);
    QVERIFY2(QFileInfo::exists(dir + u"/catalog/ai-training.json"_s), qPrintable(dir));
}

void TestDataPaths::subDirectories()
{
    QCOMPARE(DataPaths::catalogDir(), DataPaths::sourceDataDir() + u"/catalog"_s);
    QCOMPARE(DataPaths::audioDir(), DataPaths::sourceDataDir() + u"/audio"_s);
}

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
