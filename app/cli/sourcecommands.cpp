#include "sourcecommands.h"

#include "catalogloader.h"
#include "librarysources.h"
#include "singleinstance.h"
#include "sourceloader.h"

#include <QDir>
#include <QFileInfo>

namespace {
// Tells an Earmark running on the data directory that the library changed.
void notifyRunning(const QString &dataDir)
{
    SingleInstance instance(dataDir);
    if (instance.tryLock() == SingleInstance::LockResult::Busy)
        instance.notifyPrimary(SingleInstance::libraryChangedMessage());
}

QString clean(QString s)
{
    return s.replace(u'\t', u' ').replace(u'\n', u' ');
}
} // namespace

int SourceCommands::addFolders(const QString &dataDir, const QStringList &folders, QTextStream &out,
                               QTextStream &err)
{
    for (const QString &folder : folders) {
        if (!QFileInfo(folder).isDir()) {
            err << "earmark: " << tr("%1 is not a folder.").arg(folder) << '\n';
            return 2;
        }
    }
    if (!QDir().mkpath(dataDir)) {
        err << "earmark: " << tr("cannot create the data folder %1").arg(dataDir) << '\n';
        return 1;
    }
    LibrarySources registry(LibrarySources::settingsFileIn(dataDir));
    const QString cache = LibrarySources::folderCacheIn(dataDir);
    int exitCode = 0;
    for (const QString &folder : folders) {
        const LibrarySource source = registry.add(LibrarySource::Kind::Folder, folder);
        if (source.key.isEmpty()) {
            err << "earmark: " << tr("%1 is not a folder.").arg(folder) << '\n';
            exitCode = 2;
            continue;
        }
        // Scanned now, so that the window finds the cache filled.
        const FolderScanResult scanned = SourceLoader::scanFolder(source, cache);
        for (const InputProblem &p : scanned.problems)
            err << p.toString() << '\n';
        if (!scanned.problems.isEmpty())
            exitCode = qMax(exitCode, 1);
        out << clean(source.path) << '\t'
            << tr("%n episode(s)", nullptr, int(scanned.catalog.episodes().size())) << '\n';
    }
    out.flush();
    err.flush();
    notifyRunning(dataDir);
    return exitCode;
}

int SourceCommands::addCatalogs(const QString &dataDir, const QStringList &files, QTextStream &out,
                                QTextStream &err)
{
    if (!QDir().mkpath(dataDir)) {
        err << "earmark: " << tr("cannot create the data folder %1").arg(dataDir) << '\n';
        return 1;
    }
    LibrarySources registry(LibrarySources::settingsFileIn(dataDir));
    int exitCode = 0;
    bool changed = false;
    for (const QString &file : files) {
        const CatalogLoadResult loaded = CatalogLoader::loadFile(file);
        for (const InputProblem &p : loaded.problems)
            err << p.toString() << '\n';
        if (!loaded.readable) {
            exitCode = 2;
            continue;
        }
        if (!loaded.problems.isEmpty())
            exitCode = qMax(exitCode, 1);
        const int episodes = int(loaded.catalog.episodes().size());
        if (episodes == 0) {
            err << "earmark: " << tr("%1 has no usable episode; not added.").arg(file) << '\n';
            exitCode = qMax(exitCode, 1);
            continue;
        }
        const LibrarySource source = registry.add(LibrarySource::Kind::Catalog, file);
        changed = true;
        out << clean(source.path) << '\t' << tr("%n episode(s)", nullptr, episodes) << '\n';
    }
    out.flush();
    err.flush();
    if (changed)
        notifyRunning(dataDir);
    return exitCode;
}
