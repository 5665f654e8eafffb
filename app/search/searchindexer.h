#pragma once

#include "catalog.h"
#include "searchindex.h"
#include "searchsources.h"

#include <atomic>

// Brings a SearchIndex in line with a library: reads the transcript and show notes of each
// episode whose stamp changed (a transcript's file size and time, the show notes' hash), indexes
// them, and removes rows of episodes that are gone. Runs for as long as the texts take: call it
// off the UI thread (TextSearch does).
class SearchIndexer final
{
public:
    struct Stats
    {
        int indexed = 0;      // rows written: new or changed texts
        int unchanged = 0;    // rows whose stamp was the same
        int removed = 0;      // rows of episodes no longer there
        bool rebuilt = false; // the file was damaged and made anew
        bool cancelled = false;
        QString error; // empty when the index is up to date
    };

    // `cancel`, when given, is checked between episodes; what was written stays.
    static Stats update(SearchIndex &index, const Catalog &catalog, const SearchSources &sources,
                        const std::atomic_bool *cancel = nullptr);

    // A 128-bit hash of the text (the stamp of texts without a cheaper one).
    static QByteArray hashOf(QStringView text);
    // Size and modification time of a local or qrc: file given as URL text; empty for others.
    static QByteArray fileStamp(const QString &urlText);

private:
    static Stats run(SearchIndex &index, const Catalog &catalog, const SearchSources &sources,
                     const std::atomic_bool *cancel);
};
