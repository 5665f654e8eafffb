#include "librarysources.h"

#include "folderscanner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
constexpr auto kGroup = "library/sources";

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? QString() : c;
}

QString kindName(LibrarySource::Kind kind)
{
    return kind == LibrarySource::Kind::Folder ? u"folder"_qs : u"catalog"_qs;
}
} // namespace

LibrarySources::LibrarySources(const QString &settingsFile)
    : m_file(settingsFile)
{}

QString LibrarySources::settingsFileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"settings.ini"_qs);
}

QString LibrarySources::folderCacheIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"folder-cache"_qs);
}

QString LibrarySources::catalogKeyFor(const QString &canonicalPath)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u"catalog-"_qs + QString::fromLatin1(hash.left(12));
}

QList<LibrarySource> LibrarySources::sources() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.sync(); // another process may have written since
    QList<LibrarySource> result;
    const int n = settings.beginReadArray(QLatin1StringView(kGroup));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        LibrarySource s;
        const QString kind = settings.value(u"kind"_qs).toString();
        if (kind == u"folder")
            s.kind = LibrarySource::Kind::Folder;
        else if (kind == u"catalog")
            s.kind = LibrarySource::Kind::Catalog;
        else
            continue; // written by a newer Earmark, or damaged
        s.key = settings.value(u"key"_qs).toString();
        s.path = settings.value(u"path"_qs).toString();
        s.addedAt = settings.value(u"added"_qs).toDateTime();
        if (s.key.isEmpty() || s.path.isEmpty())
            continue;
        result.append(s);
    }
    settings.endArray();
    return result;
}

QList<LibrarySource> LibrarySources::sources(LibrarySource::Kind kind) const
{
    QList<LibrarySource> result = sources();
    result.removeIf([kind](const LibrarySource &s) { return s.kind != kind; });
    return result;
}

std::optional<LibrarySource> LibrarySources::find(const QString &key) const
{
    for (const LibrarySource &s : sources()) {
        if (s.key == key)
            return s;
    }
    return std::nullopt;
}

std::optional<LibrarySource> LibrarySources::findPath(LibrarySource::Kind kind,
                                                      const QString &path) const
{
    const QString c = canonical(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const LibrarySource &s : sources(kind)) {
        if (s.path == c || s.path == absolute)
            return s;
    }
    return std::nullopt;
}

LibrarySource LibrarySources::add(LibrarySource::Kind kind, const QString &path, bool *added)
{
    if (added)
        *added = false;
    const QString c = canonical(path);
    const QFileInfo info(c);
    if (c.isEmpty() || (kind == LibrarySource::Kind::Folder ? !info.isDir() : !info.isFile()))
        return {};
    QList<LibrarySource> all = sources();
    for (const LibrarySource &s : std::as_const(all)) {
        if (s.kind == kind && s.path == c)
            return s;
    }
    LibrarySource s;
    s.kind = kind;
    s.path = c;
    s.key = kind == LibrarySource::Kind::Folder ? FolderScanner::folderKeyFor(c) : catalogKeyFor(c);
    s.addedAt = QDateTime::currentDateTimeUtc();
    all.append(s);
    write(all);
    if (added)
        *added = true;
    return s;
}

bool LibrarySources::remove(const QString &key)
{
    QList<LibrarySource> all = sources();
    if (all.removeIf([&key](const LibrarySource &s) { return s.key == key; }) == 0)
        return false;
    write(all);
    return true;
}

void LibrarySources::write(const QList<LibrarySource> &sources) const
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.sync();
    settings.remove(QLatin1StringView(kGroup));
    settings.beginWriteArray(QLatin1StringView(kGroup), int(sources.size()));
    for (int i = 0; i < sources.size(); ++i) {
        const LibrarySource &s = sources.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"kind"_qs, kindName(s.kind));
        settings.setValue(u"key"_qs, s.key);
        settings.setValue(u"path"_qs, s.path);
        settings.setValue(u"added"_qs, s.addedAt);
    }
    settings.endArray();
    settings.sync();
}
