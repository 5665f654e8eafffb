#pragma once

#include "chapter.h"

#include <QList>
#include <QtGlobal>

// Which chapters an episode shows when it has them from several places, and which one plays at
// a position. The policy, best first: the Podcasting 2.0 chapters file the feed links
// (ChapterListParser; its author made it for apps), the catalog's own chapters, Podlove Simple
// Chapters inside the feed (FeedItem::chapters), then the chapters embedded in the audio file
// (EmbeddedChapterReader). The first source that has any chapters wins as a whole; sources are
// not mixed, since their times may disagree.
class ChapterSources final
{
public:
    enum class Source { None, PodcastJson, Catalog, Podlove, Embedded };

    struct Choice
    {
        QList<Chapter> chapters; // sorted by start
        Source source = Source::None;
    };

    static Choice choose(const QList<Chapter> &podcastJson, const QList<Chapter> &catalog,
                         const QList<Chapter> &podlove, const QList<Chapter> &embedded);

    // Any list of structs with `startMs` and `title` (FeedChapter, EmbeddedChapter) as
    // chapters, so that callers need not convert by hand.
    template<typename T> static QList<Chapter> toChapters(const QList<T> &list)
    {
        QList<Chapter> out;
        out.reserve(list.size());
        for (const T &item : list)
            out.append(Chapter{item.startMs, item.title});
        return out;
    }

    // The chapter playing at `positionMs` in a list sorted by start: the last one that starts at
    // or before it; -1 before the first. O(log n).
    static int chapterAt(const QList<Chapter> &chapters, qint64 positionMs);
};
