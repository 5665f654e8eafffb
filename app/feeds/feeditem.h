#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A transcript a feed item offers (Podcasting 2.0 <podcast:transcript>).
struct FeedTranscript
{
    QString url;      // absolute
    QString type;     // MIME type as given: text/vtt, application/x-subrip, application/json, …
    QString language; // may be empty
    QString rel;      // "captions" or empty

    bool operator==(const FeedTranscript &) const = default;
};

// A chapter given inline in the feed (Podlove Simple Chapters, <psc:chapter>).
struct FeedChapter
{
    qint64 startMs = 0;
    QString title;
    QString url; // absolute, may be empty
    QString imageUrl;

    bool operator==(const FeedChapter &) const = default;
};

// A person credited on an item or the podcast (<podcast:person>).
struct FeedPerson
{
    QString name;
    QString role;  // lower case; "host" when the feed gives none
    QString group; // lower case; "cast" when the feed gives none
    QString imageUrl;
    QString url;

    bool operator==(const FeedPerson &) const = default;
};

// One playable item of a feed, as read: no ids of ours, no progress. Strings are trimmed; URLs
// are absolute (resolved against xml:base and the feed's own URL).
struct FeedItem
{
    QString guid;  // <guid> or Atom <id>; empty when the feed has none
    QString title; // plain text
    QString link;  // the item's web page
    // The show notes as the feed gives them (HTML or text): the longest of content:encoded,
    // description / Atom content or summary, and itunes:summary. Not sanitized.
    QString showNotes;
    // Plain text for a card: the show notes without tags and entities, white space folded, at
    // most kSummaryMaxChars characters — more than a card's three summary lines show; the whole
    // text stays in showNotes. (Kept short: 50,000 feed episodes hold 50,000 summaries.)
    QString summary;
    static constexpr int kSummaryMaxChars = 300;

    QString audioUrl;  // the enclosure (see FeedParser for how it is chosen)
    QString audioType; // its MIME type, may be empty
    qint64 audioBytes = 0;

    QDateTime published;           // UTC; invalid when missing or unparsable
    bool publishedHasTime = false; // false when the source gave a date only
    int durationSec = 0;           // itunes:duration, rounded; 0 when unknown
    QString imageUrl;              // itunes:image / media:thumbnail; may be empty
    int episodeNumber = 0;         // itunes:episode; 0 when not given
    int seasonNumber = 0;          // itunes:season; 0 when not given
    bool explicitContent = false;  // itunes:explicit
    // Item-level categories and keywords (itunes:category with nested ones flattened,
    // itunes:keywords split on commas, RSS <category>, Atom category terms), trimmed and
    // de-duplicated case-insensitively, first spelling kept, in document order.
    QStringList categories;

    QList<FeedTranscript> transcripts;
    QString chaptersUrl;         // podcast:chapters url; may be empty
    QString chaptersType;        // its type, e.g. application/json+chapters
    QList<FeedChapter> chapters; // psc:chapters, sorted by start
    QList<FeedPerson> persons;

    bool operator==(const FeedItem &) const = default;
};
