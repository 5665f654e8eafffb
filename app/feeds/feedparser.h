#pragma once

#include "feeddocument.h"
#include "inputproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QUrl>

#include <functional>

struct FeedParseResult
{
    FeedDocument feed;
    // Everything recovered from or not understood, and the fatal error if any, each with its
    // line and column; `file` is the location given to parse().
    QList<InputProblem> problems;
    // False when the document could not be read as a feed to its end (not XML, not a feed,
    // truncated, too large, refused entities): `feed` then holds what was read before the
    // error, and a refresh must not replace the stored copy with it.
    bool complete = true;
    // When the input is an HTML page that links feeds (<link rel="alternate"
    // type="application/rss+xml|atom+xml" href=…>): their absolute URLs, best first; `feed` is
    // then empty and `complete` false.
    QList<QUrl> discoveredFeeds;
};

// Reads a podcast feed the way mature podcast apps do: per-namespace handlers, recovery where
// they recover (white space before the XML declaration, HTML entities, stray '&'), every problem
// reported with its position, never an external entity or DTD fetched. Pure function of its
// input; safe to call from any thread.
class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    static constexpr qsizetype kMaxSize = qsizetype(64) * 1024 * 1024;

    // `location` names the document in problems and is the base for relative URLs (a feed read
    // from the network gives its final URL, a file its file: URL). `contentType` is the HTTP
    // Content-Type header when there is one (its charset wins over the XML declaration, as in
    // RFC 7303). A feed from an http(s) location keeps only http(s) enclosure URLs.
    static FeedParseResult parse(const QByteArray &data, const QUrl &location,
                                 const QByteArray &contentType = {});
    // The same, handing each item to `onItem` as soon as it is read instead of collecting it in
    // `feed.items` (which stays empty): a store can take a large feed without all of it in
    // memory at once (see README, Performance). On an error, the items read before it have
    // been handed over, as parse() would have kept them.
    static FeedParseResult parse(const QByteArray &data, const QUrl &location,
                                 const QByteArray &contentType,
                                 const std::function<void(FeedItem &&)> &onItem);
};
