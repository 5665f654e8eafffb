#include "downloadcommands.h"

#include "catalogcommands.h"
#include "downloadqueue.h"
#include "progressstore.h"

#include <QDir>
#include <QEventLoop>
#include <QLocale>

int DownloadCommands::download(const QString &dataDir, const QStringList &catalogs,
                               const QStringList &episodeIds, QTextStream &out, QTextStream &err,
                               bool showProgress)
{
    const Catalog library = CatalogCommands::library(dataDir, catalogs, err);
    QList<DownloadQueue::Request> requests;
    for (const QString &id : episodeIds) {
        const Episode *e = library.episode(id);
        if (!e) {
            err << "earmark: " << tr("No episode has the id %1 (see --list).").arg(id) << '\n';
            return 2;
        }
        const QUrl url = e->audio();
        if (url.scheme() != u"http" && url.scheme() != u"https") {
            err << "earmark: "
                << tr("%1 is not on the web (%2): there is nothing to download.")
                       .arg(id, url.toDisplayString())
                << '\n';
            return 2;
        }
        const Topic *topic = library.topic(e->topicId);
        requests.append({id, url, e->title, topic ? topic->title : e->topicId});
    }

    ProgressStore store;
    if (!store.open(dataDir)) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    DownloadQueue queue;
    queue.restrictTo(episodeIds); // what the window queued waits for the window
    if (!queue.open(dataDir, store.databasePath())) {
        err << "earmark: " << queue.errorString() << '\n';
        return 1;
    }
    QEventLoop loop;
    const auto check = [&] {
        int open = 0;
        for (const QString &id : episodeIds) {
            const DownloadState s = queue.state(id);
            open += s != DownloadState::Completed && s != DownloadState::Failed;
        }
        if (open == 0 || queue.isStopped())
            loop.quit();
    };
    const QLocale locale;
    QObject::connect(
        &queue, &DownloadQueue::itemProgress, &loop,
        [&](const QString &id, qint64 done, qint64 total, double speed) {
            if (!showProgress)
                return;
            QString line = id + u": "_qs;
            if (total > 0)
                line +=
                    tr("%1% of %2").arg(done * 100 / total).arg(locale.formattedDataSize(total));
            else
                line += locale.formattedDataSize(done);
            if (speed > 0)
                line += u", "_qs + tr("%1/s").arg(locale.formattedDataSize(qint64(speed)));
            out << '\r' << line.leftJustified(72) << Qt::flush;
        });
    QObject::connect(&queue, &DownloadQueue::completed, &loop, [&](const QString &id) {
        if (showProgress)
            out << '\r' << QString(72, u' ') << '\r';
        out << id << '\t' << QDir::toNativeSeparators(queue.localFile(id)) << Qt::endl;
        check();
    });
    QObject::connect(&queue, &DownloadQueue::failed, &loop,
                     [&](const QString &id, const QString &reason) {
                         if (showProgress)
                             out << '\n';
                         err << "earmark: " << id << ": " << reason << Qt::endl;
                         check();
                     });
    QObject::connect(&queue, &DownloadQueue::stopped, &loop, [&](const QString &) { check(); });

    for (const DownloadQueue::Request &r : std::as_const(requests)) {
        if (!queue.localFile(r.episodeId).isEmpty()) {
            out << r.episodeId << '\t' << QDir::toNativeSeparators(queue.localFile(r.episodeId))
                << Qt::endl;
            continue;
        }
        if (!queue.enqueue(r)) {
            err << "earmark: " << r.episodeId << ": " << queue.errorString() << '\n';
            return 1;
        }
    }
    const auto openCount = [&] {
        int open = 0;
        for (const QString &id : episodeIds)
            open += queue.localFile(id).isEmpty() && queue.state(id) != DownloadState::Failed;
        return open;
    };
    if (openCount() > 0)
        loop.exec();
    int incomplete = 0;
    for (const QString &id : episodeIds)
        incomplete += queue.localFile(id).isEmpty();
    if (queue.isStopped())
        err << "earmark: " << queue.stopReason() << Qt::endl;
    queue.close();
    return incomplete == 0 ? 0 : 1;
}
