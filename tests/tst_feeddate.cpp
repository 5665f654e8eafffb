// FeedDate and FeedDuration: dates and durations as real feeds write them.
#include "feeddate.h"
#include "feedduration.h"

#include <QTest>

class TestFeedDate : public QObject
{
    Q_OBJECT

private slots:
    void rfc822_data();
    void rfc822();
    void iso8601_data();
    void iso8601();
    void invalid_data();
    void invalid();
    void duration_data();
    void duration();
};

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

} // namespace

void TestFeedDate::rfc822_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("hasTime");
    QTest::newRow("standard") << u"Tue, 05 Mar 2024 10:30:00 +0000"_qs << utc(2024, 3, 5, 10, 30)
                              << true;
    QTest::newRow("offset") << u"Tue, 05 Mar 2024 10:30:00 -0500"_qs << utc(2024, 3, 5, 15, 30)
                            << true;
    QTest::newRow("positive offset")
        << u"Tue, 05 Mar 2024 10:30:00 +0130"_qs << utc(2024, 3, 5, 9, 0) << true;
    QTest::newRow("no weekday") << u"05 Mar 2024 10:30:00 GMT"_qs << utc(2024, 3, 5, 10, 30)
                                << true;
    QTest::newRow("single-digit day")
        << u"Tue, 5 Mar 2024 10:30:00 GMT"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("two-digit year")
        << u"Tue, 05 Mar 24 10:30:00 GMT"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("two-digit year, last century")
        << u"Fri, 31 Dec 99 23:59:59 GMT"_qs << utc(1999, 12, 31, 23, 59, 59) << true;
    QTest::newRow("EST") << u"Tue, 05 Mar 2024 10:30:00 EST"_qs << utc(2024, 3, 5, 15, 30) << true;
    QTest::newRow("EDT") << u"Tue, 05 Mar 2024 10:30:00 EDT"_qs << utc(2024, 3, 5, 14, 30) << true;
    QTest::newRow("CST") << u"Tue, 05 Mar 2024 10:30:00 CST"_qs << utc(2024, 3, 5, 16, 30) << true;
    QTest::newRow("CDT") << u"Tue, 05 Mar 2024 10:30:00 CDT"_qs << utc(2024, 3, 5, 15, 30) << true;
    QTest::newRow("MST") << u"Tue, 05 Mar 2024 10:30:00 MST"_qs << utc(2024, 3, 5, 17, 30) << true;
    QTest::newRow("MDT") << u"Tue, 05 Mar 2024 10:30:00 MDT"_qs << utc(2024, 3, 5, 16, 30) << true;
    QTest::newRow("PST") << u"Tue, 05 Mar 2024 10:30:00 PST"_qs << utc(2024, 3, 5, 18, 30) << true;
    QTest::newRow("PDT") << u"Tue, 05 Mar 2024 10:30:00 pdt"_qs << utc(2024, 3, 5, 17, 30) << true;
    QTest::newRow("UT") << u"Tue, 05 Mar 2024 10:30:00 UT"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("UTC") << u"Tue, 05 Mar 2024 10:30:00 UTC"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("Z") << u"Tue, 05 Mar 2024 10:30:00 Z"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("military letter (RFC 2822: as -0000)")
        << u"Tue, 05 Mar 2024 10:30:00 A"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("-0000") << u"Tue, 05 Mar 2024 10:30:00 -0000"_qs << utc(2024, 3, 5, 10, 30)
                           << true;
    QTest::newRow("no zone") << u"Tue, 05 Mar 2024 10:30:00"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("no seconds") << u"Tue, 05 Mar 2024 10:30 +0100"_qs << utc(2024, 3, 5, 9, 30)
                                << true;
    QTest::newRow("extra spaces") << u"  Tue,   05  Mar   2024  10:30:00   GMT  "_qs
                                  << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("full names") << u"Tuesday, 05 March 2024 10:30:00 GMT"_qs
                                << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("no comma") << u"Tue 05 Mar 2024 10:30:00 GMT"_qs << utc(2024, 3, 5, 10, 30)
                              << true;
    QTest::newRow("lower case") << u"tue, 05 mar 2024 10:30:00 gmt"_qs << utc(2024, 3, 5, 10, 30)
                                << true;
    QTest::newRow("Sept") << u"Sun, 01 Sept 2024 08:00:00 GMT"_qs << utc(2024, 9, 1, 8) << true;
    QTest::newRow("GMT+0200") << u"Tue, 05 Mar 2024 10:30:00 GMT+0200"_qs << utc(2024, 3, 5, 8, 30)
                              << true;
    QTest::newRow("+01:00") << u"Tue, 05 Mar 2024 10:30:00 +01:00"_qs << utc(2024, 3, 5, 9, 30)
                            << true;
    QTest::newRow("zone comment") << u"Tue, 05 Mar 2024 10:30:00 -0500 (EST)"_qs
                                  << utc(2024, 3, 5, 15, 30) << true;
    QTest::newRow("leap second") << u"Sat, 31 Dec 2016 23:59:60 GMT"_qs
                                 << utc(2016, 12, 31, 23, 59, 59) << true;
    QTest::newRow("date only") << u"05 Mar 2024"_qs << utc(2024, 3, 5) << false;
    QTest::newRow("crosses midnight")
        << u"Mon, 31 Dec 2023 22:00:00 -0300"_qs << utc(2024, 1, 1, 1, 0) << true;
}

void TestFeedDate::rfc822()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(bool, hasTime);
    const FeedDate date = FeedDate::parse(text);
    QVERIFY(date.isValid());
    QCOMPARE(date.dateTime(), expected);
    QCOMPARE(date.dateTime().timeSpec(), Qt::UTC);
    QCOMPARE(date.hasTime(), hasTime);
    QCOMPARE(FeedDate::parseRfc822(text).dateTime(), expected);
}

void TestFeedDate::iso8601_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addColumn<bool>("hasTime");
    QTest::newRow("Z") << u"2024-03-05T10:30:00Z"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("offset") << u"2024-03-05T10:30:00+02:00"_qs << utc(2024, 3, 5, 8, 30) << true;
    QTest::newRow("negative offset")
        << u"2024-03-05T10:30:00-05:00"_qs << utc(2024, 3, 5, 15, 30) << true;
    QTest::newRow("offset without colon")
        << u"2024-03-05T10:30:00+0200"_qs << utc(2024, 3, 5, 8, 30) << true;
    QTest::newRow("fraction") << u"2024-03-05T10:30:00.250Z"_qs << utc(2024, 3, 5, 10, 30, 0, 250)
                              << true;
    QTest::newRow("long fraction")
        << u"2024-03-05T10:30:00.123456789+00:00"_qs << utc(2024, 3, 5, 10, 30, 0, 123) << true;
    QTest::newRow("no zone") << u"2024-03-05T10:30:00"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("no seconds") << u"2024-03-05T10:30Z"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("space") << u"2024-03-05 10:30:00"_qs << utc(2024, 3, 5, 10, 30) << true;
    QTest::newRow("date only") << u"2024-03-05"_qs << utc(2024, 3, 5) << false;
    QTest::newRow("padded") << u"  2024-03-05T10:30:00Z\n"_qs << utc(2024, 3, 5, 10, 30) << true;
}

void TestFeedDate::iso8601()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QFETCH(bool, hasTime);
    const FeedDate date = FeedDate::parse(text);
    QVERIFY(date.isValid());
    QCOMPARE(date.dateTime(), expected);
    QCOMPARE(date.hasTime(), hasTime);
    QCOMPARE(FeedDate::parseIso8601(text).dateTime(), expected);
}

void TestFeedDate::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("words") << u"yesterday"_qs;
    QTest::newRow("no year") << u"Tue, 05 Mar 10:30:00 GMT"_qs;
    QTest::newRow("bad month") << u"Tue, 05 Foo 2024 10:30:00 GMT"_qs;
    QTest::newRow("31 February") << u"31 Feb 2024 10:30:00 GMT"_qs;
    QTest::newRow("hour 25") << u"Tue, 05 Mar 2024 25:30:00 GMT"_qs;
    QTest::newRow("unknown zone") << u"Tue, 05 Mar 2024 10:30:00 XYZT"_qs;
    QTest::newRow("three-digit year") << u"Tue, 05 Mar 202 10:30:00 GMT"_qs;
    QTest::newRow("trailing words") << u"Tue, 05 Mar 2024 10:30:00 GMT and more"_qs;
    QTest::newRow("iso month 13") << u"2024-13-05T10:30:00Z"_qs;
    QTest::newRow("iso bad zone") << u"2024-03-05T10:30:00+25:00"_qs;
    QTest::newRow("iso garbage time") << u"2024-03-05Tnoon"_qs;
    QTest::newRow("slashes") << u"2024/03/05"_qs;
}

void TestFeedDate::invalid()
{
    QFETCH(QString, text);
    const FeedDate date = FeedDate::parse(text);
    QVERIFY(!date.isValid());
    QVERIFY(!date.dateTime().isValid());
    QVERIFY(!date.hasTime());
}

void TestFeedDate::duration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << u"3600"_qs << qint64(3'600'000) << 3600;
    QTest::newRow("fractional seconds") << u"3600.6"_qs << qint64(3'600'600) << 3601;
    QTest::newRow("fraction rounds down") << u"59.4"_qs << qint64(59'400) << 59;
    QTest::newRow("MM:SS") << u"25:30"_qs << qint64(1'530'000) << 1530;
    QTest::newRow("MM:SS over an hour") << u"75:30"_qs << qint64(4'530'000) << 4530;
    QTest::newRow("H:MM:SS") << u"1:02:03"_qs << qint64(3'723'000) << 3723;
    QTest::newRow("HH:MM:SS") << u"01:02:03"_qs << qint64(3'723'000) << 3723;
    QTest::newRow("Podlove start") << u"00:01:02.500"_qs << qint64(62'500) << 63;
    QTest::newRow("Podlove start, short fraction") << u"00:01:02.5"_qs << qint64(62'500) << 63;
    QTest::newRow("padded") << u" 42 \n"_qs << qint64(42'000) << 42;
    QTest::newRow("zero") << u"0"_qs << qint64(0) << 0;
    QTest::newRow("empty") << QString() << qint64(-1) << -1;
    QTest::newRow("words") << u"about an hour"_qs << qint64(-1) << -1;
    QTest::newRow("negative") << u"-5"_qs << qint64(-1) << -1;
    QTest::newRow("seconds over 59") << u"1:75"_qs << qint64(-1) << -1;
    QTest::newRow("four parts") << u"1:02:03:04"_qs << qint64(-1) << -1;
    QTest::newRow("empty part") << u"1::03"_qs << qint64(-1) << -1;
    QTest::newRow("bare dot") << u"12."_qs << qint64(-1) << -1;
    QTest::newRow("huge") << u"999999999:00:00"_qs << qint64(-1) << -1;
}

void TestFeedDate::duration()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(int, seconds);
    QCOMPARE(FeedDuration::parseMilliseconds(text), ms);
    QCOMPARE(FeedDuration::parseSeconds(text), seconds);
}

QTEST_GUILESS_MAIN(TestFeedDate)
#include "tst_feeddate.moc"
