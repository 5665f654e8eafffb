#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

class NotesListModel;

// The notes shown under the Notes node: those of a topic and tag, whose text (or quote,
// episode title, tags) holds every word searched for. Words are case- and accent-insensitive.
class NotesFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesFilterModel)

public:
    explicit NotesFilterModel(NotesListModel *notes, QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Empty: every topic (then the tag is ignored).
    void setTopic(const QString &topicId, const QString &tag = {});
    QString topicId() const { return m_topicId; }
    QString tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    NotesListModel *m_notes = nullptr;
    QString m_text;
    QStringList m_words; // folded
    QString m_topicId;
    QString m_tag;
};
