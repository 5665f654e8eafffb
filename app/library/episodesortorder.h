#pragma once

// The orders the episode cards can be shown in.
enum class EpisodeSortOrder {
    Newest, // published, newest first
    Course, // the study path: topic, then "order"
    Title,
    Duration,      // shortest first
    RecentlyPlayed // last played first; never played last
};
