#include "notesfiltermodel.h"

#include "noteslistmodel.h"

NotesFilterModel::NotesFilterModel(NotesListModel *notes, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_notes(notes)
{
    setSourceModel(notes);
}

void NotesFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = NotesListModel::fold(text).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void NotesFilterModel::setTopic(const QString &topicId, const QString &tag)
{
    if (topicId == m_topicId && tag == m_tag)
        return;
    m_topicId = topicId;
    m_tag = topicId.isEmpty() ? QString() : tag;
    invalidateFilter();
}

bool NotesFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_topicId.isEmpty()) {
        const QModelIndex i = m_notes->index(sourceRow);
        if (i.data(NotesListModel::TopicIdRole).toString() != m_topicId)
            return false;
        if (!m_tag.isEmpty() && !i.data(NotesListModel::TagsRole).toStringList().contains(m_tag))
            return false;
    }
    const QString &search = m_notes->searchTextAt(sourceRow);
    for (const QString &word : m_words) {
        if (!search.contains(word))
            return false;
    }
    return true;
}
