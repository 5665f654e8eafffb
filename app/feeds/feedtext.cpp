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
    // Runs of non-space characters are appended whole.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (text.at(i).isSpace()) {
            pendingSpace = true;
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && !text.at(end).isSpace())
            ++end;
        if (pendingSpace && !out.isEmpty())
            out.append(u' ');
        pendingSpace = false;
        out.append(text.mid(i, end - i));
        i = end;
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
    // Written straight into a buffer of the final size at most: decoding and folding only
    // shrink the text (a reference is longer than what it stands for).
    const qsizetype enough = qsizetype(maxChars) + 64; // read a little past, to cut on a word
    QString out(qMin(html.size(), enough) + 4, Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype length = 0;
    bool pendingSpace = false;
    auto put = [&](QChar c) {
        if (c.isSpace()) {
            pendingSpace = true;
            return;
        }
        if (pendingSpace && length > 0)
            d[length++] = u' ';
        pendingSpace = false;
        d[length++] = c;
    };
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n && length < enough) {
        const QChar c = html.at(i);
        if (c == u'&') {
            // A character reference: &name; &#digits; &#xhex;
            const qsizetype semicolon = html.indexOf(u';', i + 1);
            char32_t value = 0;
            if (semicolon > i + 1 && semicolon - i <= 33) {
                const QStringView name = html.mid(i + 1, semicolon - i - 1);
                if (name.startsWith(u'#')) {
                    bool ok = false;
                    const uint number =
                        (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                            ? name.mid(2).toUInt(&ok, 16)
                            : name.mid(1).toUInt(&ok, 10);
                    if (ok && number > 0 && number <= 0x10FFFF &&
                        !(number >= 0xD800 && number <= 0xDFFF))
                        value = number;
                } else {
                    value = HtmlEntities::codePoint(name);
                }
            }
            if (value == 0) {
                put(c);
                ++i;
            } else if (QChar::requiresSurrogates(value)) {
                put(QChar(QChar::highSurrogate(value)));
                d[length++] = QChar(QChar::lowSurrogate(value));
                i = semicolon + 1;
            } else {
                put(QChar(char16_t(value)));
                i = semicolon + 1;
            }
            continue;
        }
        if (c != u'<') {
            put(c);
            ++i;
            continue;
        }
        // A tag, comment or stray '<'.
        if (html.mid(i + 1).startsWith(u"!--")) {
            const qsizetype close = html.indexOf(u"-->", i + 4);
            i = close < 0 ? n : close + 3;
            continue;
        }
        const bool tagLike = i + 1 < n && (html.at(i + 1).isLetter() || html.at(i + 1) == u'/' ||
                                           html.at(i + 1) == u'!' || html.at(i + 1) == u'?');
        if (!tagLike) {
            put(c);
            ++i;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', i + 1);
        if (gt < 0)
            break;
        // Skip what scripts and styles contain.
        bool skipped = false;
        for (const QStringView name : {QStringView(u"script"), QStringView(u"style")}) {
            if (startsWithTag(html, i + 1, name)) {
                const qsizetype close =
                    html.indexOf(QString(u"</" + name.toString()), gt, Qt::CaseInsensitive);
                const qsizetype closeGt = close < 0 ? -1 : html.indexOf(u'>', close);
                i = closeGt < 0 ? n : closeGt + 1;
                skipped = true;
                break;
            }
        }
        if (skipped)
            continue;
        // Tags separate words (<p>, <br>, <li>); inline ones rarely sit inside a word.
        pendingSpace = true;
        i = gt + 1;
    }
    out.truncate(length);
    out = cut(std::move(out), maxChars);
    out.squeeze();
    return out;
}

QString FeedText::folded(const QString &text)
{
    // Most titles need nothing done: share the string.
    bool clean = text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace());
    for (qsizetype i = 0; clean && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && (c != u' ' || text.at(i + 1).isSpace()))
            clean = false;
    }
    return clean ? text : folded(QStringView(text));
}

QString FeedText::folded(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    appendFolded(out, text, pendingSpace);
    out.squeeze();
    return out;
}
