#include "feeddate.h"

#include <array>
#include <optional>

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The value of all-digit `text`, or -1.
int number(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return -1;
    int value = 0;
    for (QChar c : text) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

int monthNumber(QStringView name)
{
    static constexpr std::array<const char16_t *, 12> kMonths = {u"jan", u"feb", u"mar", u"apr",
                                                                 u"may", u"jun", u"jul", u"aug",
                                                                 u"sep", u"oct", u"nov", u"dec"};
    static constexpr std::array<const char16_t *, 12> kFull = {
        u"january", u"february", u"march",     u"april",   u"may",      u"june",
        u"july",    u"august",   u"september", u"october", u"november", u"december"};
    if (name.endsWith(u'.'))
        name.chop(1);
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QStringView(kMonths[size_t(i)]), Qt::CaseInsensitive) == 0 ||
            name.compare(QStringView(kFull[size_t(i)]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    if (name.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool isWeekday(QStringView name)
{
    static constexpr std::array<const char16_t *, 7> kDays = {u"mon", u"tue", u"wed", u"thu",
                                                              u"fri", u"sat", u"sun"};
    static constexpr std::array<const char16_t *, 9> kFull = {u"monday",   u"tuesday", u"wednesday",
                                                              u"thursday", u"friday",  u"saturday",
                                                              u"sunday",   u"tues",    u"thurs"};
    if (name.endsWith(u'.'))
        name.chop(1);
    for (const char16_t *day : kDays) {
        if (name.compare(QStringView(day), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const char16_t *day : kFull) {
        if (name.compare(QStringView(day), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Offset from UTC in seconds of a zone: +hhmm, -hh:mm, +hh, a name or a military letter.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty())
        return 0;
    if (zone.front() == u'+' || zone.front() == u'-') {
        const int sign = zone.front() == u'-' ? -1 : 1;
        QStringView digits = zone.mid(1);
        int hours = -1;
        int minutes = 0;
        if (digits.size() == 5 && digits.at(2) == u':') {
            hours = number(digits.first(2));
            minutes = number(digits.mid(3));
        } else if (digits.size() == 4) {
            hours = number(digits.first(2));
            minutes = number(digits.mid(2));
        } else if (digits.size() == 2 || digits.size() == 1) {
            hours = number(digits);
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 3600 + minutes * 60);
    }
    struct Named
    {
        const char16_t *name;
        int hours;
    };
    static constexpr std::array<Named, 12> kNamed = {{{u"GMT", 0},
                                                      {u"UT", 0},
                                                      {u"UTC", 0},
                                                      {u"Z", 0},
                                                      {u"EST", -5},
                                                      {u"EDT", -4},
                                                      {u"CST", -6},
                                                      {u"CDT", -5},
                                                      {u"MST", -7},
                                                      {u"MDT", -6},
                                                      {u"PST", -8},
                                                      {u"PDT", -7}}};
    for (const Named &named : kNamed) {
        if (zone.compare(QStringView(named.name), Qt::CaseInsensitive) == 0)
            return named.hours * 3600;
    }
    // RFC 822's military zones had their signs the wrong way round; RFC 2822 (4.3) says to
    // read them as -0000, that is UTC.
    if (zone.size() == 1 && zone.front().isLetter() && zone.front().toUpper() != u'J')
        return 0;
    return std::nullopt;
}

// "HH:MM" or "HH:MM:SS" (seconds may be 60, a leap second, read as 59).
std::optional<QTime> parseTime(QStringView text)
{
    const qsizetype first = text.indexOf(u':');
    if (first < 0)
        return std::nullopt;
    const qsizetype second = text.indexOf(u':', first + 1);
    const int hour = number(text.first(first));
    const int minute =
        number(second < 0 ? text.mid(first + 1) : text.mid(first + 1, second - first - 1));
    const int sec = second < 0 ? 0 : number(text.mid(second + 1));
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 60)
        return std::nullopt;
    return QTime(hour, minute, qMin(sec, 59));
}

QDateTime utcDateTime(QDate date, QTime time, int offsetSeconds)
{
    QDateTime local(date, time, Qt::OffsetFromUTC, offsetSeconds);
    return local.toUTC();
}

} // namespace

FeedDate FeedDate::parse(QStringView text)
{
    FeedDate date = parseRfc822(text);
    if (!date.isValid())
        date = parseIso8601(text);
    return date;
}

FeedDate FeedDate::parseRfc822(QStringView text)
{
    // Split on white space and commas: "Tue,  5 Mar 2024 10:00 -0500" → Tue 5 Mar 2024 10:00 -0500.
    QStringView tokens[8];
    int count = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && (text.at(i).isSpace() || text.at(i) == u','))
            ++i;
        const qsizetype start = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != u',')
            ++i;
        if (i > start) {
            if (count == 8)
                return {};
            tokens[count++] = text.mid(start, i - start);
        }
    }
    int t = 0;
    if (t < count && isWeekday(tokens[t]))
        ++t;
    if (count - t < 3)
        return {};
    int day = number(tokens[t]);
    int month = monthNumber(tokens[t + 1]);
    if (day < 0 && month == 0) { // "Mar 5 2024": month first
        month = monthNumber(tokens[t]);
        day = number(tokens[t + 1]);
    }
    int year = number(tokens[t + 2]);
    if (day < 1 || month == 0 || year < 0)
        return {};
    const qsizetype yearDigits = tokens[t + 2].size();
    if (yearDigits == 2)
        year += year < 50 ? 2000 : 1900;
    else if (yearDigits != 4)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    t += 3;
    FeedDate result;
    if (t == count) { // a date alone
        result.m_dateTime = QDateTime(date, QTime(0, 0), Qt::UTC);
        return result;
    }
    const std::optional<QTime> time = parseTime(tokens[t]);
    if (!time)
        return {};
    ++t;
    std::optional<int> offset = 0;
    if (t < count) {
        offset = zoneOffset(tokens[t]);
        ++t;
        // "GMT+0200", "UTC-5" are read as written; a trailing "(EST)" comment is ignored.
        if (!offset && tokens[t - 1].size() > 3 &&
            (tokens[t - 1].at(3) == u'+' || tokens[t - 1].at(3) == u'-') &&
            zoneOffset(tokens[t - 1].first(3)) == 0)
            offset = zoneOffset(tokens[t - 1].mid(3));
    }
    if (!offset)
        return {};
    if (t < count && !(tokens[t].startsWith(u'(') && tokens[count - 1].endsWith(u')')))
        return {};
    result.m_dateTime = utcDateTime(date, *time, *offset);
    result.m_hasTime = true;
    return result;
}

FeedDate FeedDate::parseIso8601(QStringView text)
{
    text = text.trimmed();
    // YYYY-MM-DD
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    const int year = number(text.first(4));
    const int month = number(text.mid(5, 2));
    const int day = number(text.mid(8, 2));
    if (year < 0 || month < 0 || day < 0)
        return {};
    const QDate date(year, month, day);
    if (!date.isValid())
        return {};
    FeedDate result;
    if (text.size() == 10) {
        result.m_dateTime = QDateTime(date, QTime(0, 0), Qt::UTC);
        return result;
    }
    if (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' ')
        return {};
    QStringView rest = text.mid(11);
    // The zone starts at Z, + or - after the time.
    qsizetype zoneStart = rest.size();
    for (qsizetype k = 0; k < rest.size(); ++k) {
        const QChar c = rest.at(k);
        if (c == u'Z' || c == u'z' || c == u'+' || c == u'-') {
            zoneStart = k;
            break;
        }
    }
    QStringView timeText = rest.first(zoneStart).trimmed();
    QStringView zone = rest.mid(zoneStart);
    int millis = 0;
    if (const qsizetype dot = timeText.indexOf(u'.'); dot >= 0) {
        const QStringView fraction = timeText.mid(dot + 1);
        if (number(fraction.first(qMin<qsizetype>(fraction.size(), 9))) < 0)
            return {};
        int scale = 100;
        for (qsizetype k = 0; k < qMin<qsizetype>(fraction.size(), 3); ++k, scale /= 10)
            millis += (fraction.at(k).unicode() - u'0') * scale;
        timeText = timeText.first(dot);
    }
    if (timeText.size() != 5 && timeText.size() != 8)
        return {};
    std::optional<QTime> time = parseTime(timeText);
    if (!time)
        return {};
    const std::optional<int> offset = zoneOffset(zone);
    if (!offset)
        return {};
    result.m_dateTime = utcDateTime(date, time->addMSecs(millis), *offset);
    result.m_hasTime = true;
    return result;
}
