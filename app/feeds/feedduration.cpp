#include "feedduration.h"

#include <QtGlobal>

#include <limits>

namespace {

// Whole number of at most 9 digits, or -1.
qint64 wholeNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return -1;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

qint64 FeedDuration::parseMilliseconds(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    // Fraction of a second, only on the last part.
    qint64 fractionMs = 0;
    if (const qsizetype dot = text.lastIndexOf(u'.'); dot >= 0) {
        const QStringView fraction = text.mid(dot + 1);
        if (fraction.isEmpty() ||
            wholeNumber(fraction.first(qMin<qsizetype>(fraction.size(), 9))) < 0)
            return -1;
        qint64 scale = 100;
        for (qsizetype k = 0; k < qMin<qsizetype>(fraction.size(), 3); ++k, scale /= 10)
            fractionMs += (fraction.at(k).unicode() - u'0') * scale;
        if (fraction.size() > 3 && fraction.at(3) >= u'5')
            ++fractionMs;
        text = text.first(dot);
    }
    qint64 parts[3] = {0, 0, 0};
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u':') {
            if (count == 3)
                return -1;
            const qint64 value = wholeNumber(text.mid(start, i - start));
            if (value < 0)
                return -1;
            parts[count++] = value;
            start = i + 1;
        }
    }
    qint64 seconds = 0;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && parts[i] > 59)
            return -1;
        seconds = seconds * 60 + parts[i];
    }
    const qint64 ms = seconds * 1000 + fractionMs;
    if (ms > qint64(std::numeric_limits<int>::max()) * 1000)
        return -1;
    return ms;
}

int FeedDuration::parseSeconds(QStringView text)
{
    const qint64 ms = parseMilliseconds(text);
    if (ms < 0)
        return -1;
    return int((ms + 500) / 1000);
}
