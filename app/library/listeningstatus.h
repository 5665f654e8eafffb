#pragma once

// Where the learner stands with an episode.
enum class ListeningStatus {
    NotStarted,
    InProgress, // started, not finished
    Finished,
};
