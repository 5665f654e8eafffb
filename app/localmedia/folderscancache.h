#pragma once

#include "localaudiofile.h"

#include <QHash>
#include <QString>

// What the last scan of a folder read from each file, keyed by relative path, in a small JSON
// file: a file whose size and modification time have not changed is not opened again. A missing,
// damaged or older cache file is simply empty: the cache only saves time, it holds nothing that
// cannot be read again from the files.
class FolderScanCache final
{
public:
    // Bump when what the scanner reads from a file changes: older caches are then ignored.
    static constexpr int kVersion = 1;

    // "<cacheDirectory>/folder-<key>.json", other characters than [A-Za-z0-9_-] in the key as '_'.
    static QString filePath(const QString &cacheDirectory, const QString &folderKey);

    // The entries of the cache file; empty when it is missing, damaged or of another version.
    static QHash<QString, LocalAudioFile> load(const QString &filePath);

    // Writes atomically (QSaveFile); false when the file cannot be written.
    static bool save(const QString &filePath, const QString &folder,
                     const QList<LocalAudioFile> &files);
};
