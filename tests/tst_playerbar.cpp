// PlayerBar is passive: clicks become intent signals, setters change what it shows.
#include "catalogloader.h"
#include "playbackcontroller.h"
#include "playerbar.h"
#include "playerbinding.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestPlayerBar : public QObject
{
    Q_OBJECT

private slots:
    // English as the app installs it: its plural forms ("1 episode", "2 episodes").
    void initTestCase() { QVERIFY(Translations::install(u"en"_s) == u"en"_s); }
    void init();
    void cleanup();

    void formatsTime_data();
    void formatsTime();
    void nothingLoadedDisablesTransport();
    void playButtonFollowsState();
    void buttonsEmitIntents();
    void seekSliderEmitsSeekOnlyForTheLearner();
    void settersUpdateTimes();
    void rateMenuAndSpinBox();
    void sleepMenuAndCountdown();
    void volumeAndMute();
    void showsAndClearsErrors();
    void showsTheChapter();
    void everyControlHasAnAccessibleName();
    void fitsIn700PixelsInLightAndDark_data();
    void fitsIn700PixelsInLightAndDark();
    void bindingDrivesARealController();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *w = m_bar->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }
    QAction *action(const QString &menuButton, const QString &text) const;

    std::unique_ptr<PlayerBar> m_bar;
};

void TestPlayerBar::init()
{
    m_bar = std::make_unique<PlayerBar>();
    m_bar->resize(700, m_bar->sizeHint().height());
    m_bar->setEpisodeTitle(u"LoRA — low-rank adaptation"_s);
    m_bar->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_bar.get()));
}

void TestPlayerBar::cleanup()
{
    m_bar.reset();
}

QAction *TestPlayerBar::action(const QString &menuButton, const QString &text) const
{
    const QList<QAction *> actions = child<QToolButton>(menuButton)->menu()->actions();
    for (QAction *a : actions) {
        if (a->text() == text || a->objectName() == text)
            return a;
    }
    qFatal("no action %s", qPrintable(text));
}

void TestPlayerBar::formatsTime_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << u"0:00"_s;
    QTest::newRow("seconds") << qint64(9999) << u"0:09"_s;
    QTest::newRow("minutes") << qint64(93000) << u"1:33"_s;
    QTest::newRow("hours") << qint64(3723000) << u"1:02:03"_s;
    QTest::newRow("unknown") << qint64(-1) << u"-:--"_s;
}

void TestPlayerBar::formatsTime()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(PlayerBar::formatTime(ms), text);
}

void TestPlayerBar::nothingLoadedDisablesTransport()
{
    m_bar->setEpisodeTitle(QString());
    QVERIFY(!child<QToolButton>(u"playButton"_s)->isEnabled());
    QVERIFY(!child<QSlider>(u"seekSlider"_s)->isEnabled());
    QVERIFY(!child<QLabel>(u"titleLabel"_s)->text().isEmpty());
    m_bar->setEpisodeTitle(u"Model merging"_s);
    QVERIFY(child<QToolButton>(u"playButton"_s)->isEnabled());
    QCOMPARE(child<QLabel>(u"titleLabel"_s)->text(), u"Model merging"_s);
}

void TestPlayerBar::playButtonFollowsState()
{
    QSignalSpy play(m_bar.get(), &PlayerBar::playRequested);
    QSignalSpy pause(m_bar.get(), &PlayerBar::pauseRequested);
    auto *button = child<QToolButton>(u"playButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(play.count(), 1);
    QCOMPARE(pause.count(), 0);
    QCOMPARE(button->accessibleName(), u"Play"_s);
    m_bar->setPlaying(true);
    QCOMPARE(button->accessibleName(), u"Pause"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(play.count(), 1);
    QCOMPARE(pause.count(), 1);
}

void TestPlayerBar::buttonsEmitIntents()
{
    QSignalSpy back(m_bar.get(), &PlayerBar::skipBackRequested);
    QSignalSpy forward(m_bar.get(), &PlayerBar::skipForwardRequested);
    QSignalSpy previous(m_bar.get(), &PlayerBar::previousRequested);
    QSignalSpy next(m_bar.get(), &PlayerBar::nextRequested);
    QTest::mouseClick(child<QToolButton>(u"backButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(u"forwardButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(u"forwardButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(u"previousButton"_s), Qt::LeftButton);
    QTest::mouseClick(child<QToolButton>(u"nextButton"_s), Qt::LeftButton);
    QCOMPARE(back.count(), 1);
    QCOMPARE(forward.count(), 2);
    QCOMPARE(previous.count(), 1);
    QCOMPARE(next.count(), 1);
    QCOMPARE(child<QToolButton>(u"backButton"_s)->accessibleName(), u"Back 10 seconds"_s);
    QCOMPARE(child<QToolButton>(u"forwardButton"_s)->accessibleName(), u"Forward 30 seconds"_s);

    m_bar->setCanGoNext(false);
    QTest::mouseClick(child<QToolButton>(u"nextButton"_s), Qt::LeftButton);
    QCOMPARE(next.count(), 1);
}

void TestPlayerBar::seekSliderEmitsSeekOnlyForTheLearner()
{
    QSignalSpy seek(m_bar.get(), &PlayerBar::seekRequested);
    m_bar->setDuration(120000);
    m_bar->setPosition(30000);
    QCOMPARE(seek.count(), 0); // the owner's updates are not echoed
    auto *slider = child<QSlider>(u"seekSlider"_s);
    QCOMPARE(slider->value(), 30000);
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_PageUp); // the learner: one page forward
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.at(0).at(0).toLongLong(), 60000);

    // Dragging previews the time and seeks once, on release.
    slider->setSliderDown(true);
    slider->setSliderPosition(90000);
    QCOMPARE(seek.count(), 1);
    QCOMPARE(m_bar->elapsedText(), u"1:30"_s);
    m_bar->setPosition(31000); // playback goes on meanwhile; the drag wins
    QCOMPARE(slider->value(), 90000);
    slider->setSliderDown(false);
    QCOMPARE(seek.count(), 2);
    QCOMPARE(seek.at(1).at(0).toLongLong(), 90000);
}

void TestPlayerBar::settersUpdateTimes()
{
    QCOMPARE(m_bar->remainingText(), u"-:--"_s); // no duration yet
    m_bar->setDuration(93000);
    m_bar->setPosition(61500);
    QCOMPARE(m_bar->elapsedText(), u"1:01"_s);
    QCOMPARE(m_bar->remainingText(), u"−0:31"_s);
    QCOMPARE(child<QLabel>(u"elapsedLabel"_s)->text(), u"1:01"_s);
}

void TestPlayerBar::rateMenuAndSpinBox()
{
    QSignalSpy rate(m_bar.get(), &PlayerBar::rateRequested);
    const QList<QAction *> actions = child<QToolButton>(u"rateButton"_s)->menu()->actions();
    QStringList presets;
    for (QAction *a : actions) {
        if (a->isCheckable())
            presets.append(a->text());
    }
    QCOMPARE(presets, (QStringList{u"1×"_s, u"1.25×"_s, u"1.5×"_s, u"1.75×"_s, u"2×"_s}));
    action(u"rateButton"_s, u"1.5×"_s)->trigger();
    QCOMPARE(rate.count(), 1);
    QCOMPARE(rate.at(0).at(0).toDouble(), 1.5);

    auto *spin = child<QToolButton>(u"rateButton"_s)->menu()->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 0.5);
    QCOMPARE(spin->maximum(), 3.0);
    QCOMPARE(spin->singleStep(), 0.05);
    spin->setValue(2.35);
    QCOMPARE(rate.count(), 2);
    QCOMPARE(rate.at(1).at(0).toDouble(), 2.35);

    // The owner's state: shown, not echoed.
    m_bar->setRate(1.75);
    QCOMPARE(rate.count(), 2);
    QCOMPARE(m_bar->rateText(), u"1.75×"_s);
    QCOMPARE(child<QToolButton>(u"rateButton"_s)->text(), u"1.75×"_s);
    QVERIFY(action(u"rateButton"_s, u"1.75×"_s)->isChecked());
    QCOMPARE(spin->value(), 1.75);
    m_bar->setRate(2.6);
    QVERIFY(!action(u"rateButton"_s, u"1.75×"_s)->isChecked());
    QCOMPARE(m_bar->rateText(), u"2.60×"_s);
}

void TestPlayerBar::sleepMenuAndCountdown()
{
    QSignalSpy minutes(m_bar.get(), &PlayerBar::sleepTimerRequested);
    QSignalSpy atEnd(m_bar.get(), &PlayerBar::sleepAtEndOfEpisodeRequested);
    QSignalSpy cancel(m_bar.get(), &PlayerBar::sleepCancelRequested);
    for (int m : {15, 30, 45, 60})
        action(u"sleepButton"_s, u"sleep"_s + QString::number(m))->trigger();
    QCOMPARE(minutes.count(), 4);
    QCOMPARE(minutes.at(1).at(0).toInt(), 30);
    QCOMPARE(minutes.at(3).at(0).toInt(), 60);
    action(u"sleepButton"_s, u"sleepAtEnd"_s)->trigger();
    QCOMPARE(atEnd.count(), 1);

    QVERIFY(!m_bar->isSleepCountdownVisible());
    QVERIFY(!action(u"sleepButton"_s, u"sleepCancel"_s)->isEnabled());
    m_bar->setSleepRemaining(65000);
    QVERIFY(m_bar->isSleepCountdownVisible());
    QVERIFY(m_bar->sleepText().contains(u"1:05"));
    m_bar->setSleepRemaining(64001);
    QVERIFY(m_bar->sleepText().contains(u"1:05")); // rounded up
    m_bar->setSleepRemaining(PlayerBar::kSleepAtEndOfEpisode);
    QVERIFY(m_bar->isSleepCountdownVisible());
    QVERIFY(m_bar->sleepText().contains(u"end of the episode"));
    QAction *cancelAction = action(u"sleepButton"_s, u"sleepCancel"_s);
    QVERIFY(cancelAction->isEnabled());
    cancelAction->trigger();
    QCOMPARE(cancel.count(), 1);
    m_bar->setSleepRemaining(PlayerBar::kSleepOff);
    QVERIFY(!m_bar->isSleepCountdownVisible());
}

void TestPlayerBar::volumeAndMute()
{
    QSignalSpy volume(m_bar.get(), &PlayerBar::volumeRequested);
    QSignalSpy mute(m_bar.get(), &PlayerBar::muteToggled);
    auto *slider = child<QSlider>(u"volumeSlider"_s);
    slider->setValue(40);
    QCOMPARE(volume.count(), 1);
    QCOMPARE(volume.at(0).at(0).toDouble(), 0.4);
    m_bar->setVolume(0.75);
    QCOMPARE(slider->value(), 75);
    QCOMPARE(volume.count(), 1);

    auto *button = child<QToolButton>(u"muteButton"_s);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(mute.count(), 1);
    QCOMPARE(mute.at(0).at(0).toBool(), true);
    QCOMPARE(button->accessibleName(), u"Unmute"_s);
    m_bar->setMuted(false);
    QCOMPARE(mute.count(), 1);
    QVERIFY(!button->isChecked());
}

void TestPlayerBar::showsAndClearsErrors()
{
    QVERIFY(m_bar->errorText().isEmpty());
    m_bar->setError(u"The audio file of “LoRA” is missing"_s);
    QCOMPARE(m_bar->errorText(), u"The audio file of “LoRA” is missing"_s);
    QVERIFY(child<QLabel>(u"errorLabel"_s)->isVisible());
    m_bar->setError(QString());
    QVERIFY(m_bar->errorText().isEmpty());
    QVERIFY(!child<QLabel>(u"errorLabel"_s)->isVisible());
}

void TestPlayerBar::showsTheChapter()
{
    auto *label = child<QLabel>(u"chapterLabel"_s);
    QVERIFY(!label->isVisible());
    m_bar->setChapterTitle(u"A worked number"_s);
    QCOMPARE(m_bar->chapterTitle(), u"A worked number"_s);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Chapter: A worked number"_s);
    QCOMPARE(label->accessibleName(), u"Chapter"_s);
    // The title keeps its place beside it.
    QVERIFY(child<QLabel>(u"titleLabel"_s)->text().startsWith(u"LoRA"_s));
    m_bar->setChapterTitle(QString());
    QVERIFY(!label->isVisible());
}

void TestPlayerBar::everyControlHasAnAccessibleName()
{
    QList<QWidget *> controls;
    for (QAbstractButton *b : m_bar->findChildren<QAbstractButton *>())
        controls.append(b);
    for (QAbstractSlider *s : m_bar->findChildren<QAbstractSlider *>())
        controls.append(s);
    for (QDoubleSpinBox *s : m_bar->findChildren<QDoubleSpinBox *>())
        controls.append(s);
    QVERIFY(controls.size() >= 10);
    for (QWidget *w : std::as_const(controls))
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
}

void TestPlayerBar::fitsIn700PixelsInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestPlayerBar::fitsIn700PixelsInLightAndDark()
{
    QFETCH(bool, dark);
    QPalette palette = QApplication::palette();
    if (dark) {
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    }
    m_bar->setPalette(palette);
    m_bar->setDuration(3723000);
    m_bar->setPosition(3000000);
    m_bar->setRate(2.55);
    m_bar->setSleepRemaining(45 * 60 * 1000);
    QVERIFY2(m_bar->minimumSizeHint().width() <= 700,
             qPrintable(QString::number(m_bar->minimumSizeHint().width())));
    m_bar->resize(700, m_bar->sizeHint().height());
    const QPixmap shot = m_bar->grab();
    QVERIFY(!shot.isNull());
    // For a look by eye: EARMARK_SNAPSHOT_DIR=/tmp/shots ./tst_playerbar
    if (const QString dir = qEnvironmentVariable("EARMARK_SNAPSHOT_DIR"); !dir.isEmpty())
        shot.save(dir + u"/playerbar-" + QString::fromLatin1(QTest::currentDataTag()) + u".png");
    // The labels draw with the palette's own text colours: readable on either background.
    QCOMPARE(child<QLabel>(u"elapsedLabel"_s)->palette().color(QPalette::WindowText),
             palette.color(QPalette::WindowText));
    // Nothing is clipped: the seek slider keeps a usable width.
    QVERIFY(child<QSlider>(u"seekSlider"_s)->width() >= 120);
}

void TestPlayerBar::bindingDrivesARealController()
{
    const QList<Episode> episodes = CatalogLoader::loadAll({}).catalog.episodes();
    QVERIFY(!episodes.isEmpty());
    PlaybackController controller;
    bindPlayerBar(m_bar.get(), &controller);
    QVERIFY(!child<QToolButton>(u"playButton"_s)->isEnabled()); // nothing loaded yet

    controller.load(episodes.first(), 0);
    QCOMPARE(m_bar->episodeTitle(), episodes.first().title);
    QTest::mouseClick(child<QToolButton>(u"playButton"_s), Qt::LeftButton);
    QTRY_VERIFY(controller.isPlaying());
    QVERIFY(m_bar->isPlaying());
    QTRY_COMPARE(m_bar->remainingText(),
                 u"−"_s + PlayerBar::formatTime(controller.duration() - controller.position()));

    action(u"rateButton"_s, u"1.25×"_s)->trigger();
    QCOMPARE(controller.rate(), 1.25);
    QCOMPARE(m_bar->rateText(), u"1.25×"_s);
    QTest::mouseClick(child<QToolButton>(u"forwardButton"_s), Qt::LeftButton);
    QTRY_VERIFY(controller.position() >= qMin<qint64>(controller.duration(), 30000) - 100 ||
                !controller.isPlaying());

    Episode missing = episodes.first();
    missing.id = u"missing"_s;
    missing.setAudio(QUrl::fromLocalFile(u"/nonexistent/missing.opus"_s));
    controller.load(missing, 0);
    QVERIFY(m_bar->errorText().contains(u"missing"));
    QVERIFY(!m_bar->isPlaying());
}

QTEST_MAIN(TestPlayerBar)
#include "tst_playerbar.moc"
