#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

// Watches a scanned folder and its subfolders (QFileSystemWatcher: inotify on Linux) and says
// when a rescan is due: once per burst of changes, after `debounceMs` without a new one (copying
// 50 lectures in gives one rescan, not 50). New subfolders are watched as they appear. Files are
// not watched one by one: a file written in place (same name) is seen on the next rescan, but
// the usual ways files change (copy in, delete, rename, save through a temporary file) all
// change a folder and are seen at once.
class FolderWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWatcher)

public:
    static constexpr int kDefaultDebounceMs = 500;

    explicit FolderWatcher(QObject *parent = nullptr);

    // Starts watching `folder` and `subfolders` (absolute paths, e.g. FolderScanResult::
    // directories, so that the UI thread does not walk the tree). Without `subfolders`, the
    // folder is walked here for them.
    void setFolder(const QString &folder, const QStringList &subfolders = {});
    QString folder() const { return m_folder; }
    QStringList watchedDirectories() const { return m_watcher.directories(); }

    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    int debounceMs() const { return m_debounce.interval(); }

signals:
    // Something in the folder changed; scan it again.
    void rescanDue();

private:
    void onDirectoryChanged(const QString &directory);
    void watchTree(const QString &directory);

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QString m_folder;
};
