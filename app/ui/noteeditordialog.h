#pragma once

#include "note.h"

#include <QDialog>

class NoteDraftSaver;
class NotesStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

// The small editor of one note (Shift+B, "Add note", "Edit"): the span and chapter it is about,
// the transcript quote, the text (light Markdown), and "Make flashcard" with front and back.
// While the learner types, a draft is saved every few seconds (NoteDraftSaver); closing the
// editor in any way but Discard saves the note (noteReady()), and the draft goes.
class NoteEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditorDialog)

public:
    // `episodeTitle` is shown above the text; `store` keeps the draft.
    NoteEditorDialog(const Note &note, const QString &episodeTitle, NotesStore *store,
                     QWidget *parent = nullptr);
    ~NoteEditorDialog() override;

    Note note() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QCheckBox *flashcardBox() const { return m_flashcard; }
    QLineEdit *frontEdit() const { return m_front; }
    QPlainTextEdit *backEdit() const { return m_back; }
    NoteDraftSaver *draftSaver() const { return m_drafts; }

    void done(int result) override;

signals:
    // The editor closed with something worth keeping.
    void noteReady(const Note &note);

private:
    void changed();

    Note m_note;
    NoteDraftSaver *m_drafts = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_flashcard = nullptr;
    QWidget *m_card = nullptr;
    QLineEdit *m_front = nullptr;
    QPlainTextEdit *m_back = nullptr;
    bool m_discarded = false;
    bool m_closed = false;
};
