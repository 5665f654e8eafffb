#pragma once

#include "searchfield.h"

#include <QList>
#include <QString>

// An episode whose transcript or show notes hold every word of a query.
struct SearchHit
{
    QString episodeId;
    SearchField field = SearchField::Transcript;
    // Some words around the first hit, "…" where cut; plain text. Empty for hits past the
    // snippet limit of SearchIndex::search.
    QString snippet;
    // The first matched word as it stands in the text (where the episode page jumps to).
    QString hitText;

    bool operator==(const SearchHit &) const = default;
};

using SearchHits = QList<SearchHit>;
