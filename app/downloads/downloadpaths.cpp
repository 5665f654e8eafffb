#include "downloadpaths.h"

#include <QFileInfo>
#include <QSet>

QString DownloadPaths::safeName(const QString &name, const QString &fallback)
{
    static const QString kRefused = QStringLiteral("/\\:*?\"<>|");
    QString out;
    out.reserve(name.size());
    bool lastWasSpace = false;
    for (const QChar c : name) {
        QChar put = c;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c.isSpace())
            put = u' ';
        else if (kRefused.contains(c))
            put = u'_';
        if (put == u' ') {
            if (lastWasSpace)
                continue;
            lastWasSpace = true;
        } else {
            lastWasSpace = false;
        }
        out.append(put);
    }
    // No hidden files, no "." or "..", nothing Windows trims away at the end.
    qsizetype start = 0;
    while (start < out.size() && (out.at(start) == u'.' || out.at(start) == u' '))
        ++start;
    qsizetype end = out.size();
    while (end > start && (out.at(end - 1) == u'.' || out.at(end - 1) == u' '))
        --end;
    out = out.mid(start, end - start);
    // Cap the UTF-8 length, cutting between characters (never inside a surrogate pair).
    qsizetype bytes = 0;
    qsizetype cut = 0;
    for (qsizetype i = 0; i < out.size();) {
        const qsizetype width = out.at(i).isHighSurrogate() && i + 1 < out.size() ? 2 : 1;
        const qsizetype size = out.mid(i, width).toUtf8().size();
        if (bytes + size > kMaxNameBytes)
            break;
        bytes += size;
        i += width;
        cut = i;
    }
    out.truncate(cut);
    while (!out.isEmpty() && (out.endsWith(u' ') || out.endsWith(u'.')))
        out.chop(1);
    return out.isEmpty() ? fallback : out;
}

QString DownloadPaths::extensionFor(const QUrl &url)
{
    static const QSet<QString> kAudio = {u"mp3"_qs, u"m4a"_qs, u"m4b"_qs,  u"aac"_qs,
                                         u"ogg"_qs, u"oga"_qs, u"opus"_qs, u"flac"_qs,
                                         u"wav"_qs, u"mp4"_qs, u"webm"_qs, u"mka"_qs};
    const QString suffix = QFileInfo(url.path()).suffix().toLower();
    return kAudio.contains(suffix) ? suffix : u"audio"_qs;
}

QString DownloadPaths::relativePathFor(const QString &folder, const QString &title, const QUrl &url)
{
    return safeName(folder, u"Episodes"_qs) + u'/' + safeName(title, u"Episode"_qs) + u'.' +
           extensionFor(url);
}
