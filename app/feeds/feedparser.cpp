#include "feedparser.h"

#include "feeddate.h"
#include "feedduration.h"
#include "feedlinkscanner.h"
#include "feedtext.h"
#include "htmlentities.h"
#include "xmlinput.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace {

constexpr int kMaxDepth = 64;
constexpr int kMaxProblems = 100;
constexpr int kEntityExpansionLimit = 4096;
constexpr int kMaxChannelTextChars = 100'000;

constexpr auto kItunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
constexpr auto kMedia = "http://search.yahoo.com/mrss/";
constexpr auto kPodcast = "https://podcastindex.org/namespace/1.0";
constexpr auto kPsc = "http://podlove.org/simple-chapters";
constexpr auto kContent = "http://purl.org/rss/1.0/modules/content/";
constexpr auto kAtom = "http://www.w3.org/2005/Atom";
constexpr auto kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr auto kDc = "http://purl.org/dc/elements/1.1/";
constexpr auto kRss10 = "http://purl.org/rss/1.0/";
constexpr auto kRss090 = "http://my.netscape.com/rdf/simple/0.9/";
constexpr auto kXml = "http://www.w3.org/XML/1998/namespace";

const QList<XmlInput::Prefix> kWellKnownPrefixes = {
    {"itunes", kItunes}, {"podcast", kPodcast}, {"media", kMedia}, {"content", kContent},
    {"psc", kPsc},       {"atom", kAtom},       {"dc", kDc},       {"rdf", kRdf}};

enum class Ns { Core, Itunes, Media, Podcast, Psc, Content, Atom, Rdf, Dc, Other };

bool sameUri(QStringView uri, const char *known)
{
    const QLatin1StringView k(known);
    if (uri.size() == k.size())
        return uri.compare(k, Qt::CaseInsensitive) == 0;
    // Tolerate a missing or extra trailing slash, http for https.
    QStringView a = uri;
    QLatin1StringView b = k;
    if (a.endsWith(u'/'))
        a.chop(1);
    if (b.endsWith(u'/'))
        b.chop(1);
    if (a.startsWith(u"https:"))
        a = a.mid(5);
    else if (a.startsWith(u"http:"))
        a = a.mid(4);
    if (b.startsWith(QLatin1StringView("https:")))
        b = b.mid(5);
    else if (b.startsWith(QLatin1StringView("http:")))
        b = b.mid(4);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

Ns classify(QStringView uri)
{
    if (uri.isEmpty())
        return Ns::Core;
    if (sameUri(uri, kItunes))
        return Ns::Itunes;
    if (sameUri(uri, kContent))
        return Ns::Content;
    if (sameUri(uri, kPodcast) ||
        uri.startsWith(u"https://github.com/Podcastindex-org/podcast-namespace",
                       Qt::CaseInsensitive))
        return Ns::Podcast;
    if (sameUri(uri, kMedia))
        return Ns::Media;
    if (sameUri(uri, kAtom))
        return Ns::Atom;
    if (sameUri(uri, kPsc))
        return Ns::Psc;
    if (sameUri(uri, kDc))
        return Ns::Dc;
    if (sameUri(uri, kRdf))
        return Ns::Rdf;
    if (sameUri(uri, kRss10) || sameUri(uri, kRss090))
        return Ns::Core;
    return Ns::Other;
}

bool hasMediaExtension(QStringView url)
{
    static const QLatin1StringView kExtensions[] = {
        QLatin1StringView("mp3"),  QLatin1StringView("m4a"),  QLatin1StringView("m4b"),
        QLatin1StringView("aac"),  QLatin1StringView("ogg"),  QLatin1StringView("oga"),
        QLatin1StringView("opus"), QLatin1StringView("flac"), QLatin1StringView("wav"),
        QLatin1StringView("mp4"),  QLatin1StringView("m4v"),  QLatin1StringView("webm"),
        QLatin1StringView("mov"),  QLatin1StringView("mkv"),  QLatin1StringView("wma"),
        QLatin1StringView("spx"),  QLatin1StringView("mpga"), QLatin1StringView("3gp")};
    qsizetype end = url.size();
    for (QChar stop : {u'#', u'?'}) {
        const qsizetype at = url.indexOf(stop);
        if (at >= 0 && at < end)
            end = at;
    }
    const QStringView path = url.first(end);
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || dot < path.lastIndexOf(u'/'))
        return false;
    const QStringView extension = path.mid(dot + 1);
    for (QLatin1StringView known : kExtensions) {
        if (extension.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isPlayableType(QStringView type)
{
    return type.startsWith(u"audio/", Qt::CaseInsensitive) ||
           type.startsWith(u"video/", Qt::CaseInsensitive);
}

bool isTrue(QStringView text)
{
    text = text.trimmed();
    return text.compare(u"yes", Qt::CaseInsensitive) == 0 ||
           text.compare(u"true", Qt::CaseInsensitive) == 0 ||
           text.compare(u"explicit", Qt::CaseInsensitive) == 0;
}

// A candidate for the episode's audio.
struct Enclosure
{
    QString url;
    QString type;
    qint64 bytes = 0;
    bool mediaContent = false; // media:content, a fallback
    bool playableMedium = false;
};

// The XML of an Atom xhtml content, as markup.
void appendEscaped(QString &out, QStringView text, bool attribute)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            out += u"&lt;";
            break;
        case u'>':
            out += u"&gt;";
            break;
        case u'&':
            out += u"&amp;";
            break;
        case u'"':
            out += attribute ? u"&quot;" : u"\"";
            break;
        default:
            out += c;
        }
    }
}

class Reader;

class EntityResolver final : public QXmlStreamEntityResolver
{
public:
    explicit EntityResolver(Reader *reader)
        : m_reader(reader)
    {}
    QString resolveUndeclaredEntity(const QString &name) override;

private:
    Reader *m_reader;
};

class Reader final
{
public:
    // `onItem`, when set, takes each item instead of the result; the first `skipItems` items are
    // dropped (they were handed over by an earlier pass).
    Reader(const XmlInput &input, const QUrl &location, FeedParseResult &result,
           const std::function<void(FeedItem &&)> *onItem, qsizetype skipItems)
        : m_input(input)
        , m_onItem(onItem)
        , m_skipItems(skipItems)
        , m_location(location)
        , m_result(result)
        , m_resolver(this)
    {
        m_network = location.scheme() == u"http" || location.scheme() == u"https";
        m_bases.append(location);
        m_buffer.setData(input.utf8());
        m_buffer.open(QIODevice::ReadOnly);
        m_xml.setDevice(&m_buffer);
        m_xml.setNamespaceProcessing(true);
        m_xml.setEntityResolver(&m_resolver);
        m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
    }
    Q_DISABLE_COPY_MOVE(Reader)

    void read();
    QString resolveEntity(const QString &name);
    qsizetype itemCount() const { return m_itemCount; }
    bool failed() const { return m_xml.hasError(); }

private:
    QXmlStreamReader::TokenType next();
    bool nextChild(); // the next child start element of the current element; false at its end
    QString readText(bool markup = false);
    void skip(); // the current element and all it contains
    QString attribute(QLatin1StringView name) const
    {
        return m_xml.attributes().value(name).trimmed().toString();
    }
    QString resolve(QStringView href);
    // One copy of strings that repeat across items (types, tags, roles).
    QString intern(const QString &text);
    void addCategory(QStringList &categories, QStringView text);
    // At the current element (columns mapped back to the input only when there is a problem).
    void problem(const QString &message)
    {
        problemAt(m_elementLine, m_input.inputColumn(m_elementLine, m_elementColumn), message);
    }
    void problemAt(int line, int column, const QString &message);

    void readRss();
    void readRdf();
    void readChannel();
    bool readChannelExtension(Ns ns, QStringView name);
    void readItem();
    bool readItemExtension(Ns ns, QStringView name, FeedItem &item, QList<Enclosure> &enclosures,
                           QString notes[3]);
    void readItunesCategory(QStringList &categories);
    void readPerson(QList<FeedPerson> &persons);
    void readChapters(FeedItem &item);
    void readMediaContent(QList<Enclosure> &enclosures, FeedItem &item);
    void readAtomFeed();
    void readAtomEntry();
    QString readAtomText(bool plain);
    void finishItem(FeedItem &item, const QList<Enclosure> &enclosures, QString notes[3]);
    void setDate(FeedItem &item, QStringView text);
    void finishError();

    const XmlInput &m_input;
    const std::function<void(FeedItem &&)> *m_onItem = nullptr;
    qsizetype m_skipItems = 0;
    qsizetype m_itemCount = 0;
    QUrl m_location;
    FeedParseResult &m_result;
    EntityResolver m_resolver;
    QBuffer m_buffer;
    QXmlStreamReader m_xml;
    QList<QUrl> m_bases;
    bool m_network = false;
    int m_depth = 0;
    int m_elementLine = 0;
    int m_elementColumn = 0; // as the XML reader counts
    int m_problems = 0;
    // Interned strings by their own text (the views point into the values).
    QHash<QStringView, QString> m_interned;
    // Channel description candidates: description, itunes:summary, Atom subtitle.
    QString m_channelDescription[3];
};

QString EntityResolver::resolveUndeclaredEntity(const QString &name)
{
    return m_reader->resolveEntity(name);
}

QXmlStreamReader::TokenType Reader::next()
{
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::StartElement) {
        ++m_depth;
        m_elementLine = int(m_xml.lineNumber());
        m_elementColumn = int(m_xml.columnNumber());
        if (m_depth > kMaxDepth) {
            m_xml.raiseError(FeedParser::tr("elements nested deeper than %1").arg(kMaxDepth));
            return QXmlStreamReader::Invalid;
        }
        const QXmlStreamAttributes attributes = m_xml.attributes();
        const QStringView base = attributes.isEmpty() ? QStringView()
                                                      : attributes.value(QLatin1StringView(kXml),
                                                                         QLatin1StringView("base"));
        if (base.isEmpty())
            m_bases.append(m_bases.constLast());
        else
            m_bases.append(m_bases.constLast().resolved(QUrl(base.trimmed().toString())));
    } else if (token == QXmlStreamReader::EndElement) {
        --m_depth;
        if (m_bases.size() > 1)
            m_bases.removeLast();
    }
    return token;
}

bool Reader::nextChild()
{
    const int depth = m_depth;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token == QXmlStreamReader::EndElement && m_depth < depth)
            return false;
        if (token == QXmlStreamReader::Invalid)
            return false;
    }
    return false;
}

void Reader::skip()
{
    const int depth = m_depth;
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = next();
        if ((token == QXmlStreamReader::EndElement && m_depth < depth) ||
            token == QXmlStreamReader::Invalid)
            return;
    }
}

QString Reader::readText(bool markup)
{
    // The current element's text, with the text of nested elements (or their markup).
    QString text;
    const int depth = m_depth;
    while (!m_xml.atEnd()) {
        switch (next()) {
        case QXmlStreamReader::Characters:
            if (markup)
                appendEscaped(text, m_xml.text(), false);
            else if (text.isEmpty())
                text = m_xml.text().toString(); // usually the only piece: allocated to size
            else
                text += m_xml.text();
            break;
        case QXmlStreamReader::StartElement:
            if (markup) {
                text += u'<' + m_xml.name();
                for (const QXmlStreamAttribute &a : m_xml.attributes()) {
                    if (a.namespaceUri().isEmpty()) {
                        text += u' ' + a.name() + u"=\"";
                        appendEscaped(text, a.value(), true);
                        text += u'"';
                    }
                }
                text += u'>';
            }
            break;
        case QXmlStreamReader::EndElement:
            if (m_depth < depth) {
                text.squeeze();
                return text;
            }
            if (markup)
                text += u"</" + m_xml.name() + u'>';
            break;
        case QXmlStreamReader::Invalid:
            return text;
        default:
            break;
        }
    }
    return text;
}

QString Reader::intern(const QString &text)
{
    if (text.isEmpty() || text.size() > 64)
        return text;
    const auto it = m_interned.constFind(QStringView(text));
    if (it != m_interned.cend())
        return *it;
    if (m_interned.size() < 10'000)
        m_interned.insert(QStringView(text), text);
    return text;
}

void Reader::addCategory(QStringList &categories, QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return;
    // A tag seen before, written the same way: no new string.
    const auto known = m_interned.constFind(text);
    const QString tag = known != m_interned.cend() ? *known : intern(FeedText::folded(text));
    if (!categories.contains(tag, Qt::CaseInsensitive))
        categories.append(tag);
}

QString Reader::resolve(QStringView href)
{
    href = href.trimmed();
    if (href.isEmpty())
        return {};
    const QUrl &base = m_bases.constLast();
    // Fast path: an absolute web URL of plain ASCII needs no parsing.
    if (href.startsWith(u"https://") || href.startsWith(u"http://")) {
        bool plain = true;
        for (QChar c : href) {
            const char16_t u = c.unicode();
            if (u <= 0x20 || u >= 0x7F || u == u'"' || u == u'<' || u == u'>' || u == u'\\' ||
                u == u'^' || u == u'`' || u == u'{' || u == u'|' || u == u'}') {
                plain = false;
                break;
            }
        }
        if (plain)
            return href.toString();
    }
    const QUrl url = base.resolved(QUrl(href.toString()));
    if (!url.isValid() || url.isRelative()) {
        problem(FeedParser::tr("cannot read the URL \"%1\"; ignored").arg(href));
        return {};
    }
    if (m_network && url.scheme() != u"http" && url.scheme() != u"https") {
        problem(FeedParser::tr("a feed from the web may only point at http and https URLs; "
                               "\"%1\" ignored")
                    .arg(url.toString()));
        return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

void Reader::problemAt(int line, int column, const QString &message)
{
    ++m_problems;
    if (m_problems > kMaxProblems)
        return;
    if (m_problems == kMaxProblems) {
        m_result.problems.append({m_location.toString(), line, column,
                                  FeedParser::tr("too many problems; no more are listed")});
        return;
    }
    m_result.problems.append({m_location.toString(), line, column, message});
}

QString Reader::resolveEntity(const QString &name)
{
    // QXmlStreamReader has read the whole reference; point at its '&'.
    const int line = int(m_xml.lineNumber());
    const int column = m_input.inputColumn(line, int(m_xml.columnNumber())) - int(name.size()) - 1;
    const char32_t codePoint = HtmlEntities::codePoint(name);
    if (codePoint == 0) {
        problemAt(line, column, FeedParser::tr("unknown entity \"&%1;\"; kept as text").arg(name));
        return u"&amp;" + name + u';';
    }
    problemAt(line, column,
              FeedParser::tr("HTML entity \"&%1;\" is not defined in XML; read as \"%2\"")
                  .arg(name, QString::fromUcs4(&codePoint, 1)));
    // The reader parses the replacement again: characters that are markup go in as references.
    if (codePoint == U'<' || codePoint == U'&')
        return u"&#" + QString::number(uint(codePoint)) + u';';
    return QString::fromUcs4(&codePoint, 1);
}

void Reader::read()
{
    while (!m_xml.atEnd()) {
        if (next() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = m_xml.name();
        const Ns ns = classify(m_xml.namespaceUri());
        if (ns == Ns::Core && name == u"rss")
            readRss();
        else if (ns == Ns::Rdf && name == u"RDF")
            readRdf();
        else if (ns == Ns::Atom && name == u"feed")
            readAtomFeed();
        else if (name.compare(u"html", Qt::CaseInsensitive) == 0) {
            m_result.discoveredFeeds = FeedLinkScanner::scan(m_input.utf8(), m_location);
            if (m_result.discoveredFeeds.isEmpty())
                problem(FeedParser::tr("this is a web page, not a feed, and it links no feed"));
            m_result.complete = false;
            return;
        } else {
            problem(FeedParser::tr("not a podcast feed: the document is <%1>, expected <rss> or "
                                   "an Atom <feed>")
                        .arg(m_xml.qualifiedName()));
            m_result.complete = false;
            return;
        }
        break;
    }
    // After the root: only comments and white space may follow.
    while (!m_xml.atEnd() && !m_xml.hasError())
        next();
    finishError();
}

void Reader::finishError()
{
    if (!m_xml.hasError())
        return;
    m_result.complete = false;
    const int line = int(m_xml.lineNumber());
    const int column = m_input.inputColumn(line, int(m_xml.columnNumber()));
    QString message;
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        message = FeedParser::tr("the document ends too early (truncated?); %n item(s) read "
                                 "before",
                                 nullptr, int(m_itemCount));
    else
        message = m_xml.errorString();
    // Always listed, even past the limit.
    m_result.problems.append({m_location.toString(), line, column, message});
}

void Reader::readRss()
{
    while (nextChild()) {
        if (classify(m_xml.namespaceUri()) == Ns::Core && m_xml.name() == u"channel")
            readChannel();
        else if (classify(m_xml.namespaceUri()) == Ns::Core && m_xml.name() == u"item")
            readItem(); // RSS 0.9x feeds that put items beside the channel
        else
            skip();
    }
}

void Reader::readRdf()
{
    while (nextChild()) {
        const Ns ns = classify(m_xml.namespaceUri());
        const QStringView name = m_xml.name();
        if (ns == Ns::Core && name == u"channel")
            readChannel();
        else if (ns == Ns::Core && name == u"item")
            readItem();
        else if (ns == Ns::Core && name == u"image") {
            while (nextChild()) {
                if (m_xml.name() == u"url" && m_result.feed.imageUrl.isEmpty())
                    m_result.feed.imageUrl = resolve(readText());
                else
                    skip();
            }
        } else
            skip();
    }
}

void Reader::readChannel()
{
    FeedDocument &feed = m_result.feed;
    while (nextChild()) {
        const Ns ns = classify(m_xml.namespaceUri());
        const QStringView name = m_xml.name();
        if (ns == Ns::Core) {
            if (name == u"item") {
                readItem();
            } else if (name == u"title") {
                feed.title = FeedText::folded(readText());
            } else if (name == u"link") {
                const QString link = resolve(readText());
                if (feed.link.isEmpty())
                    feed.link = link;
            } else if (name == u"description") {
                m_channelDescription[0] = readText();
            } else if (name == u"language") {
                feed.language = readText().trimmed();
            } else if (name == u"category") {
                addCategory(feed.categories, readText());
            } else if (name == u"image") {
                while (nextChild()) {
                    if (m_xml.name() == u"url") {
                        const QString url = resolve(readText());
                        if (feed.imageUrl.isEmpty())
                            feed.imageUrl = url;
                    } else {
                        skip();
                    }
                }
            } else {
                skip();
            }
        } else if (!readChannelExtension(ns, name)) {
            skip();
        }
    }
    for (const QString &text : m_channelDescription) {
        if (!text.trimmed().isEmpty()) {
            feed.description = FeedText::plainText(text, kMaxChannelTextChars);
            break;
        }
    }
}

bool Reader::readChannelExtension(Ns ns, QStringView name)
{
    FeedDocument &feed = m_result.feed;
    if (ns == Ns::Itunes) {
        if (name == u"author") {
            feed.author = FeedText::folded(readText());
        } else if (name == u"summary") {
            m_channelDescription[1] = readText();
        } else if (name == u"image") {
            const QString url = resolve(attribute(QLatin1StringView("href")));
            skip();
            if (!url.isEmpty())
                feed.imageUrl = url; // itunes:image wins over <image>
        } else if (name == u"category") {
            readItunesCategory(feed.categories);
        } else if (name == u"keywords") {
            for (const QString &keyword : readText().split(u','))
                addCategory(feed.categories, keyword);
        } else if (name == u"new-feed-url") {
            feed.newFeedUrl = resolve(readText());
        } else {
            return false;
        }
        return true;
    }
    if (ns == Ns::Podcast && name == u"person") {
        readPerson(feed.persons);
        return true;
    }
    if (ns == Ns::Dc && name == u"subject") {
        addCategory(feed.categories, readText());
        return true;
    }
    if (ns == Ns::Dc && name == u"language" && feed.language.isEmpty()) {
        feed.language = readText().trimmed();
        return true;
    }
    return false;
}

void Reader::readItunesCategory(QStringList &categories)
{
    addCategory(categories, m_xml.attributes().value(QLatin1StringView("text")));
    while (nextChild()) {
        if (classify(m_xml.namespaceUri()) == Ns::Itunes && m_xml.name() == u"category")
            readItunesCategory(categories);
        else
            skip();
    }
}

void Reader::readPerson(QList<FeedPerson> &persons)
{
    FeedPerson person;
    person.role = attribute(QLatin1StringView("role")).toLower();
    person.group = attribute(QLatin1StringView("group")).toLower();
    person.imageUrl = resolve(attribute(QLatin1StringView("img")));
    person.url = resolve(attribute(QLatin1StringView("href")));
    person.name = FeedText::folded(readText());
    person.role = intern(person.role.isEmpty() ? u"host"_qs : person.role);
    person.group = intern(person.group.isEmpty() ? u"cast"_qs : person.group);
    if (!person.name.isEmpty())
        persons.append(person);
}

void Reader::readChapters(FeedItem &item)
{
    while (nextChild()) {
        if (classify(m_xml.namespaceUri()) != Ns::Psc || m_xml.name() != u"chapter") {
            skip();
            continue;
        }
        const QString start = attribute(QLatin1StringView("start"));
        FeedChapter chapter;
        chapter.startMs = FeedDuration::parseMilliseconds(start);
        chapter.title = FeedText::folded(m_xml.attributes().value(QLatin1StringView("title")));
        chapter.url = resolve(attribute(QLatin1StringView("href")));
        chapter.imageUrl = resolve(attribute(QLatin1StringView("image")));
        if (chapter.startMs < 0)
            problem(
                FeedParser::tr("cannot read the chapter start \"%1\"; chapter ignored").arg(start));
        skip();
        if (chapter.startMs >= 0)
            item.chapters.append(chapter);
    }
    std::stable_sort(
        item.chapters.begin(), item.chapters.end(),
        [](const FeedChapter &a, const FeedChapter &b) { return a.startMs < b.startMs; });
}

void Reader::readMediaContent(QList<Enclosure> &enclosures, FeedItem &item)
{
    Enclosure enclosure;
    enclosure.url = resolve(attribute(QLatin1StringView("url")));
    enclosure.type = attribute(QLatin1StringView("type"));
    enclosure.bytes = attribute(QLatin1StringView("fileSize")).toLongLong();
    enclosure.mediaContent = true;
    const QString medium = attribute(QLatin1StringView("medium"));
    enclosure.playableMedium = medium == u"audio" || medium == u"video";
    // media:content may hold a thumbnail of its own.
    while (nextChild()) {
        if (classify(m_xml.namespaceUri()) == Ns::Media && m_xml.name() == u"thumbnail" &&
            item.imageUrl.isEmpty()) {
            item.imageUrl = resolve(attribute(QLatin1StringView("url")));
        }
        skip();
    }
    if (!enclosure.url.isEmpty())
        enclosures.append(enclosure);
}

void Reader::setDate(FeedItem &item, QStringView text)
{
    const FeedDate date = FeedDate::parse(text);
    if (!date.isValid()) {
        if (!text.trimmed().isEmpty())
            problem(FeedParser::tr("cannot read the date \"%1\"; left empty").arg(text.trimmed()));
        return;
    }
    item.published = date.dateTime();
    item.publishedHasTime = date.hasTime();
}

void Reader::readItem()
{
    FeedItem item;
    QList<Enclosure> enclosures;
    QString notes[3]; // content:encoded (or Atom content), description (or summary), itunes:summary
    QString itunesTitle;
    bool hasDate = false;
    while (nextChild()) {
        const Ns ns = classify(m_xml.namespaceUri());
        const QStringView name = m_xml.name();
        if (ns == Ns::Core) {
            if (name == u"title") {
                item.title = FeedText::folded(readText());
            } else if (name == u"link") {
                item.link = resolve(readText());
            } else if (name == u"guid") {
                item.guid = readText().trimmed();
            } else if (name == u"description") {
                notes[1] = readText();
            } else if (name == u"pubDate") {
                setDate(item, readText());
                hasDate = true;
            } else if (name == u"category") {
                addCategory(item.categories, readText());
            } else if (name == u"enclosure") {
                Enclosure enclosure;
                enclosure.url = resolve(attribute(QLatin1StringView("url")));
                enclosure.type = attribute(QLatin1StringView("type"));
                enclosure.bytes = attribute(QLatin1StringView("length")).toLongLong();
                skip();
                if (!enclosure.url.isEmpty())
                    enclosures.append(enclosure);
            } else {
                skip();
            }
        } else if (ns == Ns::Itunes && name == u"title") {
            itunesTitle = FeedText::folded(readText());
        } else if (ns == Ns::Dc && name == u"date") {
            const QString text = readText();
            if (!hasDate)
                setDate(item, text);
        } else if (ns == Ns::Atom && name == u"link" &&
                   m_xml.attributes().value(QLatin1StringView("rel")) == u"enclosure") {
            Enclosure enclosure;
            enclosure.url = resolve(attribute(QLatin1StringView("href")));
            enclosure.type = attribute(QLatin1StringView("type"));
            enclosure.bytes = attribute(QLatin1StringView("length")).toLongLong();
            skip();
            if (!enclosure.url.isEmpty())
                enclosures.append(enclosure);
        } else if (!readItemExtension(ns, name, item, enclosures, notes)) {
            skip();
        }
    }
    if (m_xml.hasError())
        return; // an item cut short is not kept
    if (item.title.isEmpty())
        item.title = itunesTitle;
    finishItem(item, enclosures, notes);
}

bool Reader::readItemExtension(Ns ns, QStringView name, FeedItem &item,
                               QList<Enclosure> &enclosures, QString notes[3])
{
    switch (ns) {
    case Ns::Content:
        if (name != u"encoded")
            return false;
        notes[0] = readText();
        return true;
    case Ns::Itunes:
        if (name == u"duration") {
            const QString text = readText();
            const int seconds = FeedDuration::parseSeconds(text);
            if (seconds >= 0)
                item.durationSec = seconds;
            else if (!text.trimmed().isEmpty())
                problem(FeedParser::tr("cannot read the duration \"%1\"; left empty")
                            .arg(text.trimmed()));
        } else if (name == u"image") {
            const QString url = resolve(attribute(QLatin1StringView("href")));
            skip();
            if (!url.isEmpty())
                item.imageUrl = url;
        } else if (name == u"summary") {
            notes[2] = readText();
        } else if (name == u"episode") {
            item.episodeNumber = qMax(0, readText().trimmed().toInt());
        } else if (name == u"season") {
            item.seasonNumber = qMax(0, readText().trimmed().toInt());
        } else if (name == u"explicit") {
            item.explicitContent = isTrue(readText());
        } else if (name == u"category") {
            readItunesCategory(item.categories);
        } else if (name == u"keywords") {
            for (const QString &keyword : readText().split(u','))
                addCategory(item.categories, keyword);
        } else {
            return false;
        }
        return true;
    case Ns::Media:
        if (name == u"content") {
            readMediaContent(enclosures, item);
        } else if (name == u"group") {
            while (nextChild()) {
                if (classify(m_xml.namespaceUri()) == Ns::Media && m_xml.name() == u"content")
                    readMediaContent(enclosures, item);
                else if (classify(m_xml.namespaceUri()) == Ns::Media &&
                         m_xml.name() == u"thumbnail" && item.imageUrl.isEmpty()) {
                    item.imageUrl = resolve(attribute(QLatin1StringView("url")));
                    skip();
                } else
                    skip();
            }
        } else if (name == u"thumbnail") {
            const QString url = resolve(attribute(QLatin1StringView("url")));
            skip();
            if (item.imageUrl.isEmpty())
                item.imageUrl = url;
        } else {
            return false;
        }
        return true;
    case Ns::Podcast:
        if (name == u"transcript") {
            FeedTranscript transcript;
            transcript.url = resolve(attribute(QLatin1StringView("url")));
            transcript.type = intern(attribute(QLatin1StringView("type")));
            transcript.language = attribute(QLatin1StringView("language"));
            transcript.rel = attribute(QLatin1StringView("rel"));
            skip();
            if (!transcript.url.isEmpty())
                item.transcripts.append(transcript);
        } else if (name == u"chapters") {
            item.chaptersUrl = resolve(attribute(QLatin1StringView("url")));
            item.chaptersType = intern(attribute(QLatin1StringView("type")));
            skip();
        } else if (name == u"person") {
            readPerson(item.persons);
        } else {
            return false;
        }
        return true;
    case Ns::Psc:
        if (name != u"chapters")
            return false;
        readChapters(item);
        return true;
    case Ns::Dc:
        if (name != u"subject")
            return false;
        addCategory(item.categories, readText());
        return true;
    default:
        return false;
    }
}

void Reader::finishItem(FeedItem &item, const QList<Enclosure> &enclosures, QString notes[3])
{
    // The audio: a declared audio or video type first, then a media file name, then
    // media:content.
    const Enclosure *chosen = nullptr;
    for (const Enclosure &e : enclosures) {
        if (!e.mediaContent && isPlayableType(e.type)) {
            chosen = &e;
            break;
        }
    }
    for (const Enclosure &e : enclosures) {
        if (chosen)
            break;
        if (!e.mediaContent && e.type.isEmpty() && hasMediaExtension(e.url))
            chosen = &e;
    }
    for (const Enclosure &e : enclosures) {
        if (chosen)
            break;
        if (e.mediaContent && (isPlayableType(e.type) || (e.type.isEmpty() && e.playableMedium) ||
                               (e.type.isEmpty() && hasMediaExtension(e.url))))
            chosen = &e;
    }
    if (!chosen)
        return; // not an episode
    item.audioUrl = chosen->url;
    item.audioType = intern(chosen->type);
    item.audioBytes = qMax<qint64>(0, chosen->bytes);

    qsizetype longest = 0;
    for (int i = 0; i < 3; ++i) {
        if (notes[i].size() > notes[longest].size())
            longest = i;
    }
    item.showNotes = notes[longest].trimmed();
    item.summary = FeedText::plainText(item.showNotes, FeedItem::kSummaryMaxChars);
    if (item.summary == item.showNotes)
        item.summary = item.showNotes; // share the one copy
    if (++m_itemCount <= m_skipItems)
        return;
    if (m_onItem)
        (*m_onItem)(std::move(item));
    else
        m_result.feed.items.append(std::move(item));
}

QString Reader::readAtomText(bool plain)
{
    const QString type = attribute(QLatin1StringView("type"));
    const bool xhtml = type == u"xhtml";
    QString text = readText(xhtml);
    if (!plain)
        return text.trimmed();
    if (xhtml || type == u"html")
        return FeedText::plainText(text, kMaxChannelTextChars);
    return FeedText::folded(text);
}

void Reader::readAtomFeed()
{
    FeedDocument &feed = m_result.feed;
    feed.language =
        m_xml.attributes().value(QLatin1StringView(kXml), QLatin1StringView("lang")).toString();
    while (nextChild()) {
        const Ns ns = classify(m_xml.namespaceUri());
        const QStringView name = m_xml.name();
        if (ns == Ns::Atom) {
            if (name == u"entry") {
                readAtomEntry();
            } else if (name == u"title") {
                feed.title = readAtomText(true);
            } else if (name == u"subtitle") {
                m_channelDescription[2] = readAtomText(false);
            } else if (name == u"link") {
                const QStringView rel = m_xml.attributes().value(QLatin1StringView("rel"));
                const QString href = resolve(attribute(QLatin1StringView("href")));
                if ((rel.isEmpty() || rel == u"alternate") && feed.link.isEmpty())
                    feed.link = href;
                skip();
            } else if (name == u"logo" || name == u"icon") {
                const QString url = resolve(readText());
                if (feed.imageUrl.isEmpty() || name == u"logo")
                    feed.imageUrl = url;
            } else if (name == u"author") {
                while (nextChild()) {
                    if (m_xml.name() == u"name" && feed.author.isEmpty())
                        feed.author = FeedText::folded(readText());
                    else
                        skip();
                }
            } else if (name == u"category") {
                const QStringView label = m_xml.attributes().value(QLatin1StringView("label"));
                addCategory(feed.categories,
                            label.isEmpty() ? m_xml.attributes().value(QLatin1StringView("term"))
                                            : label);
                skip();
            } else {
                skip();
            }
        } else if (!readChannelExtension(ns, name)) {
            skip();
        }
    }
    for (const QString &text : m_channelDescription) {
        if (!text.trimmed().isEmpty()) {
            feed.description = FeedText::plainText(text, kMaxChannelTextChars);
            break;
        }
    }
}

void Reader::readAtomEntry()
{
    FeedItem item;
    QList<Enclosure> enclosures;
    QString notes[3];
    QString updated;
    bool hasPublished = false;
    while (nextChild()) {
        const Ns ns = classify(m_xml.namespaceUri());
        const QStringView name = m_xml.name();
        if (ns != Ns::Atom) {
            if (!readItemExtension(ns, name, item, enclosures, notes))
                skip();
            continue;
        }
        if (name == u"id") {
            item.guid = readText().trimmed();
        } else if (name == u"title") {
            item.title = readAtomText(true);
        } else if (name == u"link") {
            const QString rel = attribute(QLatin1StringView("rel"));
            Enclosure link;
            link.url = resolve(attribute(QLatin1StringView("href")));
            link.type = attribute(QLatin1StringView("type"));
            link.bytes = attribute(QLatin1StringView("length")).toLongLong();
            skip();
            if (rel == u"enclosure" && !link.url.isEmpty())
                enclosures.append(link);
            else if ((rel.isEmpty() || rel == u"alternate") && item.link.isEmpty())
                item.link = link.url;
        } else if (name == u"published") {
            setDate(item, readText());
            hasPublished = true;
        } else if (name == u"updated") {
            updated = readText();
        } else if (name == u"content") {
            notes[0] = readAtomText(false);
        } else if (name == u"summary") {
            notes[1] = readAtomText(false);
        } else if (name == u"category") {
            const QStringView label = m_xml.attributes().value(QLatin1StringView("label"));
            addCategory(item.categories, label.isEmpty()
                                             ? m_xml.attributes().value(QLatin1StringView("term"))
                                             : label);
            skip();
        } else {
            skip();
        }
    }
    if (m_xml.hasError())
        return;
    if (!hasPublished && !updated.isEmpty())
        setDate(item, updated);
    finishItem(item, enclosures, notes);
}

} // namespace

namespace {

// Prefixes used without a declaration are looked for in the first MiB (where a feed's channel
// and first items are) before parsing; the rest of the document only when parsing fails.
constexpr qsizetype kPrefixScanBytes = qsizetype(1) << 20;

FeedParseResult parseFeed(const QByteArray &data, const QUrl &location,
                          const QByteArray &contentType,
                          const std::function<void(FeedItem &&)> *onItem)
{
    FeedParseResult result;
    const QString file = location.toString();
    XmlInput input = XmlInput::prepare(data, contentType, file, FeedParser::kMaxSize,
                                       kWellKnownPrefixes, kPrefixScanBytes);
    result.problems = input.problems();
    if (!input.isUsable()) {
        result.complete = false;
        return result;
    }
    bool blank = true;
    for (const char c : input.utf8()) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            blank = false;
            break;
        }
    }
    if (blank) {
        result.problems.append({file, 0, 0, FeedParser::tr("the document is empty")});
        result.complete = false;
        return result;
    }
    if (input.looksLikeHtml()) {
        result.discoveredFeeds = FeedLinkScanner::scan(input.utf8(), location);
        result.problems.clear(); // an HTML page is no broken feed
        if (result.discoveredFeeds.isEmpty())
            result.problems.append(
                {file, 0, 0,
                 FeedParser::tr("this is a web page, not a feed, and it links no feed")});
        result.complete = false;
        return result;
    }
    if (!onItem) {
        // Room for the items at once (the list would otherwise hold two copies while it grows).
        qsizetype tags = XmlInput::count(input.utf8(), "<item");
        if (tags == 0)
            tags = XmlInput::count(input.utf8(), "<entry");
        result.feed.items.reserve(qMin<qsizetype>(tags, 100'000));
    }
    bool retry = false;
    qsizetype handedOver = 0;
    {
        Reader reader(input, location, result, onItem, 0);
        reader.read();
        retry = reader.failed() && data.size() > kPrefixScanBytes;
        handedOver = onItem ? reader.itemCount() : 0;
    }
    if (retry) {
        // Failed: perhaps a prefix used without a declaration further down. Read again with
        // the whole document scanned for them.
        const XmlInput full =
            XmlInput::prepare(data, contentType, file, FeedParser::kMaxSize, kWellKnownPrefixes);
        if (full.declaredPrefixes() > input.declaredPrefixes()) {
            FeedParseResult again;
            again.problems = full.problems();
            if (!onItem)
                again.feed.items.reserve(result.feed.items.capacity());
            Reader reader(full, location, again, onItem, handedOver);
            reader.read();
            result = std::move(again);
        }
    }
    result.feed.items.squeeze();
    // In document order; problems without a position first.
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const InputProblem &a, const InputProblem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
}

} // namespace

FeedParseResult FeedParser::parse(const QByteArray &data, const QUrl &location,
                                  const QByteArray &contentType)
{
    return parseFeed(data, location, contentType, nullptr);
}

FeedParseResult FeedParser::parse(const QByteArray &data, const QUrl &location,
                                  const QByteArray &contentType,
                                  const std::function<void(FeedItem &&)> &onItem)
{
    return parseFeed(data, location, contentType, &onItem);
}
