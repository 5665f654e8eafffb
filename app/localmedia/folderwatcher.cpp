#include "folderwatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FolderWatcher::rescanDue);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &FolderWatcher::onDirectoryChanged);
}

void FolderWatcher::setFolder(const QString &folder, const QStringList &subfolders)
{
    m_debounce.stop();
    const QStringList old = m_watcher.directories();
    if (!old.isEmpty())
        m_watcher.removePaths(old);
    m_folder = QFileInfo(folder).absoluteFilePath();
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    if (subfolders.isEmpty()) {
        watchTree(m_folder);
        return;
    }
    QStringList paths = subfolders;
    if (!paths.contains(m_folder))
        paths.prepend(m_folder);
    m_watcher.addPaths(paths);
}

void FolderWatcher::onDirectoryChanged(const QString &directory)
{
    // A folder that appeared inside is watched too, with whatever it already holds; one that
    // went away drops out of the watcher by itself.
    if (QFileInfo(directory).isDir()) {
        const QStringList list = m_watcher.directories();
        const QSet<QString> watched(list.cbegin(), list.cend());
        QDirIterator it(directory, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (it.hasNext()) {
            const QString sub = it.next();
            if (!watched.contains(sub))
                watchTree(sub);
        }
    }
    m_debounce.start();
}

void FolderWatcher::watchTree(const QString &directory)
{
    QStringList paths{directory};
    QDirIterator it(directory, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next());
    m_watcher.addPaths(paths);
}
