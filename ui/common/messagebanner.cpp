#include "ui/common/messagebanner.h"

#include "models/bulkresult.h"
#include "network/apierror.h"
#include "ui/common/colorscheme.h"
#include "ui/common/icons.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHBoxLayout>
#include <QLabel>
#include <QPropertyAnimation>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace ionos {
namespace {

// A style sheet fixes a notice's colours and keeps its own palette from changing, so the
// application's new palette (light to dark) is answered with new ones: one watcher for every
// notice there is.
class PaletteWatcher : public QObject
{
public:
    static void follow(Notice *notice)
    {
        static PaletteWatcher *watcher = [] {
            auto *w = new PaletteWatcher(qApp);
            qApp->installEventFilter(w);
            return w;
        }();
        watcher->m_notices.removeAll(nullptr);
        watcher->m_notices.append(notice);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (const QPointer<Notice> &n : std::as_const(m_notices)) {
                if (n)
                    n->restyle();
            }
        }
        return false;
    }

private:
    using QObject::QObject;

    QList<QPointer<Notice>> m_notices;
};

QString toneName(Notice::Tone tone)
{
    switch (tone) {
    case Notice::Tone::Info:
        return MessageBanner::tr("Information");
    case Notice::Tone::Success:
        return MessageBanner::tr("Done");
    case Notice::Tone::Warning:
        return MessageBanner::tr("Warning");
    case Notice::Tone::Error:
        return MessageBanner::tr("Error");
    }
    return {};
}

// A notice is read as an alert whose name is its message, so that a screen reader says the
// message when it appears, not "Message".
class NoticeAccessible : public QAccessibleWidget
{
public:
    explicit NoticeAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::AlertMessage)
    {}

    QString text(QAccessible::Text t) const override
    {
        const auto *notice = static_cast<const Notice *>(widget());
        if (t == QAccessible::Name)
            return notice->text();
        if (t == QAccessible::Description) {
            const QString details = notice->details();
            return details.isEmpty() ? toneName(notice->tone())
                                     : toneName(notice->tone()) + QStringLiteral(": ") + details;
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *noticeAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("ionos::Notice") && object && object->isWidgetType())
        return new NoticeAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

QToolButton *noticeButton(const QString &objectName, const QString &name,
                          const QString &description, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setAccessibleName(name);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

Notice::Notice(Tone tone, const QString &topic, QWidget *parent)
    : QFrame(parent)
    , m_tone(tone)
    , m_topic(topic)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_showDetails(noticeButton(QStringLiteral("noticeDetailsButton"), tr("Details"),
                                 tr("Shows or hides what the server and the network said"), this))
    , m_close(noticeButton(QStringLiteral("noticeCloseButton"), tr("Close"),
                           tr("Closes this message (Esc)"), this))
    , m_fade(new QTimer(this))
{
    static const bool installed = [] {
        QAccessible::installFactory(noticeAccessible);
        return true;
    }();
    Q_UNUSED(installed);
    PaletteWatcher::follow(this);
    setObjectName(QStringLiteral("notice"));
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("noticeDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    m_showDetails->setText(tr("Details"));
    m_showDetails->setCheckable(true);
    m_close->setIcon(Icons::named(QStringLiteral("dismiss")));
    connect(m_showDetails, &QToolButton::toggled, m_details, &QLabel::setVisible);
    connect(m_close, &QToolButton::clicked, this, [this] { emit dismissed(this); });
    m_fade->setSingleShot(true);
    connect(m_fade, &QTimer::timeout, this, &Notice::fadeOut);

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->addWidget(m_text);
    texts->addWidget(m_details);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 4, 4);
    row->addLayout(texts, 1);
    row->addWidget(m_showDetails, 0, Qt::AlignTop);
    row->addWidget(m_close, 0, Qt::AlignTop);
}

QString Notice::text() const
{
    return m_text->text();
}

QString Notice::details() const
{
    return m_details->text();
}

void Notice::setMessage(Tone tone, const QString &text, const QString &details)
{
    m_tone = tone;
    m_text->setText(text);
    m_details->setText(details);
    m_showDetails->setVisible(!details.isEmpty());
    m_showDetails->setChecked(false);
    m_fade->stop();
    if (auto *effect = graphicsEffect())
        effect->setEnabled(false);
    restyle();
    announce();
}

void Notice::restyle()
{
    // Scoped to the frame: the buttons keep the desktop's look on the tone's background.
    const QString style = MessageBanner::toneStyleSheet(m_tone, QApplication::palette());
    setStyleSheet(QStringLiteral("ionos--Notice{%1} QLabel{background:transparent;border:none;"
                                 "padding:0;%2}")
                      .arg(style, style.section(QLatin1Char(';'), 1, 1) + QLatin1Char(';')));
}

void Notice::announce()
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent shown(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&shown);
    QAccessibleEvent named(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&named);
}

void Notice::fadeAfter(int delayMs)
{
    if (m_tone == Tone::Success)
        m_fade->start(delayMs);
}

void Notice::enterEvent(QEnterEvent *event)
{
    // Being read: the fade waits.
    m_fadePaused = m_fade->isActive();
    m_fade->stop();
    QFrame::enterEvent(event);
}

void Notice::leaveEvent(QEvent *event)
{
    if (std::exchange(m_fadePaused, false)) {
        m_fade->start(2000);
    }
    QFrame::leaveEvent(event);
}

void Notice::fadeOut()
{
    auto *effect = new QGraphicsOpacityEffect(this);
    setGraphicsEffect(effect);
    auto *animation = new QPropertyAnimation(effect, "opacity", this);
    animation->setDuration(400);
    animation->setStartValue(1.0);
    animation->setEndValue(0.0);
    connect(animation, &QPropertyAnimation::finished, this, [this] { emit dismissed(this); });
    animation->start(QAbstractAnimation::DeleteWhenStopped);
}

MessageBanner::MessageBanner(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    setAccessibleName(tr("Messages"));
    hide();
}

QString MessageBanner::toneStyleSheet(Tone tone, const QPalette &palette)
{
    const ColorScheme::ToneColors c = ColorScheme::colors(ColorScheme::Tone(int(tone)), palette);
    return QStringLiteral("background:%1;color:%2;border:1px solid %3;border-radius:4px;"
                          "padding:6px;")
        .arg(c.background.name(), c.text.name(), c.border.name());
}

void MessageBanner::post(Tone tone, const QString &text, const QString &topic,
                         const QString &details)
{
    if (text.isEmpty()) {
        settle(topic);
        return;
    }
    if (!m_escape && !qobject_cast<QDialog *>(window()) && parentWidget()) {
        // On a screen, Esc closes the newest message; in a dialog Esc stays the dialog's.
        m_escape = new QShortcut(
            QKeySequence::Cancel, parentWidget(), [this] { dismissNewest(); },
            Qt::WidgetWithChildrenShortcut);
        m_escape->setEnabled(false);
    }
    Notice *notice = nullptr;
    for (const QPointer<Notice> &n : std::as_const(m_notices)) {
        if (n && n->topic() == topic)
            notice = n;
    }
    if (notice) {
        m_notices.removeAll(notice);
    } else {
        notice = new Notice(tone, topic, this);
        connect(notice, &Notice::dismissed, this, &MessageBanner::remove);
    }
    m_notices.prepend(notice);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->removeWidget(notice);
    box->insertWidget(0, notice);
    while (m_notices.size() > kMostShown)
        remove(m_notices.last());
    notice->setMessage(tone, text, details);
    notice->fadeAfter(m_fadeDelayMs);
    notice->setVisible(true);
    updateVisibility();
}

void MessageBanner::showError(const QString &lead, const ApiError &error, const QString &topic)
{
    post(Tone::Error, lead.isEmpty() ? error.message : lead + QLatin1Char(' ') + error.message,
         topic, error.details);
}

void MessageBanner::showSummary(const BulkSummary &summary, const QString &success,
                                const QString &partial, const QString &topic)
{
    if (summary.complete())
        post(Tone::Success, success, topic);
    else
        post(Tone::Error,
             partial.arg(summary.done)
                 .arg(summary.total)
                 .arg(summary.notDone.join(QLatin1Char('\n'))),
             topic);
}

void MessageBanner::clear()
{
    const QList<QPointer<Notice>> all = m_notices;
    for (const QPointer<Notice> &n : all)
        remove(n);
}

void MessageBanner::settle(const QString &topic)
{
    const QList<QPointer<Notice>> all = m_notices;
    for (const QPointer<Notice> &n : all) {
        if (n && n->topic() == topic)
            remove(n);
    }
}

bool MessageBanner::dismissNewest()
{
    if (m_notices.isEmpty())
        return false;
    remove(m_notices.first());
    return true;
}

void MessageBanner::remove(Notice *notice)
{
    m_notices.removeAll(notice);
    m_notices.removeAll(nullptr);
    if (notice) {
        notice->hide();
        notice->deleteLater();
    }
    updateVisibility();
}

void MessageBanner::updateVisibility()
{
    setVisible(!m_notices.isEmpty());
    if (m_escape)
        m_escape->setEnabled(!m_notices.isEmpty());
}

MessageBanner::Tone MessageBanner::tone() const
{
    return m_notices.isEmpty() ? Tone::Info : m_notices.first()->tone();
}

QString MessageBanner::text() const
{
    return m_notices.isEmpty() ? QString() : m_notices.first()->text();
}

QList<Notice *> MessageBanner::notices() const
{
    QList<Notice *> list;
    for (const QPointer<Notice> &n : m_notices) {
        if (n)
            list << n;
    }
    return list;
}

} // namespace ionos
