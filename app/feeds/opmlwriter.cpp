#include "opmlwriter.h"

#include <QXmlStreamWriter>

QByteArray OpmlWriter::write(const OpmlDocument &document)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(u"opml"_qs);
    xml.writeAttribute(u"version"_qs, u"2.0"_qs);
    xml.writeStartElement(u"head"_qs);
    xml.writeTextElement(u"title"_qs, document.title);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_qs);
    for (const OpmlOutline &outline : document.outlines) {
        xml.writeEmptyElement(u"outline"_qs);
        xml.writeAttribute(u"type"_qs, u"rss"_qs);
        xml.writeAttribute(u"text"_qs, outline.title);
        xml.writeAttribute(u"title"_qs, outline.title);
        xml.writeAttribute(u"xmlUrl"_qs, outline.feedUrl);
        if (!outline.htmlUrl.isEmpty())
            xml.writeAttribute(u"htmlUrl"_qs, outline.htmlUrl);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
