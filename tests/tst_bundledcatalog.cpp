// The bundled catalog holds the seed listing's 21 episodes verbatim. The seed is parsed here,
// from the text file, so the test compares against the source and not against a copy. Each
// episode's lesson (resources/lessons/<id>.txt) is what its bundled transcript says, sentence by
// sentence, with the catalog's chapters at the transcript's cue times.
#include "catalogloader.h"

#include <QFile>
#include <QRegularExpression>
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

struct Cue
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;
};

// Just enough WebVTT for the files make-lessons.py writes: header, NOTE blocks, numbered cues.
QList<Cue> readVtt(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList blocks = QString::fromUtf8(f.readAll()).split(u"\n\n"_s, Qt::SkipEmptyParts);
    static const QRegularExpression kTiming(QStringLiteral(
        "^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) --> (\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})$"));
    const auto ms = [](const QRegularExpressionMatch &m, int first) {
        return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60 +
                m.captured(first + 2).toLongLong()) *
                   1000 +
               m.captured(first + 3).toLongLong();
    };
    QList<Cue> cues;
    for (const QString &block : blocks) {
        const QStringList lines = block.trimmed().split(u'\n');
        if (lines.size() < 3 || lines.first().startsWith(u"NOTE"))
            continue;
        const auto m = kTiming.match(lines.at(1));
        if (!m.hasMatch())
            return {};
        cues.append({ms(m, 1), ms(m, 5), lines.mid(2).join(u' ')});
    }
    return cues;
}
} // namespace

class TestBundledCatalog : public QObject
{
    Q_OBJECT

private slots:
    void matchesSeedListing();
    void courseOrderIsTheListingReversed();
    void lessonsMatchTranscriptsAndChapters();
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

void TestBundledCatalog::lessonsMatchTranscriptsAndChapters()
{
    const auto r = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    QVERIFY(r.isValid());
    const QString lessons = QStringLiteral(EARMARK_TEST_DATA "/../../resources/lessons/");
    for (const Episode &e : r.catalog.episodes()) {
        QFile script(lessons + e.id + u".txt"_s);
        QVERIFY2(script.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(script.fileName()));
        QStringList sentences, chapterTitles;
        QList<qsizetype> chapterFirstSentence;
        for (const QString &raw : QString::fromUtf8(script.readAll()).split(u'\n')) {
            const QString line = raw.simplified();
            if (line.startsWith(u"## "_s)) {
                chapterTitles.append(line.mid(3));
                chapterFirstSentence.append(sentences.size());
            } else if (!line.isEmpty()) {
                sentences.append(line);
            }
        }
        const qsizetype words = sentences.join(u' ').split(u' ').size();
        QVERIFY2(words >= 180 && words <= 300, qPrintable(e.id + u": "_s + QString::number(words)));

        const QList<Cue> cues = readVtt(u":/transcripts/"_s + e.id + u".vtt"_s);
        QCOMPARE(cues.size(), sentences.size());
        for (qsizetype i = 0; i < cues.size(); ++i) {
            QCOMPARE(cues.at(i).text, sentences.at(i));
            QVERIFY(cues.at(i).startMs < cues.at(i).endMs);
            if (i > 0) { // sentences follow each other with a short pause, never overlapping
                const qint64 pause = cues.at(i).startMs - cues.at(i - 1).endMs;
                QVERIFY2(pause >= 300 && pause <= 1200,
                         qPrintable(e.id + u": "_s + QString::number(pause)));
            }
        }
        // The narration lands near the listed length.
        QVERIFY2(cues.last().endMs >= 70000 && cues.last().endMs <= 125000, qPrintable(e.id));

        QVERIFY2(chapterTitles.size() >= 2 && chapterTitles.size() <= 4, qPrintable(e.id));
        QCOMPARE(e.chapters.size(), chapterTitles.size());
        for (qsizetype c = 0; c < e.chapters.size(); ++c) {
            QCOMPARE(e.chapters.at(c).title, chapterTitles.at(c));
            const qint64 expected = c == 0 ? 0 : cues.at(chapterFirstSentence.at(c)).startMs;
            QCOMPARE(e.chapters.at(c).startMs, expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestBundledCatalog)
#include "tst_bundledcatalog.moc"
