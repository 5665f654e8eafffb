#pragma once

#include <QWidget>

class NotesController;
class NotesListModel;
class QLabel;
class QListView;
class QPushButton;

// One episode's bookmarks and notes in time order, for the Notes panel beside the cards and for
// an episode page to embed: clicking one (or "Play clip") plays its span; Add note, Edit and
// Delete (Ctrl+Z undoes) work through the NotesController.
class EpisodeNotesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeNotesView)

public:
    explicit EpisodeNotesView(NotesController *notes, QWidget *parent = nullptr);
    ~EpisodeNotesView() override;

    void setEpisode(const QString &episodeId);
    QString episodeId() const { return m_episodeId; }
    QListView *listView() const { return m_list; }
    NotesListModel *model() const { return m_model; }
    qint64 currentNoteId() const;

signals:
    void playSpanRequested(const QString &episodeId, qint64 startMs, qint64 endMs);

private:
    void reload();
    void updateButtons();
    void playCurrent();

    NotesController *m_notes = nullptr;
    NotesListModel *m_model = nullptr;
    QString m_episodeId;
    QLabel *m_title = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_play = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};
