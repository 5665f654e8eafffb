#include "readalongcache.h"

#include "chapterlistparser.h"
#include "transcriptparser.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcReadAlong, "earmark.readalong")

struct Outcome
{
    bool found = true; // false: nothing on disk, download it
    TranscriptLoad transcript;
    ChapterListLoad chapters;
};

QString sizeLimitText(qint64 maxBytes)
{
    return ReadAlongCache::tr("The file is larger than %1 and was refused.")
        .arg(QLocale().formattedDataSize(maxBytes));
}

// The path of a URL read directly from disk or the resources; empty for others.
QString localPath(const QUrl &url)
{
    if (url.isLocalFile())
        return url.toLocalFile();
    if (url.scheme() == u"qrc")
        return u':' + url.path();
    if (url.scheme().isEmpty() && url.path().startsWith(u":/"))
        return url.path();
    return {};
}

QString extensionFor(TranscriptFormat format)
{
    switch (format) {
    case TranscriptFormat::WebVtt:
        return u"vtt"_s;
    case TranscriptFormat::Srt:
        return u"srt"_s;
    case TranscriptFormat::PodcastJson:
        return u"json"_s;
    case TranscriptFormat::Html:
        return u"html"_s;
    case TranscriptFormat::PlainText:
    case TranscriptFormat::Unspecified:
        break;
    }
    return u"txt"_s;
}

TranscriptFormat formatForExtension(const QString &suffix)
{
    return TranscriptParser::detectFormat(QByteArray(), u"x."_s + suffix);
}

struct FileRead
{
    QByteArray data;
    QString error;
};

FileRead readFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, ReadAlongCache::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > maxBytes)
        return {{}, sizeLimitText(maxBytes)};
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return {{}, sizeLimitText(maxBytes)};
    return {data, {}};
}

// The copy of `hash` in `directory`, whatever its extension; empty when there is none.
QString cachedFile(const QString &directory, const QString &hash)
{
    const QStringList names = QDir(directory).entryList({hash + u".*"_s}, QDir::Files);
    return names.isEmpty() ? QString() : QDir(directory).filePath(names.first());
}

bool isUsable(const Transcript &t)
{
    return t.timed ? !t.cues.isEmpty() : !t.plainText.trimmed().isEmpty();
}

void store(const QString &directory, const QString &name, const QByteArray &data)
{
    if (!QDir().mkpath(directory)) {
        qCWarning(lcReadAlong) << "cannot make the cache folder" << directory;
        return;
    }
    QSaveFile file(QDir(directory).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        qCWarning(lcReadAlong) << "cannot write" << file.fileName() << file.errorString();
}

} // namespace

ReadAlongCache::ReadAlongCache(QNetworkAccessManager *network, const QString &directory,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_directory(directory)
{
    qRegisterMetaType<TranscriptLoad>();
    qRegisterMetaType<ChapterListLoad>();
}

ReadAlongCache::~ReadAlongCache()
{
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
}

void ReadAlongCache::loadTranscript(const QUrl &url, TranscriptFormat format)
{
    load({Kind::Transcript, url, format, maxBytes(Kind::Transcript)});
}

void ReadAlongCache::loadChapters(const QUrl &url)
{
    load({Kind::Chapters, url, TranscriptFormat::Unspecified, maxBytes(Kind::Chapters)});
}

bool ReadAlongCache::isAvailableOffline(const QUrl &url) const
{
    if (const QString path = localPath(url); !path.isEmpty())
        return QFileInfo::exists(path);
    return !cachedFile(m_directory, key({Kind::Transcript, url, {}, 0})).isEmpty() ||
           !cachedFile(m_directory, key({Kind::Chapters, url, {}, 0})).isEmpty();
}

QString ReadAlongCache::offlineTranscriptFile(const QString &directory, const QUrl &url)
{
    if (const QString path = localPath(url); !path.isEmpty())
        return QFileInfo::exists(path) ? path : QString();
    const QByteArray text = "transcript " + url.toString(QUrl::FullyEncoded).toUtf8();
    return cachedFile(
        directory,
        QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex()));
}

qint64 ReadAlongCache::maxBytes(Kind kind) const
{
    if (m_maxBytes > 0)
        return m_maxBytes;
    return kind == Kind::Transcript ? TranscriptParser::kMaxBytes : ChapterListParser::kMaxBytes;
}

QString ReadAlongCache::key(const Request &request) const
{
    // offlineTranscriptFile() names transcripts the same way.
    const QByteArray text = (request.kind == Kind::Transcript ? "transcript " : "chapters ") +
                            request.url.toString(QUrl::FullyEncoded).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha1).toHex());
}

void ReadAlongCache::load(const Request &request)
{
    const QString k = key(request);
    if (m_pending.contains(k))
        return; // joins the load under way
    m_pending.insert(k, request);

    const QString local = localPath(request.url);
    const bool web = request.url.scheme() == u"http" || request.url.scheme() == u"https";
    if (local.isEmpty() && !web) {
        QMetaObject::invokeMethod(
            this,
            [this, request] {
                fail(request,
                     tr("Not an address Earmark can read: %1").arg(request.url.toDisplayString()));
            },
            Qt::QueuedConnection);
        return;
    }
    // The disk first, in the thread pool: a local file, or the copy of an earlier download.
    const QString directory = m_directory;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (!outcome.found)
            return startDownload(request);
        deliver(request, outcome.transcript, outcome.chapters);
    });
    watcher->setFuture(QtConcurrent::run([request, local, directory, k] {
        Outcome outcome;
        QString path = local;
        TranscriptFormat format = request.format;
        if (path.isEmpty()) {
            path = cachedFile(directory, k);
            if (path.isEmpty()) {
                outcome.found = false;
                return outcome;
            }
            if (format == TranscriptFormat::Unspecified)
                format = formatForExtension(QFileInfo(path).suffix());
        }
        const QString name = request.url.toDisplayString();
        const FileRead read = readFile(path, request.maxBytes);
        if (request.kind == Kind::Transcript) {
            outcome.transcript.fromCache = true;
            outcome.transcript.error = read.error;
            if (read.error.isEmpty()) {
                TranscriptParseResult parsed =
                    TranscriptParser::parse(read.data, format, local.isEmpty() ? name : local);
                outcome.transcript.transcript = std::move(parsed.transcript);
                outcome.transcript.problems = std::move(parsed.problems);
            }
        } else {
            outcome.chapters.fromCache = true;
            outcome.chapters.error = read.error;
            if (read.error.isEmpty()) {
                ChapterListParseResult parsed =
                    ChapterListParser::parse(read.data, local.isEmpty() ? name : local);
                outcome.chapters.chapters = std::move(parsed.chapters);
                outcome.chapters.problems = std::move(parsed.problems);
            }
        }
        return outcome;
    }));
}

void ReadAlongCache::startDownload(const Request &request)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(kMaxRedirects);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArray("Earmark/" EARMARK_VERSION " (podcast client)"));
    QNetworkReply *reply = m_network->get(networkRequest);
    m_replies.insert(reply, request);

    auto *timeout = new QTimer(reply);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, reply, [reply] {
        reply->setProperty("earmarkTimedOut", true);
        reply->abort();
    });
    const qint64 limit = request.maxBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, timeout, limit, ms = m_timeoutMs](qint64 received, qint64 total) {
                timeout->start(ms);
                if (received > limit || total > limit) {
                    reply->setProperty("earmarkTooLarge", true);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    timeout->start(m_timeoutMs);
}

void ReadAlongCache::onReplyFinished(QNetworkReply *reply)
{
    const auto it = m_replies.find(reply);
    if (it == m_replies.end())
        return;
    const Request request = it.value();
    m_replies.erase(it);
    reply->deleteLater();

    if (reply->property("earmarkTooLarge").toBool())
        return fail(request, sizeLimitText(request.maxBytes));
    if (reply->property("earmarkTimedOut").toBool())
        return fail(request, tr("The server did not answer within %n second(s).", nullptr,
                                qMax(1, m_timeoutMs / 1000)));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(request, tr("The server answered HTTP %1 %2.").arg(status).arg(reason));
    }
    if (reply->error() != QNetworkReply::NoError)
        return fail(request, reply->errorString());
    const QByteArray data = reply->read(request.maxBytes + 1);
    if (data.size() > request.maxBytes)
        return fail(request, sizeLimitText(request.maxBytes));
    parseDownloaded(request, data, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
}

void ReadAlongCache::parseDownloaded(const Request &request, const QByteArray &data,
                                     const QByteArray &contentType)
{
    const QString directory = m_directory;
    const QString hash = key(request);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        deliver(request, outcome.transcript, outcome.chapters);
    });
    watcher->setFuture(QtConcurrent::run([request, data, contentType, directory, hash] {
        Outcome outcome;
        const QString name = request.url.toDisplayString();
        if (request.kind == Kind::Chapters) {
            ChapterListParseResult parsed = ChapterListParser::parse(data, name);
            if (!parsed.chapters.isEmpty())
                store(directory, hash + u".json"_s, data);
            outcome.chapters.chapters = std::move(parsed.chapters);
            outcome.chapters.problems = std::move(parsed.problems);
            return outcome;
        }
        // The declared format, else the server's when it is telling (text/plain often is not:
        // servers send .vtt and .srt files as text/plain), else the URL and the content.
        TranscriptFormat format = request.format;
        if (format == TranscriptFormat::Unspecified) {
            const TranscriptFormat served =
                TranscriptParser::formatForMimeType(QString::fromLatin1(contentType));
            format = served == TranscriptFormat::PlainText ? TranscriptFormat::Unspecified : served;
        }
        if (format == TranscriptFormat::Unspecified)
            format = TranscriptParser::detectFormat(data, request.url.path());
        TranscriptParseResult parsed = TranscriptParser::parse(data, format, name);
        if (isUsable(parsed.transcript))
            store(directory, hash + u'.' + extensionFor(format), data);
        outcome.transcript.transcript = std::move(parsed.transcript);
        outcome.transcript.problems = std::move(parsed.problems);
        return outcome;
    }));
}

void ReadAlongCache::fail(const Request &request, const QString &error)
{
    TranscriptLoad transcript;
    ChapterListLoad chapters;
    transcript.error = error;
    chapters.error = error;
    deliver(request, transcript, chapters);
}

void ReadAlongCache::deliver(const Request &request, const TranscriptLoad &transcript,
                             const ChapterListLoad &chapters)
{
    m_pending.remove(key(request));
    if (request.kind == Kind::Transcript) {
        TranscriptLoad load = transcript;
        load.url = request.url;
        emit transcriptLoaded(load);
    } else {
        ChapterListLoad load = chapters;
        load.url = request.url;
        emit chaptersLoaded(load);
    }
}
