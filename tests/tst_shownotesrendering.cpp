// Sanitized show notes rendered the way the episode page renders them (QTextBrowser): no resource
// is asked for and no network request made, while the same notes unsanitized do ask (so the check
// can fail); the earmark-seek links survive as anchors the page can turn into seeks.
#include "shownotessanitizer.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

// Counts the requests made through it; none leaves the machine (each goes to a closed port on
// 127.0.0.1 instead of its real host).
class CountingNetwork final : public QNetworkAccessManager
{
public:
    QList<QUrl> requested;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        requested.append(request.url());
        return QNetworkAccessManager::createRequest(
            op, QNetworkRequest(QUrl(u"http://127.0.0.1:1/"_s)), data);
    }
};

// A browser that would fetch what a document asks for over the network, as a careless one
// would: every resource request is recorded, and web ones are sent to the network.
class FetchingBrowser final : public QTextBrowser
{
public:
    explicit FetchingBrowser(QNetworkAccessManager *network)
        : m_network(network)
    {}

    QList<QUrl> resources;

    QVariant loadResource(int type, const QUrl &name) override
    {
        resources.append(name);
        if (name.scheme() == u"http" || name.scheme() == u"https") {
            QNetworkReply *reply = m_network->get(QNetworkRequest(name));
            reply->deleteLater();
            return {};
        }
        return QTextBrowser::loadResource(type, name);
    }

private:
    QNetworkAccessManager *m_network;
};

QString fixture()
{
    QFile file(QStringLiteral(EARMARK_TEST_DATA "/shownotes/hostile.html"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Lays the document out and paints it, which is when images are asked for.
void render(QTextBrowser &browser)
{
    browser.resize(640, 480);
    browser.show();
    QTextDocument *doc = browser.document();
    doc->setTextWidth(600);
    QImage image(600, int(doc->size().height()) + 1, QImage::Format_ARGB32);
    QPainter painter(&image);
    doc->drawContents(&painter);
    QCoreApplication::processEvents();
}

QStringList anchors(const QTextDocument &doc)
{
    QStringList out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !out.contains(format.anchorHref()))
                out.append(format.anchorHref());
        }
    }
    return out;
}

} // namespace

class ShowNotesRenderingTest final : public QObject
{
    Q_OBJECT

private slots:
    void unsanitizedNotesWouldLoadResources()
    {
        const QString html = fixture();
        QVERIFY(!html.isEmpty());
        CountingNetwork network;
        FetchingBrowser browser(&network);
        browser.setHtml(html);
        render(browser);
        QVERIFY2(browser.resources.contains(QUrl(u"http://tracker.example/pixel.gif"_s)),
                 qPrintable(QUrl::toStringList(browser.resources).join(u' ')));
        QVERIFY(network.requested.contains(QUrl(u"http://tracker.example/pixel.gif"_s)));
    }

    void sanitizedNotesLoadNothing()
    {
        CountingNetwork network;
        FetchingBrowser browser(&network);
        browser.setOpenLinks(false);
        browser.setHtml(ShowNotesSanitizer::toSafeHtml(fixture(), u"https://pod.example/"_s));
        render(browser);
        QCOMPARE(browser.resources, QList<QUrl>());
        QCOMPARE(network.requested, QList<QUrl>());

        const QString text = browser.document()->toPlainText();
        QVERIFY(text.contains(u"Episode 42: Attention"_s));
        QVERIFY(text.contains(u"A photo of the hosts"_s));
        QVERIFY(!text.contains(u"alert"_s));
        QVERIFY(!text.contains(u"iframe fallback"_s));

        // The seek links are anchors the page can act on.
        QList<qint64> seeks;
        for (const QString &href : anchors(*browser.document())) {
            const qint64 ms = ShowNotesSanitizer::seekPosition(QUrl(href));
            if (ms >= 0)
                seeks.append(ms);
        }
        QCOMPARE(seeks, (QList<qint64>{0, 754000, 3723000}));
    }
};

QTEST_MAIN(ShowNotesRenderingTest)
#include "tst_shownotesrendering.moc"
