// The bundled catalog holds the seed listing's 21 episodes verbatim. The seed is parsed here,
// from the text file, so the test compares against the source and not against a copy.
#include "catalogloader.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct SeedEpisode
{
    QString title;
    int durationSec = 0;
    QString summary;
    QString
        tagsAndDate; // the listing runs tags and date together: "Fine-TuningAI Training…2026-02-19"
};

QList<SeedEpisode> parseSeed(const QString &path, QString *topicTitle)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read the seed listing %s", qPrintable(path));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    // "All Topics", topic title, blurb, then five lines an episode.
    *topicTitle = lines.value(1);
    QList<SeedEpisode> out;
    for (qsizetype i = 3; i + 4 < lines.size() + 0; i += 5) {
        const QStringList mmss = lines.at(i + 1).split(u':');
        SeedEpisode e;
        e.title = lines.at(i);
        e.durationSec = mmss.value(0).toInt() * 60 + mmss.value(1).toInt();
        if (lines.at(i + 2) != e.title)
            qFatal("seed listing: unexpected layout at line %lld", i);
        e.summary = lines.at(i + 3);
        e.tagsAndDate = lines.at(i + 4);
        out.append(e);
    }
    return out;
}
} // namespace

class TestBundledCatalog : public QObject
{
    Q_OBJECT

private slots:
    void matchesSeedListing();
    void courseOrderIsTheListingReversed();
};

void TestBundledCatalog::matchesSeedListing()
{
    QString topicTitle;
    const QList<SeedEpisode> seed = parseSeed(QStringLiteral(EARMARK_SEED_FILE), &topicTitle);
    QCOMPARE(seed.size(), 21);

    const auto r = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    const QList<Episode> &episodes = r.catalog.episodes();
    QCOMPARE(episodes.size(), seed.size());
    QCOMPARE(r.catalog.topics().size(), 1);
    QCOMPARE(r.catalog.topics().at(0).title, topicTitle);

    QSet<QString> ids;
    for (qsizetype i = 0; i < seed.size(); ++i) {
        const Episode &e = episodes.at(i);
        QCOMPARE(e.title, seed.at(i).title);
        QCOMPARE(e.durationSec, seed.at(i).durationSec);
        QCOMPARE(e.summary, seed.at(i).summary);
        QCOMPARE(e.tags.join(QString()) + e.published.toString(Qt::ISODate),
                 seed.at(i).tagsAndDate);
        QCOMPARE(e.topicId, r.catalog.topics().at(0).id);
        QVERIFY(e.tags.contains(topicTitle));
        QVERIFY(!e.id.isEmpty());
        ids.insert(e.id);
    }
    QCOMPARE(ids.size(), seed.size());
}

void TestBundledCatalog::courseOrderIsTheListingReversed()
{
    const auto r = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    const QList<Episode> &episodes = r.catalog.episodes();
    for (qsizetype i = 0; i < episodes.size(); ++i)
        QCOMPARE(episodes.at(i).order, int(episodes.size() - i));
    QVERIFY(episodes.last().title.startsWith(u"The pre-training recipe"_s));
    QVERIFY(episodes.first().title.startsWith(u"When to fine-tune vs when to prompt"_s));
}

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"
