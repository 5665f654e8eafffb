#include "episodenotesview.h"

#include "notescontroller.h"
#include "noteslistmodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

EpisodeNotesView::EpisodeNotesView(NotesController *notes, QWidget *parent)
    : QWidget(parent)
    , m_notes(notes)
    , m_model(new NotesListModel(this))
{
    setObjectName(u"episodeNotes"_qs);
    m_model->setTimeOrder(true);
    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_list = new QListView;
    m_list->setObjectName(u"episodeNotesList"_qs);
    m_list->setAccessibleName(tr("Notes of this episode"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setSpacing(2);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_empty = new QLabel(tr("No notes yet. Press B while listening to bookmark the last half "
                            "minute, Shift+B to write a note."));
    m_empty->setWordWrap(true);

    const auto button = [this](const QString &objectName, const QString &text,
                               const QString &name) {
        auto *b = new QPushButton(text);
        b->setObjectName(objectName);
        b->setAccessibleName(name);
        b->setToolTip(name);
        return b;
    };
    m_add = button(u"addNoteButton"_qs, tr("&Add note"), tr("Add a note without a time"));
    m_play = button(u"playClipButton"_qs, tr("Play clip"), tr("Play this clip"));
    m_edit = button(u"editNoteButton"_qs, tr("Edit"), tr("Edit the note"));
    m_delete = button(u"deleteNoteButton"_qs, tr("Delete"), tr("Delete the note"));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_play, m_edit, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this,
            [this] { m_notes->editNewNote(m_episodeId, false, this); });
    connect(m_play, &QPushButton::clicked, this, &EpisodeNotesView::playCurrent);
    connect(m_list, &QListView::activated, this, &EpisodeNotesView::playCurrent);
    connect(m_list, &QListView::clicked, this, &EpisodeNotesView::playCurrent);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentNoteId())
            m_notes->editNote(id, this);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentNoteId())
            m_notes->removeNote(id);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EpisodeNotesView::updateButtons);
    connect(m_notes, &NotesController::notesChanged, this, [this](const QString &episodeId) {
        if (episodeId == m_episodeId || episodeId.isEmpty())
            reload();
    });
    reload();
}

EpisodeNotesView::~EpisodeNotesView() = default;

void EpisodeNotesView::setEpisode(const QString &episodeId)
{
    if (episodeId == m_episodeId)
        return;
    m_episodeId = episodeId;
    reload();
}

qint64 EpisodeNotesView::currentNoteId() const
{
    return m_list->currentIndex().data(NotesListModel::IdRole).toLongLong();
}

void EpisodeNotesView::reload()
{
    const qint64 current = currentNoteId();
    m_model->setCatalog(m_notes->catalog());
    m_model->setNotes(m_episodeId.isEmpty() ? QList<Note>() : m_notes->notesOf(m_episodeId));
    const Episode *e = m_notes->catalog().episode(m_episodeId);
    m_title->setText(e ? e->title : QString());
    m_title->setVisible(e);
    if (const int row = m_model->rowOf(current); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_add->setEnabled(!m_episodeId.isEmpty());
    updateButtons();
}

void EpisodeNotesView::updateButtons()
{
    const QModelIndex i = m_list->currentIndex();
    m_play->setEnabled(i.isValid() && i.data(NotesListModel::StartMsRole).toLongLong() >= 0);
    m_edit->setEnabled(i.isValid());
    m_delete->setEnabled(i.isValid());
}

void EpisodeNotesView::playCurrent()
{
    const QModelIndex i = m_list->currentIndex();
    const qint64 start = i.data(NotesListModel::StartMsRole).toLongLong();
    if (i.isValid() && start >= 0)
        emit playSpanRequested(m_episodeId, start, i.data(NotesListModel::EndMsRole).toLongLong());
}
