#include "htmltokenizer.h"

#include "htmlentities.h"

using namespace Qt::StringLiterals;

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isRawTextElement(QStringView name)
{
    static constexpr QStringView kNames[] = {u"script",   u"style",    u"textarea", u"title",
                                             u"xmp",      u"iframe",   u"noembed",  u"noframes",
                                             u"noscript", u"plaintext"};
    for (const QStringView n : kNames) {
        if (name == n)
            return true;
    }
    return false;
}

QString decoded(QStringView text)
{
    return text.contains(u'&') ? HtmlEntities::decode(text) : text.toString();
}

} // namespace

QString HtmlTokenizer::Token::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlTokenizer::Token::hasAttribute(QStringView name) const
{
    for (const auto &attribute : attributes) {
        if (attribute.first == name)
            return true;
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(QStringView html)
    : m_html(html)
{}

bool HtmlTokenizer::next(Token &token)
{
    token = Token();
    const qsizetype n = m_html.size();
    if (!m_rawTextEnd.isEmpty()) {
        // Everything up to the matching end tag is text.
        qsizetype end = m_pos;
        while (true) {
            end = m_html.indexOf(m_rawTextEnd, end, Qt::CaseInsensitive);
            if (end < 0) {
                end = n;
                break;
            }
            const qsizetype after = end + m_rawTextEnd.size();
            if (after >= n || isHtmlSpace(m_html.at(after)) || m_html.at(after) == u'>' ||
                m_html.at(after) == u'/')
                break;
            end = after;
        }
        m_rawTextEnd.clear();
        if (end > m_pos) {
            token.type = Token::Type::Text;
            token.offset = m_pos;
            token.text = m_html.sliced(m_pos, end - m_pos).toString();
            m_pos = end;
            return true;
        }
    }
    while (m_pos < n) {
        if (m_html.at(m_pos) == u'<') {
            const qsizetype start = m_pos;
            if (readTag(token)) {
                if (token.type == Token::Type::StartTag && !token.selfClosing &&
                    isRawTextElement(token.name))
                    m_rawTextEnd = u"</"_s + token.name;
                return true;
            }
            if (m_pos != start)
                continue; // a comment or declaration was skipped
        }
        // Text up to the next '<' that may start markup.
        const qsizetype start = m_pos;
        qsizetype end = m_pos + 1;
        while (end < n && m_html.at(end) != u'<')
            ++end;
        token.type = Token::Type::Text;
        token.offset = start;
        token.text = decoded(m_html.sliced(start, end - start));
        m_pos = end;
        // A '<' that starts nothing stays text: merge it with what follows.
        while (m_pos < n) {
            const qsizetype before = m_pos;
            Token probe;
            if (readTag(probe) || m_pos != before) {
                m_pos = before;
                break;
            }
            qsizetype more = m_pos + 1;
            while (more < n && m_html.at(more) != u'<')
                ++more;
            token.text += decoded(m_html.sliced(m_pos, more - m_pos));
            m_pos = more;
        }
        return true;
    }
    return false;
}

// At a '<': reads a start or end tag into `token` (true), or skips a comment, declaration or
// processing instruction (false, m_pos moved), or finds no markup (false, m_pos unchanged).
bool HtmlTokenizer::readTag(Token &token)
{
    const qsizetype n = m_html.size();
    const qsizetype start = m_pos;
    if (start + 1 >= n)
        return false;
    const QChar c = m_html.at(start + 1);
    if (c == u'!') {
        if (m_html.sliced(start).startsWith(u"<!--")) {
            m_pos = start + 4;
            skipPast(u"-->");
        } else if (m_html.sliced(start).startsWith(u"<![CDATA[")) {
            const qsizetype end = m_html.indexOf(u"]]>", start + 9);
            token.type = Token::Type::Text;
            token.offset = start;
            const qsizetype stop = end < 0 ? n : end;
            token.text = m_html.sliced(start + 9, stop - start - 9).toString();
            m_pos = end < 0 ? n : end + 3;
            return true;
        } else {
            m_pos = start + 2;
            skipPast(u">");
        }
        return false;
    }
    if (c == u'?') {
        m_pos = start + 2;
        skipPast(u">");
        return false;
    }
    const bool endTag = c == u'/';
    qsizetype i = start + (endTag ? 2 : 1);
    if (i >= n || !isAsciiLetter(m_html.at(i))) {
        if (endTag && i < n && m_html.at(i) == u'>') {
            m_pos = i + 1; // "</>" is nothing
            return false;
        }
        return false;
    }
    qsizetype nameEnd = i;
    while (nameEnd < n && !isHtmlSpace(m_html.at(nameEnd)) && m_html.at(nameEnd) != u'/' &&
           m_html.at(nameEnd) != u'>')
        ++nameEnd;
    Token t;
    t.type = endTag ? Token::Type::EndTag : Token::Type::StartTag;
    t.offset = start;
    t.name = m_html.sliced(i, nameEnd - i).toString().toLower();
    i = nameEnd;
    // Attributes up to '>'.
    while (true) {
        while (i < n && (isHtmlSpace(m_html.at(i)) || m_html.at(i) == u'/')) {
            if (m_html.at(i) == u'/' && i + 1 < n && m_html.at(i + 1) == u'>')
                t.selfClosing = true;
            ++i;
        }
        if (i >= n) {
            m_pos = n; // an unterminated tag at the end is dropped
            return false;
        }
        if (m_html.at(i) == u'>') {
            ++i;
            break;
        }
        qsizetype nameStop = i + 1; // a first '=' belongs to the name
        while (nameStop < n && !isHtmlSpace(m_html.at(nameStop)) && m_html.at(nameStop) != u'=' &&
               m_html.at(nameStop) != u'>' && m_html.at(nameStop) != u'/')
            ++nameStop;
        const QString attrName = m_html.sliced(i, nameStop - i).toString().toLower();
        i = nameStop;
        while (i < n && isHtmlSpace(m_html.at(i)))
            ++i;
        QString value;
        if (i < n && m_html.at(i) == u'=') {
            ++i;
            while (i < n && isHtmlSpace(m_html.at(i)))
                ++i;
            if (i < n && (m_html.at(i) == u'"' || m_html.at(i) == u'\'')) {
                const QChar quote = m_html.at(i);
                const qsizetype close = m_html.indexOf(quote, i + 1);
                if (close < 0) {
                    m_pos = n; // an unterminated value runs to the end: the tag is dropped
                    return false;
                }
                value = decoded(m_html.sliced(i + 1, close - i - 1));
                i = close + 1;
            } else {
                const qsizetype from = i;
                while (i < n && !isHtmlSpace(m_html.at(i)) && m_html.at(i) != u'>')
                    ++i;
                value = decoded(m_html.sliced(from, i - from));
            }
        }
        if (t.attributes.size() < kMaxAttributes && !t.hasAttribute(attrName))
            t.attributes.append({attrName, value});
    }
    m_pos = i;
    token = std::move(t);
    return true;
}

void HtmlTokenizer::skipPast(QStringView terminator)
{
    const qsizetype end = m_html.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_html.size() : end + terminator.size();
}

bool HtmlTokenizer::looksLikeHtml(QStringView text)
{
    for (qsizetype i = text.indexOf(u'<'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'<', i + 1)) {
        const QChar c = text.at(i + 1);
        if (isAsciiLetter(c) || c == u'!')
            return true;
        if (c == u'/' && i + 2 < text.size() && isAsciiLetter(text.at(i + 2)))
            return true;
    }
    return false;
}
