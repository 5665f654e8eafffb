#pragma once

#include "episode.h"
#include "episodedetails.h"

#include <QCoreApplication>
#include <QString>

// Reads what the episode page shows of one episode, on a worker thread. A catalog's episode: its
// summary as the show notes, its chapters (else those inside its audio file, when that is on disk)
// and its transcript file. A podcast's episode: its
// stored feed item from the podcast store in `databasePath`: the show notes made safe
// (ShowNotesSanitizer), Podlove chapters, and which transcript (the best format offered) and
// Podcasting 2.0 chapters file to fetch (ReadAlongCache, on the UI thread). Chapters from several
// places are chosen by ChapterSources.
class EpisodeDetailsLoader final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDetailsLoader)

public:
    enum class Parts { ChaptersOnly, All };

    static EpisodeDetails load(const Episode &episode, const QString &databasePath,
                               Parts parts = Parts::All);
};
