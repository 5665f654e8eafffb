#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QList>

// EpisodeFilter::searchText of every episode of a catalog, in catalog order, kept in one
// contiguous buffer: a search scans it front to back, which keeps a 50,000-episode keystroke
// within a frame.
class EpisodeSearchTexts final
{
public:
    EpisodeSearchTexts() = default;
    explicit EpisodeSearchTexts(const Catalog &catalog);

    qsizetype size() const { return m_offsets.isEmpty() ? 0 : m_offsets.size() - 1; }
    QByteArrayView at(qsizetype index) const
    {
        return QByteArrayView(m_text.constData() + m_offsets.at(index),
                              m_offsets.at(index + 1) - m_offsets.at(index));
    }

private:
    QByteArray m_text;
    QList<qsizetype> m_offsets;
};
