// Choosing the playback engine and the audio output: --engine, the setting, Preferences →
// Playback, and the speed menu's note when the engine cannot keep the pitch.
#include "appcontroller.h"
#include "commandlineoptions.h"
#include "mainwindow.h"
#include "playbackcontroller.h"
#include "playbackenginefactory.h"
#include "playerbar.h"
#include "preferencesdialog.h"
#include "translations.h"

#include <QAction>
#include <QAudioDevice>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QMediaDevices>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestPlaybackSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();
    void engineFromCommandLineSettingOrDefault_data();
    void engineFromCommandLineSettingOrDefault();
    void preferencesShowAndChooseTheEngine();
    void preferencesRememberTheOutput();

private:
    std::unique_ptr<AppController> launch(const QStringList &extra = {});
    QSettings settings() const
    {
        return QSettings(QDir(m_dir->path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPlaybackSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestPlaybackSettings::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<AppController> TestPlaybackSettings::launch(const QStringList &extra)
{
    CommandLineOptions options;
    if (!options.parse(QStringList{u"earmark"_s, u"--data-dir"_s, m_dir->path()} + extra))
        qFatal("bad options");
    QElapsedTimer t;
    t.start();
    return std::make_unique<AppController>(options, t);
}

void TestPlaybackSettings::engineFromCommandLineSettingOrDefault_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("engine");
    QTest::newRow("default") << QString() << QStringList() << u"gstreamer"_s;
    QTest::newRow("setting") << u"qtmultimedia"_s << QStringList() << u"qtmultimedia"_s;
    QTest::newRow("--engine over the setting")
        << u"qtmultimedia"_s << QStringList{u"--engine"_s, u"gstreamer"_s} << u"gstreamer"_s;
    QTest::newRow("--engine") << QString() << QStringList{u"--engine"_s, u"qtmultimedia"_s}
                              << u"qtmultimedia"_s;
    QTest::newRow("unknown name: the default")
        << QString() << QStringList{u"--engine"_s, u"vlc"_s} << u"gstreamer"_s;
}

void TestPlaybackSettings::engineFromCommandLineSettingOrDefault()
{
    QFETCH(QString, setting);
    QFETCH(QStringList, arguments);
    QFETCH(QString, engine);
    if (!setting.isEmpty())
        settings().setValue(u"player/engine"_s, setting);
    auto app = launch(arguments);
    QCOMPARE(app->start(), AppController::Started);
    QCOMPARE(app->player()->engineName(), engine);
    // The speed menu says when the pitch follows the speed (Qt Multimedia before Qt 6.10).
    const bool keeps = app->player()->keepsPitch();
    QCOMPARE(keeps, engine == u"gstreamer" || QT_VERSION >= QT_VERSION_CHECK(6, 10, 0));
    QCOMPARE(app->playerBar()->keepsPitch(), keeps);
    auto *rateButton = app->playerBar()->findChild<QToolButton *>(u"rateButton"_s);
    QVERIFY(rateButton);
    auto *note = rateButton->menu()->findChild<QAction *>(u"pitchNote"_s);
    QVERIFY(note);
    QCOMPARE(note->isVisible(), !keeps);
    QVERIFY(!note->text().isEmpty());

    // Switching engines updates the note.
    const QString other = engine == u"gstreamer" ? u"qtmultimedia"_s : u"gstreamer"_s;
    app->player()->setEngine(other);
    QCOMPARE(app->player()->engineName(), other);
    QCOMPARE(note->isVisible(), !app->player()->keepsPitch());
}

void TestPlaybackSettings::preferencesShowAndChooseTheEngine()
{
    QSettings s(QDir(m_dir->path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    {
        PreferencesDialog dialog(&s, u"gstreamer"_s);
        auto *combo = dialog.findChild<QComboBox *>(u"engineCombo"_s);
        QVERIFY(combo);
        QVERIFY(!combo->accessibleName().isEmpty());
        QCOMPARE(combo->count(), PlaybackEngineFactory::available().size());
        QCOMPARE(combo->currentData().toString(), u"gstreamer"_s); // the one in use
        QVERIFY(combo->currentText().contains(u"GStreamer"));
        auto *note = dialog.findChild<QLabel *>(u"engineNote"_s);
        QVERIFY(note->text().contains(u"In use"));
        combo->setCurrentIndex(combo->findData(u"qtmultimedia"_s));
        QVERIFY(!note->text().contains(u"In use"));
        dialog.accept();
        QCOMPARE(dialog.engine(), u"qtmultimedia"_s);
    }
    QCOMPARE(s.value(u"player/engine"_s).toString(), u"qtmultimedia"_s);
    {
        // Unchanged, OK does not write the engine (one from --engine stays a one-off).
        s.remove(u"player/engine"_s);
        PreferencesDialog dialog(&s, u"gstreamer"_s);
        dialog.accept();
        QVERIFY(!s.contains(u"player/engine"_s));
    }
}

void TestPlaybackSettings::preferencesRememberTheOutput()
{
    QSettings s(QDir(m_dir->path()).filePath(u"settings.ini"_s), QSettings::IniFormat);
    s.setValue(u"player/outputDevice"_s, QByteArray("unplugged-headset"));
    PreferencesDialog dialog(&s, u"gstreamer"_s);
    auto *combo = dialog.findChild<QComboBox *>(u"outputCombo"_s);
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->itemData(0).toByteArray(), QByteArray()); // the system's default first
    // Every output the system has, and the remembered one that is not plugged in.
    QCOMPARE(combo->count(), 1 + QMediaDevices::audioOutputs().size() + 1);
    QCOMPARE(combo->currentData().toByteArray(), QByteArray("unplugged-headset"));
    QVERIFY(combo->currentText().contains(u"not connected"));
    dialog.accept();
    QCOMPARE(s.value(u"player/outputDevice"_s).toByteArray(), QByteArray("unplugged-headset"));

    // The player remembers it and plays to the default meanwhile.
    auto app = launch();
    QCOMPARE(app->start(), AppController::Started);
    QCOMPARE(app->player()->outputDevice(), QByteArray("unplugged-headset"));
    QVERIFY(app->player()->effectiveOutputDevice().isEmpty());

    combo->setCurrentIndex(0);
    dialog.accept();
    app->applyPlayerSettings();
    QCOMPARE(app->player()->outputDevice(), QByteArray());
}

QTEST_MAIN(TestPlaybackSettings)
#include "tst_playbacksettings.moc"
