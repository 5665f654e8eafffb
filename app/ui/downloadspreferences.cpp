#include "downloadspreferences.h"

#include "downloadqueue.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
const QString kParallelKey = QStringLiteral("downloads/parallelTransfers");
const QString kDeleteAfterKey = QStringLiteral("downloads/deleteFinishedAfterDays");
const QString kDeleteAfterOnKey = QStringLiteral("downloads/deleteFinishedAfterDaysOn");
} // namespace

DownloadsPreferences::DownloadsPreferences(QSettings *settings, QWidget *parent)
    : QGroupBox(tr("Downloads"), parent)
    , m_settings(settings)
{
    setObjectName(u"downloadsGroup"_qs);
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(u"parallelDownloads"_qs);
    m_parallel->setRange(1, DownloadQueue::kMaxParallelTransfers);
    m_parallel->setValue(parallelTransfers(*settings));
    m_parallel->setAccessibleName(tr("Downloads at once"));

    m_deleteAfter = new QCheckBox(tr("Delete downloads of finished episodes af&ter"), this);
    m_deleteAfter->setObjectName(u"deleteAfterCheck"_qs);
    m_afterDays = new QSpinBox(this);
    m_afterDays->setObjectName(u"deleteAfterDays"_qs);
    m_afterDays->setRange(0, 365);
    m_afterDays->setSuffix(tr(" days"));
    m_afterDays->setAccessibleName(tr("Days after finishing"));
    const int days = deleteAfterDays(*settings);
    m_deleteAfter->setChecked(days >= 0);
    m_afterDays->setValue(days >= 0 ? days
                                    : settings->value(kDeleteAfterKey, kDefaultAfterDays).toInt());
    m_afterDays->setEnabled(days >= 0);
    connect(m_deleteAfter, &QCheckBox::toggled, m_afterDays, &QWidget::setEnabled);

    m_total = new QLabel(this);
    m_total->setObjectName(u"downloadsTotal"_qs);
    m_total->setAccessibleName(tr("Space taken by downloads"));
    m_deleteFinished = new QPushButton(tr("&Delete downloads of finished episodes"), this);
    m_deleteFinished->setObjectName(u"deleteFinishedButton"_qs);
    m_deleteFinished->setAccessibleName(tr("Delete downloads of finished episodes"));
    m_deleteFinished->setAccessibleDescription(tr("Your progress and history stay."));
    m_deleteFinished->setAutoDefault(false);
    connect(m_deleteFinished, &QPushButton::clicked, this,
            &DownloadsPreferences::deleteFinishedRequested);

    // Two rows, so that the dialog still fits an 800x600 screen.
    auto *parallelLabel = new QLabel(tr("Downloads &at once:"), this);
    parallelLabel->setBuddy(m_parallel);
    auto *first = new QHBoxLayout;
    first->addWidget(parallelLabel);
    first->addWidget(m_parallel);
    first->addSpacing(12);
    first->addWidget(new QLabel(tr("On disk:"), this));
    first->addWidget(m_total, 1);
    first->addWidget(m_deleteFinished);
    auto *rule = new QHBoxLayout;
    rule->addWidget(m_deleteAfter);
    rule->addWidget(m_afterDays);
    rule->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(first);
    layout->addLayout(rule);
    setTotalSize(0);
}

void DownloadsPreferences::setTotalSize(qint64 bytes)
{
    m_total->setText(QLocale().formattedDataSize(bytes));
}

void DownloadsPreferences::save()
{
    m_settings->setValue(kParallelKey, m_parallel->value());
    m_settings->setValue(kDeleteAfterOnKey, m_deleteAfter->isChecked());
    m_settings->setValue(kDeleteAfterKey, m_afterDays->value());
}

int DownloadsPreferences::parallelTransfers(const QSettings &settings)
{
    return qBound(1, settings.value(kParallelKey, DownloadQueue::kDefaultParallelTransfers).toInt(),
                  DownloadQueue::kMaxParallelTransfers);
}

int DownloadsPreferences::deleteAfterDays(const QSettings &settings)
{
    if (!settings.value(kDeleteAfterOnKey, false).toBool())
        return -1;
    return qMax(0, settings.value(kDeleteAfterKey, kDefaultAfterDays).toInt());
}
