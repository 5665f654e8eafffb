#include "folderscanner.h"

#include "audiotagreader.h"
#include "folderscancache.h"

#include <QCollator>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A renamed file is recognised by its size and a hash of its first and last 16 KiB.
constexpr qint64 kSampleBytes = 16 * 1024;

QByteArray contentKeyOf(const QString &path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray::number(size));
    hash.addData(file.read(kSampleBytes));
    if (size > kSampleBytes) {
        file.seek(qMax(kSampleBytes, size - kSampleBytes));
        hash.addData(file.read(kSampleBytes));
    }
    return hash.result();
}

enum class Kind { Audio, NotRegular, BrokenLink, Unreadable };

struct Found
{
    QString relativePath;
    QString absolutePath;
    qint64 size = 0;
    qint64 modifiedMs = 0;
    Kind kind = Kind::Audio;
};

QString problemText(Kind kind)
{
    switch (kind) {
    case Kind::NotRegular:
        return FolderScanner::tr("not a regular file (a pipe, socket or device)");
    case Kind::BrokenLink:
        return FolderScanner::tr("a link to a file that does not exist");
    case Kind::Unreadable:
        return FolderScanner::tr("the file cannot be read (no permission)");
    case Kind::Audio:
        break;
    }
    return {};
}

QString summaryOf(const AudioFileTags &tags)
{
    QStringList meta;
    for (const QString &part : {tags.album, tags.artist, tags.genre}) {
        if (!part.isEmpty())
            meta.append(part);
    }
    const QString line = meta.join(u" · ");
    if (tags.comment.isEmpty())
        return line;
    return line.isEmpty() ? tags.comment : line + u" — " + tags.comment;
}

QStringList folderTagsOf(const QString &relativePath)
{
    QStringList parts = relativePath.split(u'/');
    parts.removeLast();
    return parts;
}

// Course order: folder by folder (a folder's own files before its subfolders, subfolders in
// natural order), then disc, then files with a track number by number, then the rest; ties and
// untracked files in natural file-name order ("Lecture 2" before "Lecture 10").
struct SortItem
{
    QList<QCollatorSortKey> folderKeys;
    QCollatorSortKey nameKey;
    int disc = 0;
    int track = 0;
    const LocalAudioFile *file = nullptr;
};

bool courseLess(const SortItem &a, const SortItem &b)
{
    const qsizetype common = qMin(a.folderKeys.size(), b.folderKeys.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const int c = a.folderKeys.at(i).compare(b.folderKeys.at(i)))
            return c < 0;
    }
    if (a.folderKeys.size() != b.folderKeys.size())
        return a.folderKeys.size() < b.folderKeys.size();
    if (a.disc != b.disc)
        return a.disc < b.disc;
    if ((a.track > 0) != (b.track > 0))
        return a.track > 0;
    if (a.track != b.track)
        return a.track < b.track;
    if (const int c = a.nameKey.compare(b.nameKey))
        return c < 0;
    return a.file->relativePath < b.file->relativePath;
}

QList<LocalAudioFile> inCourseOrder(QList<LocalAudioFile> files)
{
    // The user's language orders letters (ä with a in German, after z in Swedish). The C locale
    // (no LANG set) would compare code points and ignore the numeric mode: English then.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<QString, QCollatorSortKey> keyOfPart;
    const auto keyOf = [&](const QString &part) {
        auto it = keyOfPart.constFind(part);
        if (it == keyOfPart.cend())
            it = keyOfPart.insert(part, collator.sortKey(part));
        return *it;
    };
    std::vector<SortItem> items;
    items.reserve(files.size());
    for (const LocalAudioFile &f : std::as_const(files)) {
        const qsizetype slash = f.relativePath.lastIndexOf(u'/');
        QList<QCollatorSortKey> folderKeys;
        if (slash > 0) {
            for (const QString &part : f.relativePath.left(slash).split(u'/'))
                folderKeys.append(keyOf(part));
        }
        items.push_back({std::move(folderKeys), collator.sortKey(f.relativePath.mid(slash + 1)),
                         f.tags.disc, f.tags.track, &f});
    }
    std::sort(items.begin(), items.end(), courseLess);
    QList<LocalAudioFile> sorted;
    sorted.reserve(files.size());
    for (const SortItem &item : items)
        sorted.append(*item.file);
    return sorted;
}

QByteArray stateHashOf(const QList<LocalAudioFile> &files)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const LocalAudioFile &f : files) {
        hash.addData(f.relativePath.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(f.episodeId.toUtf8());
        hash.addData(
            QByteArray(QByteArray::number(f.size) + ':' + QByteArray::number(f.modifiedMs) + ':'));
        hash.addData(f.problem.message.toUtf8());
        hash.addData(QByteArrayView("\n", 1));
    }
    return hash.result();
}

using ProgressReport = std::function<void(int done, int total)>;

FolderScanResult scanFolder(const FolderScanRequest &request,
                            const FolderScanner::CancelCheck &isCancelled,
                            const ProgressReport &progress)
{
    FolderScanResult result;
    const auto cancelled = [&] { return isCancelled && isCancelled(); };

    const QFileInfo folderInfo(request.folder);
    if (!folderInfo.exists() || !folderInfo.isDir()) {
        result.folder = folderInfo.absoluteFilePath();
        result.folderReadable = false;
        result.problems.append({result.folder, 0, 0,
                                folderInfo.exists() ? FolderScanner::tr("not a folder")
                                                    : FolderScanner::tr("folder not found")});
        return result;
    }
    if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
        result.folder = folderInfo.absoluteFilePath();
        result.folderReadable = false;
        result.problems.append(
            {result.folder, 0, 0, FolderScanner::tr("the folder cannot be read (no permission)")});
        return result;
    }
    result.folder = folderInfo.canonicalFilePath();
    result.folderKey = request.folderKey.isEmpty() ? FolderScanner::folderKeyFor(result.folder)
                                                   : request.folderKey;
    const QString topicId = FolderScanner::topicIdFor(result.folderKey);
    const QString cachePath =
        request.cacheDirectory.isEmpty()
            ? QString()
            : FolderScanCache::filePath(request.cacheDirectory, result.folderKey);
    const QHash<QString, LocalAudioFile> cache =
        cachePath.isEmpty() ? QHash<QString, LocalAudioFile>() : FolderScanCache::load(cachePath);

    // 1. Walk: hidden files and folders are skipped (AppleDouble "._x.mp3" files are not audio),
    // links to folders are not followed (no loops), links to files are.
    const qsizetype prefix = result.folder.size() + (result.folder.endsWith(u'/') ? 0 : 1);
    QList<Found> found;
    result.directories.append(result.folder);
    QDirIterator it(result.folder, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancelled()) {
            result.cancelled = true;
            return result;
        }
        it.next();
        const QFileInfo fi = it.fileInfo();
        if (fi.isDir() && !fi.isSymLink()) {
            result.directories.append(fi.filePath());
            continue;
        }
        if (fi.isDir() || !AudioTagReader::isAudioFileName(fi.fileName()))
            continue;
        Found f;
        f.absolutePath = fi.filePath();
        f.relativePath = f.absolutePath.mid(prefix);
        if (fi.isSymLink() && !fi.exists()) {
            f.kind = Kind::BrokenLink;
        } else if (!fi.isFile()) {
            f.kind = Kind::NotRegular;
        } else {
            f.size = fi.size();
            f.modifiedMs = fi.lastModified().toMSecsSinceEpoch();
            if (!fi.isReadable())
                f.kind = Kind::Unreadable;
        }
        found.append(std::move(f));
    }
    std::sort(found.begin(), found.end(),
              [](const Found &a, const Found &b) { return a.relativePath < b.relativePath; });

    // 2. What the cache still knows; the rest is read.
    QList<LocalAudioFile> files;
    files.reserve(found.size());
    QList<qsizetype> toRead;
    QSet<QString> seen;
    seen.reserve(found.size());
    QList<bool> cacheable; // files whose entry goes into the cache (what was read from them)
    cacheable.reserve(found.size());
    for (const Found &f : std::as_const(found)) {
        seen.insert(f.relativePath);
        const auto cached = cache.constFind(f.relativePath);
        LocalAudioFile file;
        file.relativePath = f.relativePath;
        file.size = f.size;
        file.modifiedMs = f.modifiedMs;
        // A file that stays at its path keeps its id, whatever happens to its contents.
        if (cached != cache.cend())
            file.episodeId = cached->episodeId;
        bool keep = false;
        if (f.kind != Kind::Audio) {
            file.problem = {f.absolutePath, 0, 0, problemText(f.kind)};
        } else if (cached != cache.cend() && cached->size == f.size &&
                   cached->modifiedMs == f.modifiedMs) {
            file = *cached;
            if (file.hasProblem())
                file.problem = {f.absolutePath, 0, 0, cached->problem.message};
            ++result.cacheHits;
            keep = true;
        } else if (f.size == 0) {
            file.problem = {f.absolutePath, 0, 0, FolderScanner::tr("the file is empty (0 bytes)")};
        } else {
            toRead.append(files.size());
            keep = true;
        }
        files.append(std::move(file));
        cacheable.append(keep);
    }

    // Files in the cache that are gone: a new file with the same contents is the same file
    // renamed or moved, and keeps its id (and so its progress) and its tags.
    QHash<QByteArray, QString> vanishedByContent; // an empty path: more than one has that content
    for (auto c = cache.cbegin(); c != cache.cend(); ++c) {
        if (seen.contains(c.key()))
            continue;
        ++result.removedFiles;
        if (c->hasProblem() || c->contentKey.isEmpty())
            continue;
        const auto known = vanishedByContent.constFind(c->contentKey);
        vanishedByContent.insert(c->contentKey,
                                 known == vanishedByContent.cend() ? c.key() : QString());
    }

    // 3. Read what is new or changed.
    int done = 0;
    for (const qsizetype index : std::as_const(toRead)) {
        if (cancelled()) {
            result.cancelled = true;
            break;
        }
        LocalAudioFile &file = files[index];
        const QString path = result.folder + u'/' + file.relativePath;
        ++result.filesRead;
        file.contentKey = contentKeyOf(path, file.size);
        if (file.episodeId.isEmpty() && !file.contentKey.isEmpty()) {
            const QString before = vanishedByContent.value(file.contentKey);
            if (!before.isEmpty()) {
                const LocalAudioFile old = cache.value(before);
                file.episodeId = old.episodeId;
                file.tags = old.tags;
                vanishedByContent.insert(file.contentKey, QString()); // one claim only
                ++result.renamedFiles;
                ++done;
                if (progress)
                    progress(done, int(toRead.size()));
                continue;
            }
        }
        QString error;
        if (!AudioTagReader::read(path, &file.tags, &error))
            file.problem = {path, 0, 0, error};
        ++done;
        if (progress)
            progress(done, int(toRead.size()));
    }

    if (result.cancelled) {
        // Keep what was read for the next scan; forget nothing the old cache knew.
        if (!cachePath.isEmpty() && done > 0) {
            QHash<QString, LocalAudioFile> merged = cache;
            for (qsizetype i = 0; i < files.size(); ++i) {
                if (cacheable.at(i) && !files.at(i).contentKey.isEmpty())
                    merged.insert(files.at(i).relativePath, files.at(i));
            }
            QList<LocalAudioFile> entries = merged.values();
            for (LocalAudioFile &f : entries) {
                if (f.episodeId.isEmpty())
                    f.episodeId = FolderScanner::episodeIdFor(result.folderKey, f.relativePath);
            }
            FolderScanCache::save(cachePath, result.folder, entries);
        }
        return result;
    }

    // 4. Ids: a file's path in the folder, unless it kept the id of its earlier self; a path
    // whose id a renamed file took gets a suffix. An id kept twice (a damaged cache) stays with
    // the first file only.
    QSet<QString> used;
    for (LocalAudioFile &f : files) {
        if (f.episodeId.isEmpty())
            continue;
        if (used.contains(f.episodeId))
            f.episodeId.clear();
        else
            used.insert(f.episodeId);
    }
    for (LocalAudioFile &f : files) {
        if (!f.episodeId.isEmpty())
            continue;
        const QString natural = FolderScanner::episodeIdFor(result.folderKey, f.relativePath);
        QString id = natural;
        for (int n = 2; used.contains(id); ++n)
            id = natural + u'~' + QString::number(n);
        f.episodeId = id;
        used.insert(id);
    }

    if (!cachePath.isEmpty() &&
        (!toRead.isEmpty() || result.removedFiles > 0 || !QFile::exists(cachePath))) {
        QList<LocalAudioFile> entries;
        entries.reserve(files.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (cacheable.at(i))
                entries.append(files.at(i));
        }
        FolderScanCache::save(cachePath, result.folder, entries);
    }

    // 5. The catalog: the folder as a topic, one episode per file in course order.
    result.stateHash = stateHashOf(files);
    const QList<LocalAudioFile> sorted = inCourseOrder(std::move(files));
    result.files.reserve(sorted.size());
    Topic topic;
    topic.id = topicId;
    topic.title = QFileInfo(result.folder).fileName();
    if (topic.title.isEmpty())
        topic.title = result.folder; // the root folder
    topic.description = result.folder;
    result.catalog.setTitle(topic.title);
    result.catalog.addTopic(topic);
    int order = 0;
    for (const LocalAudioFile &f : sorted) {
        const QString path = result.folder + u'/' + f.relativePath;
        Episode e;
        e.id = f.episodeId;
        e.title = f.tags.title.isEmpty()
                      ? FolderScanner::titleFromFileName(f.relativePath.section(u'/', -1))
                      : f.tags.title;
        e.summary = summaryOf(f.tags);
        e.topicId = topicId;
        e.tags = folderTagsOf(f.relativePath);
        e.durationSec = int((f.tags.durationMs + 500) / 1000);
        e.published = f.tags.date;
        e.setAudio(QUrl::fromLocalFile(path));
        e.order = order + 1;
        e.sourceFile = path;
        if (!result.catalog.addEpisode(e))
            continue; // ids are unique by now; the files stay in step with the episodes anyway
        ++order;
        result.files.append(f);
        if (f.hasProblem())
            result.problems.append(f.problem);
    }
    return result;
}

} // namespace

FolderScanResult FolderScanner::scan(const FolderScanRequest &request,
                                     const CancelCheck &isCancelled)
{
    return scanFolder(request, isCancelled, {});
}

void FolderScanner::scanWithPromise(QPromise<FolderScanResult> &promise,
                                    const FolderScanRequest &request)
{
    promise.start();
    FolderScanResult result = scanFolder(
        request, [&promise] { return promise.isCanceled(); },
        [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        });
    if (!result.cancelled)
        promise.addResult(std::move(result));
    promise.finish();
}

Catalog FolderScanner::catalogFor(const QString &folder, const QString &cacheDirectory)
{
    return scan({folder, {}, cacheDirectory}).catalog;
}

QString FolderScanner::folderKeyFor(const QString &canonicalFolder)
{
    const QByteArray hash =
        QCryptographicHash::hash(canonicalFolder.toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(12));
}

QString FolderScanner::topicIdFor(const QString &folderKey)
{
    return u"folder:"_s + folderKey;
}

QString FolderScanner::episodeIdFor(const QString &folderKey, const QString &relativePath)
{
    return u"folder:"_s + folderKey + u':' + relativePath;
}

QString FolderScanner::titleFromFileName(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    QString title = dot > 0 ? fileName.left(dot) : fileName;
    title.replace(u'_', u' ');
    title = title.simplified();
    return title.isEmpty() ? fileName : title;
}
