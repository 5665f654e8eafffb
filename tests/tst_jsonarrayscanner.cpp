#include "catalogloader.h"
#include "jsonarrayscanner.h"
#include "jsonpositionindex.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The scanner that lets the catalog loader read a catalog one episode at a time, and the loader
// on inputs where the scanner's tracking of strings and depth matters: a good file loads the
// same as a whole-document parse would, a bad one is reported where QJsonDocument reports it.
class TestJsonArrayScanner : public QObject
{
    Q_OBJECT

private slots:
    void findsTheElements_data();
    void findsTheElements();
    void givesUp_data();
    void givesUp();
    void trickyGoodCatalogLoads();
    void syntaxErrorsAreWhereQtFindsThem_data();
    void syntaxErrorsAreWhereQtFindsThem();
    void newerVersionStillReportsSyntaxErrors();
    void problemPositionsInEpisodesStayRight();
};

namespace {
// The texts of the spans the scanner found.
QStringList texts(const QByteArray &data, const QList<JsonArrayScanner::Span> &spans)
{
    QStringList out;
    for (const auto &s : spans)
        out.append(QString::fromUtf8(data.mid(s.begin, s.end - s.begin)));
    return out;
}

constexpr QLatin1StringView kEpisodes("episodes");

// A catalog with `episodes` as its episodes array's text.
QByteArray catalogWith(const QByteArray &episodes)
{
    return R"({ "version": "1.0", "title": "T",
  "topics": [ { "id": "t", "title": "Topic" } ],
  "episodes": )"_ba +
           episodes + "\n}\n";
}

QByteArray episode(const QByteArray &id, const QByteArray &extra = {})
{
    return R"({ "id": ")" + id +
           R"(", "title": "Title", "duration": 60, "published": "2026-01-02", "topic": "t", )" +
           R"("audio": "a.opus")" + extra + " }";
}
} // namespace

void TestJsonArrayScanner::findsTheElements_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("elements");

    QTest::newRow("two") << R"({"episodes":[{"a":1},{"b":2}]})"_ba
                         << QStringList{uR"({"a":1})"_s, uR"({"b":2})"_s};
    QTest::newRow("empty array") << R"({"episodes":[]})"_ba << QStringList();
    QTest::newRow("empty array, spaces") << "{\"episodes\" : [ \n\t\r ] }"_ba << QStringList();
    QTest::newRow("brackets and quotes in strings")
        << R"({"x":"]}[{\"","episodes":[{"t":"}]\"{[","u":"\\"},{"v":"\\\""}]})"_ba
        << QStringList{uR"({"t":"}]\"{[","u":"\\"})"_s, uR"({"v":"\\\""})"_s};
    QTest::newRow("nested arrays and objects")
        << R"({"episodes":[{"c":[[1,[2]],{"d":[{}]}]},{"e":{"f":[]}}]})"_ba
        << QStringList{uR"({"c":[[1,[2]],{"d":[{}]}]})"_s, uR"({"e":{"f":[]}})"_s};
    QTest::newRow("whitespace and BOM")
        << "\xEF\xBB\xBF \n{ \"episodes\"\t:\r\n[ {\"a\" : 1} ,\n\n{ } ]\n}\n"_ba
        << QStringList{uR"({"a" : 1})"_s, u"{ }"_s};
    QTest::newRow("the key deeper down or as a value is not it")
        << R"({"t":"episodes","x":{"episodes":[{"no":1}]},"episodes":[{"yes":2}],"z":[{"episodes":0}]})"_ba
        << QStringList{uR"({"yes":2})"_s};
    QTest::newRow("a \\u escape in a string")
        << R"({"episodes":[{"t":"\u0022]"}]})"_ba << QStringList{uR"({"t":"\u0022]"})"_s};
}

void TestJsonArrayScanner::findsTheElements()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, elements);
    const auto layout = JsonArrayScanner::scan(data, kEpisodes);
    QVERIFY(layout.has_value());
    QCOMPARE(texts(data, layout->objects), elements);
    // The array's span is exactly the array: replaced by "[]" the rest is still a JSON object.
    QCOMPARE(data.at(layout->array.begin), '[');
    QCOMPARE(data.at(layout->array.end - 1), ']');
    const QByteArray rest = data.left(layout->array.begin) + "[]" + data.mid(layout->array.end);
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(rest, &error).isObject());
}

void TestJsonArrayScanner::givesUp_data()
{
    QTest::addColumn<QByteArray>("data");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("top-level array") << R"([{"episodes":[]}])"_ba;
    QTest::newRow("no episodes") << R"({"topics":[]})"_ba;
    QTest::newRow("episodes not an array") << R"({"episodes":{"a":1}})"_ba;
    QTest::newRow("an element not an object") << R"({"episodes":[{"a":1},2]})"_ba;
    QTest::newRow("missing comma") << R"({"episodes":[{"a":1} {"b":2}]})"_ba;
    QTest::newRow("trailing comma") << R"({"episodes":[{"a":1},]})"_ba;
    QTest::newRow("double comma") << R"({"episodes":[{"a":1},,{"b":2}]})"_ba;
    QTest::newRow("key twice") << R"({"episodes":[],"episodes":[{"a":1}]})"_ba;
    QTest::newRow("key with an escape") << R"({"episod\u0065s":[{"a":1}]})"_ba;
    QTest::newRow("truncated in an element") << R"({"episodes":[{"a":[1,2)"_ba;
    QTest::newRow("truncated in a string") << R"({"episodes":[{"a":"]}])"_ba;
    QTest::newRow("truncated after an element") << R"({"episodes":[{"a":1})"_ba;
    QTest::newRow("truncated after the array") << R"({"episodes":[{"a":1}])"_ba;
    QTest::newRow("truncated before the array") << R"({"title":"x", "episodes":)"_ba;
}

void TestJsonArrayScanner::givesUp()
{
    QFETCH(QByteArray, data);
    QVERIFY(!JsonArrayScanner::scan(data, kEpisodes).has_value());
}

void TestJsonArrayScanner::trickyGoodCatalogLoads()
{
    const QByteArray json =
        "\xEF\xBB\xBF" +
        catalogWith(
            "[\n  " + episode("a", R"(, "summary": "says \"]}, {\" and \\ ok")") + " ,\n  " +
            episode("b", R"(, "tags": ["x"], "extra": [[1, [2, {"episodes": []}]], {}])") + "\n]");
    // Read one episode at a time, not as a whole document (the loader says which it took).
    QLoggingCategory::setFilterRules(u"earmark.catalog.debug=true"_s);
    QTest::ignoreMessage(QtDebugMsg, QRegularExpression(u"t.json.*episodes one by one"_s));
    const auto r = CatalogLoader::loadData(json, u"t.json"_s, u"/base"_s);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY2(r.isValid(), qPrintable(r.problems.value(0).toString()));
    QCOMPARE(r.catalog.title(), u"T"_s);
    QCOMPARE(r.catalog.topics().size(), 1);
    QCOMPARE(r.catalog.episodes().size(), 2);
    QCOMPARE(r.catalog.episodes().at(0).summary, uR"(says "]}, {" and \ ok)"_s);
    QCOMPARE(r.catalog.episodes().at(1).id, u"b"_s);
    QCOMPARE(r.catalog.episodes().at(1).tags, QStringList{u"x"_s});
    QCOMPARE(r.catalog.episodes().at(1).sourceIndex, 1);

    const auto none = CatalogLoader::loadData(catalogWith("[ ]"), u"t.json"_s, u"/"_s);
    QVERIFY2(none.isValid(), qPrintable(none.problems.value(0).toString()));
    QCOMPARE(none.catalog.topics().size(), 1);
    QVERIFY(none.catalog.episodes().isEmpty());
}

void TestJsonArrayScanner::syntaxErrorsAreWhereQtFindsThem_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");

    const QByteArray good = catalogWith("[\n  " + episode("a") + ",\n  " + episode("b") + "\n]");
    QTest::newRow("truncated in the second episode")
        << good.left(good.indexOf(R"("b")") + 10)
        << u"s.json:5:20: JSON syntax error: unterminated string"_s;
    QTest::newRow("truncated after the episodes")
        << good.left(good.lastIndexOf(']') + 1)
        << u"s.json:6:1: JSON syntax error: unterminated object"_s;
    QTest::newRow("bad value in an episode")
        << QByteArray(good).replace(R"("duration": 60, "published": "2026-01-02", "topic": "t", )"
                                    R"("audio": "a.opus" })",
                                    R"("duration": 6x0 })")
        << u"s.json:4:48: JSON syntax error: unterminated object"_s;
    QTest::newRow("missing comma between episodes")
        << QByteArray(good).replace(" },\n  {", " }\n  {")
        << u"s.json:5:5: JSON syntax error: missing value separator"_s;
    QTest::newRow("trailing comma")
        << QByteArray(good).replace("\n]", ",\n]")
        << u"s.json:6:1: JSON syntax error: object is missing after a comma"_s;
    QTest::newRow("an escape left open in a string")
        << QByteArray(good).replace(R"("b")", R"("b\")")
        << u"s.json:5:19: JSON syntax error: unterminated object"_s;
    QTest::newRow("syntax error in the topics")
        << QByteArray(good).replace(R"("title": "Topic")", R"("title" "Topic")")
        << u"s.json:2:37: JSON syntax error: missing name separator"_s;
    // A problem in an episode read before the broken one (its position needs the whole file).
    QByteArray twoFaults = QByteArray(good).replace(R"("a", "title": "Title")", R"("a")");
    twoFaults.replace(R"("b", "title": "Title")", R"("b", "title": Title")");
    QTest::newRow("a problem before a syntax error")
        << twoFaults << u"s.json:5:25: JSON syntax error: illegal number"_s;
    QTest::newRow("a topic problem before a syntax error")
        << QByteArray(twoFaults).replace(R"("title": "Topic")", R"("title": 1)")
        << u"s.json:5:25: JSON syntax error: illegal number"_s;
    QTest::newRow("garbage after the object")
        << good + "x" << u"s.json:8:1: JSON syntax error: garbage at the end of the document"_s;
}

void TestJsonArrayScanner::syntaxErrorsAreWhereQtFindsThem()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const auto r = CatalogLoader::loadData(data, u"s.json"_s, u"/"_s);
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).toString(), expected);
    QVERIFY(r.catalog.episodes().isEmpty());

    // The message is QJsonDocument's on the whole document, at the offset it gives (moved back
    // over the spaces after the offending token).
    QJsonParseError error;
    QJsonDocument::fromJson(data, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    qsizetype at = error.offset;
    while (at > 0 && (at >= data.size() || QChar::isSpace(uchar(data.at(at)))))
        --at;
    const auto pos = JsonPositionIndex::positionAt(data, at);
    QCOMPARE(r.problems.at(0).line, pos.line);
    QCOMPARE(r.problems.at(0).column, pos.column);
    QVERIFY(r.problems.at(0).message.endsWith(error.errorString()));
}

void TestJsonArrayScanner::newerVersionStillReportsSyntaxErrors()
{
    QByteArray json = catalogWith("[ " + episode("a", R"(, "x": tru)") + " ]");
    json.replace(R"("version": "1.0")", R"("version": "9.0")");
    const auto r = CatalogLoader::loadData(json, u"n.json"_s, u"/"_s);
    QCOMPARE(r.problems.size(), 1);
    QVERIFY2(r.problems.at(0).message.startsWith(u"JSON syntax error: "_s),
             qPrintable(r.problems.at(0).toString()));

    json.replace(R"("x": tru)", R"("x": true)");
    const auto newer = CatalogLoader::loadData(json, u"n.json"_s, u"/"_s);
    QCOMPARE(newer.problems.size(), 1);
    QVERIFY2(newer.problems.at(0).message.contains(u"newer"_s),
             qPrintable(newer.problems.at(0).toString()));
}

void TestJsonArrayScanner::problemPositionsInEpisodesStayRight()
{
    const QByteArray json =
        catalogWith("[\n  " + episode("a") + ",\n  " + episode("b", R"(, "order": 0)") + ",\n  " +
                    episode("a") + "\n]");
    const auto r = CatalogLoader::loadData(json, u"p.json"_s, u"/"_s);
    QStringList actual;
    for (const auto &p : r.problems)
        actual.append(p.toString());
    QCOMPARE(actual,
             QStringList({u"p.json:5:119: episodes[1].order: expected a whole number from 1 up, "
                          u"got 0 (episode \"b\")"_s,
                          u"p.json:6:11: episodes[2].id: duplicate episode id \"a\"; first defined "
                          u"at line 4 (episode \"a\")"_s}));
    QCOMPARE(r.catalog.episodes().size(), 1);
}

QTEST_GUILESS_MAIN(TestJsonArrayScanner)
#include "tst_jsonarrayscanner.moc"
