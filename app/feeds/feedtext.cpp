#include "feedtext.h"

#include "htmlentities.h"

namespace {

bool startsWithTag(QStringView text, qsizetype at, QStringView name)
{
    // `text` at `at` is just after '<'.
    if (text.size() - at < name.size())
        return false;
    if (text.mid(at, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = at + name.size();
    return after == text.size() || !text.at(after).isLetterOrNumber();
}

// Appends `text` to `out`, folding white space; `pendingSpace` carries a space between calls.
void appendFolded(QString &out, QStringView text, bool &pendingSpace)
{
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
}

QString cut(QString text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    // Leave room for the ellipsis; end on a word boundary when there is one in the last third.
    qsizetype end = maxChars - 1;
    const qsizetype space = text.lastIndexOf(u' ', end);
    if (space > maxChars * 2 / 3)
        end = space;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    text.truncate(end);
    while (!text.isEmpty() && (text.back().isSpace() || text.back().isPunct()))
        text.chop(1);
    text.append(QChar(0x2026));
    return text;
}

} // namespace

QString FeedText::plainText(QStringView html, int maxChars)
{
    QString out;
    // The summary needs at most maxChars; keep reading a little past that to find a boundary.
    const qsizetype enough = qsizetype(maxChars) + 64;
    out.reserve(qMin(html.size(), enough));
    bool pendingSpace = false;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n && out.size() < enough) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i) {
            const QStringView chunk = html.mid(i, textEnd - i);
            if (chunk.contains(u'&'))
                appendFolded(out, HtmlEntities::decode(chunk), pendingSpace);
            else
                appendFolded(out, chunk, pendingSpace);
        }
        if (lt < 0)
            break;
        // A tag, comment or stray '<'.
        if (lt + 1 < n && html.mid(lt + 1).startsWith(u"!--")) {
            const qsizetype close = html.indexOf(u"-->", lt + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool tagLike = lt + 1 < n && (html.at(lt + 1).isLetter() || html.at(lt + 1) == u'/' ||
                                            html.at(lt + 1) == u'!' || html.at(lt + 1) == u'?');
        if (!tagLike) {
            appendFolded(out, u"<", pendingSpace);
            i = lt + 1;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', lt + 1);
        if (gt < 0)
            break;
        // Skip what scripts and styles contain.
        for (const QStringView name : {QStringView(u"script"), QStringView(u"style")}) {
            if (startsWithTag(html, lt + 1, name)) {
                const qsizetype close =
                    html.indexOf(QString(u"</" + name.toString()), gt, Qt::CaseInsensitive);
                i = close < 0 ? n : close;
                break;
            }
        }
        if (i > lt) { // skipped a script or style
            const qsizetype closeGt = html.indexOf(u'>', i);
            i = closeGt < 0 ? n : closeGt + 1;
            continue;
        }
        // Tags separate words (<p>, <br>, <li>); inline ones rarely sit inside a word.
        pendingSpace = true;
        i = gt + 1;
    }
    return cut(out, maxChars);
}

QString FeedText::folded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    appendFolded(out, text, pendingSpace);
    return out;
}
