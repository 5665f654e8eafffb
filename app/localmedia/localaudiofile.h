#pragma once

#include "audiofiletags.h"
#include "inputproblem.h"

#include <QString>

// One audio file found in a scanned folder: where it is, what the scan saw of it (size and
// modification time, which decide whether the cache still holds), its tags and the id of the
// episode made from it. A file that could not be used keeps its entry with `problem` set, so its
// card can show why.
struct LocalAudioFile
{
    QString relativePath; // '/'-separated, relative to the scanned folder
    QString episodeId;
    qint64 size = 0;
    qint64 modifiedMs = 0; // milliseconds since the epoch, UTC
    QByteArray contentKey; // size and a hash of the first and last 16 KiB; finds renamed files
    AudioFileTags tags;
    InputProblem problem; // message empty when the file is fine

    bool hasProblem() const { return !problem.message.isEmpty(); }
    bool operator==(const LocalAudioFile &) const = default;
};
