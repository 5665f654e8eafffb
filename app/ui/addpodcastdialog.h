#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;

// File > Add podcast: a feed URL (or a web page that links one) or a local feed file. Passive:
// it asks for a subscription (subscribeRequested) and shows what it is told — the podcast's
// artwork, title, description and episode count, or why it could not be added.
class AddPodcastDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddPodcastDialog)

public:
    explicit AddPodcastDialog(QWidget *parent = nullptr);

    QLineEdit *addressField() const { return m_address; }
    QPushButton *addButton() const { return m_add; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }

    // What the field holds as a feed location: an http(s) URL, a file: URL or a file path;
    // invalid otherwise.
    QUrl location() const;

    void showBusy();
    void showPodcast(const QString &title, const QString &description, int episodes,
                     bool alreadySubscribed);
    void showArtwork(const QString &imageFile);
    void showError(const QString &message);

signals:
    void subscribeRequested(const QUrl &location);

private:
    void requestSubscription();

    QLineEdit *m_address = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_artwork = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_status = nullptr;
};
