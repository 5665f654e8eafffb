#include "feedfetcher.h"

#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QString sizeLimitText(qint64 maxSize)
{
    return FeedFetcher::tr("The feed is larger than %1 and was refused.")
        .arg(QLocale().formattedDataSize(maxSize));
}

struct FileRead
{
    QByteArray data;
    QString error;
};

FileRead readFile(const QString &path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, FeedFetcher::tr("Cannot read %1: %2").arg(path, file.errorString())};
    if (file.size() > maxSize)
        return {{}, sizeLimitText(maxSize)};
    return {file.read(maxSize + 1), {}};
}
} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager *network, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_result.requestedUrl = url;
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The server did not answer within %n second(s).", nullptr,
                qMax(1, m_timeoutMs / 1000)));
    });
}

FeedFetcher::~FeedFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedFetcher::setValidators(const QByteArray &etag, const QByteArray &lastModified)
{
    m_etag = etag;
    m_lastModified = lastModified;
}

void FeedFetcher::start()
{
    const QUrl url = m_result.requestedUrl;
    if (url.isLocalFile()) {
        auto *watcher = new QFutureWatcher<FileRead>(this);
        connect(watcher, &QFutureWatcher<FileRead>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const FileRead read = watcher->result();
            if (!read.error.isEmpty())
                return fail(read.error);
            m_result.status = FeedFetchResult::Status::Fetched;
            m_result.body = read.data;
            m_result.finalUrl = m_result.requestedUrl;
            finish();
        });
        watcher->setFuture(QtConcurrent::run(readFile, url.toLocalFile(), m_maxSize));
        return;
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        QMetaObject::invokeMethod(
            this, [this, url] { fail(tr("Not a feed address: %1").arg(url.toDisplayString())); },
            Qt::QueuedConnection);
        return;
    }
    get(url);
}

void FeedFetcher::abort()
{
    fail(tr("Cancelled."));
}

void FeedFetcher::get(const QUrl &url)
{
    m_visited.insert(url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Earmark/" EARMARK_VERSION " (podcast client)"));
    request.setRawHeader("Accept", "application/rss+xml, application/atom+xml, "
                                   "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    // Validators belong to the subscription's own URL; a redirect target gets a plain request.
    if (m_visited.size() == 1) {
        if (!m_etag.isEmpty())
            request.setRawHeader("If-None-Match", m_etag);
        if (!m_lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", m_lastModified);
    }
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetcher::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timeout.start(m_timeoutMs);
        if (received > m_maxSize || total > m_maxSize)
            fail(sizeLimitText(m_maxSize));
    });
    m_timeout.start(m_timeoutMs);
}

void FeedFetcher::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    m_timeout.stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.httpStatus = status;
    if (status >= 300 && status < 400 && status != 304) {
        const QUrl target = reply->url().resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        if (!target.isValid() || (target.scheme() != u"http" && target.scheme() != u"https"))
            return fail(tr("The server redirected to an address that is not a feed address."));
        if (m_visited.contains(target))
            return fail(
                tr("The server redirects in a loop (at %1).").arg(target.toDisplayString()));
        if (m_visited.size() > kMaxRedirects)
            return fail(tr("The server redirected more than %n time(s).", nullptr, kMaxRedirects));
        m_permanentSoFar = m_permanentSoFar && (status == 301 || status == 308);
        if (m_permanentSoFar)
            m_result.movedTo = target;
        else
            m_result.movedTo.clear();
        return get(target);
    }
    if (reply->error() != QNetworkReply::NoError && status < 400) {
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return; // our abort(): fail() has reported already
        return fail(reply->errorString());
    }
    if (status >= 400) {
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return fail(tr("The server answered HTTP %1 %2.").arg(status).arg(reason).trimmed());
    }
    m_result.finalUrl = reply->url();
    m_result.etag = reply->rawHeader("ETag");
    m_result.lastModified = reply->rawHeader("Last-Modified");
    if (status == 304) {
        m_result.status = FeedFetchResult::Status::NotModified;
        // A 304 may leave out the validators; the ones we sent are still good.
        if (m_result.etag.isEmpty())
            m_result.etag = m_etag;
        if (m_result.lastModified.isEmpty())
            m_result.lastModified = m_lastModified;
        return finish();
    }
    m_result.contentType = reply->rawHeader("Content-Type");
    m_result.body = reply->read(m_maxSize + 1);
    if (m_result.body.size() > m_maxSize)
        return fail(sizeLimitText(m_maxSize));
    m_result.status = FeedFetchResult::Status::Fetched;
    finish();
}

void FeedFetcher::fail(const QString &error)
{
    if (m_done)
        return;
    m_result.status = FeedFetchResult::Status::Failed;
    m_result.error = error;
    m_result.body.clear();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish();
}

void FeedFetcher::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    emit finished(m_result);
}
