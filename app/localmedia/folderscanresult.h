#pragma once

#include "catalog.h"
#include "inputproblem.h"
#include "localaudiofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What one scan of a folder found: the folder as a topic with an episode per audio file (course
// order), the files behind them (same order), and every problem. Cheap to compare: two scans
// with the same `stateHash` saw the same files with the same sizes, times and ids.
struct FolderScanResult
{
    QString folder;    // canonical absolute path
    QString folderKey; // the key in every id made from this folder
    Catalog catalog;   // one topic (the folder) and its episodes; empty when cancelled
    QList<LocalAudioFile> files;
    // Every problem: per file (its absolute path as `file`; the file's episode exists and shows
    // it) and for the folder itself (not found, not a folder, not readable).
    QList<InputProblem> problems;
    QStringList directories; // the folder and each subfolder scanned, absolute; for FolderWatcher
    QByteArray stateHash;

    bool folderReadable = true;
    bool cancelled = false;

    // What the scan cost: files whose contents were opened (tags parsed or a rename checked),
    // files taken from the cache as they were, files recognised as renamed (id and tags kept).
    int filesRead = 0;
    int cacheHits = 0;
    int renamedFiles = 0;
    int removedFiles = 0; // in the cache before, gone now

    // The file behind an episode; nullptr when the id is not from this scan.
    const LocalAudioFile *fileOf(const QString &episodeId) const;
    QString absolutePathOf(const LocalAudioFile &file) const;
    bool sameStateAs(const FolderScanResult &other) const
    {
        return !stateHash.isEmpty() && stateHash == other.stateHash;
    }
};
