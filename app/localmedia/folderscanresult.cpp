#include "folderscanresult.h"

const LocalAudioFile *FolderScanResult::fileOf(const QString &episodeId) const
{
    const qsizetype index = catalog.indexOfEpisode(episodeId);
    // The files are kept in the order of the catalog's episodes.
    if (index < 0 || index >= files.size())
        return nullptr;
    return &files.at(index);
}

QString FolderScanResult::absolutePathOf(const LocalAudioFile &file) const
{
    return folder + u'/' + file.relativePath;
}
