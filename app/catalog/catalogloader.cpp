#include "catalogloader.h"

#include "jsonarrayscanner.h"
#include "jsonlimits.h"
#include "jsonpositionindex.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <optional>

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

// One episode object of the document, parsed alone; nothing when it is not valid JSON.
std::optional<QJsonObject> parseSpan(const QByteArray &data, const JsonArrayScanner::Span &span)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(data.constData() + span.begin, span.end - span.begin), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

class Validator
{
public:
    // `data`: the document's bytes, for the positions of problems. `reload`, when given, reads
    // them again and `data` may be empty: a large file's bytes are not kept while its episodes
    // are built (a problem is rare, and costs one more read).
    Validator(const QString &fileName, const QByteArray &data, const QString &baseDir,
              CatalogLoadResult &result, std::function<QByteArray()> reload = {})
        : m_file(fileName)
        , m_data(data)
        , m_reload(std::move(reload))
        , m_baseDir(baseDir)
        , m_result(result)
    {}

    // `episodes`, when given, holds where each episode object lies in `m_data` (the document's
    // "episodes" array was left out of `root`): each is parsed and read in turn, and freed before
    // the next one. False when one of them is not valid JSON; the result is then to be thrown away.
    bool run(const QJsonObject &root, const QList<JsonArrayScanner::Span> *episodes = nullptr);
    // Adds the line that counts the problems beyond CatalogLoader::kMaxProblems.
    void finish();

private:
    void problem(const QString &path, const QString &message, const QString &episodeId = {});
    std::optional<QString> string(const QJsonObject &o, const QString &objPath, const QString &key,
                                  bool required, const QString &episodeId = {});
    bool checkVersion(const QJsonObject &root);
    void readTopics(const QJsonObject &root);
    void readEpisodes(const QJsonObject &root);
    bool readEpisodes(const QList<JsonArrayScanner::Span> &spans);
    std::optional<Episode> readEpisode(const QJsonValue &value, const QString &path);
    std::optional<QUrl> resolveUrl(const QString &text, const QString &path,
                                   const QString &episodeId);
    void readTranscript(const QJsonObject &o, const QString &path, Episode &e);
    void readChapters(const QJsonObject &o, const QString &path, Episode &e);
    std::optional<qint64> chapterStart(const QJsonValue &v, const QString &path,
                                       const QString &episodeId);

    // Positions are only needed for messages: the index is built at the first problem.
    const JsonPositionIndex &index()
    {
        if (!m_index) {
            if (m_data.isEmpty() && m_reload)
                m_data = m_reload();
            // The index reads a well-formed document only: when episodes are read one at a time,
            // those not read yet are checked first. If one is broken, the result is thrown away
            // (and the file reported by the whole-document path): the index is then of nothing.
            for (qsizetype i = m_nextSpan; m_spans && i < m_spans->size() && !m_broken; ++i)
                m_broken = !parseSpan(m_data, m_spans->at(i));
            // down to "episodes[i].chapters[j].start"
            m_index.emplace(m_broken ? QByteArray() : m_data, 5);
        }
        return *m_index;
    }
    // Tags and topic ids repeat across thousands of episodes: keep one copy of each.
    QString intern(const QString &s)
    {
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(s);
        return s;
    }

    const QString m_file;
    QByteArray m_data;
    std::function<QByteArray()> m_reload;
    std::optional<JsonPositionIndex> m_index;
    const QList<JsonArrayScanner::Span> *m_spans = nullptr; // the episodes, when read one by one
    qsizetype m_nextSpan = 0; // the episodes before it parsed without error
    bool m_broken = false;    // one of them does not parse
    QSet<QString> m_strings;
    const QString m_baseDir;
    CatalogLoadResult &m_result;
    // id -> index in "episodes" of its first definition (the key shares the episode's id: no
    // string of its own between the catalog's, which would leave gaps once freed)
    QHash<QString, qsizetype> m_episodeIndexes;
    qsizetype m_unlisted = 0;     // problems beyond the listed ones
    qsizetype m_problemCount = 0; // listed or not
};

void Validator::problem(const QString &path, const QString &message, const QString &episodeId)
{
    ++m_problemCount;
    // A hostile file can hold millions of problems: list the first ones, count the others.
    if (m_result.problems.size() >= CatalogLoader::kMaxProblems) {
        ++m_unlisted;
        return;
    }
    const auto pos = index().positionOf(path);
    QString text = path.isEmpty() ? message : path + u": " + message;
    if (!episodeId.isEmpty())
        text += u" (episode " + quoted(episodeId) + u')';
    m_result.problems.append({m_file, pos.line, pos.column, text});
}

std::optional<QString> Validator::string(const QJsonObject &o, const QString &objPath,
                                         const QString &key, bool required,
                                         const QString &episodeId)
{
    const QString path = objPath.isEmpty() ? key : objPath + u'.' + key;
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            problem(objPath, CatalogLoader::tr("missing required field %1").arg(quoted(key)),
                    episodeId);
        return std::nullopt;
    }
    if (!v.isString()) {
        problem(path, CatalogLoader::tr("expected a string, got %1").arg(typeName(v)), episodeId);
        return std::nullopt;
    }
    if (required && v.toString().trimmed().isEmpty()) {
        problem(path, CatalogLoader::tr("must not be empty"), episodeId);
        return std::nullopt;
    }
    return v.toString();
}

bool Validator::checkVersion(const QJsonObject &root)
{
    const QJsonValue v = root.value(u"version");
    if (v.isUndefined()) {
        problem(QString(),
                CatalogLoader::tr("missing required field %1").arg(quoted(u"version"_qs)));
        return true; // be lenient: read it as the current version
    }
    int major = -1;
    if (v.isDouble()) {
        major = int(std::floor(v.toDouble()));
    } else if (v.isString()) {
        static const QRegularExpression kVersion(QStringLiteral("^(\\d+)(\\.\\d+)*$"));
        const auto m = kVersion.match(v.toString());
        if (m.hasMatch())
            major = m.captured(1).toInt();
    }
    if (major < 1) {
        problem(u"version"_qs, CatalogLoader::tr("expected a format version like \"1.0\", got %1")
                                   .arg(v.isString() ? quoted(v.toString()) : typeName(v)));
        return true;
    }
    if (major > CatalogLoader::kFormatMajorVersion) {
        problem(u"version"_qs,
                CatalogLoader::tr("catalog format %1 is newer than this version of Earmark "
                                  "reads (%2.x); update Earmark to open this catalog")
                    .arg(v.isString() ? v.toString() : QString::number(v.toDouble()))
                    .arg(CatalogLoader::kFormatMajorVersion));
        return false;
    }
    return true;
}

void Validator::finish()
{
    if (m_unlisted > 0)
        m_result.problems.append(
            {m_file, 0, 0,
             CatalogLoader::tr("%n more problem(s) not listed", nullptr,
                               int(std::min<qsizetype>(m_unlisted, INT_MAX)))});
}

bool Validator::run(const QJsonObject &root, const QList<JsonArrayScanner::Span> *episodes)
{
    m_spans = episodes;
    if (!checkVersion(root)) {
        // Not read, but a syntax error in them must still be the one reported.
        return !m_broken &&
               (!episodes || std::all_of(episodes->cbegin(), episodes->cend(), [&](const auto &s) {
                   return parseSpan(m_data, s).has_value();
               }));
    }
    if (const auto title = string(root, QString(), u"title"_qs, true))
        m_result.catalog.setTitle(*title);
    readTopics(root);
    if (episodes)
        return !m_broken && readEpisodes(*episodes);
    readEpisodes(root);
    return true;
}

bool Validator::readEpisodes(const QList<JsonArrayScanner::Span> &spans)
{
    m_result.catalog.reserveEpisodes(spans.size()); // grown in place, not copied as it grows
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const std::optional<QJsonObject> o = parseSpan(m_data, spans.at(i));
        if (!o)
            return false;
        m_nextSpan = i + 1;
        const QString path = u"episodes[" + QString::number(i) + u']';
        if (auto episode = readEpisode(QJsonValue(*o), path)) {
            episode->sourceIndex = int(i);
            m_result.catalog.addEpisode(*episode);
            m_episodeIndexes.insert(episode->id, i);
        }
        if (m_broken)
            return false;
    }
    return true;
}

void Validator::readTopics(const QJsonObject &root)
{
    const QJsonValue topics = root.value(u"topics");
    if (topics.isUndefined()) {
        problem(QString(),
                CatalogLoader::tr("missing required field %1").arg(quoted(u"topics"_qs)));
        return;
    }
    if (!topics.isArray()) {
        problem(u"topics"_qs, CatalogLoader::tr("expected an array, got %1").arg(typeName(topics)));
        return;
    }
    const QJsonArray list = topics.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"topics[" + QString::number(i) + u']';
        if (!list.at(i).isObject()) {
            problem(path,
                    CatalogLoader::tr("expected an object, got %1").arg(typeName(list.at(i))));
            continue;
        }
        const QJsonObject o = list.at(i).toObject();
        const auto id = string(o, path, u"id"_qs, true);
        const auto title = string(o, path, u"title"_qs, true);
        const auto description = string(o, path, u"description"_qs, false);
        if (!id || !title)
            continue;
        Topic topic;
        topic.id = *id;
        topic.title = *title;
        topic.description = description.value_or(QString());
        if (!m_result.catalog.addTopic(topic))
            problem(path + u".id", CatalogLoader::tr("duplicate topic id %1").arg(quoted(*id)));
    }
}

void Validator::readEpisodes(const QJsonObject &root)
{
    const QJsonValue episodes = root.value(u"episodes");
    if (episodes.isUndefined()) {
        problem(QString(),
                CatalogLoader::tr("missing required field %1").arg(quoted(u"episodes"_qs)));
        return;
    }
    if (!episodes.isArray()) {
        problem(u"episodes"_qs,
                CatalogLoader::tr("expected an array, got %1").arg(typeName(episodes)));
        return;
    }
    const QJsonArray list = episodes.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = u"episodes[" + QString::number(i) + u']';
        if (auto episode = readEpisode(list.at(i), path)) {
            episode->sourceIndex = int(i);
            m_result.catalog.addEpisode(*episode);
            m_episodeIndexes.insert(episode->id, i);
        }
    }
}

std::optional<Episode> Validator::readEpisode(const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        problem(path, CatalogLoader::tr("expected an object, got %1").arg(typeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const qsizetype before = m_problemCount;

    Episode e;
    e.sourceFile = m_file;
    const auto id = string(o, path, u"id"_qs, true);
    if (id) {
        e.id = *id;
        if (const qsizetype first = m_episodeIndexes.value(e.id, -1); first >= 0) {
            const auto at = index().positionOf(u"episodes[" + QString::number(first) + u']');
            problem(path + u".id",
                    CatalogLoader::tr("duplicate episode id %1; first defined at line %2")
                        .arg(quoted(e.id))
                        .arg(at.line),
                    e.id);
        }
    }
    const QString eid = e.id;
    e.title = string(o, path, u"title"_qs, true, eid).value_or(QString());
    e.summary = string(o, path, u"summary"_qs, false, eid).value_or(QString());

    const QJsonValue duration = o.value(u"duration");
    if (duration.isUndefined()) {
        problem(path, CatalogLoader::tr("missing required field %1").arg(quoted(u"duration"_qs)),
                eid);
    } else if (!duration.isDouble()) {
        problem(path + u".duration",
                CatalogLoader::tr("expected a number of seconds, got %1").arg(typeName(duration)),
                eid);
    } else if (duration.toDouble() < 0) {
        problem(path + u".duration",
                CatalogLoader::tr("must not be negative, got %1").arg(duration.toDouble()), eid);
    } else if (duration.toDouble() > 1e7) {
        problem(path + u".duration",
                CatalogLoader::tr("is too large (%1 seconds)").arg(duration.toDouble()), eid);
    } else {
        e.durationSec = int(std::lround(duration.toDouble()));
    }

    if (const auto published = string(o, path, u"published"_qs, true, eid)) {
        static const QRegularExpression kIsoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        e.published = QDate::fromString(*published, Qt::ISODate);
        if (!kIsoDate.match(*published).hasMatch() || !e.published.isValid())
            problem(path + u".published",
                    CatalogLoader::tr("%1 is not a valid date; expected YYYY-MM-DD")
                        .arg(quoted(*published)),
                    eid);
    }

    if (const auto topic = string(o, path, u"topic"_qs, true, eid)) {
        e.topicId = intern(*topic);
        if (!m_result.catalog.topic(*topic))
            problem(path + u".topic", CatalogLoader::tr("unknown topic %1").arg(quoted(*topic)),
                    eid);
    }

    const QJsonValue tags = o.value(u"tags");
    if (!tags.isUndefined() && !tags.isArray()) {
        problem(path + u".tags",
                CatalogLoader::tr("expected an array of strings, got %1").arg(typeName(tags)), eid);
    } else {
        const QJsonArray list = tags.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString tagPath = path + u".tags[" + QString::number(i) + u']';
            const QJsonValue tag = list.at(i);
            if (!tag.isString())
                problem(tagPath, CatalogLoader::tr("expected a string, got %1").arg(typeName(tag)),
                        eid);
            else if (tag.toString().trimmed().isEmpty())
                problem(tagPath, CatalogLoader::tr("must not be empty"), eid);
            else if (!e.tags.contains(tag.toString().trimmed()))
                e.tags.append(intern(tag.toString().trimmed()));
        }
    }

    if (const auto audio = string(o, path, u"audio"_qs, true, eid)) {
        if (const auto url = resolveUrl(*audio, path + u".audio", eid))
            e.setAudio(*url);
    }

    const QJsonValue order = o.value(u"order");
    if (!order.isUndefined()) {
        const double n = order.toDouble(-1);
        if (!order.isDouble() || n < 1 || n != std::floor(n) || n > 1e9)
            problem(path + u".order",
                    CatalogLoader::tr("expected a whole number from 1 up, got %1")
                        .arg(order.isDouble() ? QString::number(n) : typeName(order)),
                    eid);
        else
            e.order = int(n);
    }

    // A bad transcript or chapter is reported and left out; the episode still plays.
    const qsizetype core = m_problemCount;
    readTranscript(o, path, e);
    readChapters(o, path, e);

    if (core != before || !id)
        return std::nullopt;
    return e;
}

void Validator::readTranscript(const QJsonObject &o, const QString &path, Episode &e)
{
    const auto transcript = string(o, path, u"transcript"_qs, false, e.id);
    const auto type = string(o, path, u"transcriptType"_qs, false, e.id);
    if (transcript && transcript->trimmed().isEmpty()) {
        problem(path + u".transcript", CatalogLoader::tr("must not be empty"), e.id);
        return;
    }
    if (type) {
        static const QHash<QString, TranscriptFormat> kTypes = {
            {u"text/vtt"_qs, TranscriptFormat::WebVtt},
            {u"application/x-subrip"_qs, TranscriptFormat::Srt},
            {u"application/srt"_qs, TranscriptFormat::Srt},
            {u"text/srt"_qs, TranscriptFormat::Srt},
            {u"application/json"_qs, TranscriptFormat::PodcastJson},
            {u"text/html"_qs, TranscriptFormat::Html},
            {u"text/plain"_qs, TranscriptFormat::PlainText},
        };
        const QString mime = type->section(u';', 0, 0).trimmed().toLower();
        const auto it = kTypes.constFind(mime);
        if (it == kTypes.cend()) {
            problem(path + u".transcriptType",
                    CatalogLoader::tr("unsupported transcript type %1; expected text/vtt, "
                                      "application/x-subrip, application/json, text/html or "
                                      "text/plain")
                        .arg(quoted(*type)),
                    e.id); // the transcript stays; its reader tells the format
        } else if (!o.contains(u"transcript")) {
            problem(path + u".transcriptType", CatalogLoader::tr("given without a \"transcript\""),
                    e.id);
        } else if (transcript) {
            e.transcriptFormat = *it;
        }
    }
    if (transcript) {
        if (const auto url = resolveUrl(*transcript, path + u".transcript", e.id))
            e.setTranscript(*url);
        else
            e.transcriptFormat = TranscriptFormat::Unspecified;
    }
}

std::optional<qint64> Validator::chapterStart(const QJsonValue &v, const QString &path,
                                              const QString &episodeId)
{
    constexpr double kMaxSeconds = 1e7; // as for "duration"
    double seconds = -1;
    if (v.isDouble()) {
        seconds = v.toDouble();
        if (seconds < 0) {
            problem(path, CatalogLoader::tr("must not be negative, got %1").arg(seconds),
                    episodeId);
            return std::nullopt;
        }
    } else if (v.isString()) {
        // "MM:SS" or "H:MM:SS", each with an optional fraction: "1:02:03.5". The first field
        // may run past 59 ("75:30"); the others may not.
        static const QRegularExpression kTime(
            QStringLiteral("^(?:(\\d{1,7}):)?(\\d{1,7}):([0-5]\\d)(\\.\\d{1,3})?$"));
        const auto m = kTime.match(v.toString().trimmed());
        const bool hours = m.hasMatch() && !m.captured(1).isEmpty();
        if (!m.hasMatch() || (hours && m.captured(2).size() != 2) ||
            (hours && m.captured(2).toInt() > 59)) {
            problem(path,
                    CatalogLoader::tr("expected seconds or a time like \"MM:SS\" or \"H:MM:SS\", "
                                      "got %1")
                        .arg(quoted(v.toString())),
                    episodeId);
            return std::nullopt;
        }
        seconds = m.captured(1).toDouble() * 3600 + m.captured(2).toDouble() * 60 +
                  m.captured(3).toDouble() + m.captured(4).toDouble(); // ".5" reads as 0.5
    } else {
        problem(path,
                CatalogLoader::tr("expected a number of seconds or a time string, got %1")
                    .arg(typeName(v)),
                episodeId);
        return std::nullopt;
    }
    if (seconds > kMaxSeconds) {
        problem(path, CatalogLoader::tr("is too large (%1 seconds)").arg(seconds), episodeId);
        return std::nullopt;
    }
    return qint64(std::llround(seconds * 1000));
}

void Validator::readChapters(const QJsonObject &o, const QString &path, Episode &e)
{
    const QJsonValue chapters = o.value(u"chapters");
    if (chapters.isUndefined())
        return;
    const QString listPath = path + u".chapters";
    if (!chapters.isArray()) {
        problem(listPath,
                CatalogLoader::tr("expected an array of chapters, got %1").arg(typeName(chapters)),
                e.id);
        return;
    }
    const QJsonArray list = chapters.toArray();
    QList<std::pair<Chapter, qsizetype>> read; // with its index in the file, for messages
    read.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemPath = listPath + u'[' + QString::number(i) + u']';
        if (!list.at(i).isObject()) {
            problem(itemPath,
                    CatalogLoader::tr("expected an object with \"start\" and \"title\", got %1")
                        .arg(typeName(list.at(i))),
                    e.id);
            continue;
        }
        const QJsonObject c = list.at(i).toObject();
        const QJsonValue start = c.value(u"start");
        std::optional<qint64> startMs;
        if (start.isUndefined())
            problem(itemPath,
                    CatalogLoader::tr("missing required field %1").arg(quoted(u"start"_qs)), e.id);
        else
            startMs = chapterStart(start, itemPath + u".start", e.id);
        const auto title = string(c, itemPath, u"title"_qs, true, e.id);
        if (startMs && title)
            read.append({Chapter{*startMs, title->trimmed()}, i});
    }
    // Chapters run from one start to the next, so the file's order does not matter: sort. Two
    // chapters cannot start at the same moment: the later one in the file is reported and left
    // out.
    std::stable_sort(read.begin(), read.end(), [](const auto &a, const auto &b) {
        return a.first.startMs < b.first.startMs;
    });
    e.chapters.reserve(read.size());
    qsizetype kept = -1; // index in the file of the last chapter kept
    for (const auto &[chapter, index] : std::as_const(read)) {
        if (!e.chapters.isEmpty() && chapter.startMs == e.chapters.constLast().startMs) {
            problem(listPath + u'[' + QString::number(index) + u"].start",
                    CatalogLoader::tr("starts at the same time as chapters[%1]").arg(kept), e.id);
            continue;
        }
        e.chapters.append(chapter);
        kept = index;
    }
}

std::optional<QUrl> Validator::resolveUrl(const QString &text, const QString &path,
                                          const QString &episodeId)
{
    static const QRegularExpression kScheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const auto m = kScheme.match(text);
    if (m.hasMatch()) {
        const QString scheme = m.captured(1).toLower();
        const QUrl url(text, QUrl::StrictMode);
        if (scheme != u"http" && scheme != u"https" && scheme != u"file") {
            problem(path,
                    CatalogLoader::tr("unsupported URL scheme %1; use a relative path or an "
                                      "http(s) or file URL")
                        .arg(quoted(scheme)),
                    episodeId);
            return std::nullopt;
        }
        if (!url.isValid() || (scheme != u"file" && url.host().isEmpty())) {
            problem(path, CatalogLoader::tr("%1 is not a valid URL").arg(quoted(text)), episodeId);
            return std::nullopt;
        }
        return url;
    }
    if (QDir::isAbsolutePath(text) && !text.startsWith(u':'))
        return QUrl::fromLocalFile(QDir::cleanPath(text));
    const QString full = QDir::cleanPath(m_baseDir + u'/' + text);
    if (full.startsWith(u":/"))
        return QUrl(u"qrc" + full);
    return QUrl::fromLocalFile(full);
}

} // namespace

QString CatalogLoader::bundledCatalogPath()
{
    return QStringLiteral(":/catalog/ai-training.json");
}

CatalogLoadResult CatalogLoader::loadFile(const QString &path)
{
    QFile file(path);
    const QString baseDir = QFileInfo(path).absolutePath();
    const QString shownName = path.startsWith(u":/") ? path : QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly)) {
        CatalogLoadResult result;
        result.readable = false;
        result.problems.append({shownName, 0, 0,
                                QFileInfo(path).isDir()
                                    ? tr("is a directory, not a catalog file")
                                    : tr("cannot open: %1").arg(file.errorString())});
        return result;
    }
    // At most one byte more than the limit is read: a device or pipe (size 0, endless, e.g.
    // /dev/zero) is refused like a large file, without reading it all.
    QByteArray data = file.size() > kMaxFileSize ? QByteArray() : file.read(kMaxFileSize + 1);
    if (file.size() > kMaxFileSize || data.size() > kMaxFileSize) {
        CatalogLoadResult result;
        const qint64 size = std::max<qint64>(file.size(), data.size());
        result.problems.append({shownName, 1, 1,
                                tr("the file is too large (%1 MiB); the limit is %2 MiB")
                                    .arg(size / (1024 * 1024))
                                    .arg(kMaxFileSize / (1024 * 1024))});
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        CatalogLoadResult result;
        result.readable = false;
        result.problems.append({shownName, 0, 0, tr("cannot read: %1").arg(file.errorString())});
        return result;
    }
    // The bytes are dropped once parsed; a problem's position reads the file again (the same
    // file: same size and time, else positions are not given).
    const QDateTime modified = QFileInfo(path).lastModified();
    const qsizetype size = data.size();
    file.close();
    return load(std::move(data), shownName,
                path.startsWith(u":/") ? path.left(path.lastIndexOf(u'/')) : baseDir,
                [path, modified, size] {
                    QFile again(path);
                    if (QFileInfo(path).lastModified() != modified ||
                        !again.open(QIODevice::ReadOnly) || again.size() != size)
                        return QByteArray();
                    return again.read(size);
                });
}

std::pair<int, int> CatalogLoader::locate(const Episode &episode)
{
    QFile file(episode.sourceFile);
    if (episode.sourceIndex < 0 || !file.open(QIODevice::ReadOnly))
        return {0, 0};
    const JsonPositionIndex index(file.readAll(), 2);
    const auto pos = index.positionOf(u"episodes[" + QString::number(episode.sourceIndex) + u']');
    return {pos.line, pos.column};
}

CatalogLoadResult CatalogLoader::loadAll(const QStringList &extraFiles)
{
    CatalogLoadResult all = loadFile(bundledCatalogPath());
    for (const QString &path : extraFiles) {
        CatalogLoadResult one = loadFile(path);
        all.problems.append(one.problems);
        all.readable = all.readable && one.readable;
        QList<Episode> skipped;
        all.catalog.merge(one.catalog, &skipped);
        for (const Episode &e : skipped) {
            const Episode *first = all.catalog.episode(e.id);
            const auto [line, column] = locate(e);
            all.problems.append({e.sourceFile, line, column,
                                 tr("duplicate episode id %1; already defined in %2:%3")
                                     .arg(quoted(e.id), first->sourceFile)
                                     .arg(locate(*first).first)});
        }
    }
    qCInfo(lcCatalog) << "loaded" << all.catalog.episodes().size() << "episodes from"
                      << 1 + extraFiles.size() << "catalogs with" << all.problems.size()
                      << "problems";
    return all;
}

CatalogLoadResult CatalogLoader::loadData(const QByteArray &data, const QString &fileName,
                                          const QString &baseDir)
{
    return load(QByteArray(data), fileName, baseDir, {});
}

std::optional<CatalogLoadResult>
CatalogLoader::loadByEpisode(const QByteArray &data, const QString &fileName,
                             const QString &baseDir, const std::function<QByteArray()> &reload)
{
    const auto layout = JsonArrayScanner::scan(data, QLatin1StringView("episodes"));
    if (!layout)
        return std::nullopt;
    // The rest of the document, with an empty array where the episodes were.
    QJsonParseError error;
    const QJsonDocument rest = QJsonDocument::fromJson(
        data.left(layout->array.begin) + "[]" + data.mid(layout->array.end), &error);
    if (error.error != QJsonParseError::NoError || !rest.isObject())
        return std::nullopt;
    CatalogLoadResult result;
    Validator validator(fileName, data, baseDir, result, reload);
    if (!validator.run(rest.object(), &layout->objects))
        return std::nullopt;
    validator.finish();
    qCDebug(lcCatalog) << fileName << "loaded" << result.catalog.episodes().size()
                       << "episodes one by one," << result.problems.size() << "problems";
    return result;
}

CatalogLoadResult CatalogLoader::load(QByteArray data, const QString &fileName,
                                      const QString &baseDir,
                                      const std::function<QByteArray()> &reload)
{
    CatalogLoadResult result;
    const auto fail = [&](qsizetype offset, const QString &message) {
        const auto pos = JsonPositionIndex::positionAt(data, offset);
        result.problems.append({fileName, pos.line, pos.column, message});
        return result;
    };
    if (data.size() > kMaxFileSize)
        return fail(0, tr("the file is too large (%1 MiB); the limit is %2 MiB")
                           .arg(data.size() / (1024 * 1024))
                           .arg(kMaxFileSize / (1024 * 1024)));
    if (data.trimmed().isEmpty())
        return fail(0, tr("the file is empty; expected a JSON object"));
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0)
        return fail(nul, tr("this is not a text file (NUL byte); expected JSON"));

    if (const JsonLimits::Violation v = JsonLimits::check(data); v.isValid())
        return fail(v.offset, v.message);

    // A well-formed catalog is read episode by episode: Qt's tree of the whole file (several
    // times the file's size) never exists. Anything else takes the path below, which reports a
    // syntax error where Qt finds it.
    if (auto fast = loadByEpisode(data, fileName, baseDir, reload))
        return std::move(*fast);

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports where it stopped, which may be the space after the offending token.
        qsizetype at = error.offset;
        while (at > 0 && (at >= data.size() || QChar::isSpace(uchar(data.at(at)))))
            --at;
        return fail(at, tr("JSON syntax error: %1").arg(error.errorString()));
    }
    if (!doc.isObject()) {
        qsizetype first = 0;
        while (first < data.size() && QChar::isSpace(uchar(data.at(first))))
            ++first;
        return fail(first, tr("expected a JSON object at the top level, got an array"));
    }
    if (reload)
        data = QByteArray(); // read again only for a problem's position
    Validator validator(fileName, data, baseDir, result, reload);
    validator.run(doc.object());
    validator.finish();
    qCDebug(lcCatalog) << fileName << "loaded" << result.catalog.episodes().size() << "episodes,"
                       << result.problems.size() << "problems";
    return result;
}
