#include "preferencesdialog.h"

#include "downloadspreferences.h"
#include "playbackenginefactory.h"
#include "translations.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMediaDevices>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QSettings *settings, const QString &engineInUse,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_engineInUse(engineInUse)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"preferencesDialog"_qs);

    const auto seconds = [this](int min, int max, int value, const QString &name) {
        auto *box = new QSpinBox(this);
        box->setRange(min, max);
        box->setSuffix(tr(" s"));
        box->setValue(value);
        box->setAccessibleName(name);
        return box;
    };
    m_skipBack =
        seconds(1, 120, settings->value(u"player/skipBackSeconds"_qs, 10).toInt(), tr("Skip back"));
    m_skipForward = seconds(1, 300, settings->value(u"player/skipForwardSeconds"_qs, 30).toInt(),
                            tr("Skip forward"));
    m_finishThreshold =
        seconds(0, 120, settings->value(u"player/finishThresholdSeconds"_qs, 5).toInt(),
                tr("Count as finished"));
    m_finishThreshold->setAccessibleDescription(
        tr("An episode counts as finished when less than this remains."));
    m_autoplay = new QCheckBox(tr("&Play the next unfinished episode when one ends"), this);
    m_autoplay->setChecked(settings->value(u"player/autoplay"_qs, true).toBool());

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(u"English"_qs, u"en"_qs);
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(settings->value(u"ui/language"_qs).toString())));

    m_refreshHours = new QSpinBox(this);
    m_refreshHours->setRange(0, 168);
    m_refreshHours->setSuffix(tr(" h"));
    m_refreshHours->setSpecialValueText(tr("Never"));
    m_refreshHours->setValue(settings->value(u"podcasts/refreshHours"_qs, 6).toInt());
    m_refreshHours->setAccessibleName(tr("Refresh podcasts every"));
    m_refreshHours->setAccessibleDescription(
        tr("Hours between automatic refreshes of the podcasts; 0 refreshes only on request."));

    auto *form = new QFormLayout;
    form->addRow(tr("Skip &back:"), m_skipBack);
    form->addRow(tr("Skip &forward:"), m_skipForward);
    form->addRow(tr("&Count as finished with less than:"), m_finishThreshold);
    form->addRow(QString(), m_autoplay);
    form->addRow(tr("&Refresh podcasts every:"), m_refreshHours);
    m_dailyGoal = new QSpinBox(this);
    m_dailyGoal->setObjectName(u"dailyGoal"_qs);
    m_dailyGoal->setRange(1, 600);
    m_dailyGoal->setSuffix(tr(" min"));
    m_dailyGoal->setAccessibleName(tr("Daily listening goal in minutes"));
    m_dailyGoal->setValue(settings->value(u"study/dailyGoalMinutes"_qs, 15).toInt());
    form->addRow(tr("&Daily goal:"), m_dailyGoal);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(tr("A new language applies from the next start."), this);
    note->setEnabled(false);
    form->addRow(QString(), note);

    // Playback: the engine (the one in use is selected) and the audio output.
    auto *playback = new QGroupBox(tr("Playback"), this);
    playback->setObjectName(u"playbackGroup"_qs);
    m_engine = new QComboBox(playback);
    m_engine->setObjectName(u"engineCombo"_qs);
    m_engine->setAccessibleName(tr("Playback engine"));
    for (const QString &name : PlaybackEngineFactory::available())
        m_engine->addItem(PlaybackEngineFactory::displayName(name), name);
    m_engine->setCurrentIndex(qMax(0, m_engine->findData(engineInUse)));
    m_engineNote = new QLabel(playback);
    m_engineNote->setObjectName(u"engineNote"_qs);
    m_engineNote->setWordWrap(true);
    m_engineNote->setEnabled(false);
    const auto describeEngine = [this] {
        const QString chosen = engine();
        QString text = chosen == m_engineInUse
                           ? tr("In use: %1.").arg(PlaybackEngineFactory::displayName(chosen))
                           : tr("Switches when you press OK; the episode goes on where it was.");
        m_engineNote->setText(text);
    };
    connect(m_engine, &QComboBox::currentIndexChanged, this, describeEngine);
    describeEngine();

    m_output = new QComboBox(playback);
    m_output->setObjectName(u"outputCombo"_qs);
    m_output->setAccessibleName(tr("Audio output"));
    m_output->addItem(tr("The system's default output"), QByteArray());
    for (const QAudioDevice &device : QMediaDevices::audioOutputs())
        m_output->addItem(device.description(), device.id());
    const QByteArray saved = settings->value(u"player/outputDevice"_qs).toByteArray();
    if (!saved.isEmpty() && m_output->findData(saved) < 0) // remembered, not plugged in now
        m_output->addItem(tr("%1 (not connected)").arg(QString::fromUtf8(saved)), saved);
    m_output->setCurrentIndex(qMax(0, m_output->findData(saved)));
    auto *playbackForm = new QFormLayout(playback);
    playbackForm->addRow(tr("&Engine:"), m_engine);
    playbackForm->addRow(QString(), m_engineNote);
    playbackForm->addRow(tr("&Output:"), m_output);

    // Library: what the user added (catalog files, folders, podcasts); Remove acts at once.
    auto *library = new QGroupBox(tr("Library"), this);
    library->setObjectName(u"libraryGroup"_qs);
    m_sources = new QTreeWidget(library);
    m_sources->setObjectName(u"sourceList"_qs);
    m_sources->setAccessibleName(tr("Sources in the library"));
    m_sources->setAccessibleDescription(
        tr("Catalog files, folders and podcasts you added. Removing a catalog or folder keeps "
           "your progress; removing a podcast unsubscribes from it."));
    m_sources->setColumnCount(3);
    m_sources->setHeaderLabels({tr("Kind"), tr("Name"), tr("Location")});
    m_sources->setRootIsDecorated(false);
    m_sources->setUniformRowHeights(true);
    m_sources->header()->setStretchLastSection(true);
    m_sources->setMinimumHeight(90);
    m_removeSource = new QPushButton(tr("&Remove"), library);
    m_removeSource->setObjectName(u"removeSourceButton"_qs);
    m_removeSource->setAccessibleName(tr("Remove the selected source"));
    m_removeSource->setEnabled(false);
    connect(m_sources, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { m_removeSource->setEnabled(current != nullptr); });
    connect(m_removeSource, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_sources->currentItem())
            emit removeSourceRequested(item->data(0, Qt::UserRole).toString());
    });
    auto *libraryLayout = new QHBoxLayout(library);
    libraryLayout->addWidget(m_sources, 1);
    libraryLayout->addWidget(m_removeSource, 0, Qt::AlignTop);
    setSources({});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(playback);
    layout->addWidget(library, 1);
    m_downloads = new DownloadsPreferences(settings, this);
    layout->addWidget(m_downloads);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    m_settings->setValue(u"player/skipBackSeconds"_qs, m_skipBack->value());
    m_settings->setValue(u"player/skipForwardSeconds"_qs, m_skipForward->value());
    m_settings->setValue(u"player/finishThresholdSeconds"_qs, m_finishThreshold->value());
    m_settings->setValue(u"player/autoplay"_qs, m_autoplay->isChecked());
    m_settings->setValue(u"podcasts/refreshHours"_qs, m_refreshHours->value());
    m_settings->setValue(u"study/dailyGoalMinutes"_qs, m_dailyGoal->value());
    m_settings->setValue(u"ui/language"_qs, m_language->currentData().toString());
    if (engine() != m_engineInUse)
        m_settings->setValue(u"player/engine"_qs, engine());
    m_settings->setValue(u"player/outputDevice"_qs, m_output->currentData().toByteArray());
    m_downloads->save();
    QDialog::accept();
}

QString PreferencesDialog::engine() const
{
    return m_engine->currentData().toString();
}

void PreferencesDialog::setSources(const QList<Source> &sources)
{
    m_sources->clear();
    for (const Source &source : sources) {
        QString kind;
        switch (source.kind) {
        case Source::Kind::Catalog:
            kind = tr("Catalog");
            break;
        case Source::Kind::Folder:
            kind = tr("Folder");
            break;
        case Source::Kind::Podcast:
            kind = tr("Podcast");
            break;
        }
        auto *item = new QTreeWidgetItem(m_sources, {kind, source.title, source.location});
        item->setData(0, Qt::UserRole, source.key);
        item->setToolTip(2, source.location);
    }
    if (sources.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_sources, {QString(), tr("Nothing added yet: File > Add "
                                                                   "folder…, Add catalog…, Add "
                                                                   "podcast…")});
        item->setFlags(Qt::NoItemFlags);
        item->setFirstColumnSpanned(true);
    }
    m_sources->resizeColumnToContents(0);
    m_sources->resizeColumnToContents(1);
    m_removeSource->setEnabled(false);
}
