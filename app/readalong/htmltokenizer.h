#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

// Splits HTML as feeds and transcript files give it (often broken) into text and tags, the way a
// browser's tokenizer would, without building a tree: a '<' that starts no tag is text, an
// unterminated tag at the end is dropped, attribute values may be quoted or not, and the content
// of raw-text elements (script, style, textarea, title, …) is one text token, tags in it not
// parsed. Character references are decoded in text and attribute values. Comments, <!DOCTYPE>
// and <?…?> are skipped; CDATA sections are text.
class HtmlTokenizer final
{
    Q_DISABLE_COPY_MOVE(HtmlTokenizer)

public:
    static constexpr int kMaxAttributes = 64; // more on one tag are ignored

    struct Token
    {
        enum class Type { Text, StartTag, EndTag };
        Type type = Type::Text;
        QString name;                                  // the tag's name in lower case
        QList<std::pair<QString, QString>> attributes; // names in lower case, values decoded
        QString text;                                  // Text: decoded
        bool selfClosing = false;                      // <br/>
        qsizetype offset = 0;                          // where it starts in the input

        QString attribute(QStringView name) const;
        bool hasAttribute(QStringView name) const;
    };

    explicit HtmlTokenizer(QStringView html);

    // The next token; false at the end of the input.
    bool next(Token &token);

    // Does `text` contain anything that looks like a tag (<p>, </b>, <br/>, <!-- … -->)?
    static bool looksLikeHtml(QStringView text);

private:
    bool readTag(Token &token);
    void skipPast(QStringView terminator);

    const QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // after a raw-text start tag: "</script" etc.
};
