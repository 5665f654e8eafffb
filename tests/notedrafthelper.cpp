// Helper of tst_notesdraft: the note editor of the app (offscreen), typing a note one key at a
// time until it is killed. Drafts are saved every 300 ms.
//
//   notedrafthelper DATA_DIR TEXT
//   prints "ready", then "typed N" after each key, then "typed-all" and waits.
#include "notedraftsaver.h"
#include "noteeditordialog.h"
#include "notesstore.h"
#include "progressstore.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: notedrafthelper DATA_DIR TEXT\n");
        return 2;
    }
    ProgressStore progress;
    NotesStore store;
    if (!progress.open(args.at(1)) || !store.open(progress.databasePath())) {
        std::fprintf(stderr, "cannot open the store\n");
        return 2;
    }
    Note note;
    note.episodeId = QStringLiteral("lora");
    note.startMs = 1000;
    note.endMs = 31000;
    NoteEditorDialog editor(note, QStringLiteral("LoRA"), &store);
    editor.draftSaver()->setInterval(300);
    editor.show();
    std::printf("ready\n");
    std::fflush(stdout);

    const QString text = args.at(2);
    int typed = 0;
    QTimer typing;
    typing.setInterval(30);
    QObject::connect(&typing, &QTimer::timeout, &app, [&] {
        if (typed == text.size()) {
            typing.stop();
            std::printf("typed-all\n");
            std::fflush(stdout);
            return;
        }
        QTest::keyClicks(editor.textEdit(), text.mid(typed, 1));
        ++typed;
        std::printf("typed %d\n", typed);
        std::fflush(stdout);
    });
    typing.start();
    return app.exec();
}
