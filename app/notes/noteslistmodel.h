#pragma once

#include "catalog.h"
#include "note.h"

#include <QAbstractListModel>
#include <QHash>

// Every note across episodes, newest first, for the Notes node of the library tree (and, given
// one episode's notes, for an episode's notes in time order: see setTimeOrder()). Each row
// knows its episode's title, topic and tags from the catalog, and keeps the case-folded text
// that searching looks in, so a keystroke over 10,000 notes only compares strings.
class NotesListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        EpisodeIdRole,
        EpisodeTitleRole,
        TopicIdRole,
        TagsRole,
        StartMsRole, // -1 without a time
        EndMsRole,
        TimeTextRole, // "12:34–13:04", empty without a time
        TextRole,
        QuoteRole,
        ChapterRole,
        FlashcardRole,
        CreatedAtRole,
    };
    Q_ENUM(Role)

    explicit NotesListModel(QObject *parent = nullptr);

    void setCatalog(const Catalog &catalog);
    // Newest first (the default), or by time in the episode (an episode's notes).
    void setTimeOrder(bool timeOrder) { m_timeOrder = timeOrder; }
    void setNotes(const QList<Note> &notes);
    // Adds a stored note in its place, or updates the row of the note with its id.
    void put(const Note &note);
    void remove(qint64 id);

    const Note &noteAt(int row) const { return m_rows.at(row).note; }
    int rowOf(qint64 id) const;
    // The folded text searched in (text, quote, card, chapter, episode title, tags).
    const QString &searchTextAt(int row) const { return m_rows.at(row).search; }
    const Catalog &catalog() const { return m_catalog; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Case-folded, accents removed (é → e).
    static QString fold(const QString &text);

    // A row as shown, with what searching needs: built by prepare() on any thread (loading
    // 10,000 notes off the UI thread), then shown with setRows().
    struct Row
    {
        Note note;
        QString episodeTitle;
        QString topicId;
        QStringList tags;
        QString search;
    };
    static QList<Row> prepare(const QList<Note> &notes, const Catalog &catalog, bool timeOrder);
    // Shows rows from prepare() with the same catalog and order.
    void setRows(const Catalog &catalog, QList<Row> rows);

private:
    static Row rowFor(const Note &note, const Catalog &catalog);
    static bool before(const Note &a, const Note &b, bool timeOrder);
    int insertionRow(const Note &note) const;

    Catalog m_catalog;
    QList<Row> m_rows;
    bool m_timeOrder = false;
};
