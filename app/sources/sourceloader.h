#pragma once

#include "catalog.h"
#include "catalogloader.h"
#include "folderscanner.h"
#include "librarysource.h"

#include <QCoreApplication>
#include <QList>
#include <QPromise>

// Reads the sources a user added as catalogs: catalog files through CatalogLoader, folders
// through FolderScanner with the source's key (so ids stay) and the scan cache, their topics
// marked Topic::Kind::Folder. Runs on any thread.
class SourceLoader final
{
    Q_DECLARE_TR_FUNCTIONS(SourceLoader)

public:
    static FolderScanRequest requestFor(const LibrarySource &folder, const QString &cacheDirectory);
    // Scans a remembered folder; the topic is a Folder topic.
    static FolderScanResult scanFolder(const LibrarySource &folder, const QString &cacheDirectory,
                                       const FolderScanner::CancelCheck &isCancelled = {});
    // For QtConcurrent::run(&SourceLoader::scanFolderWithPromise, folder, cacheDirectory).
    static void scanFolderWithPromise(QPromise<FolderScanResult> &promise,
                                      const LibrarySource &folder, const QString &cacheDirectory);

    // Adds `loaded` to `library`; an episode whose id the library already has is left out and
    // reported in `problems` with its place in its file.
    static void merge(Catalog &library, const Catalog &loaded, QList<InputProblem> *problems);

    // The remembered catalog files and folders of `dataDir` (folders scanned with the cache in
    // the data directory), merged into `library`; every problem to `problems`. Catalog files
    // in `skip` (e.g. already given with --catalog) are not read twice.
    static void loadRemembered(const QString &dataDir, Catalog &library,
                               QList<InputProblem> *problems, const QStringList &skip = {});
};
