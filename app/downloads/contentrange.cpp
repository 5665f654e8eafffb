#include "contentrange.h"

namespace {
// A run of ASCII digits as a non-negative number; nullopt for anything else or an overflow.
std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18) // 18 digits always fit in qint64
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}
} // namespace

std::optional<ContentRange> ContentRange::parse(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (!v.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = v.mid(6).trimmed();
    const qsizetype slash = spec.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    const QByteArrayView range = QByteArrayView(spec).first(slash);
    const QByteArrayView length = QByteArrayView(spec).sliced(slash + 1);
    ContentRange r;
    if (length != "*") {
        const std::optional<qint64> complete = number(length);
        if (!complete)
            return std::nullopt;
        r.complete = *complete;
    }
    if (range == "*")
        return r.complete >= 0 ? std::optional<ContentRange>(r) : std::nullopt;
    const qsizetype dash = range.indexOf('-');
    if (dash <= 0)
        return std::nullopt;
    const std::optional<qint64> first = number(range.first(dash));
    const std::optional<qint64> last = number(range.sliced(dash + 1));
    if (!first || !last || *last < *first || (r.complete >= 0 && *last >= r.complete))
        return std::nullopt;
    r.first = *first;
    r.last = *last;
    return r;
}
