#pragma once

#include "librarysource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The catalog files and folders a user added (File > Add folder…, Add catalog…, --add-folder,
// --add-catalog), remembered in the `[library]` section of settings.ini. Every call reads or
// writes the file afresh, so the window and a command run beside it see each other's changes.
class LibrarySources final
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySources)

public:
    // `settingsFile`: the app's settings.ini.
    explicit LibrarySources(const QString &settingsFile);
    // <dataDir>/settings.ini
    static QString settingsFileIn(const QString &dataDir);
    // Where the folders' scan caches are kept: <dataDir>/folder-cache.
    static QString folderCacheIn(const QString &dataDir);

    QList<LibrarySource> sources() const; // in the order added
    QList<LibrarySource> sources(LibrarySource::Kind kind) const;
    std::optional<LibrarySource> find(const QString &key) const;
    std::optional<LibrarySource> findPath(LibrarySource::Kind kind, const QString &path) const;

    // Remembers `path` (made absolute and canonical). Returns the source; when the path is
    // already there, the one remembered, with `*added` false. Empty key: no such folder (for
    // a folder) or file (for a catalog).
    LibrarySource add(LibrarySource::Kind kind, const QString &path, bool *added = nullptr);
    // Forgets the source; false when the key is not known. Progress is not touched.
    bool remove(const QString &key);

    // The key a catalog file gets: "catalog-" and 12 hex digits of the SHA-1 of its path.
    static QString catalogKeyFor(const QString &canonicalPath);

private:
    void write(const QList<LibrarySource> &sources) const;

    QString m_file;
};
