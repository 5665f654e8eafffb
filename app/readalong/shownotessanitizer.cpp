#include "shownotessanitizer.h"

#include "htmltokenizer.h"

#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

template<std::size_t N> bool isOneOf(QStringView name, const QStringView (&names)[N])
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

constexpr QStringView kBlockKept[] = {u"p",  u"ul", u"ol", u"li", u"h1",  u"h2",
                                      u"h3", u"h4", u"h5", u"h6", u"pre", u"blockquote"};
constexpr QStringView kInlineKept[] = {u"a", u"em", u"i", u"strong", u"b", u"code"};
constexpr QStringView kDroppedWithContent[] = {
    u"script",   u"style",    u"iframe",   u"object", u"svg",   u"math",  u"form",   u"template",
    u"head",     u"noscript", u"textarea", u"select", u"audio", u"video", u"canvas", u"noembed",
    u"noframes", u"frameset", u"applet",   u"title",  u"xmp",   u"button"};
// Unknown elements that separate blocks of text: their tags become a line break.
constexpr QStringView kBlockBreaks[] = {
    u"div",    u"section", u"article", u"header",   u"footer", u"main",   u"nav",        u"aside",
    u"table",  u"tr",      u"dl",      u"dt",       u"dd",     u"figure", u"figcaption", u"address",
    u"center", u"hr",      u"details", u"summary",  u"tbody",  u"thead",  u"tfoot",      u"caption",
    u"body",   u"html",    u"hgroup",  u"fieldset", u"legend"};
constexpr QStringView kBlockTagsForStructure[] = {
    u"p",  u"br", u"div", u"li",  u"ul",         u"ol",    u"h1", u"h2",      u"h3",
    u"h4", u"h5", u"h6",  u"pre", u"blockquote", u"table", u"tr", u"section", u"article"};

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        default:
            // Control characters (but tab and newline) render as boxes or worse: dropped.
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n')
                break;
            out += c;
        }
    }
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A timestamp at `i` in `text`: "m:ss", "mm:ss", "h:mm:ss", "hh:mm:ss" on word boundaries, not a
// clock time with am/pm. Returns its length and sets `ms`, or 0.
qsizetype timestampAt(QStringView text, qsizetype i, qint64 &ms)
{
    const qsizetype n = text.size();
    if (i > 0) {
        const QChar before = text.at(i - 1);
        if (before.isLetterOrNumber() || before == u':' || before == u'.' || before == u'/' ||
            before == u',' || before == u'-' || before == u'_')
            return 0;
    }
    qint64 parts[3] = {0, 0, 0};
    int count = 0;
    qsizetype p = i;
    while (count < 3) {
        const qsizetype start = p;
        while (p < n && isDigit(text.at(p)) && p - start < 3)
            ++p;
        const qsizetype digits = p - start;
        if (digits == 0 || (count == 0 && digits > 2) || (count > 0 && digits != 2))
            return 0;
        parts[count++] = QStringView(text).sliced(start, digits).toInt();
        if (p + 1 < n && text.at(p) == u':' && isDigit(text.at(p + 1)) && count < 3) {
            ++p;
            continue;
        }
        break;
    }
    if (count < 2)
        return 0;
    // Not followed by more digits, another ":d", a decimal part or a letter.
    if (p < n) {
        const QChar after = text.at(p);
        if (after.isLetterOrNumber() || after == u'_')
            return 0;
        if ((after == u':' || after == u'.' || after == u',') && p + 1 < n &&
            isDigit(text.at(p + 1)))
            return 0;
    }
    // "9:30 am", "9:30pm", "9:30 a.m.": a clock time.
    qsizetype q = p;
    while (q < n && text.at(q) == u' ')
        ++q;
    if (q + 1 < n) {
        const QChar a = text.at(q).toLower();
        const QChar m = text.at(q + 1) == u'.' && q + 2 < n ? text.at(q + 2).toLower()
                                                            : text.at(q + 1).toLower();
        if ((a == u'a' || a == u'p') && m == u'm')
            return 0;
    }
    qint64 h = 0, min = 0, s = 0;
    if (count == 3) {
        h = parts[0];
        min = parts[1];
        s = parts[2];
        if (min >= 60)
            return 0;
    } else {
        min = parts[0];
        s = parts[1];
    }
    if (s >= 60)
        return 0;
    ms = ((h * 60 + min) * 60 + s) * 1000;
    return p - i;
}

class Sanitizer final
{
public:
    explicit Sanitizer(const QString &baseUrl)
    {
        const QUrl base(baseUrl, QUrl::StrictMode);
        if (base.isValid() && (base.scheme() == u"http" || base.scheme() == u"https") &&
            !base.host().isEmpty())
            m_base = base;
    }

    QString run(QStringView input)
    {
        m_out.reserve(input.size() + input.size() / 8);
        if (!HtmlTokenizer::looksLikeHtml(input))
            plainText(input);
        else
            html(input);
        return std::move(m_out);
    }

private:
    struct Open
    {
        QString name;
        bool emitted = true; // false for an <a> whose href was dropped
    };

    void plainText(QStringView input)
    {
        // Paragraphs at blank lines; single line breaks kept.
        QList<QStringView> paragraph;
        const auto flush = [&] {
            if (paragraph.isEmpty())
                return;
            m_out += u"<p>"_s;
            for (qsizetype i = 0; i < paragraph.size(); ++i) {
                if (i > 0)
                    m_out += u"<br>"_s;
                appendText(paragraph.at(i).trimmed());
            }
            m_out += u"</p>\n"_s;
            paragraph.clear();
        };
        for (const QStringView line : input.split(u'\n')) {
            if (line.trimmed().isEmpty())
                flush();
            else
                paragraph.append(line);
        }
        flush();
    }

    void html(QStringView input)
    {
        // HTML that has no block tags at all relies on its line breaks.
        {
            HtmlTokenizer scan(input);
            HtmlTokenizer::Token token;
            m_keepLineBreaks = true;
            while (scan.next(token)) {
                if (token.type != HtmlTokenizer::Token::Type::Text &&
                    isOneOf(token.name, kBlockTagsForStructure)) {
                    m_keepLineBreaks = false;
                    break;
                }
            }
        }
        HtmlTokenizer tokenizer(input);
        HtmlTokenizer::Token token;
        while (tokenizer.next(token)) {
            if (!m_skipName.isEmpty()) {
                skip(token);
                continue;
            }
            switch (token.type) {
            case HtmlTokenizer::Token::Type::Text:
                text(token.text);
                break;
            case HtmlTokenizer::Token::Type::StartTag:
                startTag(token);
                break;
            case HtmlTokenizer::Token::Type::EndTag:
                endTag(token.name);
                break;
            }
        }
        closeTo(0);
    }

    void skip(const HtmlTokenizer::Token &token)
    {
        if (token.name != m_skipName)
            return;
        if (token.type == HtmlTokenizer::Token::Type::StartTag && !token.selfClosing)
            ++m_skipDepth;
        else if (token.type == HtmlTokenizer::Token::Type::EndTag && --m_skipDepth == 0)
            m_skipName.clear();
    }

    void text(const QString &text)
    {
        if (m_preDepth > 0) {
            appendEscaped(m_out, text);
            m_atBreak = false;
            return;
        }
        if (!m_keepLineBreaks) {
            appendText(text);
            return;
        }
        // Line breaks as <br>; a blank line as two.
        const QList<QStringView> lines = QStringView(text).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                lineBreak();
            appendText(lines.at(i));
        }
    }

    void appendText(QStringView text)
    {
        bool hasContent = false;
        qsizetype done = 0;
        const bool linkify = m_sourceLinkDepth == 0 && m_codeDepth == 0 && m_preDepth == 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!c.isSpace())
                hasContent = true;
            if (!linkify || !isDigit(c))
                continue;
            qint64 ms = 0;
            const qsizetype length = timestampAt(text, i, ms);
            if (length == 0)
                continue;
            appendEscaped(m_out, text.sliced(done, i - done));
            m_out += u"<a href=\""_s + ShowNotesSanitizer::seekUrl(ms).toString() + u"\">"_s;
            appendEscaped(m_out, text.sliced(i, length));
            m_out += u"</a>"_s;
            i += length - 1;
            done = i + 1;
        }
        appendEscaped(m_out, text.sliced(done));
        if (hasContent)
            m_atBreak = false;
    }

    void lineBreak()
    {
        m_out += u"<br>"_s;
        m_atBreak = true;
    }

    void startTag(const HtmlTokenizer::Token &token)
    {
        const QString &name = token.name;
        if (isOneOf(name, kDroppedWithContent)) {
            if (!token.selfClosing) {
                m_skipName = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (name == u"img") {
            const QString alt = token.attribute(u"alt").simplified();
            if (!alt.isEmpty())
                appendText(alt);
            return;
        }
        if (name == u"br") {
            lineBreak();
            return;
        }
        if (name == u"a")
            ++m_sourceLinkDepth;
        const bool block = isOneOf(name, kBlockKept);
        if ((block || isOneOf(name, kInlineKept)) &&
            m_open.size() < ShowNotesSanitizer::kMaxDepth && !token.selfClosing) {
            openKept(token, block);
            return;
        }
        if (isOneOf(name, kBlockBreaks))
            blockBreak();
        else if (name == u"td" || name == u"th")
            m_out += u' ';
    }

    void openKept(const HtmlTokenizer::Token &token, bool block)
    {
        const QString &name = token.name;
        if (block) {
            // A block ends an open paragraph (and whatever inline elements are in it).
            if (const qsizetype p = find(u"p", {}); p >= 0)
                closeTo(p);
            if (name == u"li") {
                if (const qsizetype li = find(u"li", {u"ul", u"ol"}); li >= 0)
                    closeTo(li);
            } else if (name.size() == 2 && name.at(0) == u'h') {
                for (const QStringView h : {u"h1", u"h2", u"h3", u"h4", u"h5", u"h6"}) {
                    if (const qsizetype at = find(h, {}); at >= 0)
                        closeTo(at);
                }
            }
        }
        if (name == u"a") {
            if (const qsizetype a = find(u"a", {}); a >= 0)
                closeTo(a);
            const QString href = safeHref(token.attribute(u"href"));
            if (href.isEmpty()) {
                m_open.append({name, false});
                return;
            }
            m_out += u"<a href=\""_s;
            appendEscaped(m_out, href);
            m_out += u"\">"_s;
            m_open.append({name, true});
            return;
        }
        if (name == u"pre")
            ++m_preDepth;
        else if (name == u"code")
            ++m_codeDepth;
        m_out += u'<' + name + u'>';
        m_open.append({name, true});
        if (block)
            m_atBreak = true;
    }

    void endTag(const QString &name)
    {
        if (name == u"a" && m_sourceLinkDepth > 0)
            --m_sourceLinkDepth;
        if (name == u"br") {
            lineBreak(); // "</br>" is a line break in every browser
            return;
        }
        if (isOneOf(name, kBlockKept) || isOneOf(name, kInlineKept)) {
            if (const qsizetype at = find(name, {}); at >= 0)
                closeTo(at);
            return;
        }
        if (isOneOf(name, kBlockBreaks))
            blockBreak();
    }

    // Index of the innermost open `name`, not looking past any of `stops`; -1 when none.
    qsizetype find(QStringView name, std::initializer_list<QStringView> stops) const
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            if (m_open.at(i).name == name)
                return i;
            if (std::find(stops.begin(), stops.end(), m_open.at(i).name) != stops.end())
                return -1;
        }
        return -1;
    }

    // Closes the open elements from the innermost down to index `to`.
    void closeTo(qsizetype to)
    {
        while (m_open.size() > to) {
            const Open open = m_open.takeLast();
            if (open.name == u"pre")
                --m_preDepth;
            else if (open.name == u"code")
                --m_codeDepth;
            if (open.emitted)
                m_out += u"</"_s + open.name + u'>';
            if (isOneOf(open.name, kBlockKept))
                m_atBreak = true;
        }
    }

    void blockBreak()
    {
        if (!m_atBreak)
            lineBreak();
    }

    QString safeHref(const QString &value) const
    {
        // As browsers do: tabs and line breaks anywhere, and C0 controls and spaces at the ends,
        // are ignored ("java\tscript:" is javascript:).
        QString raw;
        raw.reserve(value.size());
        for (const QChar c : value) {
            if (c != u'\t' && c != u'\n' && c != u'\r')
                raw += c;
        }
        while (!raw.isEmpty() && raw.front().unicode() <= 0x20)
            raw.remove(0, 1);
        while (!raw.isEmpty() && raw.back().unicode() <= 0x20)
            raw.chop(1);
        if (raw.isEmpty() || raw.startsWith(u'#'))
            return {};
        for (const QChar c : std::as_const(raw)) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                return {};
        }
        QUrl url(raw, QUrl::TolerantMode);
        if (!url.isValid())
            return {};
        if (url.isRelative()) {
            if (m_base.isEmpty())
                return {};
            url = m_base.resolved(url);
        }
        const QString scheme = url.scheme().toLower();
        if (scheme == u"mailto") {
            if (url.path().isEmpty())
                return {};
        } else if (scheme != u"http" && scheme != u"https") {
            return {};
        } else if (url.host().isEmpty()) {
            return {};
        }
        return url.toString(QUrl::FullyEncoded);
    }

    QUrl m_base;
    QString m_out;
    QList<Open> m_open;
    QString m_skipName;
    int m_skipDepth = 0;
    int m_sourceLinkDepth = 0;
    int m_preDepth = 0;
    int m_codeDepth = 0;
    bool m_keepLineBreaks = false;
    bool m_atBreak = true;
};

} // namespace

QString ShowNotesSanitizer::toSafeHtml(const QString &html, const QString &baseUrl)
{
    QStringView input(html);
    if (input.size() > kMaxInputChars) {
        input.truncate(kMaxInputChars);
        if (input.last().isHighSurrogate())
            input.chop(1);
    }
    QString normalized = input.toString();
    normalized.replace(u"\r\n"_s, u"\n"_s);
    normalized.replace(u'\r', u'\n');
    return Sanitizer(baseUrl).run(normalized);
}

QUrl ShowNotesSanitizer::seekUrl(qint64 positionMs)
{
    QUrl url;
    url.setScheme(kSeekScheme.toString());
    url.setPath(QString::number(std::max<qint64>(0, positionMs)));
    return url;
}

qint64 ShowNotesSanitizer::seekPosition(const QUrl &url)
{
    if (url.scheme() != kSeekScheme || !url.host().isEmpty() || url.hasQuery() || url.hasFragment())
        return -1;
    const QString path = url.path();
    if (path.isEmpty() || path.size() > 15)
        return -1;
    for (const QChar c : path) {
        if (!isDigit(c))
            return -1;
    }
    return path.toLongLong();
}
