// FeedParser: RSS 2.0, RSS 0.9x, RSS 1.0 and Atom with their podcast namespaces, encodings,
// recovery from sloppy XML with each problem's position, hostile input, HTML feed discovery.
// The fixtures are in tests/data/feeds/.
#include "feedparser.h"

#include <QFile>
#include <QTest>

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void rssChannel();
    void rssItem();
    void itunesDurationAndNumbers();
    void podcastingNamespace();
    void podloveChapters();
    void enclosureChoice();
    void itemWithoutEnclosureIsSkipped();
    void unreadableDateAndDurationAreReported();
    void atomFeed();
    void rss091WithDoctype();
    void rdfFeed();
    void mediaContentFallback();
    void undeclaredPrefixes();
    void htmlEntities();
    void strayAmpersand();
    void strayAmpersandInCdataIsLiteral();
    void manyStrayAmpersandsOnOneLine();
    void whiteSpaceBeforeDeclaration();
    void encodings_data();
    void encodings();
    void charsetHeaderWinsOverDeclaration();
    void invalidUtf8ReadAsWindows1252();
    void truncatedKeepsCompletedItems();
    void billionLaughsRefused();
    void externalEntityNotFetched();
    void tooLargeRefused();
    void deepNestingRefused();
    void xmlBase();
    void relativeUrlsAndSchemes();
    void localFeedMayPointAtFiles();
    void htmlPageDiscovery();
    void htmlPageWithoutFeeds();
    void notAFeed_data();
    void notAFeed();
    void summaryIsPlainAndCut();
    void showNotesAreTheLongest();
    void unknownElementsIgnored();
    void channelImageFallbacks();
    void itunesTitleAndExplicit_data();
    void itunesTitleAndExplicit();
    void atomHtmlContentAndIcon();
    void entityInAttribute();
    void streamingHandsOverTheSameItems();
    void undeclaredPrefixFarDown_data();
    void undeclaredPrefixFarDown();
    void fuzzRegressions_data();
    void fuzzRegressions();
};

// Problems print as FILE:LINE:COLUMN: message when a comparison fails.
namespace QTest {
template<> char *toString(const InputProblem &problem)
{
    return qstrdup(problem.toString().toUtf8().constData());
}
} // namespace QTest

namespace {

const QUrl kLocation(u"https://feeds.example.org/dir/feed.xml"_qs);

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(EARMARK_TEST_DATA) + u"/feeds/" + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return file.readAll();
}

FeedParseResult parseFixture(const QString &name, const QByteArray &contentType = {})
{
    return FeedParser::parse(fixture(name), kLocation, contentType);
}

InputProblem problem(int line, int column, const QString &message)
{
    return {kLocation.toString(), line, column, message};
}

QByteArray rss(const QByteArray &items, const QByteArray &namespaces = {})
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"" + namespaces +
           ">\n<channel>\n<title>T</title>\n" + items + "\n</channel>\n</rss>\n";
}

} // namespace

void TestFeedParser::rssChannel()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    QVERIFY(result.complete);
    const FeedDocument &feed = result.feed;
    QCOMPARE(feed.title, u"GenAI Explained"_qs);         // white space folded
    QCOMPARE(feed.description, u"How models learn."_qs); // tags stripped
    QCOMPARE(feed.link, u"https://genai.example.org/"_qs);
    QCOMPARE(feed.language, u"en-us"_qs);
    QCOMPARE(feed.author, u"Ada Example"_qs);
    QCOMPARE(feed.imageUrl, u"https://genai.example.org/cover.jpg"_qs); // itunes:image wins
    QCOMPARE(feed.newFeedUrl, u"https://feeds.example.org/genai"_qs);
    // Nested itunes:category flattened, keywords split, duplicates (any case) once.
    QCOMPARE(feed.categories, (QStringList{u"Technology"_qs, u"Podcasting"_qs, u"Education"_qs,
                                           u"AI"_qs, u"training"_qs, u"Machine Learning"_qs}));
    QCOMPARE(feed.persons.size(), 1);
    QCOMPARE(feed.persons.at(0).name, u"Ada Example"_qs);
    QCOMPARE(feed.persons.at(0).role, u"host"_qs);
    QCOMPARE(feed.persons.at(0).group, u"cast"_qs);
    QCOMPARE(feed.persons.at(0).url, u"https://ada.example.org"_qs);
    QCOMPARE(feed.persons.at(0).imageUrl, u"https://ada.example.org/a.jpg"_qs);
}

void TestFeedParser::rssItem()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    QCOMPARE(result.feed.items.size(), 3);
    const FeedItem &item = result.feed.items.at(0);
    QCOMPARE(item.title, u"Episode 1: Tokens"_qs);
    QCOMPARE(item.guid, u"genai-0001"_qs); // trimmed
    QCOMPARE(item.link, u"https://genai.example.org/1"_qs);
    QCOMPARE(item.audioUrl, u"https://cdn.example.org/ep1.mp3"_qs);
    QCOMPARE(item.audioType, u"audio/mpeg"_qs);
    QCOMPARE(item.audioBytes, 12345678);
    QCOMPARE(item.published, QDateTime(QDate(2024, 3, 5), QTime(15, 30), Qt::UTC));
    QVERIFY(item.publishedHasTime);
    QCOMPARE(item.imageUrl, u"https://genai.example.org/ep1.jpg"_qs);
    QCOMPARE(item.showNotes, u"<p>How text becomes <b>tokens</b> &amp; why it matters.</p>"
                             "<p>Second paragraph.</p>"_qs);
    QCOMPARE(item.summary, u"How text becomes tokens & why it matters. Second paragraph."_qs);
    QCOMPARE(item.categories, (QStringList{u"tokens"_qs, u"Tokenizer"_qs, u"Basics"_qs}));
    QVERIFY(item.explicitContent);
}

void TestFeedParser::itunesDurationAndNumbers()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    QCOMPARE(result.feed.items.at(0).durationSec, 3723); // 1:02:03
    QCOMPARE(result.feed.items.at(0).episodeNumber, 1);
    QCOMPARE(result.feed.items.at(0).seasonNumber, 2);
    QCOMPARE(result.feed.items.at(1).durationSec, 3601); // 3600.6 rounded
    QCOMPARE(result.feed.items.at(1).episodeNumber, 0);
    QVERIFY(!result.feed.items.at(1).explicitContent);
}

void TestFeedParser::podcastingNamespace()
{
    const FeedItem item = parseFixture(u"podcast.rss"_qs).feed.items.at(0);
    QCOMPARE(item.transcripts.size(), 2);
    QCOMPARE(item.transcripts.at(0), (FeedTranscript{u"https://genai.example.org/1.vtt"_qs,
                                                     u"text/vtt"_qs, u"en"_qs, u"captions"_qs}));
    // Relative to the feed's own URL.
    QCOMPARE(
        item.transcripts.at(1),
        (FeedTranscript{u"https://feeds.example.org/1.json"_qs, u"application/json"_qs, {}, {}}));
    QCOMPARE(item.chaptersUrl, u"https://genai.example.org/1-chapters.json"_qs);
    QCOMPARE(item.chaptersType, u"application/json+chapters"_qs);
    QCOMPARE(item.persons.size(), 2);
    QCOMPARE(item.persons.at(0), (FeedPerson{u"Grace Guest"_qs, u"guest"_qs, u"cast"_qs, {}, {}}));
    QCOMPARE(item.persons.at(1), (FeedPerson{u"Ada Example"_qs, u"host"_qs, u"cast"_qs, {}, {}}));
}

void TestFeedParser::podloveChapters()
{
    const FeedItem item = parseFixture(u"podcast.rss"_qs).feed.items.at(0);
    QCOMPARE(item.chapters.size(), 3);
    // Sorted by start.
    QCOMPARE(item.chapters.at(0),
             (FeedChapter{0, u"Intro"_qs, {}, u"https://feeds.example.org/dir/intro.png"_qs}));
    QCOMPARE(item.chapters.at(1),
             (FeedChapter{62'500, u"Subwords"_qs, u"https://genai.example.org/1#bpe"_qs, {}}));
    QCOMPARE(item.chapters.at(2), (FeedChapter{5'400'000, u"Outro"_qs, {}, {}}));
}

void TestFeedParser::enclosureChoice()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    // An image enclosure first: the video one is the episode's.
    QCOMPARE(result.feed.items.at(1).audioUrl, u"https://cdn.example.org/ep2.mp4"_qs);
    QCOMPARE(result.feed.items.at(1).audioType, u"video/mp4"_qs);
    QCOMPARE(result.feed.items.at(1).audioBytes, 99);
    // No types: the first URL with a media extension (query ignored).
    QCOMPARE(result.feed.items.at(2).audioUrl, u"https://cdn.example.org/ep3.opus?download=1"_qs);
    QCOMPARE(result.feed.items.at(2).audioType, QString());
}

void TestFeedParser::itemWithoutEnclosureIsSkipped()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    QStringList titles;
    for (const FeedItem &item : result.feed.items)
        titles.append(item.title);
    QCOMPARE(titles, (QStringList{u"Episode 1: Tokens"_qs, u"Episode 2: Video"_qs,
                                  u"Episode 3: No type"_qs}));
    for (const InputProblem &p : result.problems)
        QVERIFY2(!p.message.contains(u"enclosure"_qs), qPrintable(p.toString()));
}

void TestFeedParser::unreadableDateAndDurationAreReported()
{
    const FeedParseResult result = parseFixture(u"podcast.rss"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.problems,
             (QList<InputProblem>{
                 problem(64, 15, u"cannot read the date \"not a date\"; left empty"_qs),
                 problem(65, 23, u"cannot read the duration \"about an hour\"; left empty"_qs)}));
    QVERIFY(!result.feed.items.at(2).published.isValid());
    QCOMPARE(result.feed.items.at(2).durationSec, 0);
}

void TestFeedParser::atomFeed()
{
    const FeedParseResult result = parseFixture(u"atom.xml"_qs);
    QVERIFY(result.complete);
    QVERIFY(result.problems.isEmpty());
    const FeedDocument &feed = result.feed;
    QCOMPARE(feed.title, u"Atom Cast"_qs); // type="html"
    QCOMPARE(feed.description, u"Episodes in Atom."_qs);
    QCOMPARE(feed.link, u"https://atom.example.org/"_qs);
    QCOMPARE(feed.imageUrl, u"https://atom.example.org/logo.png"_qs);
    QCOMPARE(feed.author, u"Bo Atom"_qs);
    QCOMPARE(feed.language, u"de"_qs);
    QCOMPARE(feed.categories, QStringList{u"Science"_qs});
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &first = feed.items.at(0);
    QCOMPARE(first.guid, u"urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a"_qs);
    QCOMPARE(first.title, u"First entry"_qs);
    QCOMPARE(first.link, u"https://atom.example.org/1"_qs);
    QCOMPARE(first.audioUrl, u"https://atom.example.org/1.ogg"_qs);
    QCOMPARE(first.audioType, u"audio/ogg"_qs);
    QCOMPARE(first.audioBytes, 4242);
    QCOMPARE(first.published, QDateTime(QDate(2024, 3, 5), QTime(9, 30, 0, 250), Qt::UTC));
    QCOMPARE(first.showNotes, u"<div><p>Longer <b>content</b> &amp; more.</p></div>"_qs);
    QCOMPARE(first.summary, u"Longer content & more."_qs);
    QCOMPARE(first.categories, QStringList{u"physics"_qs});
    QCOMPARE(first.durationSec, 1530);
    const FeedItem &second = feed.items.at(1);
    QCOMPARE(second.guid, u"tag:atom.example.org,2024:2"_qs);
    // No <published>: <updated>, a date alone.
    QCOMPARE(second.published, QDateTime(QDate(2024, 3, 7), QTime(0, 0), Qt::UTC));
    QVERIFY(!second.publishedHasTime);
}

void TestFeedParser::rss091WithDoctype()
{
    const FeedParseResult result = parseFixture(u"rss091.xml"_qs);
    QVERIFY(result.complete);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.feed.title, u"Old Radio"_qs);
    QCOMPARE(result.feed.description, u"Since 1999."_qs);
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.feed.items.at(0).audioUrl, u"http://old.example.org/show1.mp3"_qs);
    QCOMPARE(result.feed.items.at(0).summary, u"The first show."_qs);
}

void TestFeedParser::rdfFeed()
{
    const FeedParseResult result = parseFixture(u"rdf.xml"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.feed.title, u"RDF Radio"_qs);
    QCOMPARE(result.feed.items.size(), 1);
    const FeedItem &item = result.feed.items.at(0);
    QCOMPARE(item.title, u"RDF one"_qs);
    QCOMPARE(item.published, QDateTime(QDate(2024, 3, 5), QTime(10, 30), Qt::UTC)); // dc:date
    QCOMPARE(item.categories, QStringList{u"Radio"_qs});                            // dc:subject
    QCOMPARE(item.audioUrl, u"http://rdf.example.org/1.mp3"_qs);
}

void TestFeedParser::mediaContentFallback()
{
    const FeedParseResult result = parseFixture(u"media-only.rss"_qs);
    QCOMPARE(result.feed.items.size(), 2);
    // In a media:group, the image is passed over for the video medium.
    QCOMPARE(result.feed.items.at(0).audioUrl, u"https://m.example.org/1.webm"_qs);
    QCOMPARE(result.feed.items.at(0).imageUrl, u"https://m.example.org/t1.jpg"_qs);
    // An enclosure wins over media:content even when it comes later.
    QCOMPARE(result.feed.items.at(1).audioUrl, u"https://m.example.org/2.mp3"_qs);
}

void TestFeedParser::undeclaredPrefixes()
{
    const FeedParseResult result = parseFixture(u"undeclared.rss"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.problems,
             QList<InputProblem>{
                 problem(5, 1,
                         u"namespace prefixes used without a declaration: itunes, podcast, media, "
                         "content; read as the well-known namespaces"_qs)});
    QCOMPARE(result.feed.author, u"No Namespace"_qs);
    QCOMPARE(result.feed.items.size(), 1);
    const FeedItem &item = result.feed.items.at(0);
    QCOMPARE(item.durationSec, 62 * 60 + 5);
    QCOMPARE(item.showNotes, u"Notes."_qs);
    QCOMPARE(item.transcripts.size(), 1);
    QCOMPARE(item.audioUrl, u"https://sloppy.example.org/1.m4a"_qs);
}

void TestFeedParser::htmlEntities()
{
    const FeedParseResult result = parseFixture(u"entities.rss"_qs);
    QVERIFY(result.complete);
    // Folded: a no-break space in a title is a space.
    QCOMPARE(result.feed.title, u"Caf\u00e9 Talk \u2014 \u00a9"_qs);
    QVERIFY(result.problems.contains(
        problem(4, 11, u"HTML entity \"&eacute;\" is not defined in XML; read as \"\u00e9\""_qs)));
    QVERIFY(result.problems.contains(
        problem(4, 19, u"HTML entity \"&nbsp;\" is not defined in XML; read as \"\u00a0\""_qs)));
    QVERIFY(result.problems.contains(
        problem(4, 30, u"HTML entity \"&mdash;\" is not defined in XML; read as \"\u2014\""_qs)));
    // Unknown names are kept as text; the column is right after a stray '&' on the same line.
    QVERIFY(result.problems.contains(problem(6, 20, u"unknown entity \"&foo;\"; kept as text"_qs)));
    QCOMPARE(result.feed.items.at(0).title, u"Tom & Jerry &foo; \u00e9"_qs);
}

void TestFeedParser::strayAmpersand()
{
    const FeedParseResult result = parseFixture(u"entities.rss"_qs);
    QVERIFY(result.problems.contains(problem(6, 12, u"unescaped '&'; read as \"&amp;\""_qs)));
    QVERIFY(result.problems.contains(problem(8, 51, u"unescaped '&'; read as \"&amp;\""_qs)));
    QCOMPARE(result.feed.items.at(0).audioUrl, u"https://cafe.example.org/1.mp3?a=1&b=2"_qs);
    QCOMPARE(result.problems.size(), 7);
    // In document order.
    QCOMPARE(result.problems.at(0).line, 4);
    QCOMPARE(result.problems.last().line, 8);
}

void TestFeedParser::strayAmpersandInCdataIsLiteral()
{
    const FeedParseResult result = parseFixture(u"entities.rss"_qs);
    QCOMPARE(result.feed.items.at(0).showNotes, u"Keep & as is"_qs);
    for (const InputProblem &p : result.problems)
        QVERIFY2(p.line != 7, qPrintable(p.toString()));
}

void TestFeedParser::manyStrayAmpersandsOnOneLine()
{
    // 30 on one line, then an undefined entity and a bad date on the same line: positions stay
    // those of the input; the first 20 are listed, the rest counted.
    QByteArray title = "<title>";
    for (int i = 0; i < 30; ++i)
        title += "a & ";
    title += "&hellip;</title><pubDate>never</pubDate>";
    const FeedParseResult result = FeedParser::parse(
        rss("<item>" + title +
            "<enclosure url=\"http://a.example.org/1.mp3\" type=\"audio/mpeg\"/></item>"),
        kLocation);
    QVERIFY(result.complete);
    QCOMPARE(result.feed.items.at(0).title.count(u'&'), 30);
    QCOMPARE(result.problems.size(), 23);
    QCOMPARE(result.problems.at(0), problem(0, 0, u"10 more unescaped '&' read as \"&amp;\""_qs));
    QCOMPARE(result.problems.at(1), problem(5, 16, u"unescaped '&'; read as \"&amp;\""_qs));
    QCOMPARE(result.problems.at(20), problem(5, 92, u"unescaped '&'; read as \"&amp;\""_qs));
    // <item><title> is 13 characters, then 30 times "a & ".
    QCOMPARE(
        result.problems.at(21),
        problem(5, 134, u"HTML entity \"&hellip;\" is not defined in XML; read as \"\u2026\""_qs));
    QCOMPARE(result.problems.at(22),
             problem(5, 158, u"cannot read the date \"never\"; left empty"_qs));
}

void TestFeedParser::whiteSpaceBeforeDeclaration()
{
    const FeedParseResult result = parseFixture(u"blank-lines.rss"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.problems, QList<InputProblem>{problem(
                                  3, 4, u"white space before the XML declaration; ignored"_qs)});
    QCOMPARE(result.feed.title, u"Late start"_qs);
    QCOMPARE(result.feed.items.size(), 1);
}

void TestFeedParser::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("itemTitle");
    QTest::newRow("windows-1252") << u"windows-1252.rss"_qs << u"Caf\u00e9 \u201cquoted\u201d"_qs
                                  << u"\u20ac5 \u2013 cheap"_qs;
    QTest::newRow("ISO-8859-1") << u"iso-8859-1.rss"_qs << u"Gr\u00fc\u00dfe"_qs
                                << u"\u00bfQu\u00e9?"_qs;
    QTest::newRow("windows-1251") << u"windows-1251.rss"_qs
                                  << u"\u041f\u0440\u0438\u0432\u0435\u0442"_qs
                                  << u"\u041c\u0438\u0440"_qs;
    QTest::newRow("UTF-16 LE") << u"utf16le.rss"_qs << u"Sixteen \u00e9"_qs << u"\u65e5\u672c"_qs;
    QTest::newRow("UTF-16 BE") << u"utf16be.rss"_qs << u"Sixteen \u00e9"_qs << u"\u65e5\u672c"_qs;
    QTest::newRow("UTF-8 BOM") << u"utf8-bom.rss"_qs << u"Bom \u00e9"_qs << u"x"_qs;
}

void TestFeedParser::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, itemTitle);
    const FeedParseResult result = parseFixture(file);
    QVERIFY(result.complete);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.feed.title, title);
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.feed.items.at(0).title, itemTitle);
}

void TestFeedParser::charsetHeaderWinsOverDeclaration()
{
    // The file says ISO-8859-1 but is UTF-8, as its HTTP header says.
    const FeedParseResult result =
        parseFixture(u"charset-header.rss"_qs, "application/rss+xml; charset=\"UTF-8\"");
    QVERIFY(result.complete);
    QCOMPARE(result.feed.title, u"Header \u00e9"_qs);
    // Without the header, the declaration is believed.
    QCOMPARE(parseFixture(u"charset-header.rss"_qs).feed.title, u"Header \u00c3\u00a9"_qs);
}

void TestFeedParser::invalidUtf8ReadAsWindows1252()
{
    const FeedParseResult result = parseFixture(u"undeclared-latin1.rss"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.problems,
             QList<InputProblem>{
                 problem(4, 11, u"not valid UTF-8; the document is read as windows-1252"_qs)});
    QCOMPARE(result.feed.title, u"Caf\u00e9"_qs);
}

void TestFeedParser::truncatedKeepsCompletedItems()
{
    const FeedParseResult result = parseFixture(u"truncated.rss"_qs);
    QVERIFY(!result.complete);
    QCOMPARE(result.feed.title, u"Cut"_qs);
    QCOMPARE(result.feed.items.size(), 2);
    QCOMPARE(result.feed.items.at(1).title, u"Two"_qs);
    QCOMPARE(result.problems,
             QList<InputProblem>{problem(
                 8, 1, u"the document ends too early (truncated?); 2 item(s) read before"_qs)});
}

void TestFeedParser::billionLaughsRefused()
{
    const FeedParseResult result = parseFixture(u"billion-laughs.rss"_qs);
    QVERIFY(!result.complete);
    QVERIFY(result.feed.title.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 14);
    QCOMPARE(result.problems.at(0).column, 41);
    QVERIFY2(result.problems.at(0).message.contains(u"expansion limit"_qs),
             qPrintable(result.problems.at(0).message));
}

void TestFeedParser::externalEntityNotFetched()
{
    const FeedParseResult result = parseFixture(u"xxe.rss"_qs);
    QCOMPARE(result.feed.title, u"BeforeAfter"_qs);
    QCOMPARE(result.feed.items.size(), 1);
}

void TestFeedParser::tooLargeRefused()
{
    QByteArray data = rss("<item><title>x</title></item>");
    data.append(QByteArray(FeedParser::kMaxSize - data.size() + 1, ' '));
    const FeedParseResult result = FeedParser::parse(data, kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.problems,
             QList<InputProblem>{problem(0, 0, u"the document is larger than 64 MiB; refused"_qs)});
}

void TestFeedParser::deepNestingRefused()
{
    QByteArray items = "<item><title>kept</title><enclosure url=\"http://n.example.org/1.mp3\" "
                       "type=\"audio/mpeg\"/></item>\n<item>";
    for (int i = 0; i < 100; ++i)
        items += "<x>";
    const FeedParseResult result = FeedParser::parse(rss(items), kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, 6);
    QCOMPARE(result.problems.at(0).message, u"elements nested deeper than 64"_qs);
}

void TestFeedParser::xmlBase()
{
    const FeedParseResult result = parseFixture(u"xmlbase.rss"_qs);
    QCOMPARE(result.feed.items.size(), 2);
    // Nested xml:base: channel, then item.
    QCOMPARE(result.feed.items.at(0).audioUrl,
             u"https://base.example.org/podcast/episodes/one.mp3"_qs);
    QCOMPARE(result.feed.items.at(0).link, u"https://base.example.org/podcast/page.html"_qs);
    QCOMPARE(result.feed.items.at(1).audioUrl, u"https://base.example.org/two.m4a"_qs);
    QCOMPARE(result.feed.items.at(1).imageUrl, u"https://base.example.org/podcast/thumbs/2.jpg"_qs);
}

void TestFeedParser::relativeUrlsAndSchemes()
{
    const FeedParseResult result = parseFixture(u"relative.rss"_qs);
    QVERIFY(result.complete);
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.feed.items.at(0).audioUrl, u"https://feeds.example.org/dir/audio/1.mp3"_qs);
    QCOMPARE(
        result.problems,
        (QList<InputProblem>{problem(11, 65,
                                     u"a feed from the web may only point at http and https URLs; "
                                     "\"file:///home/user/secret.mp3\" ignored"_qs),
                             problem(15, 56,
                                     u"a feed from the web may only point at http and https URLs; "
                                     "\"javascript:alert(1)\" ignored"_qs)}));
}

void TestFeedParser::localFeedMayPointAtFiles()
{
    const QUrl local = QUrl::fromLocalFile(u"/srv/feeds/relative.rss"_qs);
    const FeedParseResult result = FeedParser::parse(fixture(u"relative.rss"_qs), local);
    QCOMPARE(result.feed.items.size(), 3);
    QCOMPARE(result.feed.items.at(0).audioUrl, u"file:///srv/feeds/audio/1.mp3"_qs);
    QCOMPARE(result.feed.items.at(1).audioUrl, u"file:///home/user/secret.mp3"_qs);
    QCOMPARE(result.problems.size(), 0);
    // javascript: is not playable, yet not refused from a local file: it stays as written.
    QCOMPARE(result.feed.items.at(2).audioUrl, u"javascript:alert(1)"_qs);
}

void TestFeedParser::htmlPageDiscovery()
{
    const FeedParseResult result =
        FeedParser::parse(fixture(u"page.html"_qs), QUrl(u"https://genai.example.org/show/"_qs));
    QVERIFY(!result.complete);
    QVERIFY(result.problems.isEmpty());
    QVERIFY(result.feed.items.isEmpty());
    // Absolute, each once, in page order; the file: link is dropped.
    QCOMPARE(result.discoveredFeeds,
             (QList<QUrl>{QUrl(u"https://genai.example.org/feed.xml"_qs),
                          QUrl(u"https://genai.example.org/atom.xml?a=1&b=2"_qs)}));
}

void TestFeedParser::htmlPageWithoutFeeds()
{
    const FeedParseResult result = FeedParser::parse(
        "\n<html><head><title>No feed</title></head><body>x</body></html>", kLocation);
    QVERIFY(!result.complete);
    QVERIFY(result.discoveredFeeds.isEmpty());
    QCOMPARE(result.problems,
             QList<InputProblem>{
                 problem(0, 0, u"this is a web page, not a feed, and it links no feed"_qs)});
}

void TestFeedParser::notAFeed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("OPML") << QByteArray("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"/>") << 2
                          << 21
                          << u"not a podcast feed: the document is <opml>, expected <rss> or an "
                             "Atom <feed>"_qs;
    QTest::newRow("empty") << QByteArray() << 0 << 0 << u"the document is empty"_qs;
    QTest::newRow("white space") << QByteArray("\n \n") << 0 << 0 << u"the document is empty"_qs;
    QTest::newRow("text") << QByteArray("Not found") << 1 << 1 << u"Start tag expected."_qs;
    QTest::newRow("mismatched tag")
        << QByteArray("<rss>\n<channel><title>x</titel></channel></rss>") << 2 << 25
        << u"Opening and ending tag mismatch."_qs;
}

void TestFeedParser::notAFeed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const FeedParseResult result = FeedParser::parse(data, kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.problems, QList<InputProblem>{problem(line, column, message)});
}

void TestFeedParser::summaryIsPlainAndCut()
{
    QByteArray words;
    for (int i = 0; i < 300; ++i)
        words += "word" + QByteArray::number(i) + " ";
    const QByteArray item = "<item><description>&lt;p&gt;Intro&amp;nbsp;text &lt;script&gt;var "
                            "x;&lt;/script&gt;" +
                            words +
                            "&lt;/p&gt;</description><enclosure url=\"http://s.example.org/1.mp3\" "
                            "type=\"audio/mpeg\"/></item>";
    const FeedItem result = FeedParser::parse(rss(item), kLocation).feed.items.at(0);
    QVERIFY2(result.summary.startsWith(u"Intro text word0 word1 "_qs), qPrintable(result.summary));
    QVERIFY(!result.summary.contains(u"var x"_qs));
    QVERIFY(result.summary.size() <= FeedItem::kSummaryMaxChars);
    QVERIFY(result.summary.size() > FeedItem::kSummaryMaxChars - 20);
    QVERIFY(result.summary.endsWith(u"\u2026"_qs));
    // Cut between words: what precedes the ellipsis is a whole word.
    const QString lastWord = result.summary.chopped(1).section(u' ', -1);
    QVERIFY2(words.contains(QByteArray(" " + lastWord.toUtf8() + " ")), qPrintable(lastWord));
}

void TestFeedParser::showNotesAreTheLongest()
{
    const QByteArray item = "<item><description>Middle length notes.</description>"
                            "<itunes:summary>The longest of the three show notes.</itunes:summary>"
                            "<content:encoded>Short.</content:encoded>"
                            "<enclosure url=\"http://s.example.org/1.mp3\" type=\"audio/mpeg\"/>"
                            "</item>";
    const FeedParseResult result =
        FeedParser::parse(rss(item, " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                                    "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""),
                          kLocation);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.feed.items.at(0).showNotes, u"The longest of the three show notes."_qs);
    QCOMPARE(result.feed.items.at(0).summary, u"The longest of the three show notes."_qs);
}

void TestFeedParser::unknownElementsIgnored()
{
    // A namespace matched by URI, not prefix; unknown ones skipped with their content.
    const QByteArray item = "<item><x:title>not this</x:title><title>This</title>"
                            "<i:duration>10</i:duration><other:duration>99</other:duration>"
                            "<enclosure url=\"http://s.example.org/1.mp3\" type=\"audio/mpeg\"/>"
                            "</item>";
    const FeedParseResult result =
        FeedParser::parse(rss(item, " xmlns:x=\"urn:x\" xmlns:other=\"urn:other\" "
                                    "xmlns:i=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""),
                          kLocation);
    QVERIFY(result.complete);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.feed.items.at(0).title, u"This"_qs);
    QCOMPARE(result.feed.items.at(0).durationSec, 10);
}

void TestFeedParser::channelImageFallbacks()
{
    // Without itunes:image, <image><url>; relative to the feed.
    const FeedParseResult result = FeedParser::parse(
        rss("<image><url>img/cover.png</url><title>x</title></image>"), kLocation);
    QCOMPARE(result.feed.imageUrl, u"https://feeds.example.org/dir/img/cover.png"_qs);
}

void TestFeedParser::itunesTitleAndExplicit_data()
{
    QTest::addColumn<QByteArray>("elements");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("explicitContent");
    QTest::newRow("title wins") << QByteArray("<title>Plain</title><itunes:title>It</itunes:title>"
                                              "<itunes:explicit>true</itunes:explicit>")
                                << u"Plain"_qs << true;
    QTest::newRow("itunes:title when no title")
        << QByteArray("<itunes:title>  Only   iTunes </itunes:title>"
                      "<itunes:explicit>clean</itunes:explicit>")
        << u"Only iTunes"_qs << false;
    QTest::newRow("explicit yes") << QByteArray("<title>T</title><itunes:explicit> Yes "
                                                "</itunes:explicit>")
                                  << u"T"_qs << true;
    QTest::newRow("explicit no") << QByteArray("<title>T</title><itunes:explicit>no"
                                               "</itunes:explicit>")
                                 << u"T"_qs << false;
}

void TestFeedParser::itunesTitleAndExplicit()
{
    QFETCH(QByteArray, elements);
    QFETCH(QString, title);
    QFETCH(bool, explicitContent);
    const FeedParseResult result = FeedParser::parse(
        rss("<item>" + elements +
                "<enclosure url=\"http://t.example.org/1.mp3\" type=\"audio/mpeg\"/></item>",
            " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""),
        kLocation);
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.feed.items.at(0).title, title);
    QCOMPARE(result.feed.items.at(0).explicitContent, explicitContent);
}

void TestFeedParser::atomHtmlContentAndIcon()
{
    const QByteArray data =
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>A</title>"
        "<icon>/icon.png</icon><entry><id>1</id><title type=\"html\">One &amp;amp; "
        "&lt;b&gt;two&lt;/b&gt;</title><content type=\"html\">&lt;p&gt;Hello&lt;/p&gt;</content>"
        "<link rel=\"enclosure\" href=\"a.mp3\"/></entry></feed>";
    const FeedParseResult result = FeedParser::parse(data, kLocation);
    QVERIFY(result.complete);
    QCOMPARE(result.feed.imageUrl, u"https://feeds.example.org/icon.png"_qs);
    const FeedItem &item = result.feed.items.at(0);
    QCOMPARE(item.title, u"One & two"_qs);
    QCOMPARE(item.showNotes, u"<p>Hello</p>"_qs);
    QCOMPARE(item.summary, u"Hello"_qs);
    // No type, but a media file name.
    QCOMPARE(item.audioUrl, u"https://feeds.example.org/dir/a.mp3"_qs);
}

void TestFeedParser::entityInAttribute()
{
    const FeedParseResult result = FeedParser::parse(
        rss("<item><title>T</title><enclosure url=\"http://e.example.org/caf&eacute;.mp3\" "
            "type=\"audio/mpeg\"/></item>"),
        kLocation);
    QCOMPARE(result.feed.items.at(0).audioUrl, u"http://e.example.org/caf%C3%A9.mp3"_qs);
    QCOMPARE(result.problems,
             QList<InputProblem>{problem(
                 5, 63, u"HTML entity \"&eacute;\" is not defined in XML; read as \"\u00e9\""_qs)});
}

void TestFeedParser::streamingHandsOverTheSameItems()
{
    const QByteArray data = fixture(u"podcast.rss"_qs);
    QList<FeedItem> streamed;
    const FeedParseResult result = FeedParser::parse(
        data, kLocation, {}, [&](FeedItem &&item) { streamed.append(std::move(item)); });
    const FeedParseResult collected = FeedParser::parse(data, kLocation);
    QVERIFY(result.feed.items.isEmpty());
    QCOMPARE(streamed, collected.feed.items);
    QCOMPARE(result.problems, collected.problems);
    QCOMPARE(result.feed.title, collected.feed.title);
    // Truncated: what was handed over is what parse() keeps.
    streamed.clear();
    const FeedParseResult cut =
        FeedParser::parse(fixture(u"truncated.rss"_qs), kLocation, {},
                          [&](FeedItem &&item) { streamed.append(std::move(item)); });
    QVERIFY(!cut.complete);
    QCOMPARE(streamed.size(), 2);
}

void TestFeedParser::undeclaredPrefixFarDown_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("collected") << false;
    QTest::newRow("streamed") << true;
}

void TestFeedParser::undeclaredPrefixFarDown()
{
    // The first undeclared itunes: comes after more than a MiB of items: the parse fails there,
    // and the document is read again with the prefix declared; no item twice.
    QFETCH(bool, streaming);
    QByteArray items;
    int count = 0;
    while (items.size() < 1'200'000) {
        items += "<item><title>Item " + QByteArray::number(count++) + "</title><description>" +
                 QByteArray(500, 'x') +
                 "</description><enclosure url=\"http://far.example.org/a.mp3\" "
                 "type=\"audio/mpeg\"/></item>\n";
    }
    items += "<item><title>Last</title><itunes:duration>90</itunes:duration><enclosure "
             "url=\"http://far.example.org/b.mp3\" type=\"audio/mpeg\"/></item>";
    const QByteArray data = rss(items);
    QList<FeedItem> streamed;
    const FeedParseResult result =
        streaming ? FeedParser::parse(data, kLocation, {},
                                      [&](FeedItem &&item) { streamed.append(std::move(item)); })
                  : FeedParser::parse(data, kLocation);
    const QList<FeedItem> &got = streaming ? streamed : result.feed.items;
    QVERIFY(result.complete);
    QCOMPARE(got.size(), count + 1);
    QCOMPARE(got.at(1).title, u"Item 1"_qs);
    QCOMPARE(got.last().title, u"Last"_qs);
    QCOMPARE(got.last().durationSec, 90);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.at(0).line, count + 5);
    QVERIFY(result.problems.at(0).message.startsWith(u"namespace prefixes used without"_qs));
}

void TestFeedParser::fuzzRegressions_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<InputProblem>>("problems");
    // Found by fuzz_opmlreader in the code both parsers share: shorter than a byte order mark,
    // and not UTF-8 (read past the end once).
    QTest::newRow("two bytes")
        << QByteArray("?\xbc")
        << QList<InputProblem>{
               problem(1, 1, u"the document ends too early (truncated?); 0 item(s) read before"_qs),
               problem(1, 2, u"not valid UTF-8; the document is read as windows-1252"_qs)};
}

void TestFeedParser::fuzzRegressions()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<InputProblem>, problems);
    const FeedParseResult result = FeedParser::parse(data, kLocation);
    QVERIFY(!result.complete);
    QCOMPARE(result.problems, problems);
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
