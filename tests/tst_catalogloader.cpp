#include "catalogloader.h"
#include "jsonlimits.h"
#include "jsonpositionindex.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatalogLoader : public QObject
{
    Q_OBJECT

private slots:
    void validCatalogLoads();
    void unknownKeysAreIgnored();
    void problems_data();
    void problems();
    void goodEpisodesSurviveBadOnes();
    void hostileInput_data();
    void hostileInput();
    void unreadableFile();
    void endlessAndHugeFilesAreNotRead();
    void problemsAreCappedAndColumnsStayRight();
    void loadFileResolvesRelativeAudio();
    void positionIndexCountsCharactersNotBytes();
    void loadAllReportsDuplicatesAcrossFiles();
    void compactedCopySharesNothing();
    void mergingAnEmptyCatalogCopiesNothing();
    void problemsInAFileHavePositionsAfterItsBytesAreDropped();
    void transcriptAndChaptersLoad();
    void chapterStartForms_data();
    void chapterStartForms();
    void transcriptAndChapterProblems_data();
    void transcriptAndChapterProblems();
    void bundledEpisodesHaveTranscriptsAndChapters();
};

namespace {
// A valid catalog with one topic and two episodes; the broken cases below each change one thing.
QByteArray validCatalog()
{
    return R"({
  "version": "1.0",
  "title": "Test",
  "topics": [ { "id": "t", "title": "Topic T", "description": "d" } ],
  "episodes": [
    { "id": "a", "title": "Alpha", "summary": "First.", "duration": 90,
      "published": "2026-02-18", "topic": "t", "tags": ["X", "Y"], "audio": "a.opus", "order": 1 },
    { "id": "b", "title": "Beta", "duration": 61.6, "published": "2026-02-19", "topic": "t",
      "audio": "https://example.org/b.mp3" }
  ]
}
)"_ba;
}
// Two episodes with the optional transcript and chapters: "a" lists its chapters out of order.
QByteArray enrichedCatalog()
{
    return R"({
  "version": "1.0",
  "title": "Test",
  "topics": [ { "id": "t", "title": "Topic T" } ],
  "episodes": [
    { "id": "a", "title": "Alpha", "duration": 90, "published": "2026-02-18", "topic": "t",
      "audio": "a.opus", "transcript": "../transcripts/a.vtt", "transcriptType": "text/vtt",
      "chapters": [ { "start": 0, "title": "Intro" }, { "start": "1:05", "title": "Middle" },
                    { "start": 30.25, "title": " Early " }, { "start": "1:00:00.5", "title": "Late" } ] },
    { "id": "b", "title": "Beta", "duration": 60, "published": "2026-02-19", "topic": "t",
      "audio": "b.opus", "transcript": "https://example.org/b.srt" }
  ]
}
)"_ba;
}
} // namespace

void TestCatalogLoader::validCatalogLoads()
{
    const auto r = CatalogLoader::loadData(validCatalog(), u"v.json"_s, u"/base/dir"_s);
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    QCOMPARE(r.catalog.title(), u"Test"_s);
    QCOMPARE(r.catalog.topics().size(), 1);
    QCOMPARE(r.catalog.topics().at(0).title, u"Topic T"_s);
    QCOMPARE(r.catalog.episodes().size(), 2);
    const Episode &a = r.catalog.episodes().at(0);
    QCOMPARE(a.id, u"a"_s);
    QCOMPARE(a.summary, u"First."_s);
    QCOMPARE(a.durationSec, 90);
    QCOMPARE(a.published, QDate(2026, 2, 18));
    QCOMPARE(a.tags, QStringList({u"X"_s, u"Y"_s}));
    QCOMPARE(a.audio(), QUrl::fromLocalFile(u"/base/dir/a.opus"_s));
    QCOMPARE(a.order, 1);
    QCOMPARE(a.sourceIndex, 0);
    QCOMPARE(r.catalog.episodes().at(1).sourceIndex, 1);
    const Episode &b = r.catalog.episodes().at(1);
    QCOMPARE(b.durationSec, 62);
    QCOMPARE(b.summary, QString());
    QCOMPARE(b.order, 0);
    QCOMPARE(b.audio(), QUrl(u"https://example.org/b.mp3"_s));
    // Without the optional fields nothing is allocated for them.
    QVERIFY(a.transcriptUrl.isNull());
    QCOMPARE(a.transcriptFormat, TranscriptFormat::Unspecified);
    QCOMPARE(a.chapters.capacity(), 0);
}

void TestCatalogLoader::unknownKeysAreIgnored()
{
    QByteArray json = validCatalog();
    json.replace(R"("title": "Alpha",)", R"("title": "Alpha", "mood": {"x": [1,2]},)");
    json.replace(R"("title": "Test",)", R"("title": "Test", "editor": "me",)");
    json.replace(R"("version": "1.0")", R"("version": "1.7")");
    const auto r = CatalogLoader::loadData(json, u"v.json"_s, u"/"_s);
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    QCOMPARE(r.catalog.episodes().size(), 2);
}

void TestCatalogLoader::problems_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("episodesLeft");

    QTest::newRow("syntax error")
        << R"("title": "Test",)"_ba
        << R"("title": "Test" ,,)"_ba
        << QStringList{u"f.json:3:20: JSON syntax error: unterminated object"_s} << 0;
    QTest::newRow("unterminated")
        << R"(  ]
})"_ba
        << R"(  ])"_ba << QStringList{u"f.json:10:3: JSON syntax error: unterminated object"_s}
        << 0;
    QTest::newRow("missing field")
        << R"("title": "Beta", )"_ba
        << ""_ba
        << QStringList{u"f.json:8:5: episodes[1]: missing required field \"title\" (episode \"b\")"_s}
        << 1;
    QTest::newRow("mistyped duration")
        << R"("duration": 90,)"_ba
        << R"("duration": "1:30",)"_ba
        << QStringList{u"f.json:6:69: episodes[0].duration: expected a number of seconds, got string (episode \"a\")"_s}
        << 1;
    QTest::newRow("negative duration")
        << R"("duration": 90,)"_ba
        << R"("duration": -5,)"_ba
        << QStringList{u"f.json:6:69: episodes[0].duration: must not be negative, got -5 (episode \"a\")"_s}
        << 1;
    QTest::newRow("duplicate id")
        << R"("id": "b")"_ba
        << R"("id": "a")"_ba
        << QStringList{u"f.json:8:13: episodes[1].id: duplicate episode id \"a\"; first defined at line 6 (episode \"a\")"_s}
        << 1;
    QTest::newRow("unknown topic")
        << R"("topic": "t", "tags")"_ba
        << R"("topic": "nope", "tags")"_ba
        << QStringList{u"f.json:7:43: episodes[0].topic: unknown topic \"nope\" (episode \"a\")"_s}
        << 1;
    QTest::newRow("bad date")
        << R"("2026-02-19")"_ba
        << R"("2026-02-30")"_ba
        << QStringList{u"f.json:8:66: episodes[1].published: \"2026-02-30\" is not a valid date; expected YYYY-MM-DD (episode \"b\")"_s}
        << 1;
    QTest::newRow("date format")
        << R"("2026-02-19")"_ba
        << R"("19.02.2026")"_ba
        << QStringList{u"f.json:8:66: episodes[1].published: \"19.02.2026\" is not a valid date; expected YYYY-MM-DD (episode \"b\")"_s}
        << 1;
    QTest::newRow("tag not a string")
        << R"(["X", "Y"])"_ba
        << R"(["X", 7, null])"_ba
        << QStringList{u"f.json:7:62: episodes[0].tags[1]: expected a string, got number (episode \"a\")"_s,
                       u"f.json:7:65: episodes[0].tags[2]: expected a string, got null (episode \"a\")"_s}
        << 1;
    QTest::newRow("tags not an array")
        << R"(["X", "Y"])"_ba
        << R"("X")"_ba
        << QStringList{u"f.json:7:56: episodes[0].tags: expected an array of strings, got string (episode \"a\")"_s}
        << 1;
    QTest::newRow("bad audio scheme")
        << R"("https://example.org/b.mp3")"_ba
        << R"("ftp://example.org/b.mp3")"_ba
        << QStringList{u"f.json:9:16: episodes[1].audio: unsupported URL scheme \"ftp\"; use a relative path or an http(s) or file URL (episode \"b\")"_s}
        << 1;
    QTest::newRow("bad order")
        << R"("order": 1)"_ba
        << R"("order": 0.5)"_ba
        << QStringList{u"f.json:7:96: episodes[0].order: expected a whole number from 1 up, got 0.5 (episode \"a\")"_s}
        << 1;
    QTest::newRow("episode not an object")
        << R"({ "id": "b", "title": "Beta",)"_ba
        << R"(42, { "id": "b", "title": "Beta",)"_ba
        << QStringList{u"f.json:8:5: episodes[1]: expected an object, got number"_s} << 2;
    QTest::newRow("newer major version")
        << R"("version": "1.0")"_ba
        << R"("version": "2.1")"_ba
        << QStringList{u"f.json:2:14: version: catalog format 2.1 is newer than this version of Earmark reads (1.x); update Earmark to open this catalog"_s}
        << 0;
    QTest::newRow("missing version")
        << R"("version": "1.0",)"_ba
        << ""_ba << QStringList{u"f.json:1:1: missing required field \"version\""_s} << 2;
    QTest::newRow("duplicate topic")
        << R"("description": "d" } ])"_ba
        << R"("description": "d" }, { "id": "t", "title": "Again" } ])"_ba
        << QStringList{u"f.json:4:78: topics[1].id: duplicate topic id \"t\""_s} << 2;
    QTest::newRow("episodes not an array")
        << R"("episodes": [)"_ba
        << R"("episodes": "none", "old": [)"_ba
        << QStringList{u"f.json:5:15: episodes: expected an array, got string"_s} << 0;
    QTest::newRow("several problems at once")
        << R"("duration": 61.6, "published": "2026-02-19")"_ba
        << R"("duration": true, "published": "yesterday")"_ba
        << QStringList{u"f.json:8:47: episodes[1].duration: expected a number of seconds, got boolean (episode \"b\")"_s,
                       u"f.json:8:66: episodes[1].published: \"yesterday\" is not a valid date; expected YYYY-MM-DD (episode \"b\")"_s}
        << 1;
}

void TestCatalogLoader::problems()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    QFETCH(int, episodesLeft);

    QByteArray json = validCatalog();
    QVERIFY2(json.contains(from), from.constData());
    json.replace(from, to);

    const auto r = CatalogLoader::loadData(json, u"f.json"_s, u"/"_s);
    QStringList actual;
    for (const auto &p : r.problems)
        actual.append(p.toString());
    QCOMPARE(actual, expected);
    QCOMPARE(r.catalog.episodes().size(), episodesLeft);
    QVERIFY(!r.isValid());
    QVERIFY(r.readable);
}

void TestCatalogLoader::goodEpisodesSurviveBadOnes()
{
    QByteArray json = validCatalog();
    json.replace(R"("duration": 90,)", R"("duration": -1,)");
    const auto r = CatalogLoader::loadData(json, u"f.json"_s, u"/"_s);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.catalog.episodes().size(), 1);
    QCOMPARE(r.catalog.episodes().at(0).id, u"b"_s);
}

void TestCatalogLoader::hostileInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray()
                           << u"h.json:1:1: the file is empty; expected a JSON object"_s;
    QTest::newRow("blank") << "\n\n  \n"_ba
                           << u"h.json:1:1: the file is empty; expected a JSON object"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << u"h.json:3:1: this is not a text file (NUL byte); expected JSON"_s;
    QTest::newRow("array root")
        << "\n  [1, 2]"_ba
        << u"h.json:2:3: expected a JSON object at the top level, got an array"_s;
    QTest::newRow("deeply nested")
        << QByteArray(100000, '[')
        << u"h.json:1:1026: JSON syntax error: too deeply nested document"_s;
    QTest::newRow("invalid utf-8") << "{\"title\": \"\xff\xfe\"}"_ba
                                   << u"h.json:1:12: JSON syntax error: invalid UTF8 string"_s;
    QTest::newRow("huge") << QByteArray(CatalogLoader::kMaxFileSize + 1, ' ')
                          << u"h.json:1:1: the file is too large (64 MiB); the limit is 64 MiB"_s;
    // Under the size limit, but Qt's parser would need seconds and gigabytes (bench_inputlimits).
    QByteArray values = "{\"junk\": [0";
    for (qsizetype i = 0; i < JsonLimits::kMaxValues; ++i)
        values.append(",0");
    values.append("]}");
    QTest::newRow("too many values")
        << values
        << u"h.json:1:16000008: more than 8000000 values; refused to keep memory bounded"_s;
    QByteArray arrays = "{\"junk\": [";
    for (qsizetype i = 0; i < JsonLimits::kMaxContainers; ++i)
        arrays.append("[],");
    arrays.append("0]}");
    QTest::newRow("too many arrays")
        << arrays
        << u"h.json:1:3000005: more than 1000000 arrays and objects; refused to keep memory bounded"_s;
    QTest::newRow("long string")
        << "{\n  \"title\": \""_ba + QByteArray(JsonLimits::kMaxStringBytes + 1, 'x') + "\"}"_ba
        << u"h.json:2:12: a string longer than 1 MiB; refused to keep memory bounded"_s;
}

void TestCatalogLoader::hostileInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const auto r = CatalogLoader::loadData(data, u"h.json"_s, u"/"_s);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).toString(), expected);
    QVERIFY(r.catalog.episodes().isEmpty());
}

// Found while measuring the limits: loadFile() trusted QFile::size(), which is 0 for a device
// or a pipe, and read /dev/zero until memory ran out.
void TestCatalogLoader::endlessAndHugeFilesAreNotRead()
{
    const auto zero = CatalogLoader::loadFile(u"/dev/zero"_s);
    QCOMPARE(zero.problems.size(), 1);
    QCOMPARE(zero.problems.at(0).toString(),
             u"/dev/zero:1:1: the file is too large (64 MiB); the limit is 64 MiB"_s);
    // A sparse 4 GiB file: refused by its size, never read (reading it would need 4 GiB).
    QTemporaryDir dir;
    QFile big(dir.filePath(u"big.json"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(4) * 1024 * 1024 * 1024));
    big.close();
    const auto huge = CatalogLoader::loadFile(big.fileName());
    QCOMPARE(huge.problems.size(), 1);
    QVERIFY(huge.problems.at(0).message.startsWith(u"the file is too large (4096 MiB)"_s));
}

// Millions of problems on one line took minutes (each column counted from the start of the
// line); now the first kMaxProblems are listed, with the right columns, and the rest counted.
void TestCatalogLoader::problemsAreCappedAndColumnsStayRight()
{
    const QByteArray one =
        R"({"id": "e%1", "title": "T", "duration": -1, "published": "2026-01-01", "topic": "t", "audio": "a.opus"},)";
    QByteArray json =
        R"({"version": "1.0", "title": "t", "topics": [{"id": "t", "title": "T"}], "episodes": [)";
    const qsizetype episodes = CatalogLoader::kMaxProblems + 500;
    QList<qsizetype> durationOffsets;
    for (qsizetype i = 0; i < episodes; ++i) {
        const QByteArray episode = QString::fromLatin1(one).arg(i).toLatin1();
        durationOffsets.append(json.size() + episode.indexOf("-1"));
        json.append(episode);
    }
    json.append(
        R"({"id": "good", "title": "G", "duration": 1, "published": "2026-01-01", "topic": "t", "audio": "g.opus"}]})");
    const auto r = CatalogLoader::loadData(json, u"c.json"_s, u"/"_s);
    QCOMPARE(r.problems.size(), CatalogLoader::kMaxProblems + 1);
    QCOMPARE(r.problems.last().toString(), u"c.json: 500 more problem(s) not listed"_s);
    for (const qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(999)}) {
        const InputProblem &p = r.problems.at(i);
        QCOMPARE(p.line, 1);
        QCOMPARE(p.column, int(durationOffsets.at(i)) + 1);
    }
    QCOMPARE(r.catalog.episodes().size(), 1); // the good one still loads
}

void TestCatalogLoader::unreadableFile()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"missing.json"_s);
    const auto r = CatalogLoader::loadFile(missing);
    QVERIFY(!r.readable);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.at(0).toString().startsWith(missing + u": cannot open: "_s),
             qPrintable(r.problems.at(0).toString()));

    const auto d = CatalogLoader::loadFile(dir.path());
    QVERIFY(!d.readable);
    QCOMPARE(d.problems.at(0).toString(), dir.path() + u": is a directory, not a catalog file"_s);
}

void TestCatalogLoader::loadFileResolvesRelativeAudio()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"sub"_s));
    QFile f(dir.filePath(u"sub/c.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray json = validCatalog();
    json.replace(R"("a.opus")", R"("../audio/a.opus")");
    f.write(json);
    f.close();
    const auto r = CatalogLoader::loadFile(f.fileName());
    QVERIFY(r.isValid());
    QCOMPARE(r.catalog.episodes().at(0).audio(),
             QUrl::fromLocalFile(dir.filePath(u"audio/a.opus"_s)));
    QCOMPARE(r.catalog.episodes().at(0).sourceFile, f.fileName());
    QCOMPARE(CatalogLoader::locate(r.catalog.episodes().at(0)), std::make_pair(6, 5));
    QCOMPARE(CatalogLoader::locate(r.catalog.episodes().at(1)), std::make_pair(8, 5));

    const auto bundled = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    QVERIFY(bundled.isValid());
    QCOMPARE(bundled.catalog.episodes().at(0).audio().scheme(), u"qrc"_s);
    QVERIFY(bundled.catalog.episodes().at(0).audio().path().startsWith(u"/audio/"_s));
}

void TestCatalogLoader::positionIndexCountsCharactersNotBytes()
{
    const QByteArray json = "{\"a\": \"äöü — x\", \"b\": 1,\n \"c\": [true, {\"d\": null}]}"_ba;
    const JsonPositionIndex index(json);
    QCOMPARE(index.positionOf(u"b"_s).line, 1);
    QCOMPARE(index.positionOf(u"b"_s).column, 23);
    QCOMPARE(index.positionOf(u"c[1].d"_s).line, 2);
    QCOMPARE(index.positionOf(u"c[1].d"_s).column, 20);
    QCOMPARE(index.positionOf(u"c[1].missing"_s).column, 14); // falls back to the parent
}

void TestCatalogLoader::loadAllReportsDuplicatesAcrossFiles()
{
    QTemporaryDir dir;
    QFile f(dir.filePath(u"extra.json"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray json = validCatalog();
    json.replace(R"("id": "a")", R"("id": "lora")");
    f.write(json);
    f.close();
    const auto r = CatalogLoader::loadAll({f.fileName()});
    QCOMPARE(r.catalog.episodes().size(), 21 + 1);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(
        r.problems.at(0).toString(),
        f.fileName() +
            u":6:5: duplicate episode id \"lora\"; already defined in :/catalog/ai-training.json:"_s +
            QString::number(CatalogLoader::locate(*r.catalog.episode(u"lora"_s)).first));
    QVERIFY(r.catalog.episode(u"b"_s));
    QCOMPARE(r.catalog.episode(u"lora"_s)->sourceFile, CatalogLoader::bundledCatalogPath());
}

void TestCatalogLoader::compactedCopySharesNothing()
{
    const Catalog original = CatalogLoader::loadAll({}).catalog;
    const Catalog copy = original.compacted();
    QCOMPARE(copy.title(), original.title());
    QCOMPARE(copy.topics(), original.topics());
    QCOMPARE(copy.episodes(), original.episodes());
    QCOMPARE(copy.indexOfEpisode(u"lora"_s), original.indexOfEpisode(u"lora"_s));
    const Episode &a = original.episodes().at(3);
    const Episode &b = copy.episodes().at(3);
    QVERIFY(a.title.constData() != b.title.constData());
    QVERIFY(a.summary.constData() != b.summary.constData());
    QVERIFY(a.audioUrl.constData() != b.audioUrl.constData());
    // Tags repeat across episodes: one copy of each in the compacted catalog.
    QCOMPARE(copy.episodes().at(0).tags.at(1).constData(),
             copy.episodes().at(5).tags.at(1).constData());
}

void TestCatalogLoader::mergingAnEmptyCatalogCopiesNothing()
{
    const Catalog reference = CatalogLoader::loadAll({}).catalog;
    Catalog merged = reference;
    merged.merge(Catalog());
    QCOMPARE(merged.episodes().constData(), reference.episodes().constData());
    QCOMPARE(merged.episodes(), reference.episodes());
}

void TestCatalogLoader::problemsInAFileHavePositionsAfterItsBytesAreDropped()
{
    // loadFile() drops the bytes once parsed and reads the file again for positions.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({
  "version": "1.0",
  "title": "T",
  "topics": [ { "id": "t", "title": "Topic" } ],
  "episodes": [
    { "id": "a", "title": "A", "duration": 60, "published": "2026-01-01", "topic": "t",
      "audio": "a.opus" },
    { "id": "b", "title": "B", "duration": "long", "published": "2026-01-01", "topic": "t",
      "audio": "b.opus" },
    { "id": "a", "title": "A again", "duration": 60, "published": "2026-01-01", "topic": "t",
      "audio": "a2.opus" }
  ]
}
)");
    f.close();
    const auto r = CatalogLoader::loadFile(path);
    QCOMPARE(r.problems.size(), 2);
    QCOMPARE(r.problems.at(0).toString(),
             path + u":8:44: episodes[1].duration: expected a number of seconds, got string "
                    u"(episode \"b\")"_s);
    QCOMPARE(r.problems.at(1).toString(),
             path + u":10:13: episodes[2].id: duplicate episode id \"a\"; first defined at "
                    u"line 6 (episode \"a\")"_s);
    QCOMPARE(r.catalog.episodes().size(), 1);
    // The same from memory, where the bytes are kept.
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const auto m = CatalogLoader::loadData(again.readAll(), path, dir.path());
    QCOMPARE(m.problems, r.problems);
}

void TestCatalogLoader::transcriptAndChaptersLoad()
{
    const auto r = CatalogLoader::loadData(enrichedCatalog(), u"e.json"_s, u"/base/dir"_s);
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    const Episode &a = r.catalog.episodes().at(0);
    QCOMPARE(a.transcript(), QUrl::fromLocalFile(u"/base/transcripts/a.vtt"_s));
    QCOMPARE(a.transcriptFormat, TranscriptFormat::WebVtt);
    // Sorted by start, titles trimmed.
    const QList<Chapter> expected{
        {0, u"Intro"_s}, {30250, u"Early"_s}, {65000, u"Middle"_s}, {3600500, u"Late"_s}};
    QCOMPARE(a.chapters, expected);
    const Episode &b = r.catalog.episodes().at(1);
    QCOMPARE(b.transcript(), QUrl(u"https://example.org/b.srt"_s));
    QCOMPARE(b.transcriptFormat, TranscriptFormat::Unspecified);
    QVERIFY(b.chapters.isEmpty());

    // The compacted copy keeps them, in fresh memory.
    const Catalog copy = r.catalog.compacted();
    QCOMPARE(copy.episodes(), r.catalog.episodes());
    QVERIFY(copy.episodes().at(0).transcriptUrl.constData() != a.transcriptUrl.constData());
    QVERIFY(copy.episodes().at(0).chapters.at(1).title.constData() !=
            a.chapters.at(1).title.constData());
}

void TestCatalogLoader::chapterStartForms_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("zero") << "0"_ba << qint64(0);
    QTest::newRow("seconds") << "12"_ba << qint64(12000);
    QTest::newRow("fraction rounds to ms") << "12.3456"_ba << qint64(12346);
    QTest::newRow("M:SS") << R"("1:06")"_ba << qint64(66000);
    QTest::newRow("MM:SS") << R"("05:00")"_ba << qint64(300000);
    QTest::newRow("minutes past 59") << R"("75:30")"_ba << qint64(4530000);
    QTest::newRow("MM:SS.mmm") << R"("0:07.125")"_ba << qint64(7125);
    QTest::newRow("H:MM:SS") << R"("1:02:03")"_ba << qint64(3723000);
    QTest::newRow("H:MM:SS.d") << R"("1:02:03.5")"_ba << qint64(3723500);
    QTest::newRow("hours past 99") << R"("100:00:00")"_ba << qint64(360000000);
    QTest::newRow("spaces around") << R"(" 2:00 ")"_ba << qint64(120000);
}

void TestCatalogLoader::chapterStartForms()
{
    QFETCH(QByteArray, start);
    QFETCH(qint64, expectedMs);
    QByteArray json = enrichedCatalog();
    json.replace(R"({ "start": 0, "title": "Intro" })",
                 QByteArray(R"({ "start": )" + start + R"(, "title": "Intro" })"));
    const auto r = CatalogLoader::loadData(json, u"e.json"_s, u"/"_s);
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    bool found = false;
    for (const Chapter &c : r.catalog.episodes().at(0).chapters) {
        if (c.title == u"Intro"_s) {
            QCOMPARE(c.startMs, expectedMs);
            found = true;
        }
    }
    QVERIFY(found);
}

void TestCatalogLoader::transcriptAndChapterProblems_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("transcriptKept");      // episode "a" still has its transcript
    QTest::addColumn<QStringList>("chaptersKept"); // the titles of "a"'s chapters, in order

    const QStringList all{u"Intro"_s, u"Early"_s, u"Middle"_s, u"Late"_s};
    const QByteArray transcript = R"("transcript": "../transcripts/a.vtt")"_ba;
    const QByteArray middle = R"({ "start": "1:05", "title": "Middle" })"_ba;

    QTest::newRow("transcript not a string")
        << transcript << R"("transcript": 5)"_ba
        << QStringList{u"f.json:7:40: episodes[0].transcript: expected a string, got number (episode \"a\")"_s}
        << false << all;
    QTest::newRow("transcript empty")
        << transcript << R"("transcript": "  ")"_ba
        << QStringList{u"f.json:7:40: episodes[0].transcript: must not be empty (episode \"a\")"_s}
        << false << all;
    QTest::newRow("transcript scheme")
        << transcript << R"("transcript": "ftp://x.org/a.vtt")"_ba
        << QStringList{u"f.json:7:40: episodes[0].transcript: unsupported URL scheme \"ftp\"; use a relative path or an http(s) or file URL (episode \"a\")"_s}
        << false << all;
    QTest::newRow("transcript URL without host")
        << transcript << R"("transcript": "https:///a.vtt")"_ba
        << QStringList{u"f.json:7:40: episodes[0].transcript: \"https:///a.vtt\" is not a valid URL (episode \"a\")"_s}
        << false << all;
    QTest::newRow("unknown transcript type")
        << R"("text/vtt")"_ba
        << R"("audio/mpeg")"_ba
        << QStringList{u"f.json:7:82: episodes[0].transcriptType: unsupported transcript type \"audio/mpeg\"; expected text/vtt, application/x-subrip, application/json, text/html or text/plain (episode \"a\")"_s}
        << true << all;
    QTest::newRow("transcript type without transcript")
        << R"("transcript": "https://example.org/b.srt")"_ba
        << R"("transcriptType": "application/x-subrip")"_ba
        << QStringList{u"f.json:11:44: episodes[1].transcriptType: given without a \"transcript\" (episode \"b\")"_s}
        << true << all;
    QTest::newRow("chapters not an array")
        << R"("transcript": "https://example.org/b.srt")"_ba
        << R"("transcript": "https://example.org/b.srt", "chapters": { "start": 0 })"_ba
        << QStringList{u"f.json:11:81: episodes[1].chapters: expected an array of chapters, got object (episode \"b\")"_s}
        << true << all;
    QTest::newRow("chapter not an object")
        << R"({ "start": 0, "title": "Intro" })"_ba
        << R"("Intro")"_ba
        << QStringList{u"f.json:8:21: episodes[0].chapters[0]: expected an object with \"start\" and \"title\", got string (episode \"a\")"_s}
        << true << QStringList{u"Early"_s, u"Middle"_s, u"Late"_s};
    QTest::newRow("chapter without start")
        << middle << R"({ "title": "Middle" })"_ba
        << QStringList{u"f.json:8:55: episodes[0].chapters[1]: missing required field \"start\" (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    QTest::newRow("chapter without title")
        << middle << R"({ "start": "1:05" })"_ba
        << QStringList{u"f.json:8:55: episodes[0].chapters[1]: missing required field \"title\" (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    QTest::newRow("chapter title empty")
        << middle << R"({ "start": "1:05", "title": "" })"_ba
        << QStringList{u"f.json:8:83: episodes[0].chapters[1].title: must not be empty (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    QTest::newRow("negative start")
        << middle << R"({ "start": -1, "title": "Middle" })"_ba
        << QStringList{u"f.json:8:66: episodes[0].chapters[1].start: must not be negative, got -1 (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    QTest::newRow("start too large")
        << middle << R"({ "start": 1e9, "title": "Middle" })"_ba
        << QStringList{u"f.json:8:66: episodes[0].chapters[1].start: is too large (1e+09 seconds) (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    QTest::newRow("start not a number or string")
        << middle << R"({ "start": true, "title": "Middle" })"_ba
        << QStringList{u"f.json:8:66: episodes[0].chapters[1].start: expected a number of seconds or a time string, got boolean (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    for (const char *bad :
         {"1:5", "1:60", "1:75:00", "12", "abc", "1:02:03:04", "-1:00", "1:00.1234", ""}) {
        QTest::newRow(qPrintable(u"time "_s + QString::fromLatin1(bad)))
            << middle << QByteArray(R"({ "start": ")"_ba + bad + R"(", "title": "Middle" })"_ba)
            << QStringList{u"f.json:8:66: episodes[0].chapters[1].start: expected seconds or a time like \"MM:SS\" or \"H:MM:SS\", got \""_s +
                           QString::fromLatin1(bad) + u"\" (episode \"a\")"_s}
            << true << QStringList{u"Intro"_s, u"Early"_s, u"Late"_s};
    }
    QTest::newRow("two chapters start together")
        << R"("start": 30.25)"_ba
        << R"("start": "1:05.000")"_ba
        << QStringList{u"f.json:9:32: episodes[0].chapters[2].start: starts at the same time as chapters[1] (episode \"a\")"_s}
        << true << QStringList{u"Intro"_s, u"Middle"_s, u"Late"_s};
    QTest::newRow("several at once")
        << R"({ "start": 0, "title": "Intro" }, { "start": "1:05", "title": "Middle" })"_ba
        << R"({ "start": "x", "title": "Intro" }, { "start": 0, "title": 3 })"_ba
        << QStringList{u"f.json:8:32: episodes[0].chapters[0].start: expected seconds or a time like \"MM:SS\" or \"H:MM:SS\", got \"x\" (episode \"a\")"_s,
                       u"f.json:8:80: episodes[0].chapters[1].title: expected a string, got number (episode \"a\")"_s}
        << true << QStringList{u"Early"_s, u"Late"_s};
}

void TestCatalogLoader::transcriptAndChapterProblems()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QStringList, expected);
    QFETCH(bool, transcriptKept);
    QFETCH(QStringList, chaptersKept);

    QByteArray json = enrichedCatalog();
    QVERIFY2(json.count(from) == 1, from.constData());
    json.replace(from, to);

    const auto r = CatalogLoader::loadData(json, u"f.json"_s, u"/"_s);
    QStringList actual;
    for (const auto &p : r.problems)
        actual.append(p.toString());
    QCOMPARE(actual, expected);
    QVERIFY(!r.isValid());
    // A bad transcript or chapter is left out; the episode itself stays.
    QCOMPARE(r.catalog.episodes().size(), 2);
    const Episode &a = r.catalog.episodes().at(0);
    QCOMPARE(!a.transcriptUrl.isEmpty(), transcriptKept);
    if (!transcriptKept)
        QCOMPARE(a.transcriptFormat, TranscriptFormat::Unspecified);
    QStringList titles;
    for (const Chapter &c : a.chapters)
        titles.append(c.title);
    QCOMPARE(titles, chaptersKept);
    for (qsizetype i = 1; i < a.chapters.size(); ++i)
        QVERIFY(a.chapters.at(i - 1).startMs < a.chapters.at(i).startMs);
}

void TestCatalogLoader::bundledEpisodesHaveTranscriptsAndChapters()
{
    const auto r = CatalogLoader::loadFile(CatalogLoader::bundledCatalogPath());
    QVERIFY(r.isValid());
    for (const Episode &e : r.catalog.episodes()) {
        QCOMPARE(e.transcript(), QUrl(u"qrc:/transcripts/"_s + e.id + u".vtt"_s));
        QCOMPARE(e.transcriptFormat, TranscriptFormat::WebVtt);
        QVERIFY2(QFile::exists(u":/transcripts/"_s + e.id + u".vtt"_s), qPrintable(e.id));
        QVERIFY2(e.chapters.size() >= 2 && e.chapters.size() <= 4, qPrintable(e.id));
        QCOMPARE(e.chapters.first().startMs, 0);
        for (const Chapter &c : e.chapters)
            QVERIFY(!c.title.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCatalogLoader)
#include "tst_catalogloader.moc"
