#include "noteslistmodel.h"

#include "notetime.h"

#include <algorithm>

NotesListModel::NotesListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

QString NotesListModel::fold(const QString &text)
{
    // Most notes are ASCII: lower case is all folding does to them.
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : std::as_const(decomposed)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

void NotesListModel::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    if (m_rows.isEmpty())
        return;
    for (Row &r : m_rows)
        r = rowFor(r.note, m_catalog);
    emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

NotesListModel::Row NotesListModel::rowFor(const Note &note, const Catalog &catalog)
{
    Row r;
    r.note = note;
    if (const Episode *e = catalog.episode(note.episodeId)) {
        r.episodeTitle = e->title;
        r.topicId = e->topicId;
        r.tags = e->tags;
    } else {
        r.episodeTitle = note.episodeId;
    }
    r.search =
        fold(note.text + u'\n' + note.quote + u'\n' + note.front + u'\n' + note.back + u'\n' +
             note.chapterTitle + u'\n' + r.episodeTitle + u'\n' + r.tags.join(u'\n'));
    return r;
}

bool NotesListModel::before(const Note &a, const Note &b, bool timeOrder)
{
    if (timeOrder) {
        if (a.hasTime() != b.hasTime())
            return a.hasTime();
        if (a.hasTime() && a.startMs != b.startMs)
            return a.startMs < b.startMs;
        return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
    }
    return std::tie(b.createdAt, b.id) < std::tie(a.createdAt, a.id);
}

QList<NotesListModel::Row> NotesListModel::prepare(const QList<Note> &notes, const Catalog &catalog,
                                                   bool timeOrder)
{
    QList<Row> rows;
    rows.reserve(notes.size());
    for (const Note &n : notes)
        rows.append(rowFor(n, catalog));
    std::stable_sort(rows.begin(), rows.end(), [timeOrder](const Row &a, const Row &b) {
        return before(a.note, b.note, timeOrder);
    });
    return rows;
}

void NotesListModel::setRows(const Catalog &catalog, QList<Row> rows)
{
    beginResetModel();
    m_catalog = catalog;
    m_rows = std::move(rows);
    endResetModel();
}

void NotesListModel::setNotes(const QList<Note> &notes)
{
    setRows(m_catalog, prepare(notes, m_catalog, m_timeOrder));
}

int NotesListModel::insertionRow(const Note &note) const
{
    const auto it =
        std::upper_bound(m_rows.cbegin(), m_rows.cend(), note, [this](const Note &n, const Row &r) {
            return before(n, r.note, m_timeOrder);
        });
    return int(it - m_rows.cbegin());
}

int NotesListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).note.id == id)
            return row;
    }
    return -1;
}

void NotesListModel::put(const Note &note)
{
    const int existing = rowOf(note.id);
    if (existing >= 0) {
        const Note &old = m_rows.at(existing).note;
        if (old.startMs == note.startMs && old.createdAt == note.createdAt) {
            m_rows[existing] = rowFor(note, m_catalog);
            emit dataChanged(index(existing), index(existing));
            return;
        }
        remove(note.id); // its place changes
    }
    const int row = insertionRow(note);
    beginInsertRows({}, row, row);
    m_rows.insert(row, rowFor(note, m_catalog));
    endInsertRows();
}

void NotesListModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int NotesListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NotesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Note &n = r.note;
    const auto timeText = [&n] {
        return n.hasTime() ? NoteTime::format(n.startMs) + u'\u2013' + NoteTime::format(n.endMs)
                           : QString();
    };
    const auto body = [&n] {
        const QString text = n.text.trimmed();
        if (!text.isEmpty())
            return text;
        if (!n.quote.trimmed().isEmpty())
            return QString(u"\u201C" + n.quote.trimmed() + u"\u201D");
        return tr("Bookmark");
    };
    switch (role) {
    case Qt::DisplayRole: {
        QString head = m_timeOrder ? QString() : r.episodeTitle;
        if (n.hasTime())
            head +=
                (head.isEmpty() ? u"["_qs : u" \u00B7 ["_qs) + NoteTime::format(n.startMs) + u']';
        return head.isEmpty() ? body() : head + u'\n' + body();
    }
    case Qt::ToolTipRole:
        return n.quote.isEmpty() ? n.text : n.text + u"\n\n" + n.quote;
    case Qt::AccessibleTextRole:
        return (n.hasTime() ? tr("%1 at %2: %3").arg(r.episodeTitle, NoteTime::format(n.startMs))
                            : tr("%1: %2").arg(r.episodeTitle))
            .arg(body());
    case IdRole:
        return n.id;
    case EpisodeIdRole:
        return n.episodeId;
    case EpisodeTitleRole:
        return r.episodeTitle;
    case TopicIdRole:
        return r.topicId;
    case TagsRole:
        return r.tags;
    case StartMsRole:
        return n.startMs;
    case EndMsRole:
        return n.endMs;
    case TimeTextRole:
        return timeText();
    case TextRole:
        return n.text;
    case QuoteRole:
        return n.quote;
    case ChapterRole:
        return n.chapterTitle;
    case FlashcardRole:
        return n.isFlashcard;
    case CreatedAtRole:
        return n.createdAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "noteId");
    names.insert(EpisodeIdRole, "episodeId");
    names.insert(TextRole, "text");
    names.insert(TimeTextRole, "timeText");
    return names;
}
