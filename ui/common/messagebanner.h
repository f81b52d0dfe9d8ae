#pragma once

#include <QLabel>

namespace ionos {

struct BulkSummary;

// The topic of a message about a screen's load, which goes when the load succeeds.
inline const QString kLoadTopic = QStringLiteral("load");

// An inline message above a form or a view, in place of a modal error box. Its colours follow
// the palette: light tints on a light palette, deep ones on a dark palette, redone when the
// palette changes.
class MessageBanner : public QLabel
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

    explicit MessageBanner(QWidget *parent = nullptr);
    // topic: what the message is about, so that it can go when that is settled.
    void show(Tone tone, const QString &text, const QString &topic = {});
    // The outcome of a bulk change: success (its text given) when every item was done, else an
    // error made of partial with %1 done, %2 of all, and %3 the list of what was not done.
    void showSummary(const BulkSummary &summary, const QString &success, const QString &partial);
    void clear();
    // Clears the message when it is about this topic (a load that failed and then succeeded).
    void settle(const QString &topic);
    Tone tone() const { return m_tone; }

    // The style of a banner of this tone on this palette, for labels that come from a form.
    static QString toneStyleSheet(Tone tone, const QPalette &palette);
    static bool isDark(const QPalette &palette);
    // The colour of a short error text under a field.
    static QColor errorTextColor(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPalette surroundings() const;

    Tone m_tone = Tone::Info;
    QString m_topic;
};

} // namespace ionos
