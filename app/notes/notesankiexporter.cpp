#include "notesankiexporter.h"

#include "notetime.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <tuple>

namespace {

QString normalised(const QString &text)
{
    QString t = text;
    t.replace(u"\r\n"_qs, u"\n"_qs);
    t.replace(u'\r', u'\n');
    return t.trimmed();
}

bool isCard(const Note &n)
{
    return n.isFlashcard && !NotesAnkiExporter::frontOf(n).isEmpty();
}

} // namespace

QString NotesAnkiExporter::field(const QString &text)
{
    QString s = normalised(text).toHtmlEscaped();
    s.replace(u'\n', u"<br>"_qs);
    s.replace(u'\t', u"&#9;"_qs);
    // A field that starts with '#' on the first card must not read as a header line.
    if (s.startsWith(u'#'))
        s.replace(0, 1, u"&#35;"_qs);
    return s;
}

QString NotesAnkiExporter::frontOf(const Note &note)
{
    if (!normalised(note.front).isEmpty())
        return normalised(note.front);
    return normalised(note.text).section(u'\n', 0, 0).trimmed();
}

QString NotesAnkiExporter::backOf(const Note &note)
{
    if (!normalised(note.back).isEmpty())
        return normalised(note.back);
    if (!normalised(note.front).isEmpty())
        return normalised(note.text);
    return normalised(note.text).section(u'\n', 1).trimmed();
}

int NotesAnkiExporter::cardCount(const QList<Note> &notes)
{
    return int(std::count_if(notes.cbegin(), notes.cend(), isCard));
}

QByteArray NotesAnkiExporter::document(const Catalog &catalog, const QList<Note> &notes)
{
    QList<Note> cards;
    for (const Note &n : notes) {
        if (isCard(n))
            cards.append(n);
    }
    // Oldest first: the order they were made in, the same every time.
    std::stable_sort(cards.begin(), cards.end(), [](const Note &a, const Note &b) {
        return std::tie(a.createdAt, a.uid) < std::tie(b.createdAt, b.uid);
    });
    QString out = u"#separator:tab\n#html:true\n#tags column:3\n"_qs;
    for (const Note &n : std::as_const(cards)) {
        const Episode *e = catalog.episode(n.episodeId);
        QString back = field(backOf(n));
        if (!normalised(n.quote).isEmpty()) {
            if (!back.isEmpty())
                back += u"<br><br>"_qs;
            back += u"<blockquote>" + field(n.quote) + u"</blockquote>";
        }
        QString source = field(e ? e->title : n.episodeId);
        if (n.hasTime())
            source += u" [" + NoteTime::format(n.startMs) + u']';
        back += (back.isEmpty() ? QString() : u"<br>"_qs) + u"<small>" + source + u"</small>";
        QStringList tags;
        if (e) {
            for (const QString &tag : e->tags) {
                QString t = tag.trimmed();
                for (QChar &c : t) {
                    if (c.isSpace())
                        c = u'_';
                }
                if (!t.isEmpty() && !tags.contains(t))
                    tags.append(t);
            }
        }
        out += field(frontOf(n)) + u'\t' + back + u'\t' + field(tags.join(u' ')) + u'\n';
    }
    return out.toUtf8();
}

bool NotesAnkiExporter::write(const Catalog &catalog, const QList<Note> &notes, const QString &file,
                              QString *error)
{
    const QByteArray data = document(catalog, notes);
    QSaveFile target(file);
    if (!target.open(QIODevice::WriteOnly) || target.write(data) != data.size() ||
        !target.commit()) {
        *error =
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), target.errorString());
        return false;
    }
    return true;
}
