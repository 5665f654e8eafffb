#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// One file coming in, on the thread it lives in (DownloadQueue runs every transfer on a thread
// of its own, so no write to the disk ever waits on the UI thread): streams the body of `url` into
// "<finalPath>.part" as it arrives (the reply's buffer is capped, so memory stays flat whatever the
// size), resumes a partial file with "Range: bytes=N-" when the server answers 206 with a matching
// Content-Range and starts over on 200, checks the size against Content-Length, then fsyncs and
// renames the file into place off the calling thread. A lock file beside the partial file keeps a
// second Earmark (the window and
// --download) from writing it at the same time; a crashed owner's lock is stale and taken over.
class DownloadTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadTransfer)

public:
    enum class Outcome {
        Completed, // the file is in place with the announced size
        Failed,    // the server refused (4xx) or the file cannot be used: retrying will not help
        Retryable, // a network problem or a short body: retrying resumes from the partial file
        DiskFull,  // writing failed for lack of space: nothing else should write now
    };
    Q_ENUM(Outcome)

    static constexpr qint64 kReadBufferBytes = 4 * 1024 * 1024;
    static constexpr qint64 kChunkBytes = 1024 * 1024;
    static constexpr int kProgressIntervalMs = 250;
    // How long start() waits for another transfer of the same file to let go of it.
    static constexpr int kLockWaitMs = 2000;

    // The network access manager is made on start(), in the transfer's thread.
    DownloadTransfer(const QUrl &url, const QString &finalPath, QObject *parent = nullptr);
    ~DownloadTransfer() override;

    // Starts (or resumes from the partial file). Emits finished() exactly once, unless aborted.
    void start();
    // Stops without a word; the partial file stays for a later resume.
    void abort();

    QString partPath() const { return m_finalPath + u".part"_qs; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    double bytesPerSecond() const { return m_speed; }
    // Where the last request started: > 0 when it asked the server for the rest only.
    qint64 resumedFrom() const { return m_resumedFrom; }

signals:
    void progress(qint64 bytesDone, qint64 bytesTotal, double bytesPerSecond);
    void finished(DownloadTransfer::Outcome outcome, const QString &message, qint64 bytesDone,
                  qint64 bytesTotal);

private:
    void request();
    void onReadyRead();
    void onFinished();
    // Reads the status and headers once: false when the body is not to be written.
    bool handleHeaders();
    // Drops the partial file and asks for the whole file again (once).
    void restartWithoutRange();
    void finalize();
    void finish(Outcome outcome, const QString &message);
    void updateSpeed(bool force);
    void dropReply();

    QNetworkAccessManager *m_network = nullptr; // a child, made in start()
    QUrl m_url;
    QString m_finalPath;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    qint64 m_done = 0;
    qint64 m_total = -1;
    qint64 m_resumedFrom = 0;
    bool m_headersHandled = false;
    bool m_writing = false; // the status says the body is the file
    bool m_noRange = false; // the partial file was not usable: ask for all
    bool m_over = false;    // finished() was emitted or abort() called
    QElapsedTimer m_sampleClock;
    QElapsedTimer m_progressClock;
    qint64 m_sampleBytes = 0;
    double m_speed = 0;
};
