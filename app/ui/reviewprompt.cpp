#include "reviewprompt.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ReviewPrompt::ReviewPrompt(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"reviewPrompt"_qs);
    setAccessibleName(tr("Review"));
    m_label = new QLabel;
    m_label->setWordWrap(true);
    m_gotIt = new QPushButton(tr("&Got it"));
    m_gotIt->setObjectName(u"reviewGotIt"_qs);
    m_gotIt->setAccessibleName(tr("Got it: review again later"));
    m_again = new QPushButton(tr("&Again"));
    m_again->setObjectName(u"reviewAgain"_qs);
    m_again->setAccessibleName(tr("Again: review again tomorrow"));
    connect(m_gotIt, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_again, &QPushButton::clicked, this, [this] { answer(false); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_gotIt);
    layout->addWidget(m_again);
    hide();
}

void ReviewPrompt::ask(const QString &episodeId, const QString &title)
{
    m_episodeId = episodeId;
    m_label->setText(tr("Review of “%1”: did it stick?").arg(title));
    setAccessibleDescription(m_label->text());
    show();
}

QString ReviewPrompt::text() const
{
    return m_label->text();
}

void ReviewPrompt::answer(bool gotIt)
{
    const QString id = m_episodeId;
    m_episodeId.clear();
    hide();
    emit answered(id, gotIt);
}
