#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QSpinBox;

// Player, playback (engine, audio output) and language settings, read from and written to the
// app's QSettings on OK.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `engineInUse`: the playback engine playing now (it may come from --engine).
    PreferencesDialog(QSettings *settings, const QString &engineInUse, QWidget *parent = nullptr);

    void accept() override;
    // The playback engine chosen.
    QString engine() const;

private:
    QSettings *m_settings = nullptr;
    QSpinBox *m_skipBack = nullptr;
    QSpinBox *m_skipForward = nullptr;
    QSpinBox *m_finishThreshold = nullptr;
    QSpinBox *m_refreshHours = nullptr;
    QCheckBox *m_autoplay = nullptr;
    QComboBox *m_language = nullptr;
    QString m_engineInUse;
    QComboBox *m_engine = nullptr;
    QLabel *m_engineNote = nullptr;
    QComboBox *m_output = nullptr;
};
