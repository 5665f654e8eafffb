#include "searchbinding.h"

#include "episodefiltermodel.h"
#include "textsearch.h"

#include <memory>

void bindTextSearch(EpisodeFilterModel *cards, TextSearch *search)
{
    auto asked = std::make_shared<QString>(); // the text last looked up
    const auto lookUp = [cards, search, asked](bool again) {
        const QString text = cards->filter().text();
        if (text == *asked && !again)
            return; // the topic, a tag or the status changed, not the words
        *asked = text;
        if (text.trimmed().isEmpty())
            cards->setTextMatches(text, {});
        else
            search->query(text);
    };
    QObject::connect(cards, &EpisodeFilterModel::filterChanged, search,
                     [lookUp] { lookUp(false); });
    QObject::connect(search, &TextSearch::updated, cards, [lookUp] { lookUp(true); });
    QObject::connect(
        search, &TextSearch::found, cards, [cards](const QString &text, const SearchHits &hits) {
            QHash<QString, EpisodeFilterModel::TextMatch> matches;
            matches.reserve(hits.size());
            for (const SearchHit &hit : hits)
                matches.insert(hit.episodeId, {int(hit.field), hit.snippet, hit.hitText});
            cards->setTextMatches(text, matches);
        });
}
