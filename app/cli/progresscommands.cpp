#include "progresscommands.h"

#include "notesstore.h"
#include "progressjson.h"
#include "progressstore.h"
#include "reviewschedule.h"
#include "singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString seconds(qint64 ms)
{
    return ProgressCommands::tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString yesNo(bool value)
{
    return value ? ProgressCommands::tr("yes") : ProgressCommands::tr("no");
}

// One line telling what an import changed for an episode.
QString describe(const ProgressStore::MergeOutcome &o)
{
    QStringList parts;
    const EpisodeProgress &b = o.before;
    const EpisodeProgress &a = o.after;
    if (o.created) {
        parts.append(ProgressCommands::tr("added: position %1").arg(seconds(a.positionMs)));
        if (a.finished)
            parts.append(ProgressCommands::tr("finished"));
    } else if (o.progressUpdated) {
        QStringList changes;
        if (a.positionMs != b.positionMs)
            changes.append(ProgressCommands::tr("position %1 -> %2")
                               .arg(seconds(b.positionMs), seconds(a.positionMs)));
        if (a.durationMs != b.durationMs)
            changes.append(ProgressCommands::tr("duration %1 -> %2")
                               .arg(seconds(b.durationMs), seconds(a.durationMs)));
        if (a.finished != b.finished)
            changes.append(ProgressCommands::tr("finished %1 -> %2")
                               .arg(yesNo(b.finished), yesNo(a.finished)));
        if (a.timesPlayed != b.timesPlayed)
            changes.append(ProgressCommands::tr("times played %1 -> %2")
                               .arg(b.timesPlayed)
                               .arg(a.timesPlayed));
        if (changes.isEmpty())
            changes.append(ProgressCommands::tr("dates"));
        parts.append(ProgressCommands::tr("updated: %1").arg(changes.join(u", ")));
    }
    if (o.sessionsAdded > 0)
        parts.append(ProgressCommands::tr("%n session(s) added", nullptr, o.sessionsAdded));
    return o.episodeId + u": "_qs + parts.join(u"; ");
}

// Reports a damaged file the store moved aside; true when there was one.
bool reportMovedAside(const ProgressStore &store, QTextStream &err)
{
    if (store.movedAsidePath().isEmpty())
        return false;
    err << "earmark: "
        << ProgressCommands::tr("%1 was damaged. It was moved aside to %2 and an empty progress "
                                "database was started; run the command again to use it.")
               .arg(QDir::toNativeSeparators(store.databasePath()),
                    QDir::toNativeSeparators(store.movedAsidePath()))
        << '\n';
    err.flush();
    return true;
}

} // namespace

int ProgressCommands::exportProgress(const QString &dataDir, const Catalog &catalog,
                                     const QString &file, QTextStream &out, QTextStream &err)
{
    SingleInstance instance(dataDir);
    const SingleInstance::LockResult lock = instance.tryLock();
    if (lock == SingleInstance::LockResult::Failed) {
        err << "earmark: " << instance.errorString() << '\n';
        return 1;
    }
    // A running Earmark owns the file; read beside it.
    ProgressStore store;
    if (!store.open(dataDir, lock == SingleInstance::LockResult::Acquired
                                 ? ProgressStore::OpenMode::ReadWrite
                                 : ProgressStore::OpenMode::ReadOnly)) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    if (reportMovedAside(store, err))
        return 1;

    QHash<QString, ProgressStore::ImportedEpisode> byId;
    const QHash<QString, EpisodeProgress> all = store.allProgress();
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        byId[it.key()].progress = it.value();
    for (const ListeningSession &s : store.sessions())
        byId[s.episodeId].sessions.append(s);
    QHash<QString, QString> titles;
    for (const Episode &e : catalog.episodes())
        titles.insert(e.id, e.title);
    NotesStore notes;
    if (!notes.open(store.databasePath())) {
        err << "earmark: " << notes.errorString() << '\n';
        return 1;
    }
    // The review schedule under its own key; a file from before review has none.
    QJsonObject extra;
    if (ReviewSchedule review; review.open(store.databasePath()))
        extra.insert(ReviewSchedule::jsonKey(), review.toJson());
    const QByteArray json = ProgressJson::write(byId.values(), titles, notes.notes(), extra);

    if (file == u"-") {
        out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(json) != json.size()) {
            err << "earmark: " << tr("cannot write to standard output") << '\n';
            return 1;
        }
        return 0;
    }
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly) || target.write(json) != json.size() ||
        !target.commit()) {
        err << "earmark: " << tr("cannot write %1: %2").arg(file, target.errorString()) << '\n';
        return 1;
    }
    out << tr("Exported the progress of %n episode(s) to %1.", nullptr, int(byId.size())).arg(file)
        << '\n';
    return 0;
}

int ProgressCommands::importProgress(const QString &dataDir, const QString &file, QTextStream &out,
                                     QTextStream &err)
{
    QFile input(file);
    const bool opened =
        file == u"-" ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened) {
        err << "earmark: " << tr("cannot open %1: %2").arg(file, input.errorString()) << '\n';
        return 1;
    }
    QList<ProgressStore::ImportedEpisode> episodes;
    QList<Note> notes;
    QString problem;
    // One byte more than the limit at most: a huge file or an endless pipe is refused unread.
    QJsonObject extra;
    ReviewSchedule::Exchange review;
    if (!ProgressJson::read(input.read(ProgressJson::kMaxSize + 1), &episodes, &notes, &problem,
                            &extra) ||
        !ReviewSchedule::fromJson(extra.value(ReviewSchedule::jsonKey()), &review, &problem)) {
        err << "earmark: " << file << ": " << problem << '\n';
        return 1;
    }

    SingleInstance instance(dataDir);
    switch (instance.tryLock()) {
    case SingleInstance::LockResult::Acquired:
        break;
    case SingleInstance::LockResult::Busy:
        err << "earmark: "
            << tr("another Earmark is using %1; quit it, then import again.")
                   .arg(QDir::toNativeSeparators(dataDir))
            << '\n';
        return 1;
    case SingleInstance::LockResult::Failed:
        err << "earmark: " << instance.errorString() << '\n';
        return 1;
    }
    ProgressStore store;
    if (!store.open(dataDir)) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    if (reportMovedAside(store, err))
        return 1;
    bool ok = false;
    const QList<ProgressStore::MergeOutcome> outcomes = store.merge(episodes, &ok);
    if (!ok) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    NotesStore notesStore;
    const int notesChanged = notesStore.open(store.databasePath()) ? notesStore.merge(notes) : -1;
    if (notesChanged < 0) {
        err << "earmark: " << notesStore.errorString() << '\n';
        return 1;
    }
    if (notesChanged > 0)
        out << tr("%n note(s) added or updated", nullptr, notesChanged) << '\n';
    ReviewSchedule schedule;
    const int reviewChanged = schedule.open(store.databasePath()) ? schedule.merge(review) : -1;
    if (reviewChanged < 0) {
        err << "earmark: " << schedule.errorString() << '\n';
        return 1;
    }
    if (reviewChanged > 0)
        out << tr("review schedule: %n change(s)", nullptr, reviewChanged) << '\n';
    int changed = 0;
    for (const ProgressStore::MergeOutcome &o : outcomes) {
        if (!o.changed())
            continue;
        ++changed;
        out << describe(o) << '\n';
    }
    out << tr("%1: %n episode(s) changed", nullptr, changed).arg(file) << ", "
        << tr("%n already up to date", nullptr, int(outcomes.size()) - changed) << '\n';
    return 0;
}

int ProgressCommands::restoreBackup(const QString &dataDir, const QString &file, QTextStream &out,
                                    QTextStream &err)
{
    QString path = file;
    if (!QFileInfo::exists(path) && QFileInfo(file).isRelative()) {
        const QString inFolder = QDir(DatabaseBackups::folderIn(dataDir)).filePath(file);
        if (QFileInfo::exists(inFolder))
            path = inFolder;
    }
    path = QFileInfo(path).absoluteFilePath();
    SingleInstance instance(dataDir);
    switch (instance.tryLock()) {
    case SingleInstance::LockResult::Acquired:
        break;
    case SingleInstance::LockResult::Busy:
        err << "earmark: "
            << tr("another Earmark is using %1; quit it and restore again, or use File > "
                  "Restore from backup in its window.")
                   .arg(QDir::toNativeSeparators(dataDir))
            << '\n';
        return 1;
    case SingleInstance::LockResult::Failed:
        err << "earmark: " << instance.errorString() << '\n';
        return 1;
    }
    QString error;
    QString savedAs;
    if (!ProgressStore::restoreBackup(dataDir, path, &error, &savedAs)) {
        err << "earmark: " << error << '\n';
        return 1;
    }
    // Opened once, so that an older copy is upgraded now and any problem shows here.
    ProgressStore store;
    if (!store.open(dataDir)) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    out << tr("Restored the progress of %n episode(s) from %1.", nullptr,
              int(store.allProgress().size()))
               .arg(QDir::toNativeSeparators(path))
        << '\n';
    if (!savedAs.isEmpty())
        out << tr("The progress before was backed up to %1.").arg(QDir::toNativeSeparators(savedAs))
            << '\n';
    return 0;
}
