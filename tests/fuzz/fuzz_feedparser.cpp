// libFuzzer target for FeedParser: any bytes, read as a feed fetched from the web (so the
// http(s)-only rule for URLs is exercised), with and without an HTTP charset.
// Seeds: tests/fuzz/corpus/feedparser/.
#include "feedparser.h"

#include <QByteArray>
#include <QUrl>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QUrl location(QStringLiteral("https://fuzz.example.org/podcast/feed.xml"));
    const FeedParseResult result = FeedParser::parse(input, location);
    // Every item the parser keeps has an http(s) enclosure and a bounded summary.
    for (const FeedItem &item : result.feed.items) {
        if (!item.audioUrl.startsWith(QStringLiteral("http")))
            __builtin_trap();
        if (item.summary.size() > FeedItem::kSummaryMaxChars)
            __builtin_trap();
    }
    if (size > 0 && (data[0] & 1))
        FeedParser::parse(input, location, "text/xml; charset=windows-1252");
    return 0;
}
