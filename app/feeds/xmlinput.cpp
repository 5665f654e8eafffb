#include "xmlinput.h"

#include <QByteArrayMatcher>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <utility>

namespace {

constexpr int kMaxReportedAmpersands = 20;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':' ||
           (static_cast<unsigned char>(c) >= 0x80);
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// The charset parameter of a Content-Type header, lower case; empty when none.
QByteArray charsetOf(const QByteArray &contentType)
{
    const qsizetype at = contentType.toLower().indexOf("charset=");
    if (at < 0)
        return {};
    QByteArray value = contentType.mid(at + 8);
    const qsizetype semicolon = value.indexOf(';');
    if (semicolon >= 0)
        value.truncate(semicolon);
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\''))
        value = value.mid(1, value.size() - 2);
    return value.trimmed().toLower();
}

// Where the XML declaration starts (after white space and a UTF-8 BOM), or -1.
qsizetype declarationStart(const QByteArray &data)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < data.size() && isSpace(data.at(i)))
        ++i;
    if (data.mid(i, 5) == "<?xml" && i + 5 < data.size() && isSpace(data.at(i + 5)))
        return i;
    return -1;
}

QByteArray declaredEncoding(const QByteArray &data)
{
    const qsizetype start = declarationStart(data);
    if (start < 0)
        return {};
    const qsizetype end = data.indexOf("?>", start);
    if (end < 0 || end - start > 512)
        return {};
    static const QRegularExpression encoding(uR"(encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"_qs);
    const QRegularExpressionMatch match =
        encoding.match(QString::fromLatin1(data.mid(start, end - start)));
    return match.hasMatch() ? match.captured(1).toLatin1().toLower() : QByteArray();
}

bool isUtf8Name(const QByteArray &name)
{
    return name.isEmpty() || name == "utf-8" || name == "utf8" || name == "us-ascii" ||
           name == "ascii";
}

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Runs of ASCII eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        char32_t value = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (p[i + k] & 0x3F);
        }
        if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

qsizetype XmlInput::find(const QByteArray &data, qsizetype from, const char *needle)
{
    // glibc's memmem is several times faster than a generic search for these short needles.
    if (from >= data.size())
        return -1;
    const void *found =
        memmem(data.constData() + from, size_t(data.size() - from), needle, std::strlen(needle));
    return found ? static_cast<const char *>(found) - data.constData() : -1;
}

qsizetype XmlInput::count(const QByteArray &data, const char *needle)
{
    qsizetype result = 0;
    const qsizetype length = qsizetype(std::strlen(needle));
    for (qsizetype at = find(data, 0, needle); at >= 0; at = find(data, at + length, needle))
        ++result;
    return result;
}

XmlInput XmlInput::prepare(const QByteArray &data, const QByteArray &contentType,
                           const QString &file, qsizetype maxSize, QList<Prefix> prefixes,
                           qsizetype prefixScanLimit)
{
    XmlInput input;
    input.m_file = file;
    if (data.size() > maxSize) {
        input.m_usable = false;
        input.m_problems.append(
            {file, 0, 0,
             tr("the document is larger than %1 MiB; refused").arg(maxSize / (1024 * 1024))});
        return input;
    }
    input.decode(data, contentType);
    input.fixDeclaration();
    input.declarePrefixes(prefixes, prefixScanLimit);
    input.escapeStrayAmpersands();
    std::stable_sort(input.m_edits.begin(), input.m_edits.end(), [](const Edit &a, const Edit &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    for (qsizetype i = 1; i < input.m_edits.size(); ++i) {
        Edit &edit = input.m_edits[i];
        const Edit &previous = input.m_edits.at(i - 1);
        if (previous.line == edit.line)
            edit.addedBefore = previous.addedBefore + previous.added;
    }
    return input;
}

void XmlInput::decode(const QByteArray &data, const QByteArray &contentType)
{
    // A byte order mark wins, then the HTTP charset (RFC 7303), then the XML declaration.
    QByteArray name;
    qsizetype skip = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        name = "utf-8";
    } else if (data.startsWith("\xFF\xFE")) {
        name = "utf-16le";
        skip = 2;
    } else if (data.startsWith("\xFE\xFF")) {
        name = "utf-16be";
        skip = 2;
    } else if (data.startsWith(QByteArray("<\0?\0", 4))) {
        name = "utf-16le";
    } else if (data.startsWith(QByteArray("\0<\0?", 4))) {
        name = "utf-16be";
    } else {
        name = charsetOf(contentType);
        if (name.isEmpty())
            name = declaredEncoding(data);
    }
    // Feeds labelled Latin-1 are usually written on Windows (curly quotes at 0x91–0x94), as
    // browsers assume too.
    if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "l1")
        name = "windows-1252";

    if (!isUtf8Name(name)) {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            const QString text = decoder.decode(QByteArrayView(data).sliced(skip));
            m_utf8 = text.toUtf8();
            m_transcoded = true;
            return;
        }
        m_problems.append(
            {m_file, 0, 0,
             tr("unknown encoding \"%1\"; read as UTF-8").arg(QString::fromLatin1(name))});
    }
    m_utf8 = data;
    if (const qsizetype bad = invalidUtf8At(m_utf8); bad >= 0) {
        addProblem(bad, tr("not valid UTF-8; the document is read as windows-1252"));
        QStringDecoder windows("windows-1252");
        m_utf8 = QString(windows.decode(data)).toUtf8();
        m_transcoded = true;
    }
}

void XmlInput::fixDeclaration()
{
    const qsizetype start = declarationStart(m_utf8);
    if (start < 0)
        return;
    const qsizetype bom = m_utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const bool whiteSpaceBefore = start > bom;
    if (whiteSpaceBefore)
        addProblem(start, tr("white space before the XML declaration; ignored"));
    const bool wrongEncoding = !isUtf8Name(declaredEncoding(m_utf8));
    if (!whiteSpaceBefore && !wrongEncoding && !m_transcoded)
        return;
    // The bytes are UTF-8 now: blank the declaration out (same length keeps every position).
    const qsizetype end = m_utf8.indexOf("?>", start);
    if (end < 0)
        return;
    std::memset(m_utf8.data() + start, ' ', size_t(end + 2 - start));
}

void XmlInput::declarePrefixes(const QList<Prefix> &prefixes, qsizetype scanLimit)
{
    const QByteArrayView scanned = QByteArrayView(m_utf8).first(qMin(scanLimit, m_utf8.size()));
    QByteArray declarations;
    qsizetype firstUse = -1;
    QStringList names;
    for (const Prefix &prefix : prefixes) {
        const QByteArray use = QByteArray('<' + QByteArray(prefix.prefix) + ':');
        const qsizetype at = scanned.indexOf(use);
        if (at < 0)
            continue;
        if (m_utf8.contains(QByteArray("xmlns:" + QByteArray(prefix.prefix))))
            continue;
        declarations += " xmlns:" + QByteArray(prefix.prefix) + "=\"" + prefix.uri + '"';
        names.append(QString::fromLatin1(prefix.prefix));
        ++m_declaredPrefixes;
        if (firstUse < 0 || at < firstUse)
            firstUse = at;
    }
    if (declarations.isEmpty())
        return;
    // The root element: the first '<' followed by a name, after the prolog.
    qsizetype i = 0;
    qsizetype root = -1;
    while ((i = m_utf8.indexOf('<', i)) >= 0) {
        if (i + 1 < m_utf8.size() && isNameStart(m_utf8.at(i + 1))) {
            root = i;
            break;
        }
        if (m_utf8.mid(i, 4) == "<!--") {
            const qsizetype end = m_utf8.indexOf("-->", i + 4);
            i = end < 0 ? m_utf8.size() : end + 3;
        } else {
            ++i;
        }
    }
    if (root < 0 || root > firstUse)
        return;
    qsizetype nameEnd = root + 1;
    while (nameEnd < m_utf8.size() && isNameChar(m_utf8.at(nameEnd)))
        ++nameEnd;
    addProblem(firstUse, tr("namespace prefixes used without a declaration: %1; read as the "
                            "well-known namespaces")
                             .arg(names.join(u", ")));
    int line = 0;
    int column = 0;
    position(nameEnd, &line, &column);
    m_utf8.insert(nameEnd, declarations);
    m_cursor = {};
    m_edits.append({line, int(column - 1 + declarations.size()), int(declarations.size())});
}

void XmlInput::escapeStrayAmpersands()
{
    const char *p = m_utf8.constData();
    const qsizetype n = m_utf8.size();
    QByteArray out; // built only once something needs escaping
    qsizetype copied = 0;
    int reported = 0;
    int stray = 0;
    int previousLine = 0;
    int addedOnLine = 0;
    qsizetype nextBang = -1; // the next "<!" (CDATA, comment, DOCTYPE) at or after i
    qsizetype ampAt = -1;    // the next '&' at or after i, n when none
    qsizetype i = 0;
    while (i < n) {
        if (ampAt < i) {
            const void *next = std::memchr(p + i, '&', size_t(n - i));
            ampAt = next ? static_cast<const char *>(next) - p : n;
        }
        if (ampAt == n)
            break; // no '&' left: nothing to escape
        if (nextBang < i) {
            nextBang = find(m_utf8, i, "<!");
            if (nextBang < 0)
                nextBang = n;
        }
        // In CDATA sections and comments '&' is literal.
        if (nextBang < ampAt) {
            if (n - nextBang >= 9 && std::memcmp(p + nextBang, "<![CDATA[", 9) == 0) {
                const qsizetype close = find(m_utf8, nextBang + 9, "]]>");
                i = close < 0 ? n : close + 3;
            } else if (n - nextBang >= 4 && std::memcmp(p + nextBang, "<!--", 4) == 0) {
                const qsizetype close = find(m_utf8, nextBang + 4, "-->");
                i = close < 0 ? n : close + 3;
            } else {
                i = nextBang + 2;
            }
            continue;
        }
        if (ampAt == n)
            break;
        const qsizetype at = ampAt;
        // A reference: &name; or &#digits; or &#xhex;
        qsizetype k = at + 1;
        bool reference = false;
        if (k < n && p[k] == '#') {
            ++k;
            const bool hex = k < n && (p[k] == 'x' || p[k] == 'X');
            if (hex)
                ++k;
            const qsizetype digits = k;
            while (k < n && k - digits < 10 &&
                   ((p[k] >= '0' && p[k] <= '9') ||
                    (hex && ((p[k] >= 'a' && p[k] <= 'f') || (p[k] >= 'A' && p[k] <= 'F')))))
                ++k;
            reference = k > digits && k < n && p[k] == ';';
        } else if (k < n && isNameStart(p[k])) {
            while (k < n && k - at < 64 && isNameChar(p[k]))
                ++k;
            reference = k < n && p[k] == ';';
        }
        i = at + 1;
        if (reference)
            continue;
        ++stray;
        int line = 0;
        int column = 0;
        position(at, &line, &column);
        if (line != previousLine)
            addedOnLine = 0;
        previousLine = line;
        addedOnLine += 4;
        m_edits.append({line, column + addedOnLine, 4});
        if (reported < kMaxReportedAmpersands) {
            ++reported;
            m_problems.append({m_file, line, column, tr("unescaped '&'; read as \"&amp;\"")});
        }
        if (out.isEmpty())
            out.reserve(n + 64);
        out.append(p + copied, at + 1 - copied);
        out.append("amp;");
        copied = at + 1;
    }
    if (stray > reported)
        m_problems.append(
            {m_file, 0, 0,
             tr("%n more unescaped '&' read as \"&amp;\"", nullptr, stray - reported)});
    if (copied == 0)
        return;
    out.append(p + copied, n - copied);
    m_utf8 = out;
}

void XmlInput::addProblem(qsizetype offset, const QString &message)
{
    int line = 0;
    int column = 0;
    position(offset, &line, &column);
    m_problems.append({m_file, line, column, message});
}

void XmlInput::position(qsizetype offset, int *line, int *column) const
{
    // Forward from the last position asked for (problems come in document order), so that a
    // long document with many problems, even all on one line, is read once.
    const char *p = m_utf8.constData();
    Cursor &cursor = m_cursor;
    if (cursor.data != p || cursor.offset > offset)
        cursor = {p, 0, 1, 1};
    const qsizetype bom = m_utf8.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = qMax(cursor.offset, bom); i < offset; ++i) {
        const auto c = static_cast<unsigned char>(p[i]);
        if (c == '\n') {
            ++cursor.line;
            cursor.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            // Characters as QXmlStreamReader counts them: UTF-16 code units.
            cursor.column += (c >= 0xF0) ? 2 : 1;
        }
    }
    cursor.offset = qMax(offset, cursor.offset);
    *line = cursor.line;
    *column = cursor.column;
}

int XmlInput::inputColumn(int line, int column) const
{
    // The edits are in document order: find the last one on `line` that ends at or before
    // `column`; it knows what the earlier ones on its line added.
    const auto after = std::upper_bound(m_edits.cbegin(), m_edits.cend(), std::pair(line, column),
                                        [](const std::pair<int, int> &position, const Edit &edit) {
                                            return position < std::pair(edit.line, edit.column);
                                        });
    if (after == m_edits.cbegin())
        return qMax(1, column);
    const Edit &edit = *(after - 1);
    if (edit.line != line)
        return qMax(1, column);
    return qMax(1, column - edit.addedBefore - edit.added);
}

bool XmlInput::looksLikeHtml() const
{
    // Skip a BOM, white space, an XML declaration and comments.
    const QByteArray head = m_utf8.left(4096);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (;;) {
        while (i < head.size() && isSpace(head.at(i)))
            ++i;
        if (head.mid(i, 2) == "<?") {
            const qsizetype end = head.indexOf("?>", i);
            if (end < 0)
                return false;
            i = end + 2;
        } else if (head.mid(i, 4) == "<!--") {
            const qsizetype end = head.indexOf("-->", i);
            if (end < 0)
                return false;
            i = end + 3;
        } else {
            break;
        }
    }
    const QByteArray start = head.mid(i, 14).toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") ||
           (start.startsWith("<head") && !start.startsWith("<header"));
}
