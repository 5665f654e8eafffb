#pragma once

#include <QByteArray>

#include <optional>

// An HTTP Content-Range header as a server sends it with 206 or 416 (RFC 9110, 14.4):
// "bytes FIRST-LAST/COMPLETE", "bytes FIRST-LAST/*", or "bytes */COMPLETE". Anything else,
// negative numbers, LAST before FIRST, LAST not below COMPLETE or numbers that overflow are
// refused.
struct ContentRange
{
    qint64 first = -1;    // -1 for "*" (an unsatisfied range)
    qint64 last = -1;     // -1 for "*"
    qint64 complete = -1; // the whole length; -1 for "*" (unknown)

    static std::optional<ContentRange> parse(const QByteArray &value);
};
