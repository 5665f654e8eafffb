#pragma once

#include <QDate>
#include <QString>

// What the tags and the stream of one audio file say, read through TagLib. Empty strings and
// zeros where a file does not say. The cover itself is not held (AudioTagReader::cover reads it
// on demand), only whether there is one.
struct AudioFileTags
{
    QString title;
    QString artist;
    QString album;
    QString genre;
    QString comment;
    int track = 0; // 0 when the file has no track number
    int disc = 0;
    QDate date; // a full date, or 1 January of the year when only the year is given
    qint64 durationMs = 0;
    bool hasCover = false;

    bool operator==(const AudioFileTags &) const = default;
};
