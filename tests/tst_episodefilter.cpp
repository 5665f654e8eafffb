// EpisodeFilter is a plain value: tested here without any model or view.
#include "episodefilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEpisodeFilter : public QObject
{
    Q_OBJECT

private slots:
    void matches_data();
    void matches();
    void foldRemovesAccentsAndCase();
    void emptyFilterMatchesEverything();
    void fastPathAgreesWithPlainMatch();
};

namespace {
Episode lora()
{
    Episode e;
    e.id = u"lora"_s;
    e.title = u"LoRA — low-rank adaptation for efficient fine-tuning"_s;
    e.summary = u"Freezing original model weights and training small adapter matrices."_s;
    e.topicId = u"ai-training"_s;
    e.tags = {u"Fine-Tuning"_s, u"AI Training"_s, u"Generative AI"_s};
    return e;
}

Episode cafe()
{
    Episode e;
    e.id = u"cafe"_s;
    e.title = u"Café Über Straße"_s;
    e.summary = u"Naïve résumé of the Ångström unit."_s;
    e.topicId = u"other"_s;
    e.tags = {u"Distributed Training"_s};
    return e;
}

struct Spec
{
    EpisodeFilter::Status status = EpisodeFilter::Status::Any;
    QString topic;
    QStringList tags;
    QString text;
};
} // namespace

Q_DECLARE_METATYPE(Episode)
Q_DECLARE_METATYPE(ListeningStatus)

void TestEpisodeFilter::matches_data()
{
    QTest::addColumn<Episode>("episode");
    QTest::addColumn<ListeningStatus>("listening");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    using S = EpisodeFilter::Status;
    using L = ListeningStatus;
    const auto row = [](const char *name, const Episode &e, L l, S s, const QString &topic,
                        const QStringList &tags, const QString &text, bool expected) {
        QTest::newRow(name) << e << l << int(s) << topic << tags << text << expected;
    };
    row("single tag, carried", lora(), L::NotStarted, S::Any, {}, {u"Fine-Tuning"_s}, {}, true);
    row("single tag, not carried", lora(), L::NotStarted, S::Any, {}, {u"Distributed Training"_s},
        {}, false);
    row("two tags, both carried", lora(), L::NotStarted, S::Any, {},
        {u"Fine-Tuning"_s, u"Generative AI"_s}, {}, true);
    row("two tags, one missing", lora(), L::NotStarted, S::Any, {},
        {u"Fine-Tuning"_s, u"Distributed Training"_s}, {}, false);
    row("tag is case-sensitive", lora(), L::NotStarted, S::Any, {}, {u"fine-tuning"_s}, {}, false);
    row("topic matches", lora(), L::NotStarted, S::Any, u"ai-training"_s, {}, {}, true);
    row("topic differs", lora(), L::NotStarted, S::Any, u"other"_s, {}, {}, false);
    row("continue: in progress", lora(), L::InProgress, S::ContinueListening, {}, {}, {}, true);
    row("continue: finished", lora(), L::Finished, S::ContinueListening, {}, {}, {}, false);
    row("continue: not started", lora(), L::NotStarted, S::ContinueListening, {}, {}, {}, false);
    row("not started", lora(), L::NotStarted, S::NotStarted, {}, {}, {}, true);
    row("not started: in progress", lora(), L::InProgress, S::NotStarted, {}, {}, {}, false);
    row("finished", lora(), L::Finished, S::Finished, {}, {}, {}, true);
    row("finished: in progress", lora(), L::InProgress, S::Finished, {}, {}, {}, false);
    row("word in title", lora(), L::NotStarted, S::Any, {}, {}, u"adaptation"_s, true);
    row("word in summary", lora(), L::NotStarted, S::Any, {}, {}, u"freezing"_s, true);
    row("word in tags", lora(), L::NotStarted, S::Any, {}, {}, u"generative"_s, true);
    row("words in any order", lora(), L::NotStarted, S::Any, {}, {}, u"matrices  LORA"_s, true);
    row("one word missing", lora(), L::NotStarted, S::Any, {}, {}, u"lora pipeline"_s, false);
    row("upper case query", lora(), L::NotStarted, S::Any, {}, {}, u"FREEZING WEIGHTS"_s, true);
    row("accented query, plain text", lora(), L::NotStarted, S::Any, {}, {}, u"ádaptätion"_s, true);
    row("plain query, accented text", cafe(), L::NotStarted, S::Any, {}, {},
        u"cafe uber naive resume angstrom"_s, true);
    row("accents and case both ways", cafe(), L::NotStarted, S::Any, {}, {}, u"CAFÉ ÜBER"_s, true);
    row("all parts combined", lora(), L::InProgress, S::ContinueListening, u"ai-training"_s,
        {u"Fine-Tuning"_s}, u"rank"_s, true);
    row("combined, status fails", lora(), L::Finished, S::ContinueListening, u"ai-training"_s,
        {u"Fine-Tuning"_s}, u"rank"_s, false);
    row("combined, text fails", lora(), L::InProgress, S::ContinueListening, u"ai-training"_s,
        {u"Fine-Tuning"_s}, u"tensor"_s, false);
    row("empty result for everything", cafe(), L::NotStarted, S::Finished, u"ai-training"_s,
        {u"Fine-Tuning"_s}, u"zzz"_s, false);
}

void TestEpisodeFilter::matches()
{
    QFETCH(Episode, episode);
    QFETCH(ListeningStatus, listening);
    QFETCH(int, status);
    QFETCH(QString, topic);
    QFETCH(QStringList, tags);
    QFETCH(QString, text);
    QFETCH(bool, expected);

    EpisodeFilter filter;
    filter.setStatus(EpisodeFilter::Status(status));
    filter.setTopicId(topic);
    filter.setTags(tags);
    filter.setText(text);
    QCOMPARE(filter.matches(episode, listening), expected);
    QCOMPARE(filter.isEmpty(), false);
}

void TestEpisodeFilter::foldRemovesAccentsAndCase()
{
    QCOMPARE(EpisodeFilter::fold(u"Ångström Café ÜBER naïve"_s), u"angstrom cafe uber naive"_s);
    QCOMPARE(EpisodeFilter::fold(u"PLAIN ascii"_s), u"plain ascii"_s);
    QCOMPARE(EpisodeFilter::fold(u"STRASSE Straße"_s), u"strasse straße"_s);
}

void TestEpisodeFilter::emptyFilterMatchesEverything()
{
    EpisodeFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.matches(lora(), ListeningStatus::Finished));
    QVERIFY(filter.matches(cafe()));
    filter.setText(u"   "_s);
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.matches(cafe()));
}

void TestEpisodeFilter::fastPathAgreesWithPlainMatch()
{
    EpisodeFilter filter;
    for (const QString &text : {u"lora"_s, u"café"_s, u"tuning freezing"_s, u"nothing"_s}) {
        filter.setText(text);
        for (const Episode &e : {lora(), cafe()}) {
            QCOMPARE(filter.matches(e, ListeningStatus::NotStarted, EpisodeFilter::searchText(e)),
                     filter.matches(e));
        }
    }
}

QTEST_GUILESS_MAIN(TestEpisodeFilter)
#include "tst_episodefilter.moc"
