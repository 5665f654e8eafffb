#include "jsonpositionindex.h"

#include <algorithm>

namespace {
int charactersBetween(const QByteArray &text, qsizetype from, qsizetype to)
{
    int n = 0;
    for (qsizetype i = from; i < to && i < text.size(); ++i) {
        // Count every byte that is not a UTF-8 continuation byte.
        if ((static_cast<unsigned char>(text.at(i)) & 0xC0) != 0x80)
            ++n;
    }
    return n;
}
} // namespace

JsonPositionIndex::JsonPositionIndex(const QByteArray &json, int maxDepth)
    : m_data(json)
    , m_maxDepth(maxDepth)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        if (m_data.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    skipSpace();
    if (m_pos < m_data.size())
        scanValue(QString(), 0);
}

JsonPositionIndex::Position JsonPositionIndex::positionOf(const QString &path) const
{
    QString p = path;
    while (true) {
        const qsizetype offset = offsetOf(p);
        if (offset >= 0)
            return positionAt(offset);
        if (p.isEmpty())
            return {};
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut < 0 ? QString() : p.left(cut);
    }
}

JsonPositionIndex::Position JsonPositionIndex::positionAt(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_data.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = std::distance(m_lineStarts.cbegin(), it); // 1-based
    const qsizetype lineStart = m_lineStarts.at(line - 1);
    int column = 0;
    if (line == m_lastLine && offset >= m_lastOffset)
        column = m_lastColumn + charactersBetween(m_data, m_lastOffset, offset);
    else
        column = charactersBetween(m_data, lineStart, offset) + 1;
    m_lastLine = line;
    m_lastOffset = offset;
    m_lastColumn = column;
    return {int(line), column};
}

JsonPositionIndex::Position JsonPositionIndex::positionAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, charactersBetween(text, lineStart, offset) + 1};
}

void JsonPositionIndex::skipSpace()
{
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

void JsonPositionIndex::skipString()
{
    // m_pos is at the opening quote.
    ++m_pos;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos++);
        if (c == '\\')
            ++m_pos;
        else if (c == '"')
            return;
    }
}

void JsonPositionIndex::skipValue()
{
    if (m_pos >= m_data.size())
        return;
    const char first = m_data.at(m_pos);
    if (first == '"') {
        skipString();
        return;
    }
    if (first != '{' && first != '[') {
        const auto endsScalar = [](char c) {
            return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' ||
                   c == '\n';
        };
        while (m_pos < m_data.size() && !endsScalar(m_data.at(m_pos)))
            ++m_pos;
        return;
    }
    // Iterative, so that nesting below maxDepth costs no stack.
    int depth = 0;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (c == '"') {
            skipString();
            continue;
        }
        ++m_pos;
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return;
    }
}

void JsonPositionIndex::scanValue(const QString &path, int depth)
{
    m_offsets.insert(path, m_pos);
    if (depth >= m_maxDepth) {
        skipValue();
        return;
    }
    const char c = m_data.at(m_pos);
    if (c == '{') {
        ++m_pos;
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size())
                return;
            if (m_data.at(m_pos) == '}') {
                ++m_pos;
                return;
            }
            if (m_data.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            const qsizetype keyStart = m_pos + 1;
            skipString();
            const QString key =
                QString::fromUtf8(m_data.constData() + keyStart, m_pos - keyStart - 1);
            skipSpace();
            if (m_pos < m_data.size() && m_data.at(m_pos) == ':')
                ++m_pos;
            skipSpace();
            if (m_pos >= m_data.size())
                return;
            scanValue(path.isEmpty() ? key : path + u'.' + key, depth + 1);
        }
    } else if (c == '[') {
        ++m_pos;
        int index = 0;
        while (true) {
            skipSpace();
            if (m_pos >= m_data.size())
                return;
            if (m_data.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_data.at(m_pos) == ',') {
                ++m_pos;
                continue;
            }
            scanValue(path + u'[' + QString::number(index++) + u']', depth + 1);
        }
    } else {
        skipValue();
    }
}
