#include "progressjson.h"

#include "jsonlimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace {

const QString kFormat = QStringLiteral("earmark-progress");

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

// Reads the members of one JSON object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    bool ok() const { return m_error->isEmpty(); }

    QString string(const QString &key, bool required)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isString())
            return v.toString();
        if (required || !v.isUndefined())
            fail(key, ProgressJson::tr("must be a string"));
        return {};
    }

    qint64 wholeNumber(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return 0;
        const double d = v.toDouble(-1);
        // Range first: casting a double beyond qint64 is undefined (found by fuzz_progressjson).
        // Up to 2^53 every whole number is exact in a double.
        constexpr double kLargest = 9007199254740992.0;
        if (!v.isDouble() || d < 0 || d > kLargest || d != double(qint64(d))) {
            fail(key, ProgressJson::tr("must be a whole number, 0 or more"));
            return 0;
        }
        return qint64(d);
    }

    double number(const QString &key, double fallback)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble() || v.toDouble() <= 0) {
            fail(key, ProgressJson::tr("must be a number greater than 0"));
            return fallback;
        }
        return v.toDouble();
    }

    bool boolean(const QString &key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isUndefined() && !v.isBool())
            fail(key, ProgressJson::tr("must be true or false"));
        return v.toBool();
    }

    QDateTime time(const QString &key, bool required = false)
    {
        const QJsonValue v = m_object.value(key);
        if ((v.isUndefined() || v.isNull()) && !required)
            return {};
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid()) {
            fail(key, ProgressJson::tr("must be an ISO 8601 date and time%1")
                          .arg(required ? QString() : ProgressJson::tr(" or null")));
            return {};
        }
        return t.toUTC();
    }

private:
    void fail(const QString &key, const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = m_path + u'.' + key + u": "_qs + message;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
};

QJsonValue spanToJson(qint64 ms)
{
    return ms >= 0 ? QJsonValue(ms) : QJsonValue();
}

QJsonArray notesToJson(const QList<Note> &notes)
{
    QList<Note> sorted = notes;
    std::sort(sorted.begin(), sorted.end(), [](const Note &a, const Note &b) {
        return std::tie(a.createdAt, a.uid) < std::tie(b.createdAt, b.uid);
    });
    QJsonArray array;
    for (const Note &n : std::as_const(sorted)) {
        array.append(QJsonObject{
            {u"id"_qs, n.uid},
            {u"episodeId"_qs, n.episodeId},
            {u"startMs"_qs, spanToJson(n.hasTime() ? n.startMs : -1)},
            {u"endMs"_qs, spanToJson(n.hasTime() ? n.endMs : -1)},
            {u"chapter"_qs, n.chapterTitle},
            {u"quote"_qs, n.quote},
            {u"text"_qs, n.text},
            {u"flashcard"_qs, n.isFlashcard},
            {u"front"_qs, n.front},
            {u"back"_qs, n.back},
            {u"createdAt"_qs, timeToJson(n.createdAt)},
            {u"editedAt"_qs, timeToJson(n.editedAt)},
        });
    }
    return array;
}

} // namespace

QByteArray ProgressJson::write(const QList<ProgressStore::ImportedEpisode> &episodes,
                               const QHash<QString, QString> &titles, const QList<Note> &notes,
                               const QJsonObject &extra)
{
    QList<ProgressStore::ImportedEpisode> sorted = episodes;
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.progress.episodeId < b.progress.episodeId;
    });
    QJsonArray array;
    for (ProgressStore::ImportedEpisode &e : sorted) {
        std::sort(e.sessions.begin(), e.sessions.end(),
                  [](const auto &a, const auto &b) { return a.startedAt < b.startedAt; });
        QJsonArray sessions;
        for (const ListeningSession &s : std::as_const(e.sessions)) {
            sessions.append(QJsonObject{
                {u"startedAt"_qs, timeToJson(s.startedAt)},
                {u"endedAt"_qs, timeToJson(s.endedAt)},
                {u"startPositionMs"_qs, s.startPositionMs},
                {u"endPositionMs"_qs, s.endPositionMs},
                {u"listenedMs"_qs, s.listenedMs},
                {u"rate"_qs, s.rate},
            });
        }
        const EpisodeProgress &p = e.progress;
        array.append(QJsonObject{
            {u"id"_qs, p.episodeId},
            {u"title"_qs, titles.value(p.episodeId)},
            {u"positionMs"_qs, p.positionMs},
            {u"durationMs"_qs, p.durationMs},
            {u"finished"_qs, p.finished},
            {u"finishedAt"_qs, timeToJson(p.finishedAt)},
            {u"firstPlayed"_qs, timeToJson(p.firstPlayed)},
            {u"lastPlayed"_qs, timeToJson(p.lastPlayed)},
            {u"timesPlayed"_qs, p.timesPlayed},
            {u"updatedAt"_qs, timeToJson(p.updatedAt)},
            {u"sessions"_qs, sessions},
        });
    }
    QJsonObject root = extra;
    root.insert(u"format"_qs, kFormat);
    root.insert(u"version"_qs, kFormatVersion);
    root.insert(u"episodes"_qs, array);
    root.insert(u"notes"_qs, notesToJson(notes));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProgressJson::read(const QByteArray &data, QList<ProgressStore::ImportedEpisode> *episodes,
                        QString *error, QJsonObject *extra)
{
    QList<Note> notes;
    return read(data, episodes, &notes, error, extra);
}

bool ProgressJson::read(const QByteArray &data, QList<ProgressStore::ImportedEpisode> *episodes,
                        QList<Note> *notes, QString *error, QJsonObject *extra)
{
    notes->clear();
    episodes->clear();
    if (extra)
        *extra = {};
    error->clear();
    if (data.size() > kMaxSize) {
        *error = tr("the file is too large (%1 MiB); the limit is %2 MiB")
                     .arg(data.size() / (1024 * 1024))
                     .arg(kMaxSize / (1024 * 1024));
        return false;
    }
    if (const JsonLimits::Violation v = JsonLimits::check(data); v.isValid()) {
        *error = tr("refused at offset %1: %2").arg(v.offset).arg(v.message);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"format"_qs).toString() != kFormat) {
        *error = tr("not an Earmark progress export (\"format\" must be \"%1\")").arg(kFormat);
        return false;
    }
    const int version = root.value(u"version"_qs).toInt(-1);
    if (version < 1 || version > kFormatVersion) {
        *error = tr("export format version %1 is not supported (this Earmark reads up to %2)")
                     .arg(root.value(u"version"_qs).toVariant().toString())
                     .arg(kFormatVersion);
        return false;
    }
    if (!root.value(u"episodes"_qs).isArray()) {
        *error = tr("episodes: must be an array");
        return false;
    }
    if (extra) {
        *extra = root;
        for (const QString &key : {u"format"_qs, u"version"_qs, u"episodes"_qs, u"notes"_qs})
            extra->remove(key);
    }
    const QJsonArray array = root.value(u"episodes"_qs).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"episodes[%1]"_qs.arg(i);
        if (!array.at(i).isObject()) {
            *error = path + tr(": must be an object");
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        Reader r(object, path, error);
        ProgressStore::ImportedEpisode e;
        EpisodeProgress &p = e.progress;
        p.episodeId = r.string(u"id"_qs, true);
        if (r.ok() && p.episodeId.isEmpty()) {
            *error = path + tr(".id: must not be empty");
            return false;
        }
        p.positionMs = r.wholeNumber(u"positionMs"_qs);
        p.durationMs = r.wholeNumber(u"durationMs"_qs);
        p.finished = r.boolean(u"finished"_qs);
        p.finishedAt = r.time(u"finishedAt"_qs);
        p.firstPlayed = r.time(u"firstPlayed"_qs);
        p.lastPlayed = r.time(u"lastPlayed"_qs);
        p.timesPlayed = int(r.wholeNumber(u"timesPlayed"_qs));
        p.updatedAt = r.time(u"updatedAt"_qs, true);
        const QJsonValue sessions = object.value(u"sessions"_qs);
        if (!sessions.isUndefined() && !sessions.isArray()) {
            *error = path + tr(".sessions: must be an array");
            return false;
        }
        const QJsonArray sessionArray = sessions.toArray();
        for (qsizetype j = 0; r.ok() && j < sessionArray.size(); ++j) {
            const QString sessionPath = path + u".sessions[%1]"_qs.arg(j);
            if (!sessionArray.at(j).isObject()) {
                *error = sessionPath + tr(": must be an object");
                return false;
            }
            Reader sr(sessionArray.at(j).toObject(), sessionPath, error);
            ListeningSession s;
            s.episodeId = p.episodeId;
            s.startedAt = sr.time(u"startedAt"_qs, true);
            s.endedAt = sr.time(u"endedAt"_qs, true);
            s.startPositionMs = sr.wholeNumber(u"startPositionMs"_qs);
            s.endPositionMs = sr.wholeNumber(u"endPositionMs"_qs);
            s.listenedMs = sr.wholeNumber(u"listenedMs"_qs);
            s.rate = sr.number(u"rate"_qs, 1.0);
            e.sessions.append(s);
        }
        if (!r.ok())
            return false;
        episodes->append(e);
    }
    return version < 2 || readNotes(root, notes, error);
}

bool ProgressJson::readNotes(const QJsonObject &root, QList<Note> *notes, QString *error)
{
    const QJsonValue value = root.value(u"notes"_qs);
    if (value.isUndefined())
        return true;
    if (!value.isArray()) {
        *error = tr("notes: must be an array");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"notes[%1]"_qs.arg(i);
        if (!array.at(i).isObject()) {
            *error = path + tr(": must be an object");
            return false;
        }
        const QJsonObject object = array.at(i).toObject();
        Reader r(object, path, error);
        Note n;
        n.uid = r.string(u"id"_qs, true);
        n.episodeId = r.string(u"episodeId"_qs, true);
        if (r.ok() && (n.uid.isEmpty() || n.episodeId.isEmpty())) {
            *error = path + (n.uid.isEmpty() ? tr(".id: must not be empty")
                                             : tr(".episodeId: must not be empty"));
            return false;
        }
        const bool timed =
            !object.value(u"startMs"_qs).isNull() && !object.value(u"startMs"_qs).isUndefined();
        if (timed) {
            n.startMs = r.wholeNumber(u"startMs"_qs);
            n.endMs = r.wholeNumber(u"endMs"_qs);
            if (r.ok() && n.endMs < n.startMs) {
                *error = path + tr(".endMs: must not be before startMs");
                return false;
            }
        }
        n.chapterTitle = r.string(u"chapter"_qs, false);
        n.quote = r.string(u"quote"_qs, false);
        n.text = r.string(u"text"_qs, false);
        n.isFlashcard = r.boolean(u"flashcard"_qs);
        n.front = r.string(u"front"_qs, false);
        n.back = r.string(u"back"_qs, false);
        n.createdAt = r.time(u"createdAt"_qs, true);
        n.editedAt = r.time(u"editedAt"_qs, true);
        if (!r.ok())
            return false;
        notes->append(n);
    }
    return true;
}
