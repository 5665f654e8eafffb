#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

// The feeds an HTML page links (<link rel="alternate" type="application/rss+xml" href=…>, Atom
// and RDF too), absolute, in page order, each once. A tolerant scan of the tags, not an XML
// parse: web pages are rarely well-formed.
class FeedLinkScanner final
{
public:
    static QList<QUrl> scan(const QByteArray &html, const QUrl &pageUrl);
};
