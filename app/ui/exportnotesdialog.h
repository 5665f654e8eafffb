#pragma once

#include "catalog.h"
#include "note.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// File > Export notes…: Markdown (one file for all, or one file per episode in a folder) or an
// Anki import file of the notes marked as flashcards, to a file or folder chosen here.
class ExportNotesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportNotesDialog)

public:
    enum class Format { Markdown, Anki };

    ExportNotesDialog(const Catalog &catalog, const QList<Note> &notes, QWidget *parent = nullptr);

    QComboBox *formatBox() const { return m_format; }
    QRadioButton *perEpisodeButton() const { return m_perEpisode; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *resultLabel() const { return m_result; }

    // Writes with the choices made; false with the reason shown (and in `*error`).
    bool exportNow(QString *error = nullptr);

private:
    void updateChoices();
    void browse();

    Catalog m_catalog;
    QList<Note> m_notes;
    QComboBox *m_format = nullptr;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_perEpisode = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_result = nullptr;
};
