#include "folderscancache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

// Short keys: the cache of a 2,000-file folder stays near 500 KB and parses in a few ms.
QJsonObject toJson(const LocalAudioFile &f)
{
    QJsonObject o;
    o.insert("p"_L1, f.relativePath);
    o.insert("id"_L1, f.episodeId);
    o.insert("s"_L1, double(f.size));
    o.insert("m"_L1, double(f.modifiedMs));
    o.insert("k"_L1, QString::fromLatin1(f.contentKey.toBase64()));
    if (f.hasProblem()) {
        o.insert("e"_L1, f.problem.message);
        return o;
    }
    const AudioFileTags &t = f.tags;
    const auto putText = [&o](QLatin1StringView key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    const auto putNumber = [&o](QLatin1StringView key, qint64 value) {
        if (value != 0)
            o.insert(key, double(value));
    };
    putText("t"_L1, t.title);
    putText("ar"_L1, t.artist);
    putText("al"_L1, t.album);
    putText("g"_L1, t.genre);
    putText("c"_L1, t.comment);
    putNumber("tr"_L1, t.track);
    putNumber("dn"_L1, t.disc);
    putNumber("ms"_L1, t.durationMs);
    if (t.date.isValid())
        o.insert("d"_L1, t.date.toString(Qt::ISODate));
    if (t.hasCover)
        o.insert("cv"_L1, true);
    return o;
}

LocalAudioFile fromJson(const QJsonObject &o)
{
    LocalAudioFile f;
    f.relativePath = o.value("p"_L1).toString();
    f.episodeId = o.value("id"_L1).toString();
    f.size = qint64(o.value("s"_L1).toDouble(-1));
    f.modifiedMs = qint64(o.value("m"_L1).toDouble(-1));
    f.contentKey = QByteArray::fromBase64(o.value("k"_L1).toString().toLatin1());
    f.problem.message = o.value("e"_L1).toString();
    AudioFileTags &t = f.tags;
    t.title = o.value("t"_L1).toString();
    t.artist = o.value("ar"_L1).toString();
    t.album = o.value("al"_L1).toString();
    t.genre = o.value("g"_L1).toString();
    t.comment = o.value("c"_L1).toString();
    t.track = o.value("tr"_L1).toInt();
    t.disc = o.value("dn"_L1).toInt();
    t.durationMs = qint64(o.value("ms"_L1).toDouble());
    t.date = QDate::fromString(o.value("d"_L1).toString(), Qt::ISODate);
    t.hasCover = o.value("cv"_L1).toBool();
    return f;
}

} // namespace

QString FolderScanCache::filePath(const QString &cacheDirectory, const QString &folderKey)
{
    // A key is the caller's: keep the file name to letters, digits, '-' and '_'.
    QString name = folderKey;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            c = u'_';
    }
    return QDir(cacheDirectory).filePath(u"folder-"_s + name + u".json"_s);
}

QHash<QString, LocalAudioFile> FolderScanCache::load(const QString &filePath)
{
    QHash<QString, LocalAudioFile> entries;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = doc.object();
    if (root.value("version"_L1).toInt() != kVersion)
        return entries;
    const QJsonArray files = root.value("files"_L1).toArray();
    entries.reserve(files.size());
    for (const QJsonValue &v : files) {
        LocalAudioFile f = fromJson(v.toObject());
        // An entry without a path or an id, or with an impossible size, is not trusted.
        if (f.relativePath.isEmpty() || f.episodeId.isEmpty() || f.size < 0 || f.modifiedMs < 0)
            continue;
        entries.insert(f.relativePath, std::move(f));
    }
    return entries;
}

bool FolderScanCache::save(const QString &filePath, const QString &folder,
                           const QList<LocalAudioFile> &files)
{
    QDir().mkpath(QFileInfo(filePath).absolutePath());
    QJsonArray array;
    for (const LocalAudioFile &f : files)
        array.append(toJson(f));
    QJsonObject root;
    root.insert("version"_L1, kVersion);
    root.insert("folder"_L1, folder);
    root.insert("files"_L1, array);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}
