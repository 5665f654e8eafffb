#include "podcastpropertiesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

PodcastPropertiesDialog::PodcastPropertiesDialog(const Podcast &podcast, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Properties of %1").arg(podcast.title));
    setObjectName(u"podcastPropertiesDialog"_qs);
    const QLocale locale;
    const auto when = [&](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : tr("never");
    };
    const auto value = [this](const QString &text, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setAccessibleName(name);
        return label;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Title:"), value(podcast.title, tr("Title")));
    form->addRow(tr("Feed address:"), value(podcast.feedUrl, tr("Feed address")));
    if (!podcast.link.isEmpty())
        form->addRow(tr("Web page:"), value(podcast.link, tr("Web page")));
    form->addRow(tr("Episodes:"), value(QString::number(podcast.episodeCount), tr("Episodes")));
    form->addRow(tr("Subscribed:"), value(when(podcast.addedAt), tr("Subscribed")));
    form->addRow(tr("Last refresh:"), value(when(podcast.refreshedAt), tr("Last refresh")));
    const QString result = !podcast.refreshedAt.isValid() ? QString()
                           : podcast.lastError.isEmpty()  ? tr("Succeeded")
                                                          : tr("Failed: %1").arg(podcast.lastError);
    if (!result.isEmpty())
        form->addRow(tr("Result:"), value(result, tr("Result of the last refresh")));
    m_autoRefresh = new QCheckBox(tr("&Refresh automatically"), this);
    m_autoRefresh->setChecked(podcast.autoRefresh);
    form->addRow(QString(), m_autoRefresh);
    m_autoDownload = new QCheckBox(tr("&Download new episodes automatically"), this);
    m_autoDownload->setObjectName(u"autoDownloadCheck"_qs);
    m_autoDownload->setAccessibleDescription(
        tr("After each refresh, the episodes it brought are downloaded for offline listening."));
    form->addRow(QString(), m_autoDownload);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool PodcastPropertiesDialog::autoRefresh() const
{
    return m_autoRefresh->isChecked();
}

void PodcastPropertiesDialog::setAutoDownload(bool on)
{
    m_autoDownload->setChecked(on);
}

bool PodcastPropertiesDialog::autoDownload() const
{
    return m_autoDownload->isChecked();
}
