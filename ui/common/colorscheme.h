#pragma once

#include <QObject>
#include <QPalette>

#include <QDBusVariant>

namespace ionos {

// Follows the desktop's light or dark preference. Qt 6.4 takes its palette from the platform
// theme, which stays light on a desktop switched to dark unless its theme says otherwise; the
// XDG desktop portal tells what the user chose (org.freedesktop.appearance color-scheme: 0 no
// preference, 1 dark, 2 light), once at start and whenever it changes. Without a portal the
// platform theme's palette stays.
class ColorScheme : public QObject
{
    Q_OBJECT
public:
    enum class Scheme
    {
        NoPreference,
        Dark,
        Light
    };
    Q_ENUM(Scheme)

    explicit ColorScheme(QObject *parent = nullptr);
    // Asks the portal without blocking and follows its changes.
    void follow();
    Scheme scheme() const { return m_scheme; }
    // Dark: a dark palette for the current style; otherwise the palette the program started with
    // (the platform theme's).
    void apply(Scheme scheme);

    static QPalette darkPalette();

signals:
    void schemeChanged(ionos::ColorScheme::Scheme scheme);

public slots:
    // The portal's SettingChanged signal; QtDBus delivers only to public slots.
    void settingChanged(const QString &group, const QString &key, const QDBusVariant &value);

private:
    static Scheme fromPortal(const QVariant &value);

    QPalette m_startPalette;
    Scheme m_scheme = Scheme::NoPreference;
};

} // namespace ionos
