#pragma once

#include <QtGlobal>

// Which text of an episode the full-text index holds a row for. The values are stored in the
// index file and shown by the library (EpisodeFilterModel::MatchFieldRole): never renumber.
enum class SearchField : quint8 {
    Transcript = 1,
    ShowNotes = 2,
};
