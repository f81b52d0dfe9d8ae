#include "ui/common/messagebanner.h"

#include "models/bulkresult.h"

#include <QApplication>
#include <QEvent>

namespace ionos {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    qApp->installEventFilter(this);
    hide();
}

bool MessageBanner::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor MessageBanner::errorTextColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf2, 0xb8, 0xb5) : QColor(0xb3, 0x26, 0x1e);
}

QString MessageBanner::toneStyleSheet(Tone tone, const QPalette &palette)
{
    // Background, text and border of each tone; the text keeps a contrast of at least 7:1.
    static const char *const light[] = {
        "background:#e8f0fe;color:#0b2a5b;border:1px solid #9bb8ef;",
        "background:#e6f4ea;color:#0d3b1e;border:1px solid #8cc79f;",
        "background:#fef7e0;color:#4d3800;border:1px solid #e8c66a;",
        "background:#fce8e6;color:#5c0d07;border:1px solid #e59a92;",
    };
    static const char *const dark[] = {
        "background:#0f2a52;color:#d6e4ff;border:1px solid #3d6bb3;",
        "background:#0f3a22;color:#cdeed8;border:1px solid #3f8f5c;",
        "background:#3d2f05;color:#fde9a8;border:1px solid #a07d1c;",
        "background:#4a1410;color:#fbd5d0;border:1px solid #b0473d;",
    };
    const char *const *styles = isDark(palette) ? dark : light;
    return QString::fromLatin1(styles[int(tone)]) +
           QStringLiteral("border-radius:4px;padding:6px;");
}

QPalette MessageBanner::surroundings() const
{
    // The banner's own palette is fixed by its style sheet: the application's tells light from
    // dark.
    return QApplication::palette();
}

void MessageBanner::show(Tone tone, const QString &text, const QString &topic)
{
    m_tone = tone;
    m_topic = topic;
    setStyleSheet(toneStyleSheet(tone, surroundings()));
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::showSummary(const BulkSummary &summary, const QString &success,
                                const QString &partial)
{
    if (summary.complete())
        show(Tone::Success, success);
    else
        show(Tone::Error, partial.arg(summary.done)
                              .arg(summary.total)
                              .arg(summary.notDone.join(QLatin1Char('\n'))));
}

void MessageBanner::clear()
{
    m_topic.clear();
    setText({});
    hide();
}

void MessageBanner::settle(const QString &topic)
{
    if (!text().isEmpty() && m_topic == topic)
        clear();
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    // A style sheet fixes the colours and keeps the banner's own palette from changing, so the
    // application's new palette (light to dark) is watched for and answered with a new one.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !text().isEmpty()) {
        const QString wanted = toneStyleSheet(m_tone, surroundings());
        if (wanted != styleSheet())
            setStyleSheet(wanted);
    }
    return QLabel::eventFilter(watched, event);
}

} // namespace ionos
