#include "addpodcastdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kArtworkSide = 96;
}

AddPodcastDialog::AddPodcastDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add podcast"));
    setObjectName(u"addPodcastDialog"_qs);

    auto *prompt = new QLabel(tr("&Feed address, web page or feed file:"));
    m_address = new QLineEdit;
    m_address->setObjectName(u"feedAddress"_qs);
    m_address->setPlaceholderText(u"https://example.com/podcast/feed.xml"_qs);
    m_address->setAccessibleName(tr("Feed address"));
    m_address->setClearButtonEnabled(true);
    prompt->setBuddy(m_address);
    m_browse = new QPushButton(tr("&Choose file…"));
    m_browse->setAccessibleName(tr("Choose a feed file"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a feed file"), QString(),
                                         tr("Feeds (*.xml *.rss *.atom);;All files (*)"));
        if (!path.isEmpty())
            m_address->setText(path);
    });
    auto *addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_browse);

    m_artwork = new QLabel;
    m_artwork->setFixedSize(kArtworkSide, kArtworkSide);
    m_artwork->setAccessibleName(tr("Podcast artwork"));
    m_artwork->hide();
    m_title = new QLabel;
    m_title->setObjectName(u"podcastTitle"_qs);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_description = new QLabel;
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_description, 1);
    auto *result = new QHBoxLayout;
    result->addWidget(m_artwork, 0, Qt::AlignTop);
    result->addLayout(text, 1);

    m_status = new QLabel;
    m_status->setObjectName(u"addPodcastStatus"_qs);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"addPodcastButton"_qs);
    m_add->setDefault(true);
    m_add->setEnabled(false);
    connect(m_address, &QLineEdit::textChanged, this,
            [this] { m_add->setEnabled(location().isValid()); });
    connect(m_add, &QPushButton::clicked, this, &AddPodcastDialog::requestSubscription);
    connect(m_address, &QLineEdit::returnPressed, this, &AddPodcastDialog::requestSubscription);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addLayout(addressRow);
    layout->addLayout(result, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 320);
}

QUrl AddPodcastDialog::location() const
{
    const QString text = m_address->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") &&
        !url.host().isEmpty())
        return url;
    if (url.isValid() && url.isLocalFile())
        return url;
    if (!text.isEmpty() && QFileInfo(text).isFile())
        return QUrl::fromLocalFile(QFileInfo(text).absoluteFilePath());
    return {};
}

void AddPodcastDialog::requestSubscription()
{
    const QUrl url = location();
    if (!url.isValid()) {
        showError(tr("Enter an http or https address, or choose a feed file."));
        return;
    }
    showBusy();
    emit subscribeRequested(url);
}

void AddPodcastDialog::showBusy()
{
    m_add->setEnabled(false);
    m_address->setEnabled(false);
    m_browse->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Fetching the feed…"));
}

void AddPodcastDialog::showPodcast(const QString &title, const QString &description, int episodes,
                                   bool alreadySubscribed)
{
    m_address->setEnabled(true);
    m_browse->setEnabled(true);
    m_add->setEnabled(true);
    m_title->setText(title);
    m_description->setText(description.size() > 600 ? description.left(600) + u'…' : description);
    m_status->setStyleSheet(QString());
    m_status->setText(
        alreadySubscribed
            ? tr("You already subscribe to this podcast (%n episode(s)).", nullptr, episodes)
            : tr("Added, with %n episode(s).", nullptr, episodes));
}

void AddPodcastDialog::showArtwork(const QString &imageFile)
{
    QImageReader reader(imageFile);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kArtworkSide, kArtworkSide, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    m_artwork->setPixmap(QPixmap::fromImage(image));
    m_artwork->setVisible(!image.isNull());
}

void AddPodcastDialog::showError(const QString &message)
{
    m_address->setEnabled(true);
    m_browse->setEnabled(true);
    m_add->setEnabled(location().isValid());
    m_status->setStyleSheet(u"color: #c0392b;"_qs);
    m_status->setText(message);
    m_address->setFocus();
}
