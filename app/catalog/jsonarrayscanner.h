#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <optional>

// Finds, without parsing any value, where one array member of a JSON document's top-level object
// lies in the raw bytes, and where each of its elements lies: the catalog loader parses the
// elements one at a time (QJsonDocument on each span) instead of building Qt's tree of the whole
// file. Only strings (with their escapes) and the nesting depth are tracked, so the scanner tells
// nothing about the document's validity: a span it returns is only a candidate, which the caller
// checks by parsing it. It gives up (std::nullopt) on anything it does not expect: a top level
// that is not an object, the key missing, found twice or written with an escape, a value that is
// not an array, an element that is not an object, a missing or extra comma, input that ends early.
class JsonArrayScanner final
{
public:
    struct Span
    {
        qsizetype begin = 0; // first byte
        qsizetype end = 0;   // one past the last byte
    };
    struct Layout
    {
        Span array;          // from '[' to ']' inclusive
        QList<Span> objects; // each element, from '{' to '}' inclusive
    };

    JsonArrayScanner() = delete;

    // `key`: the member's name as written in the file (plain ASCII, no escapes).
    static std::optional<Layout> scan(const QByteArray &data, QLatin1StringView key);
};
