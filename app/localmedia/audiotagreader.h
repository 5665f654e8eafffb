#pragma once

#include "audiofiletags.h"
#include "embeddedcover.h"

#include <QCoreApplication>
#include <QString>

// Reads tags, duration and cover of an audio file through TagLib (MP3, MP4/M4A/M4B, Ogg Vorbis,
// Opus, FLAC, WAV). Stateless and thread-safe: the folder scan calls it from a worker thread.
class AudioTagReader final
{
    Q_DECLARE_TR_FUNCTIONS(AudioTagReader)

public:
    // Whether a file name has one of the audio extensions a folder scan picks up
    // (case-insensitive).
    static bool isAudioFileName(const QString &fileName);

    // Reads the tags of the file at `path`. Returns false with a message in `error` when the
    // file cannot be opened or TagLib cannot parse it as the format its name says. A raw AAC
    // stream (.aac) has no tags TagLib can read: it gives empty tags and true.
    static bool read(const QString &path, AudioFileTags *tags, QString *error);

    // The embedded front cover (or the first picture when none is marked as front cover); null
    // when the file has none or cannot be read. Reads the file each time; nothing is cached.
    static EmbeddedCover cover(const QString &path);
};
