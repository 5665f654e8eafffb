#include "noteeditordialog.h"

#include "notedraftsaver.h"
#include "notetime.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

NoteEditorDialog::NoteEditorDialog(const Note &note, const QString &episodeTitle, NotesStore *store,
                                   QWidget *parent)
    : QDialog(parent)
    , m_note(note)
    , m_drafts(new NoteDraftSaver(store, NoteDraftSaver::defaultSlot(), this))
{
    setObjectName(u"noteEditor"_qs);
    setWindowTitle(note.id > 0 ? tr("Edit note") : tr("Add note"));
    setAccessibleName(windowTitle());

    QString about = episodeTitle;
    if (note.hasTime())
        about += u"  [" + NoteTime::format(note.startMs) + u'\u2013' +
                 NoteTime::format(note.endMs) + u']';
    if (!note.chapterTitle.isEmpty())
        about += u" \u00B7 " + note.chapterTitle;
    auto *heading = new QLabel;
    heading->setTextFormat(Qt::PlainText);
    heading->setText(about);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    if (!note.quote.trimmed().isEmpty()) {
        auto *quote = new QLabel(u'\u201C' + note.quote.trimmed() + u'\u201D');
        quote->setObjectName(u"noteQuote"_qs);
        quote->setTextFormat(Qt::PlainText);
        quote->setWordWrap(true);
        quote->setAccessibleName(tr("Transcript of the bookmark"));
        QFont italic = quote->font();
        italic.setItalic(true);
        quote->setFont(italic);
        layout->addWidget(quote);
    }

    m_text = new QPlainTextEdit(note.text);
    m_text->setObjectName(u"noteText"_qs);
    m_text->setAccessibleName(tr("Note"));
    m_text->setPlaceholderText(tr("What did you learn? (Markdown: **bold**, *italic*, - lists)"));
    m_text->setTabChangesFocus(true);
    layout->addWidget(m_text, 1);

    m_flashcard = new QCheckBox(tr("Make &flashcard"));
    m_flashcard->setObjectName(u"flashcardBox"_qs);
    m_flashcard->setAccessibleName(tr("Make flashcard"));
    m_flashcard->setChecked(note.isFlashcard);
    layout->addWidget(m_flashcard);

    m_card = new QWidget;
    auto *form = new QFormLayout(m_card);
    form->setContentsMargins(0, 0, 0, 0);
    m_front = new QLineEdit(note.front);
    m_front->setObjectName(u"flashcardFront"_qs);
    m_front->setAccessibleName(tr("Flashcard front"));
    m_front->setPlaceholderText(tr("The question (empty: the note's first line)"));
    m_back = new QPlainTextEdit(note.back);
    m_back->setObjectName(u"flashcardBack"_qs);
    m_back->setAccessibleName(tr("Flashcard back"));
    m_back->setPlaceholderText(tr("The answer (empty: the rest of the note)"));
    m_back->setTabChangesFocus(true);
    m_back->setMaximumHeight(80);
    form->addRow(tr("Front:"), m_front);
    form->addRow(tr("Back:"), m_back);
    m_card->setVisible(note.isFlashcard);
    layout->addWidget(m_card);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Discard);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the note"));
    buttons->button(QDialogButtonBox::Discard)->setAccessibleName(tr("Discard the note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons->button(QDialogButtonBox::Discard), &QPushButton::clicked, this, [this] {
        m_discarded = true;
        reject();
    });
    layout->addWidget(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditorDialog::changed);
    connect(m_back, &QPlainTextEdit::textChanged, this, &NoteEditorDialog::changed);
    connect(m_front, &QLineEdit::textChanged, this, &NoteEditorDialog::changed);
    connect(m_flashcard, &QCheckBox::toggled, this, [this](bool on) {
        m_card->setVisible(on);
        changed();
    });
    resize(460, 320);
    m_text->setFocus();
}

NoteEditorDialog::~NoteEditorDialog() = default;

Note NoteEditorDialog::note() const
{
    Note n = m_note;
    n.text = m_text->toPlainText();
    n.isFlashcard = m_flashcard->isChecked();
    n.front = m_front->text();
    n.back = m_back->toPlainText();
    return n;
}

void NoteEditorDialog::changed()
{
    m_drafts->update(note());
}

void NoteEditorDialog::done(int result)
{
    if (!m_closed) {
        m_closed = true;
        const Note n = note();
        // A new note with no word and no time is nothing to keep.
        const bool empty = n.id == 0 && !n.hasTime() && n.text.trimmed().isEmpty() &&
                           n.front.trimmed().isEmpty() && n.back.trimmed().isEmpty();
        if (!m_discarded && !empty)
            emit noteReady(n);
        m_drafts->finish();
    }
    QDialog::done(result);
}
