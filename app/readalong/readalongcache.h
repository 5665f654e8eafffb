#pragma once

#include "chapter.h"
#include "episode.h"
#include "inputproblem.h"
#include "transcript.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// A transcript as ReadAlongCache delivers it.
struct TranscriptLoad
{
    QUrl url; // as requested
    Transcript transcript;
    QList<InputProblem> problems; // what was wrong with the file (FILE:LINE:COLUMN)
    QString error;                // why nothing could be read (network, size, file); else empty
    bool fromCache = false;       // read without the network: the disk cache or a local file
};

// A chapter list as ReadAlongCache delivers it.
struct ChapterListLoad
{
    QUrl url;
    QList<Chapter> chapters;
    QList<InputProblem> problems;
    QString error;
    bool fromCache = false;
};

// Transcripts and Podcasting 2.0 chapter lists, fetched once and kept on disk: the first load of
// an http(s) URL downloads it (redirects followed, at most kMaxRedirects, never from https to
// http; a timeout that counts from the last byte received; a size limit), the later ones read the
// copy in `directory` — also offline, also after a restart. A file:, qrc: or ":/" URL is read
// directly and not copied. Reading and parsing run in the thread pool (a 2-hour transcript is
// megabytes); only the network traffic is on the calling thread.
//
// A copy is kept only when it parsed to something (cues, text or chapters): an error page
// served as 200 is not stored, and the next load tries again. Files are named
// <sha1 of the URL>.<vtt|srt|json|html|txt> and written atomically (QSaveFile).
//
// Each load*() call ends in exactly one transcriptLoaded / chaptersLoaded, except that a load of
// a URL already under way joins it (one download, one signal).
class ReadAlongCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAlongCache)

public:
    static constexpr int kMaxRedirects = 10;
    static constexpr int kDefaultTimeoutMs = 30000;

    // `directory`, usually <data>/cache/transcripts, is made when the first copy is written.
    ReadAlongCache(QNetworkAccessManager *network, const QString &directory,
                   QObject *parent = nullptr);
    ~ReadAlongCache() override;

    QString directory() const { return m_directory; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The largest download or file; by default the parser's limit (TranscriptParser::kMaxBytes,
    // ChapterListParser::kMaxBytes). For tests.
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // `format` as the feed or catalog declares it; Unspecified: told by the server's
    // Content-Type, the URL and the content.
    void loadTranscript(const QUrl &url, TranscriptFormat format = TranscriptFormat::Unspecified);
    void loadChapters(const QUrl &url);

    // Whether `url` is read without the network (a copy on disk or a local file). Checks the
    // disk: call it off the UI thread for many URLs.
    bool isAvailableOffline(const QUrl &url) const;
    // The file a transcript at `url` is read from without the network: a local or compiled-in
    // file itself, else the copy kept in `directory`; empty when there is neither. Any thread.
    static QString offlineTranscriptFile(const QString &directory, const QUrl &url);

signals:
    void transcriptLoaded(const TranscriptLoad &load);
    void chaptersLoaded(const ChapterListLoad &load);

private:
    enum class Kind { Transcript, Chapters };
    struct Request
    {
        Kind kind = Kind::Transcript;
        QUrl url;
        TranscriptFormat format = TranscriptFormat::Unspecified;
        qint64 maxBytes = 0;
    };

    void load(const Request &request);
    void startDownload(const Request &request);
    void onReplyFinished(QNetworkReply *reply);
    void parseDownloaded(const Request &request, const QByteArray &data,
                         const QByteArray &contentType);
    void fail(const Request &request, const QString &error);
    void deliver(const Request &request, const TranscriptLoad &transcript,
                 const ChapterListLoad &chapters);
    QString key(const Request &request) const;
    qint64 maxBytes(Kind kind) const;

    QNetworkAccessManager *m_network = nullptr;
    const QString m_directory;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = 0;             // 0: each parser's limit
    QHash<QString, Request> m_pending; // by kind and URL
    QHash<QNetworkReply *, Request> m_replies;
};

Q_DECLARE_METATYPE(TranscriptLoad)
Q_DECLARE_METATYPE(ChapterListLoad)
