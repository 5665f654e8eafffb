#include "podcastcommands.h"

#include "opmlreader.h"
#include "opmlwriter.h"
#include "podcastrefresher.h"
#include "podcaststore.h"
#include "progressstore.h"
#include "singleinstance.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSettings>
#include <QUrl>

#include <memory>

namespace {

// The database, opened the way a command may beside a running Earmark, and a refresher on it.
class Session final
{
public:
    explicit Session(const QString &dataDir)
        : m_dataDir(dataDir)
        , m_instance(dataDir)
    {}

    bool open(QTextStream &err)
    {
        const SingleInstance::LockResult lock = m_instance.tryLock();
        if (lock == SingleInstance::LockResult::Failed) {
            err << "earmark: " << m_instance.errorString() << '\n';
            return false;
        }
        m_shared = lock == SingleInstance::LockResult::Busy;
        // The running Earmark owns repairs and migrations; beside it the file is only checked.
        if (!m_progress.open(m_dataDir, m_shared ? ProgressStore::OpenMode::ReadOnly
                                                 : ProgressStore::OpenMode::ReadWrite) ||
            !m_podcasts.open(m_progress.databasePath())) {
            err << "earmark: "
                << (m_progress.isOpen() ? m_podcasts.errorString() : m_progress.errorString())
                << '\n';
            return false;
        }
        m_refresher = std::make_unique<PodcastRefresher>(&m_network, m_progress.databasePath(),
                                                         QDir(m_dataDir).filePath(u"artwork"_qs));
        const QSettings settings(QDir(m_dataDir).filePath(u"settings.ini"_qs),
                                 QSettings::IniFormat);
        m_refresher->setTimeoutMs(
            qBound(1, settings.value(u"podcasts/timeoutSeconds"_qs, 30).toInt(), 600) * 1000);
        return true;
    }

    PodcastStore &podcasts() { return m_podcasts; }
    PodcastRefresher &refresher() { return *m_refresher; }

    // Waits until `count` outcomes of `signal` came; returns them in the order they came.
    template<typename Signal> QList<RefreshOutcome> collect(Signal signal, int count)
    {
        QList<RefreshOutcome> outcomes;
        if (count == 0)
            return outcomes;
        QEventLoop loop;
        QObject::connect(m_refresher.get(), signal, &loop, [&](const RefreshOutcome &o) {
            outcomes.append(o);
            if (outcomes.size() == count)
                loop.quit();
        });
        loop.exec();
        return outcomes;
    }

    // Tells a running Earmark that the library changed.
    void notify()
    {
        if (m_shared)
            m_instance.notifyPrimary(SingleInstance::libraryChangedMessage());
    }

private:
    QString m_dataDir;
    SingleInstance m_instance;
    bool m_shared = false;
    ProgressStore m_progress;
    PodcastStore m_podcasts;
    QNetworkAccessManager m_network;
    std::unique_ptr<PodcastRefresher> m_refresher;
};

QString titleOf(const RefreshOutcome &o)
{
    QString title = o.title.isEmpty() ? o.feedUrl : o.title;
    return title.replace(u'\t', u' ').replace(u'\n', u' ');
}

} // namespace

QUrl PodcastCommands::feedLocation(const QString &argument)
{
    const QUrl url(argument, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
        !url.host().isEmpty())
        return url;
    if (url.isValid() && url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
        return url;
    if (QFileInfo(argument).isFile())
        return QUrl::fromLocalFile(QFileInfo(argument).absoluteFilePath());
    return {};
}

int PodcastCommands::subscribe(const QString &dataDir, const QStringList &feeds, QTextStream &out,
                               QTextStream &err)
{
    QList<QUrl> urls;
    for (const QString &feed : feeds) {
        const QUrl url = feedLocation(feed);
        if (!url.isValid()) {
            err << "earmark: " << tr("%1 is neither an http(s) address nor a feed file.").arg(feed)
                << '\n';
            return 2;
        }
        urls.append(url);
    }
    Session session(dataDir);
    if (!session.open(err))
        return 1;
    for (const QUrl &url : urls)
        session.refresher().subscribe(url);
    const QList<RefreshOutcome> outcomes =
        session.collect(&PodcastRefresher::subscribed, int(urls.size()));
    int failed = 0;
    for (const RefreshOutcome &o : outcomes) {
        if (!o.ok() || o.podcastId.isEmpty()) {
            ++failed;
            err << "earmark: " << o.feedUrl << ": " << o.error << '\n';
            continue;
        }
        out << titleOf(o) << '\t' << tr("%n episode(s)", nullptr, o.total) << '\n';
        if (!o.error.isEmpty())
            err << "earmark: " << o.error << '\n';
    }
    session.notify();
    return failed > 0 ? 1 : 0;
}

int PodcastCommands::refresh(const QString &dataDir, QTextStream &out, QTextStream &err)
{
    Session session(dataDir);
    if (!session.open(err))
        return 1;
    QStringList ids;
    for (const Podcast &p : session.podcasts().podcasts())
        ids.append(p.id);
    session.refresher().refresh(ids);
    const QList<RefreshOutcome> outcomes =
        session.collect(&PodcastRefresher::refreshed, int(ids.size()));
    int failed = 0;
    for (const RefreshOutcome &o : outcomes) {
        out << titleOf(o) << '\t';
        if (!o.ok()) {
            ++failed;
            out << tr("failed: %1").arg(o.error) << '\n';
            continue;
        }
        if (o.result == RefreshOutcome::Result::NotModified)
            out << tr("not modified");
        else
            out << tr("%n new", nullptr, o.added) << ", " << tr("%n updated", nullptr, o.updated);
        if (!o.error.isEmpty())
            out << "; " << tr("warning: %1").arg(o.error);
        out << '\n';
    }
    session.notify();
    return failed > 0 ? 1 : 0;
}

int PodcastCommands::importOpml(const QString &dataDir, const QString &file, QTextStream &out,
                                QTextStream &err)
{
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << "earmark: " << tr("cannot open %1: %2").arg(file, input.errorString()) << '\n';
        return 1;
    }
    const OpmlReadResult read =
        OpmlReader::parse(input.read(OpmlReader::kMaxSize + 1), QUrl::fromLocalFile(file));
    for (const InputProblem &p : read.problems)
        err << p.toString() << '\n';
    Session session(dataDir);
    if (!session.open(err))
        return 1;
    int usable = 0;
    for (const OpmlOutline &o : read.document.outlines) {
        const QUrl url(o.feedUrl);
        if (url.scheme() == u"http" || url.scheme() == u"https") {
            session.refresher().subscribe(url);
            ++usable;
        } else {
            err << "earmark: " << tr("%1: not an http(s) feed address, skipped").arg(o.feedUrl)
                << '\n';
        }
    }
    const QList<RefreshOutcome> outcomes = session.collect(&PodcastRefresher::subscribed, usable);
    int added = 0;
    int present = 0;
    int failed = int(read.document.outlines.size()) - usable;
    for (const RefreshOutcome &o : outcomes) {
        if (!o.ok() || o.podcastId.isEmpty()) {
            ++failed;
            err << "earmark: " << o.feedUrl << ": " << o.error << '\n';
        } else if (o.alreadySubscribed) {
            ++present;
        } else {
            ++added;
            out << titleOf(o) << '\t' << tr("%n episode(s)", nullptr, o.total) << '\n';
        }
    }
    out << tr("%n added", nullptr, added) << ", " << tr("%n already present", nullptr, present)
        << ", " << tr("%n failed", nullptr, failed) << '\n';
    session.notify();
    return failed > 0 || !read.complete ? 1 : 0;
}

int PodcastCommands::exportOpml(const QString &dataDir, const QString &file, QTextStream &out,
                                QTextStream &err)
{
    ProgressStore progress;
    PodcastStore podcasts;
    OpmlDocument document;
    document.title = tr("Earmark subscriptions");
    const QString path = QDir(dataDir).filePath(ProgressStore::fileName());
    if (QFileInfo::exists(path)) {
        if (!podcasts.open(path)) {
            err << "earmark: " << podcasts.errorString() << '\n';
            return 1;
        }
        for (const Podcast &p : podcasts.podcasts())
            document.outlines.append({p.title, p.feedUrl, p.link});
    }
    const QByteArray opml = OpmlWriter::write(document);
    if (file == u"-") {
        out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(opml) != opml.size()) {
            err << "earmark: " << tr("cannot write to standard output") << '\n';
            return 1;
        }
        return 0;
    }
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly) || target.write(opml) != opml.size() ||
        !target.commit()) {
        err << "earmark: " << tr("cannot write %1: %2").arg(file, target.errorString()) << '\n';
        return 1;
    }
    out << tr("Exported %n subscription(s) to %1.", nullptr, int(document.outlines.size()))
               .arg(file)
        << '\n';
    return 0;
}
