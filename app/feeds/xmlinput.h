#pragma once

#include "inputproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>

// The bytes of a feed or OPML file made ready for QXmlStreamReader, recovering where podcast
// apps recover: any encoding (BOM, HTTP charset, XML declaration, legacy code pages) becomes
// UTF-8; white space or a blank line before <?xml is allowed; the well-known namespace prefixes
// (itunes:, podcast:, media:, content:, …) are declared when a feed uses them without; a stray
// '&' becomes &amp;. Each recovery is a problem with the line and column of the input. Where
// text had to be inserted, columns() maps what the XML reader reports back to the input.
class XmlInput final
{
    Q_DECLARE_TR_FUNCTIONS(XmlInput)

public:
    struct Prefix
    {
        const char *prefix;
        const char *uri;
    };

    // `file` names the input in problems. `prefixes` are declared on the root element when used
    // in the first `prefixScanLimit` bytes and not declared.
    static XmlInput prepare(const QByteArray &data, const QByteArray &contentType,
                            const QString &file, qsizetype maxSize, QList<Prefix> prefixes,
                            qsizetype prefixScanLimit = std::numeric_limits<qsizetype>::max());

    // False when the input cannot be read at all (too large); problems() says why.
    bool isUsable() const { return m_usable; }
    // How many prefixes were declared for the document.
    int declaredPrefixes() const { return m_declaredPrefixes; }
    const QByteArray &utf8() const { return m_utf8; }
    const QList<InputProblem> &problems() const { return m_problems; }
    // Where `needle` occurs in `data` at or after `from`, or -1; how often it occurs.
    static qsizetype find(const QByteArray &data, qsizetype from, const char *needle);
    static qsizetype count(const QByteArray &data, const char *needle);

    // An HTML page rather than XML: <!DOCTYPE html> or <html> first.
    bool looksLikeHtml() const;

    // The input column (1-based) of what the XML reader reports at `line` and `column`
    // (QXmlStreamReader::columnNumber(), characters read on that line).
    int inputColumn(int line, int column) const;

private:
    struct Edit
    {
        int line = 0;
        int column = 0;      // characters before the end of the inserted text, in the output
        int added = 0;       // characters inserted
        int addedBefore = 0; // by the earlier edits on the same line
    };

    void decode(const QByteArray &data, const QByteArray &contentType);
    void fixDeclaration();
    void declarePrefixes(const QList<Prefix> &prefixes, qsizetype scanLimit);
    void escapeStrayAmpersands();
    void addProblem(qsizetype offset, const QString &message);
    void position(qsizetype offset, int *line, int *column) const;

    struct Cursor
    {
        const char *data = nullptr;
        qsizetype offset = 0;
        int line = 1;
        int column = 1; // of `offset`
    };

    QString m_file;
    QByteArray m_utf8;
    QList<InputProblem> m_problems;
    QList<Edit> m_edits;
    bool m_usable = true;
    bool m_transcoded = false;
    int m_declaredPrefixes = 0;
    mutable Cursor m_cursor; // position() goes forward from the last offset asked for
};
