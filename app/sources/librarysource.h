#pragma once

#include <QDateTime>
#include <QString>

// One source the user added to the library: a catalog file or a folder of audio files.
struct LibrarySource
{
    enum class Kind {
        Catalog,
        Folder,
    };

    Kind kind = Kind::Catalog;
    // Stable for as long as the source is remembered. For a folder, the key in its topic's and
    // episodes' ids (FolderScanner's caller key): kept, the ids and so the progress stay.
    QString key;
    QString path; // absolute, canonical when it was added
    QDateTime addedAt;

    bool operator==(const LibrarySource &) const = default;
};
