#include "sourceloader.h"

#include "librarysources.h"

#include <QFileInfo>

FolderScanRequest SourceLoader::requestFor(const LibrarySource &folder,
                                           const QString &cacheDirectory)
{
    return FolderScanRequest{folder.path, folder.key, cacheDirectory};
}

FolderScanResult SourceLoader::scanFolder(const LibrarySource &folder,
                                          const QString &cacheDirectory,
                                          const FolderScanner::CancelCheck &isCancelled)
{
    FolderScanResult result = FolderScanner::scan(requestFor(folder, cacheDirectory), isCancelled);
    // The same episodes, their topic marked as a folder's (the library tree groups them).
    Catalog marked;
    marked.setTitle(result.catalog.title());
    for (Topic topic : result.catalog.topics()) {
        topic.kind = Topic::Kind::Folder;
        marked.addTopic(topic);
    }
    for (const Episode &e : result.catalog.episodes())
        marked.addEpisode(e);
    result.catalog = marked;
    return result;
}

void SourceLoader::scanFolderWithPromise(QPromise<FolderScanResult> &promise,
                                         const LibrarySource &folder, const QString &cacheDirectory)
{
    promise.start();
    promise.addResult(
        scanFolder(folder, cacheDirectory, [&promise] { return promise.isCanceled(); }));
    promise.finish();
}

void SourceLoader::merge(Catalog &library, const Catalog &loaded, QList<InputProblem> *problems)
{
    QList<Episode> skipped;
    library.merge(loaded, &skipped);
    if (!problems)
        return;
    for (const Episode &e : std::as_const(skipped)) {
        const auto [line, column] = CatalogLoader::locate(e);
        problems->append(
            {e.sourceFile, line, column,
             tr("episode id \"%1\" is already in the library; this one is left out").arg(e.id)});
    }
}

void SourceLoader::loadRemembered(const QString &dataDir, Catalog &library,
                                  QList<InputProblem> *problems, const QStringList &skip)
{
    QStringList skipped;
    for (const QString &path : skip)
        skipped.append(QFileInfo(path).canonicalFilePath());
    const LibrarySources registry(LibrarySources::settingsFileIn(dataDir));
    for (const LibrarySource &source : registry.sources()) {
        if (source.kind == LibrarySource::Kind::Catalog) {
            if (skipped.contains(source.path))
                continue;
            const CatalogLoadResult loaded = CatalogLoader::loadFile(source.path);
            if (problems)
                problems->append(loaded.problems);
            merge(library, loaded.catalog, problems);
        } else {
            const FolderScanResult scanned =
                scanFolder(source, LibrarySources::folderCacheIn(dataDir));
            if (problems)
                problems->append(scanned.problems);
            merge(library, scanned.catalog, problems);
        }
    }
}
