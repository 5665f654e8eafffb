#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// --download: fetches episodes into the data directory's downloads/ folder, as Download in the
// window does (the same queue, files and records), and waits for them.
class DownloadCommands final
{
    Q_DECLARE_TR_FUNCTIONS(DownloadCommands)

public:
    // Downloads each episode (of the library --list shows) and prints "ID<TAB>FILE" for each
    // complete one; on a terminal, progress on one line while it runs. An interrupted download
    // of the same episode resumes from its partial file. Exit 0 when every file is complete, 1
    // when one failed (the reason on `err`), 2 when an id is unknown or its audio is not on
    // the web (nothing is downloaded then).
    static int download(const QString &dataDir, const QStringList &catalogs,
                        const QStringList &episodeIds, QTextStream &out, QTextStream &err,
                        bool showProgress);
};
