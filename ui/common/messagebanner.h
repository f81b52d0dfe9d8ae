#pragma once

#include <QFrame>
#include <QList>
#include <QPointer>

class QLabel;
class QShortcut;
class QTimer;
class QToolButton;

namespace ionos {

struct ApiError;
struct BulkSummary;

// The topic of a message about a screen's load, which goes when the load succeeds.
inline const QString kLoadTopic = QStringLiteral("load");

// One message of a notification area: its text, a Details button when there is more to say, and
// a close button. Read by screen readers as an alert with the message as its name.
class Notice : public QFrame
{
    Q_OBJECT

public:
    enum class Tone
    {
        Info,
        Success,
        Warning,
        Error
    };

    Notice(Tone tone, const QString &topic, QWidget *parent);
    void setMessage(Tone tone, const QString &text, const QString &details);
    Tone tone() const { return m_tone; }
    QString topic() const { return m_topic; }
    QString text() const;
    QString details() const;
    // Success fades after delayMs unless the pointer rests on it; others stay.
    void fadeAfter(int delayMs);
    void restyle();

signals:
    void dismissed(Notice *notice);

protected:
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void announce();
    void fadeOut();

    Tone m_tone;
    QString m_topic;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_showDetails;
    QToolButton *m_close;
    QTimer *m_fade;
    bool m_fadePaused = false; // the pointer rests on a success that was fading
};

// A screen's or a dialog's notification area, in place of modal error boxes: one message per
// topic, newest first. A newer message replaces an older one about the same topic; success fades
// after a few seconds; errors stay until closed (the close button, or Esc on a screen) or until
// the same topic is settled. Its colours follow the palette and are redone when it changes.
class MessageBanner : public QWidget
{
    Q_OBJECT

public:
    using Tone = Notice::Tone;

    explicit MessageBanner(QWidget *parent = nullptr);
    // topic: what the message is about, so that a newer one or its success replaces it.
    // details: what a person needs only when looking further (codes, hosts), behind "Details".
    void post(Tone tone, const QString &text, const QString &topic = {},
              const QString &details = {});
    // An error of the API after lead ("The users could not be loaded."), its details behind
    // "Details".
    void showError(const QString &lead, const ApiError &error, const QString &topic = {});
    // The outcome of a bulk change: success (its text given) when every item was done, else an
    // error made of partial with %1 done, %2 of all, and %3 the list of what was not done.
    void showSummary(const BulkSummary &summary, const QString &success, const QString &partial,
                     const QString &topic = {});
    void clear();
    // Removes the message about this topic (a load that failed and then succeeded).
    void settle(const QString &topic);
    // Closes the newest message; false when there was none.
    bool dismissNewest();
    // The newest message, its tone and text; empty text when there is none.
    Tone tone() const;
    QString text() const;
    QList<Notice *> notices() const;
    // How long a success stays before it fades (tests shorten it).
    void setFadeDelay(int ms) { m_fadeDelayMs = ms; }

    // The style of a banner of this tone on this palette (ColorScheme::colors), for labels that
    // come from a form.
    static QString toneStyleSheet(Tone tone, const QPalette &palette);
    // How many messages show at once; older ones go first.
    static constexpr int kMostShown = 3;

private:
    void remove(Notice *notice);
    void updateVisibility();

    QList<QPointer<Notice>> m_notices; // newest first
    QShortcut *m_escape = nullptr;
    int m_fadeDelayMs = 6000;
};

} // namespace ionos
