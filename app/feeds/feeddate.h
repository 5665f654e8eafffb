#pragma once

#include <QDateTime>
#include <QStringView>

// A date as feeds write it: RFC 822 (RSS pubDate) with the variants found in the wild — no
// weekday, two-digit years, single-digit days, full month and day names, named zones (EST, PDT,
// GMT, UT, Z, military letters), -0000, missing seconds, extra spaces — and ISO 8601 (Atom,
// dc:date) with or without zone and fractions, or a date alone. What cannot be read stays
// invalid: a date is never invented. Plain value type.
class FeedDate final
{
public:
    // Tries RFC 822, then ISO 8601.
    static FeedDate parse(QStringView text);
    static FeedDate parseRfc822(QStringView text);
    static FeedDate parseIso8601(QStringView text);

    bool isValid() const { return m_dateTime.isValid(); }
    QDateTime dateTime() const { return m_dateTime; } // UTC; midnight UTC for a date alone
    bool hasTime() const { return m_hasTime; }

private:
    QDateTime m_dateTime;
    bool m_hasTime = false;
};
