#pragma once

class EpisodeFilterModel;
class TextSearch;

// Connects the card filter to the full-text search of transcripts and show notes: each new
// search text is looked up off the UI thread (the keystroke itself only filters in memory), the
// hits come back as the filter's text matches, and an index update looks the text up again.
void bindTextSearch(EpisodeFilterModel *cards, TextSearch *search);
