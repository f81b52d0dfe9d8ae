#include "messagebanner.h"

namespace ionos {

MessageBanner::MessageBanner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::show(Tone tone, const QString &text)
{
    static const char *const styles[] = {
        "background:#e8f0fe;color:#0b2a5b;border:1px solid #9bb8ef;",
        "background:#e6f4ea;color:#0d3b1e;border:1px solid #8cc79f;",
        "background:#fef7e0;color:#4d3800;border:1px solid #e8c66a;",
        "background:#fce8e6;color:#5c0d07;border:1px solid #e59a92;",
    };
    setStyleSheet(QString::fromLatin1(styles[int(tone)]) +
                  QStringLiteral("border-radius:4px;padding:6px;"));
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::clear()
{
    setText({});
    hide();
}

} // namespace ionos
