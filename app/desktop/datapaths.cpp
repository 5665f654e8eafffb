#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef EARMARK_DATADIR_FROM_BINDIR
#error "EARMARK_DATADIR_FROM_BINDIR must be defined by the build (app/CMakeLists.txt)"
#endif
#ifndef EARMARK_SOURCE_DATADIR
#error "EARMARK_SOURCE_DATADIR must be defined by the build (app/CMakeLists.txt)"
#endif

namespace {

bool holdsData(const QString &dir)
{
    return !dir.isEmpty() && QFileInfo(dir + u"/catalog").isDir();
}

QString subDir(const QString &name)
{
    const QString dir = DataPaths::dataDir();
    return dir.isEmpty() ? QString() : dir + u'/' + name;
}

} // namespace

QString DataPaths::dataDir()
{
    return dataDirFor(QCoreApplication::applicationDirPath());
}

QString DataPaths::dataDirFor(const QString &applicationDir)
{
    for (const QString &dir : {installedDataDir(applicationDir), sourceDataDir()}) {
        if (holdsData(dir))
            return dir;
    }
    return {};
}

QString DataPaths::installedDataDir(const QString &applicationDir)
{
    if (applicationDir.isEmpty())
        return {};
    // An absolute CMAKE_INSTALL_DATADIR gives an absolute path here; QDir::filePath keeps it.
    return QDir::cleanPath(
        QDir(applicationDir).filePath(QStringLiteral(EARMARK_DATADIR_FROM_BINDIR)));
}

QString DataPaths::sourceDataDir()
{
    return QDir::cleanPath(QStringLiteral(EARMARK_SOURCE_DATADIR));
}

QString DataPaths::catalogDir()
{
    return subDir(u"catalog"_qs);
}

QString DataPaths::audioDir()
{
    return subDir(u"audio"_qs);
}
