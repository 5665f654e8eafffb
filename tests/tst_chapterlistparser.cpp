// ChapterListParser (Podcasting 2.0 chapters JSON) and ChapterSources (which chapters an episode
// shows, and which plays at a position).
#include "chapterlistparser.h"
#include "chaptersources.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList problemStrings(const ChapterListParseResult &r)
{
    QStringList out;
    for (const InputProblem &p : r.problems)
        out.append(p.toString());
    return out;
}

// A struct shaped like FeedChapter and EmbeddedChapter (their libraries are not linked here).
struct OtherChapter
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString title;
};

} // namespace

char *toString(const Chapter &c)
{
    return qstrdup(QStringLiteral("%1 %2").arg(c.startMs).arg(c.title).toUtf8().constData());
}

class ChapterListParserTest final : public QObject
{
    Q_OBJECT

private slots:
    void podcastingChapters();
    void unsortedAndStringTimes();
    void hostile_data();
    void hostile();
    void tooLargeIsRefused();
    void tooManyChapters();

    void chooseFollowsThePolicy();
    void toChaptersConvertsOtherTypes();
    void chapterAt();
};

void ChapterListParserTest::podcastingChapters()
{
    const QByteArray json = "\xEF\xBB\xBF"
                            R"({
  "version": "1.2.0",
  "author": "Someone",
  "title": "Episode 1",
  "chapters": [
    {"startTime": 0, "title": "Intro", "img": "https://example.com/a.jpg"},
    {"startTime": 65.5, "title": "  The   main part ", "url": "https://example.com", "endTime": 90},
    {"startTime": 80, "img": "https://example.com/ad.jpg", "toc": false},
    {"startTime": 3725.25, "title": "Outro", "toc": true, "location": {"name": "Berlin"}}
  ]
})";
    const auto r = ChapterListParser::parse(json, u"c.json"_s);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<Chapter> expected = {
        {0, u"Intro"_s}, {65500, u"The main part"_s}, {3725250, u"Outro"_s}};
    QCOMPARE(r.chapters, expected);
}

void ChapterListParserTest::unsortedAndStringTimes()
{
    const auto r = ChapterListParser::parse(R"({"version": "1.2.0", "chapters": [
        {"startTime": "120", "title": "Second"},
        {"startTime": 5, "title": "First"},
        {"startTime": 120, "title": "Second, too"}]})",
                                            u"c.json"_s);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<Chapter> expected = {
        {5000, u"First"_s}, {120000, u"Second"_s}, {120000, u"Second, too"_s}};
    QCOMPARE(r.chapters, expected);
}

void ChapterListParserTest::hostile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("chapters");
    QTest::newRow("empty") << QByteArray(" \n")
                           << QStringList{u"c:1:1: the file is empty; expected a JSON object "
                                          u"with \"chapters\""_s}
                           << 0;
    QTest::newRow("binary") << QByteArray("{\"chapters\"\0", 12)
                            << QStringList{u"c:1:12: this is not a text file (NUL byte); "
                                           u"expected JSON"_s}
                            << 0;
    QTest::newRow("syntax")
        << QByteArray("{\"chapters\": [\n  {\"startTime\": 1,}\n]}")
        << QStringList{u"c:2:19: JSON syntax error: object is missing after a comma"_s} << 0;
    QTest::newRow("array root") << QByteArray("\n  []")
                                << QStringList{u"c:2:3: expected a JSON object with "
                                               u"\"chapters\""_s}
                                << 0;
    QTest::newRow("no chapters") << QByteArray("{\"version\": \"1.2.0\"}")
                                 << QStringList{u"c:1:1: expected a \"chapters\" array"_s} << 0;
    QTest::newRow("chapters not an array")
        << QByteArray("{\"version\": \"1.2.0\", \"chapters\": {}}")
        << QStringList{u"c:1:34: expected a \"chapters\" array"_s} << 0;
    QTest::newRow("bad chapters")
        << QByteArray("{\"chapters\": [\n"
                      "  \"intro\",\n"
                      "  {\"title\": \"no start\"},\n"
                      "  {\"startTime\": -5, \"title\": \"negative\"},\n"
                      "  {\"startTime\": \"soon\", \"title\": \"words\"},\n"
                      "  {\"startTime\": 1e308, \"title\": \"absurd\"},\n"
                      "  {\"startTime\": 3},\n"
                      "  {\"startTime\": 4, \"title\": \"   \"},\n"
                      "  {\"startTime\": 5, \"title\": [\"x\"]},\n"
                      "  {\"startTime\": 6, \"title\": \"kept\"}\n]}")
        << QStringList{u"c:2:3: a chapter must be an object; skipped"_s,
                       u"c:3:3: a chapter needs \"startTime\"; skipped"_s,
                       u"c:4:17: \"startTime\" must be a number of seconds from 0 to 36000000; skipped"_s,
                       u"c:5:17: \"startTime\" must be a number of seconds from 0 to 36000000; skipped"_s,
                       u"c:6:17: \"startTime\" must be a number of seconds from 0 to 36000000; skipped"_s,
                       u"c:7:3: a chapter needs a \"title\" text; skipped"_s,
                       u"c:8:29: a chapter needs a \"title\" text; skipped"_s,
                       u"c:9:29: a chapter needs a \"title\" text; skipped"_s}
        << 1;
    QTest::newRow("limits") << QByteArray("{\"chapters\": [" + QByteArray(1'000'000, '['))
                            << QStringList{u"c:1:1000013: more than 1000000 arrays and "
                                           u"objects; refused to keep memory bounded"_s}
                            << 0;
}

void ChapterListParserTest::hostile()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, problems);
    QFETCH(int, chapters);
    const auto r = ChapterListParser::parse(data, u"c"_s);
    QCOMPARE(problemStrings(r), problems);
    QCOMPARE(r.chapters.size(), chapters);
}

void ChapterListParserTest::tooLargeIsRefused()
{
    const QByteArray huge =
        "{\"chapters\": [], \"x\": \"" + QByteArray(ChapterListParser::kMaxBytes, 'a') + "\"}";
    const auto r = ChapterListParser::parse(huge, u"big.json"_s);
    QCOMPARE(problemStrings(r),
             QStringList{u"big.json: the file is too large (8 MiB); the limit is 8 MiB"_s});
}

void ChapterListParserTest::tooManyChapters()
{
    QByteArray json = "{\"chapters\": [";
    for (int i = 0; i < ChapterListParser::kMaxChapters + 5; ++i)
        json += (i ? ",\n" : "\n") + QByteArray("{\"startTime\": ") + QByteArray::number(i) +
                ", \"title\": \"c\"}";
    json += "]}";
    const auto r = ChapterListParser::parse(json, u"many.json"_s);
    QCOMPARE(r.chapters.size(), ChapterListParser::kMaxChapters);
    QCOMPARE(problemStrings(r),
             QStringList{u"many.json:10002:1: more than 10000 chapters; the rest are left out"_s});
}

void ChapterListParserTest::chooseFollowsThePolicy()
{
    const QList<Chapter> json = {{60000, u"json b"_s}, {0, u"json a"_s}};
    const QList<Chapter> catalog = {{0, u"catalog"_s}};
    const QList<Chapter> psc = {{0, u"psc"_s}};
    const QList<Chapter> embedded = {{0, u"embedded"_s}};

    auto c = ChapterSources::choose(json, catalog, psc, embedded);
    QCOMPARE(c.source, ChapterSources::Source::PodcastJson);
    const QList<Chapter> sortedJson = {{0, u"json a"_s}, {60000, u"json b"_s}};
    QCOMPARE(c.chapters, sortedJson);

    c = ChapterSources::choose({}, catalog, psc, embedded);
    QCOMPARE(c.source, ChapterSources::Source::Catalog);
    QCOMPARE(c.chapters, catalog);
    c = ChapterSources::choose({}, {}, psc, embedded);
    QCOMPARE(c.source, ChapterSources::Source::Podlove);
    QCOMPARE(c.chapters, psc);
    c = ChapterSources::choose({}, {}, {}, embedded);
    QCOMPARE(c.source, ChapterSources::Source::Embedded);
    QCOMPARE(c.chapters, embedded);
    c = ChapterSources::choose({}, {}, {}, {});
    QCOMPARE(c.source, ChapterSources::Source::None);
    QVERIFY(c.chapters.isEmpty());
}

void ChapterListParserTest::toChaptersConvertsOtherTypes()
{
    const QList<OtherChapter> other = {{1000, 5000, u"One"_s}, {5000, 9000, u"Two"_s}};
    const QList<Chapter> expected = {{1000, u"One"_s}, {5000, u"Two"_s}};
    QCOMPARE(ChapterSources::toChapters(other), expected);
}

void ChapterListParserTest::chapterAt()
{
    const QList<Chapter> chapters = {
        {1000, u"a"_s}, {5000, u"b"_s}, {5000, u"b2"_s}, {9000, u"c"_s}};
    QCOMPARE(ChapterSources::chapterAt(chapters, 0), -1);
    QCOMPARE(ChapterSources::chapterAt(chapters, 1000), 0);
    QCOMPARE(ChapterSources::chapterAt(chapters, 4999), 0);
    QCOMPARE(ChapterSources::chapterAt(chapters, 5000), 2);
    QCOMPARE(ChapterSources::chapterAt(chapters, 100'000), 3);
    QCOMPARE(ChapterSources::chapterAt({}, 100), -1);
}

QTEST_GUILESS_MAIN(ChapterListParserTest)
#include "tst_chapterlistparser.moc"
