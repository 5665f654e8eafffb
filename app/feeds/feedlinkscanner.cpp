#include "feedlinkscanner.h"

#include "htmlentities.h"

#include <QHash>

#include <algorithm>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f';
}

// The attributes of the tag whose name ends at `i`, up to its '>' (moved past it).
QHash<QByteArray, QByteArray> attributes(const QByteArray &html, qsizetype &i)
{
    QHash<QByteArray, QByteArray> result;
    const qsizetype n = html.size();
    while (i < n) {
        while (i < n && (isSpace(html.at(i)) || html.at(i) == '/'))
            ++i;
        if (i >= n || html.at(i) == '>') {
            ++i;
            break;
        }
        const qsizetype nameStart = i;
        while (i < n && !isSpace(html.at(i)) && html.at(i) != '=' && html.at(i) != '>')
            ++i;
        const QByteArray name = html.mid(nameStart, i - nameStart).toLower();
        while (i < n && isSpace(html.at(i)))
            ++i;
        QByteArray value;
        if (i < n && html.at(i) == '=') {
            ++i;
            while (i < n && isSpace(html.at(i)))
                ++i;
            if (i < n && (html.at(i) == '"' || html.at(i) == '\'')) {
                const char quote = html.at(i);
                const qsizetype end = html.indexOf(quote, i + 1);
                const qsizetype stop = end < 0 ? n : end;
                value = html.mid(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const qsizetype start = i;
                while (i < n && !isSpace(html.at(i)) && html.at(i) != '>')
                    ++i;
                value = html.mid(start, i - start);
            }
        }
        if (!name.isEmpty() && !result.contains(name))
            result.insert(name, value);
    }
    return result;
}

bool isTag(const QByteArray &html, qsizetype at, const char *name, qsizetype length)
{
    if (html.size() - at < length + 1)
        return false;
    if (html.mid(at + 1, length).toLower() != QByteArray(name, length))
        return false;
    const qsizetype after = at + 1 + length;
    return after == html.size() || isSpace(html.at(after)) || html.at(after) == '>' ||
           html.at(after) == '/';
}

QString decoded(const QByteArray &value)
{
    return HtmlEntities::decode(QString::fromUtf8(value)).trimmed();
}

} // namespace

QList<QUrl> FeedLinkScanner::scan(const QByteArray &html, const QUrl &pageUrl)
{
    static const QByteArray kTypes[] = {"application/rss+xml", "application/atom+xml",
                                        "application/rdf+xml", "application/x-rss+xml"};
    QList<QUrl> feeds;
    QUrl base = pageUrl;
    qsizetype i = 0;
    while ((i = html.indexOf('<', i)) >= 0) {
        if (html.mid(i, 4) == "<!--") {
            const qsizetype end = html.indexOf("-->", i + 4);
            if (end < 0)
                break;
            i = end + 3;
            continue;
        }
        const bool link = isTag(html, i, "link", 4);
        const bool baseTag = !link && isTag(html, i, "base", 4);
        if (!link && !baseTag) {
            ++i;
            continue;
        }
        i += 5;
        const QHash<QByteArray, QByteArray> attrs = attributes(html, i);
        const QString href = decoded(attrs.value("href"));
        if (href.isEmpty())
            continue;
        if (baseTag) {
            base = base.resolved(QUrl(href));
            continue;
        }
        const QList<QByteArray> rels = attrs.value("rel").toLower().simplified().split(' ');
        if (!rels.contains("alternate"))
            continue;
        const QByteArray type = attrs.value("type").trimmed().toLower();
        if (std::find(std::begin(kTypes), std::end(kTypes), type) == std::end(kTypes))
            continue;
        const QUrl url = base.resolved(QUrl(href));
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        // A page from the web may link feeds on the web only.
        if (!url.isValid() || !(web || (url.isLocalFile() && pageUrl.isLocalFile())))
            continue;
        if (!feeds.contains(url))
            feeds.append(url);
    }
    return feeds;
}
