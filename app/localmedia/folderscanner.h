#pragma once

#include "catalog.h"
#include "folderscanresult.h"

#include <QCoreApplication>
#include <QPromise>
#include <QString>

#include <functional>

struct FolderScanRequest
{
    QString folder;
    // The key in the ids of the folder's topic and episodes. Empty: derived from the folder's
    // canonical path (FolderScanner::folderKeyFor). A caller that remembers folders can keep
    // the key when the user points it at the folder's new place, and progress follows.
    QString folderKey;
    // Where the scan cache is kept (FolderScanCache); empty: no cache, every file is read.
    QString cacheDirectory;
};

// Turns every audio file under a folder into an episode (README, "Local folders"): the folder is
// a topic, each subfolder on a file's path a tag, titles, durations, dates and covers come from
// the tags (TagLib), course order from disc and track numbers, then natural file-name order.
// Runs on any thread (no QObject); the UI calls it through QtConcurrent::run.
class FolderScanner final
{
    Q_DECLARE_TR_FUNCTIONS(FolderScanner)

public:
    using CancelCheck = std::function<bool()>;

    // Scans `request.folder`. `isCancelled` is asked between files; once it says true, the scan
    // stops with `cancelled` set and an empty catalog (what was read so far is still cached).
    static FolderScanResult scan(const FolderScanRequest &request,
                                 const CancelCheck &isCancelled = {});

    // For QtConcurrent::run(&FolderScanner::scanWithPromise, request): cancelling the future
    // cancels the scan; progress is reported as files parsed out of files to parse.
    static void scanWithPromise(QPromise<FolderScanResult> &promise,
                                const FolderScanRequest &request);

    // The folder as a catalog, for command-line listings (no window, no thread): problems are
    // not reported, files with problems are still listed.
    static Catalog catalogFor(const QString &folder, const QString &cacheDirectory = {});

    static QString folderKeyFor(const QString &canonicalFolder);
    static QString topicIdFor(const QString &folderKey);
    static QString episodeIdFor(const QString &folderKey, const QString &relativePath);
    // "Lecture_02_-_Intro.mp3" -> "Lecture 02 - Intro".
    static QString titleFromFileName(const QString &fileName);
};
