#pragma once

#include "note.h"

#include <QObject>
#include <QTimer>

class NotesStore;

// Keeps what a note editor holds safe while the learner types: update() remembers the draft,
// and every interval (3 s by default) a changed draft is written to the store's draft slot, so
// a crash or kill -9 loses at most the last few seconds. finish() writes nothing more and
// removes the draft (the note itself was saved or discarded).
class NoteDraftSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDraftSaver)

public:
    static constexpr int kDefaultIntervalMs = 3000;
    static QString defaultSlot() { return QStringLiteral("editor"); }

    explicit NoteDraftSaver(NotesStore *store, const QString &slot = defaultSlot(),
                            QObject *parent = nullptr);
    ~NoteDraftSaver() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    int interval() const { return m_timer.interval(); }

    void update(const Note &draft);
    // Writes a changed draft now; true when nothing waits.
    bool flush();
    void finish();
    bool isPending() const { return m_dirty; }
    int savedCount() const { return m_saved; }

signals:
    void draftSaved();

private:
    NotesStore *m_store = nullptr;
    QString m_slot;
    QTimer m_timer;
    Note m_draft;
    bool m_dirty = false;
    bool m_finished = false;
    int m_saved = 0;
};
