// ShowNotesSanitizer: the whitelist, what is dropped, plain text, timestamps as seek links, and
// a hostile show-notes fixture of which nothing dangerous may survive.
#include "shownotessanitizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class ShowNotesSanitizerTest final : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void hostileFixture();
    void seekLinks();
    void hugeInputIsCut();
};

void ShowNotesSanitizerTest::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("output");

    QTest::newRow("whitelist kept")
        << u"<h2>Title</h2><p>A <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> <code>f</code>"
           u"</p><ul><li>one</li></ul><ol><li>two</li></ol><pre>x  y</pre>"
           u"<blockquote>q</blockquote>"_s
        << QString()
        << u"<h2>Title</h2><p>A <strong>b</strong> <b>c</b> <em>d</em> <i>e</i> <code>f</code>"
           u"</p><ul><li>one</li></ul><ol><li>two</li></ol><pre>x  y</pre>"
           u"<blockquote>q</blockquote>"_s;
    QTest::newRow("attributes dropped")
        << u"<P CLASS=\"x\" style='color:red' onclick=alert(1)>Hi</P>"_s << QString()
        << u"<p>Hi</p>"_s;
    QTest::newRow("unknown tags keep their text")
        << u"<p><span style=\"x\">a</span> <font color=red>b</font> <u>c</u></p>"_s << QString()
        << u"<p>a b c</p>"_s;
    QTest::newRow("divs become line breaks")
        << u"<div>one</div><div>two</div>"_s << QString() << u"one<br>two<br>"_s;
    QTest::newRow("script and style dropped with content")
        << u"<p>a<script>alert('<p>x</p>')</script>b<style>p{}</style>c</p>"_s << QString()
        << u"<p>abc</p>"_s;
    QTest::newRow("img becomes alt text")
        << u"<p>x<img src=\"http://t/p.gif\">y<img alt=\"Logo\" src=\"https://t/l.png\"/></p>"_s
        << QString() << u"<p>xyLogo</p>"_s;
    QTest::newRow("links") << u"<a href=\"https://a.example/x?y=1&amp;z=2\" title=t>ok</a> "
                              u"<a href=\"javascript:x()\">no</a> <a>no href</a>"_s
                           << QString()
                           << u"<a href=\"https://a.example/x?y=1&amp;z=2\">ok</a> no no href"_s;
    QTest::newRow("relative link with a base")
        << u"<a href=\"../ep/2\">prev</a> <a href=\"#top\">top</a>"_s
        << u"https://pod.example/feed/ep/3"_s
        << u"<a href=\"https://pod.example/feed/ep/2\">prev</a> top"_s;
    QTest::newRow("relative link without a base")
        << u"<a href=\"/ep/2\">prev</a>"_s << QString() << u"prev"_s;
    QTest::newRow("unclosed tags are closed")
        << u"<p>one<p>two<ul><li>a<li>b</ul><b>bold<i>both"_s << QString()
        << u"<p>one</p><p>two</p><ul><li>a</li><li>b</li></ul><b>bold<i>both</i></b>"_s;
    QTest::newRow("stray end tags ignored") << u"</p></b>text</a></li>"_s << QString() << u"text"_s;
    QTest::newRow("nested links") << u"<a href=\"https://a/\">x<a href=\"https://b/\">y</a>z</a>"_s
                                  << QString()
                                  << u"<a href=\"https://a/\">x</a><a href=\"https://b/\">y</a>z"_s;
    QTest::newRow("broken markup") << u"a < b and c<d> 1<2 <p title=\"unterminated>rest"_s
                                   << QString() << u"a &lt; b and c 1&lt;2 "_s;
    QTest::newRow("entities") << u"<p>&lt;script&gt; &amp;amp; &eacute;&#233;&#xE9; &bogus;</p>"_s
                              << QString() << u"<p>&lt;script&gt; &amp;amp; ééé &amp;bogus;</p>"_s;
    QTest::newRow("comments and cdata") << u"<p>a<!-- <script>x</script> -->b<![CDATA[<c>]]></p>"_s
                                        << QString() << u"<p>ab&lt;c&gt;</p>"_s;
    QTest::newRow("plain text paragraphs")
        << u"First line\nsecond line\n\n\nNext paragraph & more.\n"_s << QString()
        << u"<p>First line<br>second line</p>\n<p>Next paragraph &amp; more.</p>\n"_s;
    QTest::newRow("html without blocks keeps line breaks")
        << u"Links:\n<a href=\"https://x.example/\">x</a>\n\nBye"_s << QString()
        << u"Links:<br><a href=\"https://x.example/\">x</a><br><br>Bye"_s;
    QTest::newRow("timestamps") << u"<p>00:00 Intro, 12:34 Main (1:02:03) end</p>"_s << QString()
                                << u"<p><a href=\"earmark-seek:0\">00:00</a> Intro, "
                                   u"<a href=\"earmark-seek:754000\">12:34</a> Main "
                                   u"(<a href=\"earmark-seek:3723000\">1:02:03</a>) end</p>"_s;
    QTest::newRow("not timestamps")
        << u"<p>9:30 am, 10:15pm, 3:00 p.m., 12:345, 12:60, 1:60:00, 1:2, v1.2:33, 10.0.0.1:80, "
           u"12:34:56:78, 123:45, a12:34, 12:34.5</p>"_s
        << QString()
        << u"<p>9:30 am, 10:15pm, 3:00 p.m., 12:345, 12:60, 1:60:00, 1:2, v1.2:33, 10.0.0.1:80, "
           u"12:34:56:78, 123:45, a12:34, 12:34.5</p>"_s;
    QTest::newRow("no timestamps in links or code")
        << u"<a href=\"https://x/\">at 12:34</a> <code>12:34</code> <pre>1:00</pre> 5:00"_s
        << QString()
        << u"<a href=\"https://x/\">at 12:34</a> <code>12:34</code> <pre>1:00</pre> "
           u"<a href=\"earmark-seek:300000\">5:00</a>"_s;
    QTest::newRow("timestamps in plain text")
        << u"Chapters:\n0:00 Hello\n45:10 Bye\n"_s << QString()
        << u"<p>Chapters:<br><a href=\"earmark-seek:0\">0:00</a> Hello<br>"
           u"<a href=\"earmark-seek:2710000\">45:10</a> Bye</p>\n"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void ShowNotesSanitizerTest::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, base);
    QFETCH(QString, output);
    QCOMPARE(ShowNotesSanitizer::toSafeHtml(input, base), output);
}

void ShowNotesSanitizerTest::hostileFixture()
{
    QFile file(QStringLiteral(EARMARK_TEST_DATA "/shownotes/hostile.html"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = ShowNotesSanitizer::toSafeHtml(QString::fromUtf8(file.readAll()),
                                                        u"https://pod.example/"_s);

    // Nothing dangerous survives, in any spelling.
    for (const QString &banned :
         {u"<script"_s,     u"<style"_s,     u"<iframe"_s,    u"<img"_s,
          u"<object"_s,     u"<embed"_s,     u"<svg"_s,       u"<form"_s,
          u"<input"_s,      u"<video"_s,     u"<link"_s,      u"<meta"_s,
          u"<table"_s,      u"javascript"_s, u"vbscript"_s,   u"data:"_s,
          u"onerror"_s,     u"onload"_s,     u"onclick"_s,    u"onmouseover"_s,
          u"style="_s,      u"src="_s,       u"background"_s, u"tracker.example"_s,
          u"cdn.example"_s, u"alert"_s,      u"steal"_s,      u"iframe fallback"_s,
          u"Send"_s,        u"target="_s,    u"class="_s}) {
        QVERIFY2(!html.contains(banned, Qt::CaseInsensitive),
                 qPrintable(banned + u" survived in:\n"_s + html));
    }
    // The only attributes left are the hrefs of allowed links.
    static const QRegularExpression attribute(u"<[a-z0-9]+\\s+([a-z-]+)="_s);
    for (auto it = attribute.globalMatch(html); it.hasNext();)
        QCOMPARE(it.next().captured(1), u"href"_s);
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    QStringList hrefs;
    for (auto it = href.globalMatch(html); it.hasNext();)
        hrefs.append(it.next().captured(1));
    const QStringList expected = {u"https://example.com/paper?id=1&amp;v=2"_s,
                                  u"mailto:host@example.com"_s,
                                  u"https://pod.example/episodes/41"_s,
                                  u"earmark-seek:0"_s,
                                  u"earmark-seek:754000"_s,
                                  u"earmark-seek:3723000"_s,
                                  u"https://sponsor.example/?t=12:34"_s};
    QCOMPARE(hrefs, expected);
    // What is text stays.
    QVERIFY(html.contains(u"<h1>Episode 42: Attention</h1>"_s));
    QVERIFY(html.contains(u"A photo of the hosts"_s));
    for (const QString &text : {u"first"_s, u"second"_s, u"third"_s, u"fourth"_s, u"fifth"_s})
        QVERIFY(html.contains(u"<li>"_s + text + u" bad link</li>"_s));
    QVERIFY(html.contains(u"cell"_s));
}

void ShowNotesSanitizerTest::seekLinks()
{
    QCOMPARE(ShowNotesSanitizer::seekUrl(754000).toString(), u"earmark-seek:754000"_s);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:754000"_s)), 754000);
    QCOMPARE(ShowNotesSanitizer::seekPosition(ShowNotesSanitizer::seekUrl(0)), 0);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:-5"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:12:34"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:1e9"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek:99999999999999999999"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"earmark-seek://host/5"_s)), -1);
    QCOMPARE(ShowNotesSanitizer::seekPosition(QUrl(u"https://x/754000"_s)), -1);
}

void ShowNotesSanitizerTest::hugeInputIsCut()
{
    const QString huge = u"<p>"_s + QString(ShowNotesSanitizer::kMaxInputChars, u'x');
    const QString html = ShowNotesSanitizer::toSafeHtml(huge);
    QCOMPARE(html.size(), ShowNotesSanitizer::kMaxInputChars - 3 + 7); // <p>…</p>, cut to the limit
    QVERIFY(html.startsWith(u"<p>xxx"_s) && html.endsWith(u"x</p>"_s));
    // Deep nesting is bounded: the text stays, the tags beyond kMaxDepth go.
    QString deep;
    for (int i = 0; i < 10'000; ++i)
        deep += u"<blockquote>"_s;
    deep += u"bottom"_s;
    const QString nested = ShowNotesSanitizer::toSafeHtml(deep);
    QCOMPARE(nested.count(u"<blockquote>"_s), ShowNotesSanitizer::kMaxDepth);
    QCOMPARE(nested.count(u"</blockquote>"_s), ShowNotesSanitizer::kMaxDepth);
    QVERIFY(nested.contains(u"bottom"_s));
}

QTEST_GUILESS_MAIN(ShowNotesSanitizerTest)
#include "tst_shownotessanitizer.moc"
