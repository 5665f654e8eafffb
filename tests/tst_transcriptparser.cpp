// TranscriptParser: every format with the quirks of real files, format detection, cueAt, the
// bundled course's transcripts, and hostile input that must get a message with its position.
#include "transcriptparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

TranscriptParseResult parse(const QByteArray &data, TranscriptFormat format,
                            const QString &name = u"t"_s)
{
    return TranscriptParser::parse(data, format, name);
}

QStringList problemStrings(const TranscriptParseResult &r)
{
    QStringList out;
    for (const InputProblem &p : r.problems)
        out.append(p.toString());
    return out;
}

TranscriptCue cue(qint64 start, qint64 end, const QString &text, const QString &speaker = {})
{
    TranscriptCue c;
    c.startMs = start;
    c.endMs = end;
    c.text = text;
    c.speaker = speaker;
    return c;
}

} // namespace

// QCOMPARE shows differing cues.
char *toString(const TranscriptCue &c)
{
    return qstrdup(QStringLiteral("[%1, %2) %3: %4")
                       .arg(c.startMs)
                       .arg(c.endMs)
                       .arg(c.speaker, c.text)
                       .toUtf8()
                       .constData());
}

class TranscriptParserTest final : public QObject
{
    Q_OBJECT

private slots:
    void parseTime_data();
    void parseTime();

    void webVtt();
    void webVttStylesNotesRegionsAndSettings();
    void webVttVoiceAndInlineTags();
    void webVttHoursOver99AndWithoutHours();
    void webVttWithoutHeaderIsReported();
    void webVttMissingBlankLines();

    void srtCommaAndPeriodDecimals();
    void srtByteOrderMarks_data();
    void srtByteOrderMarks();
    void srtBlankLineVariationsAndOptionalNumbers();
    void srtLatin1IsReadAndReported();

    void jsonWithSpeakers();
    void jsonWithoutSpeakers();
    void jsonWordsAreMergedPerSpeaker();
    void jsonUnsortedAndStringTimes();

    void overlappingAndUnsortedCues();
    void cueAtFindsTheCuePlaying();

    void htmlTimedByPodcastingConvention();
    void htmlUntimedIsText();
    void plainText();

    void detectFormat_data();
    void detectFormat();
    void formatForMimeType();
    void preferenceOrdersTimedFirst();

    void bundledTranscriptsParseWithoutProblems();

    void hostile_data();
    void hostile();
    void tooManyProblemsAreCapped();
    void tooLargeIsRefused();
};

void TranscriptParserTest::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("vtt") << u"01:02:03.456"_s << qint64(3723456);
    QTest::newRow("srt comma") << u"01:02:03,456"_s << qint64(3723456);
    QTest::newRow("no hours") << u"02:03.400"_s << qint64(123400);
    QTest::newRow("one decimal") << u"00:00:01.5"_s << qint64(1500);
    QTest::newRow("no decimals") << u"00:00:07"_s << qint64(7000);
    QTest::newRow("hours over 99") << u"123:00:00.000"_s << qint64(123) * 3600 * 1000;
    QTest::newRow("one-digit hour") << u"1:02:03.000"_s << qint64(3723000);
    QTest::newRow("long minutes without hours") << u"75:00.000"_s << qint64(4500000);
    QTest::newRow("seconds 60") << u"00:00:60.000"_s << qint64(-1);
    QTest::newRow("minutes 60 with hours") << u"00:60:00.000"_s << qint64(-1);
    QTest::newRow("letters") << u"00:0a:00.000"_s << qint64(-1);
    QTest::newRow("one part") << u"12.5"_s << qint64(-1);
    QTest::newRow("four parts") << u"1:00:00:00.000"_s << qint64(-1);
    QTest::newRow("empty decimals") << u"00:00:01."_s << qint64(-1);
    QTest::newRow("negative") << u"-00:00:01.000"_s << qint64(-1);
    QTest::newRow("absurd hours") << u"99999999:00:00.000"_s << qint64(-1);
    QTest::newRow("over the limit") << u"10001:00:00.000"_s << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void TranscriptParserTest::parseTime()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(TranscriptParser::parseTime(text), ms);
}

void TranscriptParserTest::webVtt()
{
    const QByteArray vtt = "WEBVTT\n\n"
                           "1\n00:00:00.500 --> 00:00:02.000\nHello there.\n\n"
                           "2\n00:00:02.000 --> 00:00:04.250\nTwo lines\nof text.\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    QVERIFY(r.transcript.timed);
    const QList<TranscriptCue> expected = {cue(500, 2000, u"Hello there."_s),
                                           cue(2000, 4250, u"Two lines\nof text."_s)};
    QCOMPARE(r.transcript.cues, expected);
    QCOMPARE(r.transcript.plainText, u"Hello there.\nTwo lines of text."_s);
}

void TranscriptParserTest::webVttStylesNotesRegionsAndSettings()
{
    const QByteArray vtt = "WEBVTT - a title\nKind: captions\nLanguage: en\n\n"
                           "STYLE\n::cue { color: red }\n::cue(b) { --> }\n\n"
                           "REGION\nid:fred width:40%\n\n"
                           "NOTE This is a comment\nthat spans --> lines\n\n"
                           "NOTE\n\n"
                           "intro\n00:01.000 --> 00:02.000 align:start position:10% line:0\n"
                           "First.\n\n"
                           "NOTE between cues\n\n"
                           "00:00:03.000 --> 00:00:04.000 region:fred\nSecond.\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {cue(1000, 2000, u"First."_s),
                                           cue(3000, 4000, u"Second."_s)};
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::webVttVoiceAndInlineTags()
{
    const QByteArray vtt = "WEBVTT\n\n"
                           "00:00.000 --> 00:01.000\n<v Ada Lovelace>Hello <b>there</b>.\n\n"
                           "00:01.000 --> 00:02.000\n<v.loud Charles>Loud &amp; <i>clear</i> "
                           "&lt;3</v>\n\n"
                           "00:02.000 --> 00:03.000\n<c.yellow>Karaoke</c> <00:02.500>word "
                           "<ruby>漢<rt>kan</rt></ruby>\n\n"
                           "00:03.000 --> 00:04.000\n<lang fr>Bonjour</lang> a < b\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(0, 1000, u"Hello there."_s, u"Ada Lovelace"_s),
        cue(1000, 2000, u"Loud & clear <3"_s, u"Charles"_s),
        cue(2000, 3000, u"Karaoke word 漢kan"_s),
        cue(3000, 4000, u"Bonjour a < b"_s),
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::webVttHoursOver99AndWithoutHours()
{
    const QByteArray vtt = "WEBVTT\n\n"
                           "59:59.000 --> 01:00:01.000\nAround the hour.\n\n"
                           "100:00:00.000 --> 100:00:02.500\nA hundred hours in.\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    QCOMPARE(r.transcript.cues.size(), 2);
    QCOMPARE(r.transcript.cues.at(0).startMs, 3599000);
    QCOMPARE(r.transcript.cues.at(0).endMs, 3601000);
    QCOMPARE(r.transcript.cues.at(1).startMs, qint64(360000000));
    QCOMPARE(r.transcript.cues.at(1).endMs, qint64(360002500));
}

void TranscriptParserTest::webVttWithoutHeaderIsReported()
{
    const auto r =
        parse("00:01.000 --> 00:02.000\nNo header.\n", TranscriptFormat::WebVtt, u"x.vtt"_s);
    QCOMPARE(problemStrings(r),
             QStringList{u"x.vtt:1:1: expected \"WEBVTT\" on the first line; read as WebVTT "
                         u"anyway"_s});
    QCOMPARE(r.transcript.cues, QList<TranscriptCue>{cue(1000, 2000, u"No header."_s)});
}

void TranscriptParserTest::webVttMissingBlankLines()
{
    // The header runs straight into the first cue, and cues follow without blank lines.
    const QByteArray vtt = "WEBVTT\n00:01.000 --> 00:02.000\nOne.\n00:02.000 --> 00:03.000\n"
                           "Two.\n\n\n\n00:03.000 --> 00:04.000\nThree.";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {cue(1000, 2000, u"One."_s), cue(2000, 3000, u"Two."_s),
                                           cue(3000, 4000, u"Three."_s)};
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::srtCommaAndPeriodDecimals()
{
    const QByteArray srt = "1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Comma</i> decimals.\r\n\r\n"
                           "2\r\n00:00:02.500 --> 00:00:04.000\r\n{\\an8}Period decimals.\r\n\r\n"
                           "3\r\n00:00:04,000 --> 00:00:05,000 X1:100 X2:200 Y1:10 Y2:20\r\n"
                           "<font color=\"#ff0000\">Coordinates</font>\r\n";
    const auto r = parse(srt, TranscriptFormat::Srt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {cue(1000, 2500, u"Comma decimals."_s),
                                           cue(2500, 4000, u"Period decimals."_s),
                                           cue(4000, 5000, u"Coordinates"_s)};
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::srtByteOrderMarks_data()
{
    QTest::addColumn<QByteArray>("data");
    const QString text = u"1\r\n00:00:01,000 --> 00:00:02,000\r\nÜber café\r\n"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
    QByteArray le("\xFF\xFE", 2);
    QByteArray be("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        le.append(char(u & 0xFF)).append(char(u >> 8));
        be.append(char(u >> 8)).append(char(u & 0xFF));
    }
    QTest::newRow("utf-16le bom") << le;
    QTest::newRow("utf-16be bom") << be;
}

void TranscriptParserTest::srtByteOrderMarks()
{
    QFETCH(QByteArray, data);
    for (const TranscriptFormat format : {TranscriptFormat::Srt, TranscriptFormat::Unspecified}) {
        const auto r = parse(data, format);
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
        QCOMPARE(r.transcript.cues, QList<TranscriptCue>{cue(1000, 2000, u"Über café"_s)});
    }
}

void TranscriptParserTest::srtBlankLineVariationsAndOptionalNumbers()
{
    const QByteArray srt = "\n\n1\n00:00:01,000 --> 00:00:02,000\nNo blank line after.\n"
                           "2\n00:00:02,000 --> 00:00:03,000\nA blank line\n\ninside the text.\n"
                           "\n\n\n \t\n"
                           "00:00:03,000 --> 00:00:04,000\nNo number.\n"
                           "00:00:04,000 --> 00:00:05,000\nNo number, no blank line.\n\n"
                           "7\n00:00:05,000 --> 00:00:06,000\n42\nA number in the text.\n";
    const auto r = parse(srt, TranscriptFormat::Srt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(1000, 2000, u"No blank line after."_s),
        cue(2000, 3000, u"A blank line\ninside the text."_s),
        cue(3000, 4000, u"No number."_s),
        cue(4000, 5000, u"No number, no blank line."_s),
        cue(5000, 6000, u"42\nA number in the text."_s),
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::srtLatin1IsReadAndReported()
{
    const QByteArray srt = "1\n00:00:01,000 --> 00:00:02,000\nCaf\xE9 cr\xE8me\n";
    const auto r = parse(srt, TranscriptFormat::Srt, u"old.srt"_s);
    QCOMPARE(problemStrings(r), QStringList{u"old.srt:3:4: not valid UTF-8; read as Latin-1"_s});
    QCOMPARE(r.transcript.cues, QList<TranscriptCue>{cue(1000, 2000, u"Café crème"_s)});
}

void TranscriptParserTest::jsonWithSpeakers()
{
    const QByteArray json = R"({"version": "1.0.0", "segments": [
        {"speaker": "Ada", "startTime": 0.5, "endTime": 2.25, "body": "Welcome to the show."},
        {"speaker": "Charles", "startTime": 2.25, "endTime": 4, "body": "Glad to be here."},
        {"speaker": "Ada", "startTime": 4.0, "endTime": 5.5, "body": "Let us begin."}
    ]})";
    const auto r = parse(json, TranscriptFormat::PodcastJson);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(500, 2250, u"Welcome to the show."_s, u"Ada"_s),
        cue(2250, 4000, u"Glad to be here."_s, u"Charles"_s),
        cue(4000, 5500, u"Let us begin."_s, u"Ada"_s),
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::jsonWithoutSpeakers()
{
    const QByteArray json = R"({"version": "1.0.0", "segments": [
        {"startTime": 0, "endTime": 1.5, "body": "First sentence."},
        {"startTime": 1.5, "body": "No end time."},
        {"startTime": 3, "endTime": 4, "body": "Last one."}
    ]})";
    const auto r = parse(json, TranscriptFormat::PodcastJson);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(0, 1500, u"First sentence."_s),
        cue(1500, 3000, u"No end time."_s), // ends where the next starts
        cue(3000, 4000, u"Last one."_s),
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::jsonWordsAreMergedPerSpeaker()
{
    const QByteArray json = R"({"version": "1.0.0", "segments": [
        {"speaker": "Ada", "startTime": 0.0, "endTime": 0.3, "body": "Hello"},
        {"speaker": "Ada", "startTime": 0.3, "endTime": 0.5, "body": ","},
        {"speaker": "Ada", "startTime": 0.5, "endTime": 0.9, "body": "world"},
        {"speaker": "Ada", "startTime": 0.9, "endTime": 1.0, "body": "."},
        {"speaker": "Ada", "startTime": 1.1, "endTime": 1.4, "body": "Next"},
        {"speaker": "Ada", "startTime": 1.4, "endTime": 1.8, "body": "sentence"},
        {"speaker": "Bob", "startTime": 1.8, "endTime": 2.0, "body": "Hi"},
        {"speaker": "Bob", "startTime": 9.0, "endTime": 9.5, "body": "later"}
    ]})";
    const auto r = parse(json, TranscriptFormat::PodcastJson);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(0, 1000, u"Hello, world."_s, u"Ada"_s),
        cue(1100, 1800, u"Next sentence"_s, u"Ada"_s), // a new speaker ends it
        cue(1800, 2000, u"Hi"_s, u"Bob"_s),
        cue(9000, 9500, u"later"_s, u"Bob"_s), // a pause ends it
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::jsonUnsortedAndStringTimes()
{
    const QByteArray json = R"({"segments": [
        {"startTime": "5.5", "endTime": "6", "body": "Later."},
        {"startTime": 1, "endTime": 2, "body": "Earlier."}
    ]})";
    const auto r = parse(json, TranscriptFormat::PodcastJson);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {cue(1000, 2000, u"Earlier."_s),
                                           cue(5500, 6000, u"Later."_s)};
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::overlappingAndUnsortedCues()
{
    const QByteArray vtt = "WEBVTT\n\n"
                           "00:05.000 --> 00:06.000\nC\n\n"
                           "00:01.000 --> 00:10.000\nA long one\n\n"
                           "00:02.000 --> 00:03.000\nB\n\n"
                           "00:05.000 --> 00:05.500\nC2 starts with C\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    const QList<TranscriptCue> expected = {
        cue(1000, 10000, u"A long one"_s), cue(2000, 3000, u"B"_s), cue(5000, 6000, u"C"_s),
        cue(5000, 5500, u"C2 starts with C"_s), // the same start keeps the file's order
    };
    QCOMPARE(r.transcript.cues, expected);
    const Transcript &t = r.transcript;
    QCOMPARE(t.cueAt(500), -1);
    QCOMPARE(t.cueAt(1000), 0);
    QCOMPARE(t.cueAt(2500), 1); // the latest-started cue playing
    QCOMPARE(t.cueAt(3500), 0); // B is over; the long one still plays
    QCOMPARE(t.cueAt(5200), 3);
    QCOMPARE(t.cueAt(5700), 2); // C2 is over, C plays
    QCOMPARE(t.cueAt(7000), 0);
    QCOMPARE(t.cueAt(10000), -1); // ends are exclusive
}

void TranscriptParserTest::cueAtFindsTheCuePlaying()
{
    // Cues with gaps, and an open-ended last cue (as an HTML transcript's).
    Transcript t;
    t.cues = {cue(0, 1000, u"a"_s), cue(2000, 3000, u"b"_s), cue(3000, -1, u"c"_s)};
    t.index();
    QCOMPARE(t.cueAt(-1), -1);
    QCOMPARE(t.cueAt(0), 0);
    QCOMPARE(t.cueAt(999), 0);
    QCOMPARE(t.cueAt(1000), -1); // a gap
    QCOMPARE(t.cueAt(2999), 1);
    QCOMPARE(t.cueAt(3000), 2);
    QCOMPARE(t.cueAt(99'000'000), 2);
    // Each position of a long transcript with overlaps finds the cue a linear scan finds: the
    // latest-started one playing.
    Transcript big;
    for (int i = 0; i < 2000; ++i)
        big.cues.append(cue(i * 3600, i * 3600 + 3000 + (i % 7 == 0 ? 9000 : 0), u"x"_s));
    big.index();
    for (qint64 pos = 0; pos < 2000 * 3600; pos += 977) {
        int latest = -1;
        for (int i = 0; i < big.cues.size(); ++i) {
            if (big.cues.at(i).startMs <= pos && pos < big.cues.at(i).endMs)
                latest = i;
        }
        QCOMPARE(big.cueAt(pos), latest);
    }
}

void TranscriptParserTest::htmlTimedByPodcastingConvention()
{
    const QByteArray html = "<!DOCTYPE html><html><head><title>Episode 1</title>"
                            "<style>p{color:red}</style></head><body>\n"
                            "<h1>Transcript</h1>\n"
                            "<cite>Ada:</cite>\n<time>0:00</time>\n<p>Welcome &amp; hello.</p>\n"
                            "<cite>Charles:</cite>\n<time>0:05</time>\n<p>Thanks,</p><p>Ada.</p>\n"
                            "<cite>Ada:</cite>\n<time>1:02:03</time>\n<p>Much later."
                            "<script>alert(1)</script></p>\n</body></html>";
    const auto r = parse(html, TranscriptFormat::Html);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    QVERIFY(r.transcript.timed);
    const QList<TranscriptCue> expected = {
        cue(0, 5000, u"Welcome & hello."_s, u"Ada"_s),
        cue(5000, 3723000, u"Thanks,\nAda."_s, u"Charles"_s),
        cue(3723000, -1, u"Much later."_s, u"Ada"_s),
    };
    QCOMPARE(r.transcript.cues, expected);
}

void TranscriptParserTest::htmlUntimedIsText()
{
    const QByteArray html = "<html><body><h2>Show transcript</h2><p>First   paragraph\nwith a "
                            "<a href='x'>link</a>.</p><div>Second<br>line</div>"
                            "<style>body{}</style><script>var a = '<p>not text</p>';</script>"
                            "</body></html>";
    const auto r = parse(html, TranscriptFormat::Html);
    QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
    QVERIFY(!r.transcript.timed);
    QVERIFY(r.transcript.cues.isEmpty());
    QCOMPARE(r.transcript.plainText,
             u"Show transcript\n\nFirst paragraph with a link.\n\nSecond\n\nline"_s);
}

void TranscriptParserTest::plainText()
{
    const auto r = parse("\xEF\xBB\xBF  First line\r\nsecond line   \r\n\r\n\r\n\r\nNext "
                         "paragraph.\r\n",
                         TranscriptFormat::PlainText);
    QVERIFY(r.problems.isEmpty());
    QVERIFY(!r.transcript.timed);
    QCOMPARE(r.transcript.plainText, u"  First line\nsecond line\n\nNext paragraph."_s);
}

void TranscriptParserTest::detectFormat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TranscriptFormat>("format");
    QTest::newRow("vtt by name") << QByteArray("x") << u"a.vtt"_s << TranscriptFormat::WebVtt;
    QTest::newRow("srt by name") << QByteArray("x") << u"/a/B.SRT"_s << TranscriptFormat::Srt;
    QTest::newRow("json by url") << QByteArray("x") << u"https://h/t.json?x=1.vtt"_s
                                 << TranscriptFormat::PodcastJson;
    QTest::newRow("html by name") << QByteArray("x") << u"t.htm"_s << TranscriptFormat::Html;
    QTest::newRow("txt by name") << QByteArray("WEBVTT") << u"t.txt"_s
                                 << TranscriptFormat::PlainText;
    QTest::newRow("vtt by content")
        << QByteArray("\xEF\xBB\xBFWEBVTT\n\n") << u"t"_s << TranscriptFormat::WebVtt;
    QTest::newRow("json by content")
        << QByteArray(" \n{\"segments\": []}") << u"t.php"_s << TranscriptFormat::PodcastJson;
    QTest::newRow("html by content")
        << QByteArray("<!DOCTYPE html>") << u"t"_s << TranscriptFormat::Html;
    QTest::newRow("srt by content")
        << QByteArray("1\n00:00:01,000 --> 00:00:02,000\nHi\n") << u"t"_s << TranscriptFormat::Srt;
    QTest::newRow("text by content") << QByteArray("Just words --> later on a far line\n\n\n\n\n")
                                     << QString() << TranscriptFormat::PlainText;
    QTest::newRow("dot in folder")
        << QByteArray("words") << u"/a.vtt/b"_s << TranscriptFormat::PlainText;
}

void TranscriptParserTest::detectFormat()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(TranscriptFormat, format);
    QCOMPARE(TranscriptParser::detectFormat(data, name), format);
}

void TranscriptParserTest::formatForMimeType()
{
    QCOMPARE(TranscriptParser::formatForMimeType(u"text/vtt"), TranscriptFormat::WebVtt);
    QCOMPARE(TranscriptParser::formatForMimeType(u"Text/VTT; charset=utf-8"),
             TranscriptFormat::WebVtt);
    QCOMPARE(TranscriptParser::formatForMimeType(u"application/x-subrip"), TranscriptFormat::Srt);
    QCOMPARE(TranscriptParser::formatForMimeType(u"application/srt"), TranscriptFormat::Srt);
    QCOMPARE(TranscriptParser::formatForMimeType(u"application/json"),
             TranscriptFormat::PodcastJson);
    QCOMPARE(TranscriptParser::formatForMimeType(u"text/html"), TranscriptFormat::Html);
    QCOMPARE(TranscriptParser::formatForMimeType(u"text/plain"), TranscriptFormat::PlainText);
    QCOMPARE(TranscriptParser::formatForMimeType(u"application/octet-stream"),
             TranscriptFormat::Unspecified);
    QCOMPARE(TranscriptParser::formatForMimeType(u""), TranscriptFormat::Unspecified);
}

void TranscriptParserTest::preferenceOrdersTimedFirst()
{
    QList<TranscriptFormat> formats = {TranscriptFormat::PlainText, TranscriptFormat::Html,
                                       TranscriptFormat::Srt,       TranscriptFormat::PodcastJson,
                                       TranscriptFormat::WebVtt,    TranscriptFormat::Unspecified};
    std::stable_sort(formats.begin(), formats.end(), [](TranscriptFormat a, TranscriptFormat b) {
        return TranscriptParser::preference(a) > TranscriptParser::preference(b);
    });
    const QList<TranscriptFormat> expected = {
        TranscriptFormat::WebVtt, TranscriptFormat::PodcastJson, TranscriptFormat::Srt,
        TranscriptFormat::Html,   TranscriptFormat::PlainText,   TranscriptFormat::Unspecified};
    QCOMPARE(formats, expected);
}

void TranscriptParserTest::bundledTranscriptsParseWithoutProblems()
{
    const QDir dir(u":/transcripts"_s);
    const QStringList names = dir.entryList({u"*.vtt"_s}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 21);
    for (const QString &name : names) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto r =
            TranscriptParser::parse(file.readAll(), TranscriptFormat::Unspecified, file.fileName());
        QVERIFY2(r.problems.isEmpty(), qPrintable(problemStrings(r).join(u'\n')));
        QVERIFY2(r.transcript.timed && r.transcript.cues.size() >= 5, qPrintable(name));
        for (qsizetype i = 0; i < r.transcript.cues.size(); ++i) {
            const TranscriptCue &c = r.transcript.cues.at(i);
            QVERIFY2(c.endMs > c.startMs && !c.text.isEmpty(), qPrintable(name));
            if (i > 0)
                QVERIFY2(c.startMs >= r.transcript.cues.at(i - 1).endMs, qPrintable(name));
            QCOMPARE(r.transcript.cueAt(c.startMs), int(i));
        }
        // The narration is 1 to 3 minutes long.
        QVERIFY2(r.transcript.cues.last().endMs > 45'000, qPrintable(name));
        QVERIFY2(r.transcript.cues.last().endMs < 180'000, qPrintable(name));
    }
}

void TranscriptParserTest::hostile_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<TranscriptFormat>("format");
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<int>("cues");

    QTest::newRow("binary") << QByteArray("WEBVTT\n\n\x7F"
                                          "ELF\0\x01\x02",
                                          14)
                            << TranscriptFormat::WebVtt
                            << QStringList{u"h:3:5: this is not a text file (NUL byte); "
                                           u"expected a transcript"_s}
                            << 0;
    QTest::newRow("binary json") << QByteArray("{\"a\":\0}", 7) << TranscriptFormat::PodcastJson
                                 << QStringList{u"h:1:6: this is not a text file (NUL byte); "
                                                u"expected a transcript"_s}
                                 << 0;
    QTest::newRow("malformed start")
        << QByteArray("WEBVTT\n\n00:0x:01.000 --> 00:00:02.000\nLost.\n\n"
                      "00:00:03.000 --> 00:00:04.000\nKept.\n")
        << TranscriptFormat::WebVtt
        << QStringList{u"h:3:1: malformed start time \"00:0x:01.000\"; expected hh:mm:ss.mmm; "
                       u"cue skipped"_s}
        << 1;
    QTest::newRow("malformed end")
        << QByteArray("1\n00:00:01,000 -->    99:99:99,999 X1:4\nLost.\n") << TranscriptFormat::Srt
        << QStringList{u"h:2:21: malformed end time \"99:99:99,999\"; expected hh:mm:ss.mmm; "
                       u"cue skipped"_s}
        << 0;
    QTest::newRow("absurd hours")
        << QByteArray("WEBVTT\n\n  99999999999999999999:00:00.000 --> 00:00:01.000\nX\n")
        << TranscriptFormat::WebVtt
        << QStringList{u"h:3:3: malformed start time \"99999999999999999999:00:00.000\"; "
                       u"expected hh:mm:ss.mmm; cue skipped"_s}
        << 0;
    QTest::newRow("ends before start")
        << QByteArray("WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nBackwards.\n")
        << TranscriptFormat::WebVtt
        << QStringList{u"h:3:18: the cue ends before it starts; its end is taken as its "
                       u"start"_s}
        << 1;
    QTest::newRow("stray text")
        << QByteArray("WEBVTT\n\nsome stray words\nmore\n\n00:01.000 --> 00:02.000\nOK\n")
        << TranscriptFormat::WebVtt
        << QStringList{u"h:3:1: text outside a cue (no \"-->\" timing line before it); "
                       u"skipped"_s}
        << 1;
    QTest::newRow("json syntax")
        << QByteArray("{\"segments\": [\n  {\"startTime\": 1, \"body\": \"x\"\n]}")
        << TranscriptFormat::PodcastJson
        << QStringList{u"h:3:2: JSON syntax error: unterminated object"_s} << 0;
    QTest::newRow("json not an object") << QByteArray("  [1, 2]") << TranscriptFormat::PodcastJson
                                        << QStringList{u"h:1:3: expected a JSON object with "
                                                       u"\"segments\""_s}
                                        << 0;
    QTest::newRow("json no segments")
        << QByteArray("{\"version\": \"1\"}") << TranscriptFormat::PodcastJson
        << QStringList{u"h:1:1: expected a \"segments\" array"_s} << 0;
    QTest::newRow("json bad segments")
        << QByteArray("{\"segments\": [\n"
                      "  7,\n"
                      "  {\"startTime\": -1, \"body\": \"a\"},\n"
                      "  {\"startTime\": 1e300, \"body\": \"b\"},\n"
                      "  {\"body\": \"c\"},\n"
                      "  {\"startTime\": 1, \"body\": 5},\n"
                      "  {\"startTime\": 2, \"endTime\": 1, \"body\": \"kept\"}\n]}")
        << TranscriptFormat::PodcastJson
        << QStringList{u"h:2:3: a segment must be an object; skipped"_s,
                       u"h:3:17: \"startTime\" must be a number of seconds from 0 to 36000000; skipped"_s,
                       u"h:4:17: \"startTime\" must be a number of seconds from 0 to 36000000; skipped"_s,
                       u"h:5:3: a segment needs \"startTime\"; skipped"_s,
                       u"h:6:28: a segment needs a \"body\" string; skipped"_s,
                       u"h:7:31: the segment ends before it starts; its end is taken as its start"_s}
        << 1;
    QTest::newRow("json limits")
        << QByteArray("{\"segments\": " + QByteArray(1'000'001, '['))
        << TranscriptFormat::PodcastJson
        << QStringList{u"h:1:1000013: more than 1000000 arrays and objects; refused to keep "
                       u"memory bounded"_s}
        << 0;
}

void TranscriptParserTest::hostile()
{
    QFETCH(QByteArray, data);
    QFETCH(TranscriptFormat, format);
    QFETCH(QStringList, problems);
    QFETCH(int, cues);
    const auto r = parse(data, format, u"h"_s);
    QCOMPARE(problemStrings(r), problems);
    QCOMPARE(r.transcript.cues.size(), cues);
}

void TranscriptParserTest::tooManyProblemsAreCapped()
{
    QByteArray vtt = "WEBVTT\n\n";
    for (int i = 0; i < 1000; ++i)
        vtt += "xx:00.000 --> 00:01.000\nbad\n\n";
    vtt += "00:02.000 --> 00:03.000\ngood\n";
    const auto r = parse(vtt, TranscriptFormat::WebVtt);
    QCOMPARE(r.problems.size(), TranscriptParser::kMaxProblems + 1);
    QCOMPARE(r.problems.last().message, u"more problems; the rest are not listed"_s);
    QCOMPARE(r.problems.last().line, 3 + 3 * TranscriptParser::kMaxProblems);
    QCOMPARE(r.transcript.cues, QList<TranscriptCue>{cue(2000, 3000, u"good"_s)});
}

void TranscriptParserTest::tooLargeIsRefused()
{
    const QByteArray huge(TranscriptParser::kMaxBytes + 1, 'a');
    const auto r = parse(huge, TranscriptFormat::PlainText, u"big.txt"_s);
    QCOMPARE(problemStrings(r),
             QStringList{u"big.txt: the file is too large (32 MiB); the limit is 32 MiB"_s});
    QVERIFY(r.transcript.plainText.isEmpty());
}

QTEST_GUILESS_MAIN(TranscriptParserTest)
#include "tst_transcriptparser.moc"
