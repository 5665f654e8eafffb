#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// The command-line modes for podcasts: no window, results on `out`, problems on `err`, exit 0
// when everything worked, 1 when something could not be read, 2 for a usage error. They work
// beside a running Earmark on the same data directory: they write through their own database
// connection and tell the running window, which then shows the change.
class PodcastCommands final
{
    Q_DECLARE_TR_FUNCTIONS(PodcastCommands)

public:
    // --subscribe: one line per podcast, "TITLE<TAB>N episodes".
    static int subscribe(const QString &dataDir, const QStringList &feeds, QTextStream &out,
                         QTextStream &err);
    // --refresh: one line per podcast with its new and updated episodes, or the error.
    static int refresh(const QString &dataDir, QTextStream &out, QTextStream &err);
    // --import-opml: subscribes to every feed of the file; reports added, already present and
    // failed (with why).
    static int importOpml(const QString &dataDir, const QString &file, QTextStream &out,
                          QTextStream &err);
    // --export-opml: every subscription as OPML 2.0 to `file`, or standard output for "-".
    static int exportOpml(const QString &dataDir, const QString &file, QTextStream &out,
                          QTextStream &err);

    // A command-line argument as a feed location: an http(s) or file: URL, or a path to an
    // existing file. Invalid when it is neither.
    static QUrl feedLocation(const QString &argument);
};
