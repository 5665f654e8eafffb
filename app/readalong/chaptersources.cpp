#include "chaptersources.h"

#include <algorithm>

ChapterSources::Choice ChapterSources::choose(const QList<Chapter> &podcastJson,
                                              const QList<Chapter> &catalog,
                                              const QList<Chapter> &podlove,
                                              const QList<Chapter> &embedded)
{
    const std::pair<const QList<Chapter> *, Source> ranked[] = {
        {&podcastJson, Source::PodcastJson},
        {&catalog, Source::Catalog},
        {&podlove, Source::Podlove},
        {&embedded, Source::Embedded},
    };
    for (const auto &[list, source] : ranked) {
        if (list->isEmpty())
            continue;
        Choice choice{*list, source};
        std::stable_sort(choice.chapters.begin(), choice.chapters.end(),
                         [](const Chapter &a, const Chapter &b) { return a.startMs < b.startMs; });
        return choice;
    }
    return {};
}

int ChapterSources::chapterAt(const QList<Chapter> &chapters, qint64 positionMs)
{
    const auto after = std::upper_bound(
        chapters.cbegin(), chapters.cend(), positionMs,
        [](qint64 position, const Chapter &chapter) { return position < chapter.startMs; });
    return int(after - chapters.cbegin()) - 1;
}
