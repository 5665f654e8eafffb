#include "notesmarkdownexporter.h"

#include "notetime.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

#include <algorithm>

namespace {

// A double-quoted YAML scalar.
QString yamlString(const QString &text)
{
    QString s = text;
    s.replace(u'\\', u"\\\\"_qs);
    s.replace(u'"', u"\\\""_qs);
    s.replace(u'\n', u"\\n"_qs);
    s.replace(u'\t', u"\\t"_qs);
    s.replace(u'\r', QString());
    return u'"' + s + u'"';
}

// Obsidian and Logseq tags have no spaces: "Large Language Models" becomes
// "Large-Language-Models".
QString tagOf(const QString &tag)
{
    static const QRegularExpression spaces(u"[\\s,#]+"_qs);
    return tag.trimmed().replace(spaces, u"-"_qs);
}

QString sourceOf(const Episode &e)
{
    const QUrl url = e.audio();
    return url.isLocalFile() ? url.toLocalFile() : e.audioUrl;
}

QString podcastOf(const Catalog &catalog, const Episode &e)
{
    const Topic *topic = catalog.topic(e.topicId);
    return topic ? topic->title : QString();
}

void sortInTimeOrder(QList<Note> *notes)
{
    std::stable_sort(notes->begin(), notes->end(), [](const Note &a, const Note &b) {
        if (a.hasTime() != b.hasTime())
            return a.hasTime();
        if (a.hasTime() && a.startMs != b.startMs)
            return a.startMs < b.startMs;
        return a.createdAt < b.createdAt;
    });
}

QStringList linesOf(const QString &text)
{
    QString t = text;
    t.replace(u"\r\n"_qs, u"\n"_qs);
    t.replace(u'\r', u'\n');
    return t.trimmed().split(u'\n');
}

// The list items of one episode's notes.
QString noteItems(QList<Note> notes)
{
    sortInTimeOrder(&notes);
    QString out;
    for (const Note &n : std::as_const(notes)) {
        QString head = u"-"_qs;
        if (n.hasTime())
            head += u" [" + NoteTime::format(n.startMs) + u']';
        const QStringList lines = n.text.trimmed().isEmpty() ? QStringList() : linesOf(n.text);
        if (!lines.isEmpty())
            head += u' ' + lines.first();
        else if (!n.hasTime())
            continue; // neither a time nor a word: nothing to export
        out += head + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out += lines.at(i).isEmpty() ? u"\n"_qs : u"  " + lines.at(i) + u'\n';
        if (!n.quote.trimmed().isEmpty()) {
            for (const QString &line : linesOf(n.quote))
                out += u"  > " + line + u'\n';
        }
    }
    return out;
}

QString tagsYaml(const QStringList &tags)
{
    if (tags.isEmpty())
        return u"tags: []\n"_qs;
    QString out = u"tags:\n"_qs;
    for (const QString &tag : tags)
        out += u"  - " + yamlString(tagOf(tag)) + u'\n';
    return out;
}

QString titleOf(const Catalog &catalog, const QString &episodeId)
{
    const Episode *e = catalog.episode(episodeId);
    return e && !e->title.isEmpty() ? e->title : episodeId;
}

} // namespace

QByteArray NotesMarkdownExporter::episodeDocument(const Catalog &catalog, const QString &episodeId,
                                                  const QList<Note> &notes)
{
    const Episode *e = catalog.episode(episodeId);
    const QString title = titleOf(catalog, episodeId);
    QString out = u"---\n"_qs;
    out += u"title: " + yamlString(title) + u'\n';
    out += u"podcast: " + yamlString(e ? podcastOf(catalog, *e) : QString()) + u'\n';
    if (e && e->published.isValid())
        out += u"date: " + e->published.toString(Qt::ISODate) + u'\n';
    out += tagsYaml(e ? e->tags : QStringList());
    if (e && !e->audioUrl.isEmpty())
        out += u"source: " + yamlString(sourceOf(*e)) + u'\n';
    out += u"episode: " + yamlString(episodeId) + u'\n';
    out += u"---\n\n# " + title + u"\n\n";
    out += noteItems(notes);
    return out.toUtf8();
}

QByteArray NotesMarkdownExporter::allDocument(const Catalog &catalog, const QList<Note> &notes,
                                              const QDate &today)
{
    QHash<QString, QList<Note>> byEpisode;
    QStringList tags;
    for (const Note &n : notes) {
        byEpisode[n.episodeId].append(n);
    }
    QStringList episodeIds = byEpisode.keys();
    std::sort(episodeIds.begin(), episodeIds.end(), [&](const QString &a, const QString &b) {
        const int byTitle = titleOf(catalog, a).localeAwareCompare(titleOf(catalog, b));
        return byTitle != 0 ? byTitle < 0 : a < b;
    });
    for (const QString &id : std::as_const(episodeIds)) {
        if (const Episode *e = catalog.episode(id)) {
            for (const QString &tag : e->tags) {
                if (!tags.contains(tag))
                    tags.append(tag);
            }
        }
    }
    QString out = u"---\n"_qs;
    out += u"title: " + yamlString(tr("Earmark notes")) + u'\n';
    out += u"date: " + today.toString(Qt::ISODate) + u'\n';
    out += tagsYaml(tags);
    out += u"---\n"_qs;
    for (const QString &id : std::as_const(episodeIds)) {
        const Episode *e = catalog.episode(id);
        out += u"\n## " + titleOf(catalog, id) + u"\n\n";
        if (e) {
            QStringList about;
            if (const QString podcast = podcastOf(catalog, *e); !podcast.isEmpty())
                about.append(tr("Podcast: %1").arg(podcast));
            if (e->published.isValid())
                about.append(tr("Date: %1").arg(e->published.toString(Qt::ISODate)));
            if (!e->audioUrl.isEmpty())
                about.append(tr("Source: %1").arg(u'<' + e->audioUrl + u'>'));
            if (!about.isEmpty())
                out += about.join(u"  \n"_qs) + u"\n\n";
        }
        out += noteItems(byEpisode.value(id));
    }
    return out.toUtf8();
}

QString NotesMarkdownExporter::fileNameFor(const Catalog &catalog, const QString &episodeId)
{
    static const QRegularExpression unsafe(u"[\\\\/:*?\"<>|#^\\[\\]\\x00-\\x1f]+"_qs);
    QString name = titleOf(catalog, episodeId).replace(unsafe, u" "_qs).simplified();
    if (name.size() > 120)
        name.truncate(120);
    while (name.endsWith(u'.') || name.endsWith(u' '))
        name.chop(1);
    if (name.isEmpty())
        name = u"notes"_qs;
    return name + u".md"_qs;
}

bool NotesMarkdownExporter::write(const Catalog &catalog, const QList<Note> &notes, Layout layout,
                                  const QString &path, const QDate &today, QString *error,
                                  QStringList *written)
{
    const auto save = [&](const QString &file, const QByteArray &data) {
        QSaveFile target(file);
        if (!target.open(QIODevice::WriteOnly) || target.write(data) != data.size() ||
            !target.commit()) {
            *error =
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file), target.errorString());
            return false;
        }
        if (written)
            written->append(file);
        return true;
    };
    if (layout == Layout::OneFile)
        return save(path, allDocument(catalog, notes, today));

    if (!QDir().mkpath(path)) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QHash<QString, QList<Note>> byEpisode;
    for (const Note &n : notes)
        byEpisode[n.episodeId].append(n);
    QStringList ids = byEpisode.keys();
    std::sort(ids.begin(), ids.end());
    QHash<QString, int> usedNames; // two episodes with the same title get "Title 2.md"
    const QDir dir(path);
    for (const QString &id : std::as_const(ids)) {
        QString name = fileNameFor(catalog, id);
        if (const int n = ++usedNames[name.toCaseFolded()]; n > 1)
            name = name.chopped(3) + u" %1.md"_qs.arg(n);
        if (!save(dir.filePath(name), episodeDocument(catalog, id, byEpisode.value(id))))
            return false;
    }
    return true;
}
