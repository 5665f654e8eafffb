#pragma once

#include "feeditem.h"

#include <QList>
#include <QString>
#include <QStringList>

// A podcast feed as read (RSS 2.0, RSS 0.9x or Atom 1.0 with the iTunes, Media RSS, Podcasting
// 2.0, Podlove and content namespaces). Plain value type.
struct FeedDocument
{
    QString title;       // plain text
    QString description; // plain text (from description / itunes:summary / Atom subtitle)
    QString link;        // the podcast's web page
    QString imageUrl;    // itunes:image href, else <image><url>, else Atom logo/icon
    QString author;      // itunes:author / Atom author name
    QString language;
    // Channel-level categories and keywords, rules as FeedItem::categories.
    QStringList categories;
    // itunes:new-feed-url: the publisher moved the feed there. Empty when not given.
    QString newFeedUrl;
    QList<FeedPerson> persons;
    QList<FeedItem> items; // in document order; only items with a playable enclosure

    bool operator==(const FeedDocument &) const = default;
};
