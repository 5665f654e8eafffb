#include "opmlreader.h"

#include "feedtext.h"
#include "htmlentities.h"
#include "xmlinput.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

namespace {

constexpr int kMaxDepth = 64;
constexpr int kMaxProblems = 100;

// Whether a directory's type="link" URL points at a feed rather than a web page: its path ends
// in .rss, .xml, .atom or .rdf, or a path segment or query names a feed ("feed", "rss",
// "atom", "podcast.xml"…). Web pages linked from directories stay out.
bool looksLikeFeedUrl(const QUrl &url)
{
    const QString path = url.path().toLower();
    for (const QLatin1StringView extension :
         {QLatin1StringView(".rss"), QLatin1StringView(".xml"), QLatin1StringView(".atom"),
          QLatin1StringView(".rdf")}) {
        if (path.endsWith(extension))
            return true;
    }
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        if (segment == u"feed" || segment == u"feeds" || segment == u"rss" || segment == u"atom")
            return true;
    }
    const QString query = url.query().toLower();
    return query.contains(u"format=rss"_qs) || query.contains(u"feed="_qs);
}

class EntityResolver final : public QXmlStreamEntityResolver
{
public:
    EntityResolver(QXmlStreamReader *xml, const XmlInput *input, OpmlReadResult *result,
                   QString file)
        : m_xml(xml)
        , m_input(input)
        , m_result(result)
        , m_file(std::move(file))
    {}

    QString resolveUndeclaredEntity(const QString &name) override
    {
        const int line = int(m_xml->lineNumber());
        const int column =
            m_input->inputColumn(line, int(m_xml->columnNumber())) - int(name.size()) - 1;
        const char32_t codePoint = HtmlEntities::codePoint(name);
        if (codePoint == 0) {
            m_result->problems.append(
                {m_file, line, column,
                 OpmlReader::tr("unknown entity \"&%1;\"; kept as text").arg(name)});
            return u"&amp;" + name + u';';
        }
        m_result->problems.append(
            {m_file, line, column,
             OpmlReader::tr("HTML entity \"&%1;\" is not defined in XML; read as \"%2\"")
                 .arg(name, QString::fromUcs4(&codePoint, 1))});
        if (codePoint == U'<' || codePoint == U'&')
            return u"&#" + QString::number(uint(codePoint)) + u';';
        return QString::fromUcs4(&codePoint, 1);
    }

private:
    QXmlStreamReader *m_xml;
    const XmlInput *m_input;
    OpmlReadResult *m_result;
    QString m_file;
};

QString attributeValue(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    // Attribute names as written by careless tools: xmlUrl, xmlurl, XMLURL.
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.namespaceUri().isEmpty() &&
            attribute.name().compare(name, Qt::CaseInsensitive) == 0)
            return attribute.value().trimmed().toString();
    }
    return {};
}

} // namespace

OpmlReadResult OpmlReader::parse(const QByteArray &data, const QUrl &location)
{
    OpmlReadResult result;
    const QString file = location.toString();
    const XmlInput input = XmlInput::prepare(data, {}, file, kMaxSize, {});
    result.problems = input.problems();
    if (!input.isUsable()) {
        result.complete = false;
        return result;
    }
    if (input.utf8().trimmed().isEmpty()) {
        result.problems.append({file, 0, 0, tr("the document is empty")});
        result.complete = false;
        return result;
    }
    const bool network = location.scheme() == u"http" || location.scheme() == u"https";
    QBuffer buffer;
    buffer.setData(input.utf8());
    buffer.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&buffer);
    EntityResolver resolver(&xml, &input, &result, file);
    xml.setEntityResolver(&resolver);
    xml.setEntityExpansionLimit(4096);

    QHash<QString, int> seen; // feed URL -> line of its first outline
    int depth = 0;
    int problems = 0;
    bool inHead = false;
    bool sawRoot = false;
    // For each open outline: whether it has child outlines, and its broken-subscription problem
    // waiting to see whether it only groups others.
    struct Open
    {
        bool hasChildren = false;
        bool pending = false;
        int line = 0;
        int column = 0;
    };
    QList<Open> open;
    auto problem = [&](int line, int column, const QString &message) {
        if (++problems <= kMaxProblems)
            result.problems.append({file, line, column, message});
    };
    int titleDepth = 0; // inside <head><title> when depth >= titleDepth > 0
    QString title;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters && titleDepth > 0) {
            title += xml.text();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (titleDepth > 0 && depth < titleDepth) {
                titleDepth = 0;
                result.document.title = FeedText::folded(title);
            }
            if (xml.name() == u"head")
                inHead = false;
            if (xml.name() == u"outline" && !open.isEmpty()) {
                const Open done = open.takeLast();
                if (done.pending && !done.hasChildren)
                    problem(done.line, done.column,
                            tr("an outline of type \"rss\" without an xmlUrl; skipped"));
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const int line = int(xml.lineNumber());
        const int column = input.inputColumn(line, int(xml.columnNumber()));
        if (depth > kMaxDepth) {
            xml.raiseError(tr("elements nested deeper than %1").arg(kMaxDepth));
            break;
        }
        const QStringView name = xml.name();
        if (!sawRoot) {
            sawRoot = true;
            if (name != u"opml") {
                problem(line, column,
                        tr("not an OPML file: the document is <%1>, expected <opml>")
                            .arg(xml.qualifiedName()));
                result.complete = false;
                return result;
            }
            continue;
        }
        if (depth == 2 && name == u"head") {
            inHead = true;
            continue;
        }
        if (inHead) {
            if (depth == 3 && name == u"title") {
                titleDepth = depth;
                title.clear();
            }
            continue;
        }
        if (name != u"outline")
            continue;
        if (!open.isEmpty())
            open.last().hasChildren = true;
        open.append({false, false, line, column});
        const QXmlStreamAttributes attributes = xml.attributes();
        const QString type = attributeValue(attributes, QLatin1StringView("type")).toLower();
        QString href = attributeValue(attributes, QLatin1StringView("xmlUrl"));
        bool fromLink = false;
        if (href.isEmpty() && type == u"link") {
            href = attributeValue(attributes, QLatin1StringView("url"));
            fromLink = true;
        }
        if (href.isEmpty()) {
            open.last().pending = type == u"rss" || type == u"atom";
            continue;
        }
        const QUrl url = location.resolved(QUrl(href));
        if (fromLink && !looksLikeFeedUrl(url))
            continue; // a directory's link to a web page
        const bool web = url.scheme() == u"http" || url.scheme() == u"https";
        if (!url.isValid() || !(web || (!network && url.isLocalFile()))) {
            problem(line, column, tr("\"%1\" is not a feed URL; skipped").arg(href));
            continue;
        }
        OpmlOutline outline;
        outline.feedUrl = url.toString(QUrl::FullyEncoded);
        outline.title = FeedText::folded(attributeValue(attributes, QLatin1StringView("text")));
        if (outline.title.isEmpty())
            outline.title =
                FeedText::folded(attributeValue(attributes, QLatin1StringView("title")));
        const QString htmlHref = attributeValue(attributes, QLatin1StringView("htmlUrl"));
        if (!htmlHref.isEmpty()) {
            const QUrl htmlUrl = location.resolved(QUrl(htmlHref));
            if (htmlUrl.isValid() && (htmlUrl.scheme() == u"http" || htmlUrl.scheme() == u"https"))
                outline.htmlUrl = htmlUrl.toString(QUrl::FullyEncoded);
        }
        if (const auto it = seen.constFind(outline.feedUrl); it != seen.cend()) {
            problem(line, column,
                    tr("the same feed as the outline on line %1; kept once").arg(*it));
            continue;
        }
        seen.insert(outline.feedUrl, line);
        result.document.outlines.append(outline);
    }
    if (xml.hasError()) {
        result.complete = false;
        const int line = int(xml.lineNumber());
        const int column = input.inputColumn(line, int(xml.columnNumber()));
        const QString message =
            xml.error() == QXmlStreamReader::PrematureEndOfDocumentError
                ? tr("the document ends too early (truncated?); %n subscription(s) read before",
                     nullptr, int(result.document.outlines.size()))
                : xml.errorString();
        result.problems.append({file, line, column, message});
    }
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const InputProblem &a, const InputProblem &b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return result;
}
