#include "notescommands.h"

#include "notesankiexporter.h"
#include "notesmarkdownexporter.h"
#include "notesstore.h"
#include "progressstore.h"
#include "singleinstance.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

int NotesCommands::exportNotes(const QString &dataDir, const Catalog &catalog,
                               const QString &format, const QString &file, QTextStream &out,
                               QTextStream &err)
{
    const QString kind = format.trimmed().toLower();
    if (kind != u"markdown" && kind != u"anki") {
        err << "earmark: "
            << tr("--export-notes: unknown format \"%1\"; use markdown or anki").arg(format)
            << '\n';
        return 1;
    }
    if (file.isEmpty()) {
        err << "earmark: " << tr("--export-notes: give the file to write after the format") << '\n';
        return 1;
    }
    SingleInstance instance(dataDir);
    const SingleInstance::LockResult lock = instance.tryLock();
    if (lock == SingleInstance::LockResult::Failed) {
        err << "earmark: " << instance.errorString() << '\n';
        return 1;
    }
    ProgressStore progress;
    if (!progress.open(dataDir, lock == SingleInstance::LockResult::Acquired
                                    ? ProgressStore::OpenMode::ReadWrite
                                    : ProgressStore::OpenMode::ReadOnly)) {
        err << "earmark: " << progress.errorString() << '\n';
        return 1;
    }
    NotesStore store;
    if (!store.open(progress.databasePath())) {
        err << "earmark: " << store.errorString() << '\n';
        return 1;
    }
    const QList<Note> notes = store.notes();
    QString error;
    if (kind == u"anki") {
        if (!NotesAnkiExporter::write(catalog, notes, file, &error)) {
            err << "earmark: " << error << '\n';
            return 1;
        }
        out << tr("Exported %n flashcard(s) to %1.", nullptr, NotesAnkiExporter::cardCount(notes))
                   .arg(QDir::toNativeSeparators(file))
            << '\n';
        return 0;
    }
    const bool perEpisode = file.endsWith(u'/') || QFileInfo(file).isDir();
    QStringList written;
    if (!NotesMarkdownExporter::write(catalog, notes,
                                      perEpisode ? NotesMarkdownExporter::Layout::FilePerEpisode
                                                 : NotesMarkdownExporter::Layout::OneFile,
                                      file, QDate::currentDate(), &error, &written)) {
        err << "earmark: " << error << '\n';
        return 1;
    }
    out << tr("Exported %n note(s) to %1.", nullptr, int(notes.size()))
               .arg(QDir::toNativeSeparators(file))
        << '\n';
    return 0;
}
