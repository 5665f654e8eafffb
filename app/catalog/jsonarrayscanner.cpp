#include "jsonarrayscanner.h"

namespace {

// JSON's whitespace; nothing else is skipped (as in Qt's parser).
bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const QByteArray &data, qsizetype i)
{
    while (i < data.size() && isJsonSpace(data.at(i)))
        ++i;
    return i;
}

// `i` at an opening quote: the index after the closing one, or -1 when the input ends first.
qsizetype skipString(const QByteArray &data, qsizetype i)
{
    for (++i; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c == '\\')
            ++i; // the escaped character, whatever it is (a "\u" escape's digits hold no quote)
        else if (c == '"')
            return i + 1;
    }
    return -1;
}

// `i` at '{' or '[': the index after the bracket that closes it, or -1 when the input ends first.
// The kinds of brackets are not matched against each other: the span is parsed afterwards.
qsizetype skipNested(const QByteArray &data, qsizetype i)
{
    int depth = 0;
    while (i < data.size()) {
        const char c = data.at(i);
        if (c == '"') {
            i = skipString(data, i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
        ++i;
    }
    return -1;
}

// `i` at '[': the array's elements, each an object, separated by single commas.
std::optional<JsonArrayScanner::Layout> scanArray(const QByteArray &data, qsizetype i)
{
    JsonArrayScanner::Layout layout;
    layout.array.begin = i;
    i = skipSpace(data, i + 1);
    if (i < data.size() && data.at(i) == ']') {
        layout.array.end = i + 1;
        return layout;
    }
    while (i < data.size()) {
        if (data.at(i) != '{')
            return std::nullopt;
        const qsizetype end = skipNested(data, i);
        if (end < 0)
            return std::nullopt;
        layout.objects.append({i, end});
        i = skipSpace(data, end);
        if (i >= data.size())
            return std::nullopt;
        if (data.at(i) == ']') {
            layout.array.end = i + 1;
            return layout;
        }
        if (data.at(i) != ',')
            return std::nullopt;
        i = skipSpace(data, i + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<JsonArrayScanner::Layout> JsonArrayScanner::scan(const QByteArray &data,
                                                               QLatin1StringView key)
{
    qsizetype i = data.startsWith("\xEF\xBB\xBF") ? 3 : 0; // a UTF-8 byte order mark
    i = skipSpace(data, i);
    if (i >= data.size() || data.at(i) != '{')
        return std::nullopt;
    std::optional<Layout> found;
    int depth = 0;
    while (i < data.size()) {
        const char c = data.at(i);
        if (c == '"') {
            const qsizetype end = skipString(data, i);
            if (end < 0)
                return std::nullopt;
            const qsizetype colon = skipSpace(data, end);
            if (depth != 1 || colon >= data.size() || data.at(colon) != ':') {
                i = end; // a value, or a key further down
                continue;
            }
            const QByteArrayView name(data.constData() + i + 1, end - i - 2);
            if (name.contains('\\'))
                return std::nullopt; // "episod\u0065s" names the same member: not worth it
            if (name != QByteArrayView(key.data(), key.size())) {
                i = end;
                continue;
            }
            if (found)
                return std::nullopt; // the key twice: which one Qt keeps is its business
            const qsizetype value = skipSpace(data, colon + 1);
            if (value >= data.size() || data.at(value) != '[')
                return std::nullopt;
            found = scanArray(data, value);
            if (!found)
                return std::nullopt;
            i = found->array.end;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return found; // the end of the top-level object; what follows is Qt's to judge
        }
        ++i;
    }
    return std::nullopt;
}
