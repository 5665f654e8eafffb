#pragma once

#include <QString>

// Where Earmark's read-only data (catalog/ and audio/) lives on disk. An installed earmark finds
// <prefix>/share/earmark relative to its own bin/ directory; a binary run from the build tree
// falls back to the source tree's resources/. The bundled catalog is compiled into the binary
// as well, so the app works without either.
class DataPaths final
{
public:
    // dataDirFor(QCoreApplication::applicationDirPath()).
    static QString dataDir();

    // The first of installedDataDir(applicationDir) and sourceDataDir() that holds a catalog/
    // directory; empty when neither does.
    static QString dataDirFor(const QString &applicationDir);

    // `applicationDir` joined with the install layout's path from the binary to the data
    // (by default ../share/earmark), cleaned; whether it exists is not checked.
    static QString installedDataDir(const QString &applicationDir);

    // The source tree's resources/ directory this binary was built from.
    static QString sourceDataDir();

    // dataDir() + "/catalog" and "/audio"; empty when there is no data directory.
    static QString catalogDir();
    static QString audioDir();
};
