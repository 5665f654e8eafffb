#include "playerbar.h"

#include <QAction>
#include <QActionGroup>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr int kSeekSingleStepMs = 5000;
constexpr int kSeekPageStepMs = 30000;

enum class Glyph { Play, Pause, Previous, Next, Back, Forward, Volume, Muted };

// Draws a transport glyph in the palette's button text colour, so it reads on light and dark
// palettes alike; a desktop icon theme, when there is one, wins.
void paintGlyph(QPainter &p, Glyph glyph, const QColor &color)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    const auto triangle = [&p](double x, double w, bool right) {
        const double tip = right ? x + w : x;
        const double base = right ? x : x + w;
        p.drawPolygon(QPolygonF{QPointF(base, 4), QPointF(tip, 12), QPointF(base, 20)});
    };
    switch (glyph) {
    case Glyph::Play:
        triangle(6, 13, true);
        break;
    case Glyph::Pause:
        p.drawRect(QRectF(6, 4, 4, 16));
        p.drawRect(QRectF(14, 4, 4, 16));
        break;
    case Glyph::Previous:
        p.drawRect(QRectF(5, 5, 3, 14));
        triangle(8, 11, false);
        break;
    case Glyph::Next:
        triangle(5, 11, true);
        p.drawRect(QRectF(16, 5, 3, 14));
        break;
    case Glyph::Back:
        triangle(2, 10, false);
        triangle(12, 10, false);
        break;
    case Glyph::Forward:
        triangle(2, 10, true);
        triangle(12, 10, true);
        break;
    case Glyph::Volume:
    case Glyph::Muted:
        p.drawPolygon(QPolygonF{QPointF(3, 9), QPointF(7, 9), QPointF(12, 4), QPointF(12, 20),
                                QPointF(7, 15), QPointF(3, 15)});
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 2, Qt::SolidLine, Qt::RoundCap));
        if (glyph == Glyph::Volume) {
            p.drawArc(QRectF(9, 8, 6, 8), -60 * 16, 120 * 16);
            p.drawArc(QRectF(8, 5, 12, 14), -60 * 16, 120 * 16);
        } else {
            p.drawLine(QPointF(15, 9), QPointF(21, 15));
            p.drawLine(QPointF(21, 9), QPointF(15, 15));
        }
        break;
    }
}

QString themeName(Glyph glyph)
{
    switch (glyph) {
    case Glyph::Play:
        return u"media-playback-start"_s;
    case Glyph::Pause:
        return u"media-playback-pause"_s;
    case Glyph::Previous:
        return u"media-skip-backward"_s;
    case Glyph::Next:
        return u"media-skip-forward"_s;
    case Glyph::Back:
        return u"media-seek-backward"_s;
    case Glyph::Forward:
        return u"media-seek-forward"_s;
    case Glyph::Volume:
        return u"audio-volume-high"_s;
    case Glyph::Muted:
        return u"audio-volume-muted"_s;
    }
    return {};
}

QIcon glyphIcon(Glyph glyph, const QPalette &palette)
{
    if (QIcon::hasThemeIcon(themeName(glyph)))
        return QIcon::fromTheme(themeName(glyph));
    QIcon icon;
    const struct
    {
        QIcon::Mode mode;
        QPalette::ColorGroup group;
    } modes[] = {{QIcon::Normal, QPalette::Active},
                 {QIcon::Active, QPalette::Active},
                 {QIcon::Disabled, QPalette::Disabled}};
    for (const auto &m : modes) {
        for (int scale : {1, 2}) {
            QPixmap pixmap(24 * scale, 24 * scale);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.scale(scale, scale);
            paintGlyph(p, glyph, palette.color(m.group, QPalette::ButtonText));
            p.end();
            icon.addPixmap(pixmap, m.mode);
        }
    }
    return icon;
}

double roundedRate(double rate)
{
    const double r = std::clamp(rate, PlayerBar::kMinRate, PlayerBar::kMaxRate);
    return std::round(std::round(r / PlayerBar::kRateStep) * PlayerBar::kRateStep * 100.0) / 100.0;
}
} // namespace

PlayerBar::PlayerBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"playerBar"_s);
    setAccessibleName(tr("Player"));

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(u"titleLabel"_s);
    m_titleLabel->setAccessibleName(tr("Now playing"));
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    m_chapterLabel = new QLabel(this);
    m_chapterLabel->setObjectName(u"chapterLabel"_s);
    m_chapterLabel->setAccessibleName(tr("Chapter"));
    m_chapterLabel->setTextFormat(Qt::PlainText);
    m_chapterLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chapterLabel->hide();

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setAccessibleName(tr("Playback error"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_errorLabel->setForegroundRole(QPalette::HighlightedText);
    m_errorLabel->setBackgroundRole(QPalette::Highlight);
    m_errorLabel->setAutoFillBackground(true);
    m_errorLabel->setMargin(2);
    m_errorLabel->hide();

    m_sleepLabel = new QLabel(this);
    m_sleepLabel->setObjectName(u"sleepLabel"_s);
    m_sleepLabel->setAccessibleName(tr("Sleep timer"));
    m_sleepLabel->hide();

    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"audioSourceLabel"_s);
    m_sourceLabel->setEnabled(false); // a quiet note, not a control
    m_sourceLabel->hide();

    m_previousButton = makeButton(u"previousButton"_s, tr("Previous episode"));
    m_backButton = makeButton(u"backButton"_s, tr("Back"));
    m_playButton = makeButton(u"playButton"_s, tr("Play"));
    m_forwardButton = makeButton(u"forwardButton"_s, tr("Forward"));
    m_nextButton = makeButton(u"nextButton"_s, tr("Next episode"));
    m_playButton->setIconSize(m_playButton->iconSize() * 3 / 2);
    setSkipAmounts(10000, 30000);

    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_playing)
            emit pauseRequested();
        else
            emit playRequested();
    });
    connect(m_backButton, &QToolButton::clicked, this, &PlayerBar::skipBackRequested);
    connect(m_forwardButton, &QToolButton::clicked, this, &PlayerBar::skipForwardRequested);
    connect(m_previousButton, &QToolButton::clicked, this, &PlayerBar::previousRequested);
    connect(m_nextButton, &QToolButton::clicked, this, &PlayerBar::nextRequested);

    m_elapsedLabel = new QLabel(this);
    m_elapsedLabel->setObjectName(u"elapsedLabel"_s);
    m_elapsedLabel->setAccessibleName(tr("Elapsed time"));
    m_remainingLabel = new QLabel(this);
    m_remainingLabel->setObjectName(u"remainingLabel"_s);
    m_remainingLabel->setAccessibleName(tr("Remaining time"));
    for (QLabel *l : {m_elapsedLabel, m_remainingLabel}) {
        l->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        l->setAlignment(Qt::AlignCenter);
    }

    m_seekSlider = new QSlider(Qt::Horizontal, this);
    m_seekSlider->setObjectName(u"seekSlider"_s);
    m_seekSlider->setAccessibleName(tr("Position"));
    m_seekSlider->setToolTip(tr("Position in the episode"));
    m_seekSlider->setSingleStep(kSeekSingleStepMs);
    m_seekSlider->setPageStep(kSeekPageStepMs);
    m_seekSlider->setMinimumWidth(120);
    connect(m_seekSlider, &QSlider::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        if (m_seekSlider->isSliderDown()) {
            updateTimes(value); // preview while dragging; seek on release
            return;
        }
        emit seekRequested(value);
    });
    connect(m_seekSlider, &QSlider::sliderReleased, this,
            [this] { emit seekRequested(m_seekSlider->value()); });

    m_rateButton = new QToolButton(this);
    m_rateButton->setObjectName(u"rateButton"_s);
    m_rateButton->setAccessibleName(tr("Playback speed"));
    m_rateButton->setToolTip(tr("Playback speed"));
    m_rateButton->setPopupMode(QToolButton::InstantPopup);
    m_rateButton->setMenu(makeRateMenu());
    m_rateButton->setAutoRaise(true);

    m_sleepButton = makeButton(u"sleepButton"_s, tr("Sleep timer"));
    m_sleepButton->setText(tr("Sleep"));
    m_sleepButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sleepButton->setPopupMode(QToolButton::InstantPopup);
    m_sleepButton->setMenu(makeSleepMenu());

    m_muteButton = makeButton(u"muteButton"_s, tr("Mute"));
    m_muteButton->setCheckable(true);
    connect(m_muteButton, &QToolButton::toggled, this, [this](bool muted) {
        updateIcons();
        if (!m_updating)
            emit muteToggled(muted);
    });

    m_volumeSlider = new QSlider(Qt::Horizontal, this);
    m_volumeSlider->setObjectName(u"volumeSlider"_s);
    m_volumeSlider->setAccessibleName(tr("Volume"));
    m_volumeSlider->setToolTip(tr("Volume"));
    m_volumeSlider->setRange(0, 100);
    m_volumeSlider->setValue(100);
    m_volumeSlider->setFixedWidth(80);
    connect(m_volumeSlider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_updating)
            emit volumeRequested(value / 100.0);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel, 2);
    top->addWidget(m_chapterLabel, 1);
    top->addWidget(m_sourceLabel);
    top->addWidget(m_sleepLabel);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(2);
    for (QWidget *w :
         {static_cast<QWidget *>(m_previousButton), static_cast<QWidget *>(m_backButton),
          static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_forwardButton),
          static_cast<QWidget *>(m_nextButton)})
        bottom->addWidget(w);
    bottom->addSpacing(6);
    bottom->addWidget(m_elapsedLabel);
    bottom->addWidget(m_seekSlider, 1);
    bottom->addWidget(m_remainingLabel);
    bottom->addSpacing(6);
    // Bookmark (B): the last half-minute, as a note (AppController saves it).
    auto *bookmark = makeButton(u"bookmarkButton"_s, tr("Bookmark the last 30 seconds (B)"));
    bookmark->setText(tr("Bookmark"));
    bookmark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(bookmark, &QToolButton::clicked, this, &PlayerBar::bookmarkRequested);
    bottom->addWidget(bookmark);
    bottom->addWidget(m_rateButton);
    bottom->addWidget(m_sleepButton);
    bottom->addWidget(m_muteButton);
    bottom->addWidget(m_volumeSlider);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);

    setRate(1.0);
    updateTimes(0);
    updateIcons();
    setEpisodeTitle(QString());
}

QToolButton *PlayerBar::makeButton(const QString &objectName, const QString &name)
{
    auto *b = new QToolButton(this);
    b->setObjectName(objectName);
    b->setAccessibleName(name);
    b->setToolTip(name);
    b->setAutoRaise(true);
    return b;
}

QMenu *PlayerBar::makeRateMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"rateMenu"_s);
    menu->setAccessibleName(tr("Playback speed"));
    m_ratePresets = new QActionGroup(menu);
    m_ratePresets->setExclusive(true);
    for (double preset : kRatePresets) {
        QAction *a = menu->addAction(tr("%1×").arg(QLocale().toString(preset, 'g', 3)));
        a->setCheckable(true);
        a->setData(preset);
        m_ratePresets->addAction(a);
        connect(a, &QAction::triggered, this, [this, preset] { emitRate(preset); });
    }
    menu->addSeparator();

    auto *row = new QWidget(menu);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(8, 2, 8, 2);
    auto *label = new QLabel(tr("Speed:"), row);
    m_rateSpin = new QDoubleSpinBox(row);
    m_rateSpin->setObjectName(u"rateSpinBox"_s);
    m_rateSpin->setAccessibleName(tr("Custom playback speed"));
    m_rateSpin->setRange(kMinRate, kMaxRate);
    m_rateSpin->setSingleStep(kRateStep);
    m_rateSpin->setDecimals(2);
    m_rateSpin->setSuffix(tr("×"));
    m_rateSpin->setKeyboardTracking(false);
    label->setBuddy(m_rateSpin);
    rowLayout->addWidget(label);
    rowLayout->addWidget(m_rateSpin);
    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_updating)
            emitRate(value);
    });
    auto *custom = new QWidgetAction(menu);
    custom->setDefaultWidget(row);
    menu->addAction(custom);
    // Only shown with an engine that cannot keep the pitch (Qt Multimedia before Qt 6.10).
    m_pitchNote = menu->addAction(tr("The pitch rises with the speed (see Preferences)"));
    m_pitchNote->setObjectName(u"pitchNote"_s);
    m_pitchNote->setEnabled(false);
    m_pitchNote->setVisible(false);
    return menu;
}

QMenu *PlayerBar::makeSleepMenu()
{
    auto *menu = new QMenu(this);
    menu->setObjectName(u"sleepMenu"_s);
    menu->setAccessibleName(tr("Sleep timer"));
    for (int minutes : kSleepPresetsMinutes) {
        QAction *a = menu->addAction(tr("In %n minute(s)", nullptr, minutes));
        a->setObjectName(u"sleep"_s + QString::number(minutes));
        connect(a, &QAction::triggered, this,
                [this, minutes] { emit sleepTimerRequested(minutes); });
    }
    QAction *atEnd = menu->addAction(tr("At the end of the episode"));
    atEnd->setObjectName(u"sleepAtEnd"_s);
    connect(atEnd, &QAction::triggered, this, &PlayerBar::sleepAtEndOfEpisodeRequested);
    menu->addSeparator();
    m_sleepCancelAction = menu->addAction(tr("Cancel the sleep timer"));
    m_sleepCancelAction->setObjectName(u"sleepCancel"_s);
    m_sleepCancelAction->setEnabled(false);
    connect(m_sleepCancelAction, &QAction::triggered, this, &PlayerBar::sleepCancelRequested);
    return menu;
}

QString PlayerBar::formatTime(qint64 ms)
{
    if (ms < 0)
        return u"-:--"_s;
    const qint64 total = ms / 1000;
    const qint64 h = total / 3600;
    const qint64 m = (total / 60) % 60;
    const qint64 s = total % 60;
    const QString ss = QString::number(s).rightJustified(2, u'0');
    if (h > 0)
        return QString::number(h) + u':' + QString::number(m).rightJustified(2, u'0') + u':' + ss;
    return QString::number(m) + u':' + ss;
}

void PlayerBar::setEpisodeTitle(const QString &title)
{
    m_title = title;
    const bool loaded = !title.isEmpty();
    for (QWidget *w :
         {static_cast<QWidget *>(m_playButton), static_cast<QWidget *>(m_backButton),
          static_cast<QWidget *>(m_forwardButton), static_cast<QWidget *>(m_seekSlider)})
        w->setEnabled(loaded);
    updateTitle();
}

void PlayerBar::setChapterTitle(const QString &title)
{
    m_chapter = title;
    m_chapterLabel->setVisible(!title.isEmpty());
    layout()->activate(); // the labels' widths, for eliding
    updateTitle();
}

void PlayerBar::updateTitle()
{
    const QString text = m_title.isEmpty() ? tr("Nothing playing — pick an episode") : m_title;
    m_titleLabel->setText(
        m_titleLabel->fontMetrics().elidedText(text, Qt::ElideRight, m_titleLabel->width()));
    m_titleLabel->setToolTip(m_title);
    const QString chapter = tr("Chapter: %1").arg(m_chapter);
    m_chapterLabel->setText(
        m_chapterLabel->fontMetrics().elidedText(chapter, Qt::ElideRight, m_chapterLabel->width()));
    m_chapterLabel->setToolTip(m_chapter.isEmpty() ? QString() : chapter);
}

void PlayerBar::setPlaying(bool playing)
{
    m_playing = playing;
    const QString name = playing ? tr("Pause") : tr("Play");
    m_playButton->setAccessibleName(name);
    m_playButton->setToolTip(name);
    updateIcons();
}

void PlayerBar::updateIcons()
{
    if (!m_playButton || !m_muteButton)
        return; // still being built
    const QPalette &pal = palette();
    m_previousButton->setIcon(glyphIcon(Glyph::Previous, pal));
    m_backButton->setIcon(glyphIcon(Glyph::Back, pal));
    m_playButton->setIcon(glyphIcon(m_playing ? Glyph::Pause : Glyph::Play, pal));
    m_forwardButton->setIcon(glyphIcon(Glyph::Forward, pal));
    m_nextButton->setIcon(glyphIcon(Glyph::Next, pal));
    const bool muted = m_muteButton->isChecked();
    m_muteButton->setIcon(glyphIcon(muted ? Glyph::Muted : Glyph::Volume, pal));
    const QString name = muted ? tr("Unmute") : tr("Mute");
    m_muteButton->setAccessibleName(name);
    m_muteButton->setToolTip(name);
}

void PlayerBar::setPosition(qint64 ms)
{
    m_position = qMax<qint64>(0, ms);
    if (m_seekSlider->isSliderDown())
        return; // the learner is dragging
    m_updating = true;
    m_seekSlider->setValue(int(qMin<qint64>(m_position, m_seekSlider->maximum())));
    m_updating = false;
    updateTimes(m_position);
}

void PlayerBar::setDuration(qint64 ms)
{
    m_duration = qMax<qint64>(0, ms);
    m_updating = true;
    m_seekSlider->setRange(0, int(qMin<qint64>(m_duration, std::numeric_limits<int>::max())));
    m_seekSlider->setValue(int(qMin<qint64>(m_position, m_seekSlider->maximum())));
    m_updating = false;
    updateTimes(m_position);
}

void PlayerBar::updateTimes(qint64 position)
{
    m_elapsedLabel->setText(formatTime(position));
    m_remainingLabel->setText(m_duration > 0
                                  ? u"−"_s + formatTime(qMax<qint64>(0, m_duration - position))
                                  : formatTime(-1));
    m_seekSlider->setAccessibleDescription(
        tr("%1 of %2").arg(formatTime(position), formatTime(m_duration > 0 ? m_duration : -1)));
}

void PlayerBar::setKeepsPitch(bool keeps)
{
    m_keepsPitch = keeps;
    m_pitchNote->setVisible(!keeps);
}

void PlayerBar::setRate(double rate)
{
    m_rate = roundedRate(rate);
    m_updating = true;
    m_rateSpin->setValue(m_rate);
    const QList<QAction *> presets = m_ratePresets->actions();
    bool matched = false;
    for (QAction *a : presets) {
        const bool same = qFuzzyCompare(a->data().toDouble(), m_rate);
        a->setChecked(same);
        matched = matched || same;
    }
    if (!matched && m_ratePresets->checkedAction())
        m_ratePresets->checkedAction()->setChecked(false);
    m_updating = false;
    m_rateButton->setText(rateText());
    m_rateButton->setToolTip(tr("Playback speed: %1").arg(rateText()));
}

QString PlayerBar::rateText() const
{
    return tr("%1×").arg(QLocale().toString(m_rate, 'f', 2));
}

void PlayerBar::emitRate(double rate)
{
    emit rateRequested(roundedRate(rate));
}

void PlayerBar::setVolume(double volume)
{
    m_updating = true;
    m_volumeSlider->setValue(int(std::lround(std::clamp(volume, 0.0, 1.0) * 100)));
    m_updating = false;
}

void PlayerBar::setMuted(bool muted)
{
    m_updating = true;
    m_muteButton->setChecked(muted);
    m_updating = false;
    updateIcons();
}

void PlayerBar::setError(const QString &message)
{
    m_error = message;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString PlayerBar::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

void PlayerBar::setSleepRemaining(qint64 ms)
{
    m_sleepRemaining = ms;
    const bool on = ms >= 0 || ms == kSleepAtEndOfEpisode;
    m_sleepCancelAction->setEnabled(on);
    if (ms == kSleepAtEndOfEpisode)
        m_sleepLabel->setText(tr("Sleep at the end of the episode"));
    else if (ms >= 0)
        // Round up: "0:01" until the very end, never "0:00" while still counting.
        m_sleepLabel->setText(tr("Sleep in %1").arg(formatTime((ms + 999) / 1000 * 1000)));
    m_sleepLabel->setVisible(on);
    m_sleepButton->setAccessibleDescription(on ? m_sleepLabel->text() : QString());
}

QString PlayerBar::sleepText() const
{
    return m_sleepLabel->text();
}

bool PlayerBar::isSleepCountdownVisible() const
{
    return m_sleepLabel->isVisibleTo(this);
}

QString PlayerBar::elapsedText() const
{
    return m_elapsedLabel->text();
}

QString PlayerBar::remainingText() const
{
    return m_remainingLabel->text();
}

void PlayerBar::setCanGoPrevious(bool can)
{
    m_previousButton->setEnabled(can);
}

void PlayerBar::setCanGoNext(bool can)
{
    m_nextButton->setEnabled(can);
}

void PlayerBar::setSkipAmounts(qint64 backMs, qint64 forwardMs)
{
    const QString back = tr("Back %n second(s)", nullptr, int(backMs / 1000));
    const QString forward = tr("Forward %n second(s)", nullptr, int(forwardMs / 1000));
    m_backButton->setAccessibleName(back);
    m_backButton->setToolTip(back);
    m_forwardButton->setAccessibleName(forward);
    m_forwardButton->setToolTip(forward);
}

void PlayerBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTitle();
}

void PlayerBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::FontChange)
        updateIcons();
}

void PlayerBar::setAudioSource(AudioSource source)
{
    m_audioSource = source;
    switch (source) {
    case AudioSource::None:
        m_sourceLabel->hide();
        return;
    case AudioSource::Disk:
        m_sourceLabel->setText(u"\u2B07 "_s + tr("From disk"));
        m_sourceLabel->setAccessibleName(tr("Plays from disk"));
        m_sourceLabel->setToolTip(tr("The episode plays from a file on this computer."));
        break;
    case AudioSource::Stream:
        m_sourceLabel->setText(u"\u21C4 "_s + tr("Streaming"));
        m_sourceLabel->setAccessibleName(tr("Streams from the web"));
        m_sourceLabel->setToolTip(
            tr("The episode streams from the web; download it to listen offline."));
        break;
    }
    m_sourceLabel->show();
}
