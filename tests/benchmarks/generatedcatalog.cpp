#include "generatedcatalog.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

QStringList generatedWords()
{
    return QString::fromUtf8(
               "gradient attention transformer token batch optimizer learning rate warmup decay "
               "shard tensor pipeline data parallel memory activation checkpoint precision "
               "quantize "
               "adapter rank merge distill reward preference alignment corpus filter dedupe "
               "scaling "
               "loss curve spike compute budget cluster node interconnect throughput latency")
        .split(u' ');
}

QByteArray generateCatalog(int episodes)
{
    const QStringList words = generatedWords();
    const QStringList tags = {u"Fine-Tuning"_qs,
                              u"Distributed Training"_qs,
                              u"Large Language Models"_qs,
                              u"Evaluation"_qs,
                              u"Data"_qs,
                              u"Inference"_qs,
                              u"Alignment"_qs,
                              u"Scaling"_qs};
    QRandomGenerator rng(42);
    QJsonArray topics;
    for (int t = 0; t < 20; ++t)
        topics.append(QJsonObject{{u"id"_qs, QString(u"topic-" + QString::number(t))},
                                  {u"title"_qs, QString(u"Topic " + QString::number(t))}});
    QJsonArray list;
    for (int i = 0; i < episodes; ++i) {
        QStringList title, summary;
        for (int w = 0; w < 6; ++w)
            title.append(words.at(rng.bounded(int(words.size()))));
        for (int w = 0; w < 28; ++w)
            summary.append(words.at(rng.bounded(int(words.size()))));
        QJsonArray episodeTags;
        for (const QString &tag : tags) {
            if (rng.bounded(3) == 0)
                episodeTags.append(tag);
        }
        list.append(QJsonObject{
            {u"id"_qs, QString(u"ep-" + QString::number(i))},
            {u"title"_qs, title.join(u' ')},
            {u"summary"_qs, summary.join(u' ')},
            {u"duration"_qs, 60 + rng.bounded(120)},
            {u"published"_qs, QDate(2024, 1, 1).addDays(rng.bounded(900)).toString(Qt::ISODate)},
            {u"topic"_qs, QString(u"topic-" + QString::number(i % 20))},
            {u"tags"_qs, episodeTags},
            {u"audio"_qs, QString(u"audio/ep-" + QString::number(i) + u".opus")},
            {u"order"_qs, i + 1},
        });
    }
    return QJsonDocument(QJsonObject{{u"version"_qs, u"1.0"_qs},
                                     {u"title"_qs, u"Generated"_qs},
                                     {u"topics"_qs, topics},
                                     {u"episodes"_qs, list}})
        .toJson(QJsonDocument::Indented);
}
