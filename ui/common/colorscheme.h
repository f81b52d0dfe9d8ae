#pragma once

#include <QColor>
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

    // What a colour says, wherever it is drawn: a banner's message, a cell of the privilege
    // matrix, a line of the activity log.
    enum class Tone
    {
        Info,
        Success,
        Warning,
        Error,
        Working // a change being applied: never the blue of the selection
    };
    struct ToneColors
    {
        QColor background; // of a message
        QColor text;       // on that background, at a contrast of at least 7:1
        QColor border;
        QColor tint;   // of a cell that is in this state; its text stays readable
        QColor accent; // of a short text in this tone on the window's own background
    };
    // The colours of every tone, for the light and the dark palette, are here and nowhere else.
    static ToneColors colors(Tone tone, const QPalette &palette);
    static bool isDark(const QPalette &palette);

    // The colours of a check box or radio button: an edge that stands out from any background
    // of the palette at 3:1 or more, and, when it is ticked, a fill of the same contrast with a
    // mark on it that stands out from the fill.
    struct ControlColors
    {
        QColor edge;
        QColor fill;
        QColor mark;
    };
    static ControlColors controls(const QPalette &palette, bool enabled);
    // Text that says less than the text beside it (an explanation, a hint), still at 4.5:1 or
    // more on the window and on the base.
    static QColor secondaryText(const QPalette &palette);
    // The palette with what a platform theme may draw too faintly made readable: selected text
    // on its highlight and placeholder text at 4.5:1 or more.
    static QPalette readable(QPalette palette);
    // The contrast ratio of two colours as WCAG 2 defines it, from 1 to 21.
    static double contrast(const QColor &a, const QColor &b);

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
