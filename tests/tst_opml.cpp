// OpmlReader and OpmlWriter: OPML 1.0/2.0 subscription lists, nested outlines flattened,
// directory links, duplicates, problems with positions, recovery, and the round trip.
#include "opmlreader.h"
#include "opmlwriter.h"

#include <QFile>
#include <QTest>

class TestOpml : public QObject
{
    Q_OBJECT

private slots:
    void nestedOutlinesFlattened();
    void problemsWithPositions();
    void directoryLinks();
    void titleWithMarkup();
    void opml1WithRecovery();
    void truncatedKeepsWhatWasRead();
    void notOpml_data();
    void notOpml();
    void localFileMayListFiles();
    void writerOutput();
    void roundTrip();
    void roundTripEmpty();
    void fuzzRegression();
};

// Problems print as FILE:LINE:COLUMN: message when a comparison fails.
namespace QTest {
template<> char *toString(const InputProblem &problem)
{
    return qstrdup(problem.toString().toUtf8().constData());
}
} // namespace QTest

namespace {

const QUrl kLocation(u"https://lists.example.org/me/subs.opml"_qs);

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(EARMARK_TEST_DATA) + u"/feeds/" + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

InputProblem problem(int line, int column, const QString &message)
{
    return {kLocation.toString(), line, column, message};
}

} // namespace

void TestOpml::nestedOutlinesFlattened()
{
    const OpmlReadResult result = OpmlReader::parse(fixture(u"subscriptions.opml"_qs), kLocation);
    QVERIFY(result.complete);
    QCOMPARE(result.document.title, u"My podcasts"_qs);
    QCOMPARE(
        result.document.outlines,
        (QList<OpmlOutline>{
            {u"GenAI Explained"_qs, u"https://genai.example.org/feed.xml"_qs,
             u"https://genai.example.org/"_qs},
            {u"Only a title"_qs, u"http://deep.example.org/podcast.rss"_qs, {}},
            {u"Directory feed"_qs, u"https://dir.example.org/shows/42/feed"_qs, {}},
            {u"Caf\u00e9 & more"_qs, u"https://lists.example.org/me/relative/cafe.xml"_qs, {}}}));
}

void TestOpml::problemsWithPositions()
{
    const OpmlReadResult result = OpmlReader::parse(fixture(u"subscriptions.opml"_qs), kLocation);
    QCOMPARE(
        result.problems,
        (QList<InputProblem>{
            problem(14, 82, u"the same feed as the outline on line 9; kept once"_qs),
            problem(17, 39, u"an outline of type \"rss\" without an xmlUrl; skipped"_qs),
            problem(18, 68, u"\"javascript:alert(1)\" is not a feed URL; skipped"_qs),
            problem(19, 23,
                    u"HTML entity \"&eacute;\" is not defined in XML; read as \"\u00e9\""_qs)}));
}

void TestOpml::directoryLinks()
{
    // type="link" counts when its URL looks like a feed, not when it is a web page.
    const QByteArray data =
        "<opml version=\"2.0\"><body>"
        "<outline type=\"link\" text=\"a\" url=\"http://d.example.org/a.rss\"/>"
        "<outline type=\"link\" text=\"b\" url=\"http://d.example.org/b/rss\"/>"
        "<outline type=\"link\" text=\"c\" url=\"http://d.example.org/c.html\"/>"
        "<outline type=\"LINK\" text=\"d\" url=\"http://d.example.org/d.xml\"/>"
        "<outline type=\"link\" text=\"e\" url=\"http://d.example.org/?format=rss\"/>"
        "</body></opml>";
    const OpmlReadResult result = OpmlReader::parse(data, kLocation);
    QVERIFY(result.problems.isEmpty());
    QStringList titles;
    for (const OpmlOutline &outline : result.document.outlines)
        titles.append(outline.title);
    QCOMPARE(titles, (QStringList{u"a"_qs, u"b"_qs, u"d"_qs, u"e"_qs}));
}

void TestOpml::titleWithMarkup()
{
    const OpmlReadResult result = OpmlReader::parse(
        "<opml><head><title>My <b>best</b>\n  podcasts</title></head><body/></opml>", kLocation);
    QVERIFY(result.complete);
    QCOMPARE(result.document.title, u"My best podcasts"_qs);
}

void TestOpml::opml1WithRecovery()
{
    const OpmlReadResult result = OpmlReader::parse(fixture(u"gpodder-1.0.opml"_qs), kLocation);
    QVERIFY(result.complete);
    QCOMPARE(result.document.title, u"gPodder subscriptions"_qs);
    QCOMPARE(result.document.outlines.size(), 2);
    QCOMPARE(result.document.outlines.at(1).title, u"Tom & Jerry"_qs);
    QCOMPARE(result.document.outlines.at(1).feedUrl, u"http://tj.example.org/rss.xml?a=1&b=2"_qs);
    QCOMPARE(result.problems,
             (QList<InputProblem>{problem(4, 20, u"unescaped '&'; read as \"&amp;\""_qs),
                                  problem(4, 81, u"unescaped '&'; read as \"&amp;\""_qs)}));
}

void TestOpml::truncatedKeepsWhatWasRead()
{
    const OpmlReadResult result = OpmlReader::parse(fixture(u"truncated.opml"_qs), kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.document.outlines.size(), 1);
    QCOMPARE(result.document.outlines.at(0).feedUrl, u"https://one.example.org/feed"_qs);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 5);
    QCOMPARE(result.problems.at(0).message,
             u"the document ends too early (truncated?); 1 subscription(s) read before"_qs);
}

void TestOpml::notOpml_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<InputProblem>("expected");
    QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"/>")
                         << problem(1, 20,
                                    u"not an OPML file: the document is <rss>, expected <opml>"_qs);
    QTest::newRow("empty") << QByteArray(" \n") << problem(0, 0, u"the document is empty"_qs);

    QByteArray deep = "<opml><body>";
    for (int i = 0; i < 80; ++i)
        deep += "<outline text=\"x\">";
    QTest::newRow("deep") << deep << problem(1, 1146, u"elements nested deeper than 64"_qs);
    QByteArray deepTitle = "<opml><head><title>";
    for (int i = 0; i < 80; ++i)
        deepTitle += "<b>";
    QTest::newRow("deep title") << deepTitle
                                << problem(1, 19 + 62 * 3, u"elements nested deeper than 64"_qs);
}

void TestOpml::notOpml()
{
    QFETCH(QByteArray, data);
    QFETCH(InputProblem, expected);
    const OpmlReadResult result = OpmlReader::parse(data, kLocation);
    QVERIFY(!result.complete);
    QVERIFY(result.document.outlines.isEmpty());
    QCOMPARE(result.problems, QList<InputProblem>{expected});
}

void TestOpml::localFileMayListFiles()
{
    const QByteArray data = "<opml version=\"2.0\"><body><outline type=\"rss\" text=\"f\" "
                            "xmlUrl=\"feeds/local.xml\"/></body></opml>";
    const OpmlReadResult result =
        OpmlReader::parse(data, QUrl::fromLocalFile(u"/home/me/subs.opml"_qs));
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.document.outlines.at(0).feedUrl, u"file:///home/me/feeds/local.xml"_qs);
    // The same list from the web may not point at files.
    QCOMPARE(OpmlReader::parse(data, QUrl(u"https://x.example.org/subs.opml"_qs))
                 .document.outlines.at(0)
                 .feedUrl,
             u"https://x.example.org/feeds/local.xml"_qs);
}

void TestOpml::writerOutput()
{
    const OpmlDocument document{
        u"Mine & <yours>"_qs,
        {{u"A \"quoted\" title"_qs, u"https://a.example.org/feed?x=1&y=2"_qs,
          u"https://a.example.org/"_qs},
         {u"\u65e5\u672c"_qs, u"http://b.example.org/rss"_qs, {}}}};
    const QByteArray xml = OpmlWriter::write(document);
    QCOMPARE(xml,
             QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<opml version=\"2.0\">\n"
                        "  <head>\n"
                        "    <title>Mine &amp; &lt;yours&gt;</title>\n"
                        "  </head>\n"
                        "  <body>\n"
                        "    <outline type=\"rss\" text=\"A &quot;quoted&quot; title\" "
                        "title=\"A &quot;quoted&quot; title\" "
                        "xmlUrl=\"https://a.example.org/feed?x=1&amp;y=2\" "
                        "htmlUrl=\"https://a.example.org/\"/>\n"
                        "    <outline type=\"rss\" text=\"\xE6\x97\xA5\xE6\x9C\xAC\" "
                        "title=\"\xE6\x97\xA5\xE6\x9C\xAC\" xmlUrl=\"http://b.example.org/rss\"/>\n"
                        "  </body>\n"
                        "</opml>\n"));
}

void TestOpml::roundTrip()
{
    const OpmlReadResult first = OpmlReader::parse(fixture(u"subscriptions.opml"_qs), kLocation);
    const QByteArray written = OpmlWriter::write(first.document);
    const OpmlReadResult second = OpmlReader::parse(written, kLocation);
    QVERIFY(second.complete);
    QVERIFY(second.problems.isEmpty());
    QCOMPARE(second.document, first.document);
    QCOMPARE(OpmlWriter::write(second.document), written);
}

void TestOpml::roundTripEmpty()
{
    const OpmlDocument empty;
    const OpmlReadResult result = OpmlReader::parse(OpmlWriter::write(empty), kLocation);
    QVERIFY(result.complete);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.document, empty);
}

void TestOpml::fuzzRegression()
{
    // Found by fuzz_opmlreader: shorter than a byte order mark and not UTF-8 (read past the
    // end once).
    const OpmlReadResult result = OpmlReader::parse(QByteArray("?\xbc"), kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.problems,
             (QList<InputProblem>{
                 problem(1, 1,
                         u"the document ends too early (truncated?); 0 subscription(s) read "
                         "before"_qs),
                 problem(1, 2, u"not valid UTF-8; the document is read as windows-1252"_qs)}));
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
