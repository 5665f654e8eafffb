#include "episodesearchtexts.h"

#include "episodefilter.h"

EpisodeSearchTexts::EpisodeSearchTexts(const Catalog &catalog)
{
    const auto &episodes = catalog.episodes();
    m_offsets.reserve(episodes.size() + 1);
    m_offsets.append(0);
    for (const Episode &e : episodes) {
        m_text.append(EpisodeFilter::searchText(e));
        m_offsets.append(m_text.size());
    }
    m_text.squeeze();
}
