#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// QJsonDocument keeps no source positions. This index scans the same UTF-8 text once and
// remembers where each value starts, by its JSON path ("episodes[4].tags[1]"), down to
// `maxDepth` levels, so that validation messages can point at line and column.
// It expects text that QJsonDocument has already accepted.
class JsonPositionIndex final
{
public:
    struct Position
    {
        int line = 1;   // 1-based
        int column = 1; // 1-based, in characters
    };

    explicit JsonPositionIndex(const QByteArray &json, int maxDepth = 4);

    // Byte offset of the value at `path`, or -1. The root is "".
    qsizetype offsetOf(const QString &path) const { return m_offsets.value(path, -1); }
    // Position of the value at `path`; falls back to the nearest recorded parent.
    Position positionOf(const QString &path) const;
    // Line and column of a byte offset into the text.
    Position positionAt(qsizetype offset) const;

    static Position positionAt(const QByteArray &text, qsizetype offset);

private:
    void scanValue(const QString &path, int depth);
    void skipValue();
    void skipString();
    void skipSpace();

    const QByteArray m_data;
    const int m_maxDepth;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
    QList<qsizetype> m_lineStarts;
    // The last position asked for: problems come in document order, so the next column is
    // counted from there, not from the start of a line that may be megabytes long.
    mutable qsizetype m_lastOffset = -1;
    mutable qsizetype m_lastLine = 0;
    mutable int m_lastColumn = 0;
};
