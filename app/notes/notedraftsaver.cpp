#include "notedraftsaver.h"

#include "notesstore.h"

NoteDraftSaver::NoteDraftSaver(NotesStore *store, const QString &slot, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_slot(slot)
{
    m_timer.setInterval(kDefaultIntervalMs);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NoteDraftSaver::flush);
}

NoteDraftSaver::~NoteDraftSaver() = default;

void NoteDraftSaver::update(const Note &draft)
{
    if (m_finished || (draft == m_draft && !m_dirty))
        return;
    m_draft = draft;
    m_dirty = true;
    // Saves a few seconds after the first change, not after the last: steady typing is saved
    // every interval.
    if (!m_timer.isActive())
        m_timer.start();
}

bool NoteDraftSaver::flush()
{
    m_timer.stop();
    if (!m_dirty || m_finished)
        return true;
    if (!m_store->saveDraft(m_slot, m_draft)) {
        m_timer.start(); // the disk may be back later
        return false;
    }
    m_dirty = false;
    ++m_saved;
    emit draftSaved();
    return true;
}

void NoteDraftSaver::finish()
{
    m_timer.stop();
    m_dirty = false;
    m_finished = true;
    m_store->clearDraft(m_slot);
}
