#include "ui/overview/overviewview.h"

#include "models/access/accessengine.h"
#include "models/account/resourcetypes.h"
#include "models/displaytime.h"
#include "models/workspace.h"
#include "network/offthread.h"
#include "ui/common/secondarylabel.h"
#include "ui/overview/glancecharts.h"
#include "ui/overview/sincepanel.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ionos {
namespace {

constexpr Finding::Severity kSeverities[] = {Finding::Severity::High, Finding::Severity::Medium,
                                             Finding::Severity::Low, Finding::Severity::Info};

QString share(int part, int whole)
{
    const int percent = RingChart::percentOf(part, whole);
    return percent < 0 ? QStringLiteral("–") : QLocale().toString(percent);
}

// A link to another screen, as a flat button that reads as one.
QPushButton *linkButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return button;
}

} // namespace

OverviewView::OverviewView(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("overviewView"));
    build();
    connect(&workspace.accessEngine(), &AccessEngine::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(&workspace, &Workspace::everythingLoaded, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

QGroupBox *OverviewView::card(const QString &title, const char *name)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(QLatin1String(name));
    return box;
}

OverviewView::FigureCard OverviewView::figureCard(const QString &title, const QString &name,
                                                  std::optional<Link> link)
{
    FigureCard c;
    c.box = card(title, qPrintable(name + QStringLiteral("Card")));
    c.figure = new QLabel(QStringLiteral("–"), c.box);
    c.figure->setObjectName(name + QStringLiteral("Figure"));
    QFont f = c.figure->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 2);
    c.figure->setFont(f);
    c.text = new QLabel(c.box);
    c.text->setObjectName(name + QStringLiteral("Text"));
    c.text->setWordWrap(true);
    auto *layout = new QVBoxLayout(c.box);
    layout->addWidget(c.figure);
    layout->addWidget(c.text);
    if (link) {
        QString buttonName = name;
        buttonName[0] = buttonName[0].toUpper();
        QPushButton *show = linkButton(
            link->first, qPrintable(QStringLiteral("show%1Button").arg(buttonName)), c.box);
        show->setAccessibleDescription(tr("Opens the %1 screen").arg(title));
        connect(show, &QPushButton::clicked, this,
                [this, page = link->second] { emit pageRequested(page); });
        layout->addWidget(show);
    }
    layout->addStretch(1);
    return c;
}

void OverviewView::build()
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("overviewContent"));
    auto *title = new QLabel(tr("Account at a Glance"), content);
    title->setObjectName(QStringLiteral("overviewTitle"));
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    title->setAccessibleName(title->text());
    m_status = new SecondaryLabel(QString(), content);
    m_status->setObjectName(QStringLiteral("overviewStatus"));
    m_status->setWordWrap(true);
    m_sinceSlot = new QWidget(content);
    m_sinceSlot->setObjectName(QStringLiteral("sinceSlot"));
    auto *sinceLayout = new QVBoxLayout(m_sinceSlot);
    sinceLayout->setContentsMargins(0, 0, 0, 0);
    m_sinceSlot->hide();

    const FigureCard users = figureCard(tr("Users"), QStringLiteral("users"),
                                        {{tr("Show Users"), NavigationTree::Page::Users}});
    m_users = users.figure;
    m_usersText = users.text;
    const FigureCard admins = figureCard(tr("Administrators"), QStringLiteral("admins"));
    m_admins = admins.figure;
    m_adminsText = admins.text;

    // 2-factor authentication: a ring each for users and administrators.
    QGroupBox *twoFactor = card(tr("2-Factor Authentication"), "twoFactorCard");
    m_usersRing = new RingChart(twoFactor);
    m_usersRing->setObjectName(QStringLiteral("usersTwoFactorRing"));
    m_usersRingText = new QLabel(twoFactor);
    m_usersRingText->setObjectName(QStringLiteral("usersTwoFactorText"));
    m_usersRingText->setWordWrap(true);
    m_adminsRing = new RingChart(twoFactor);
    m_adminsRing->setObjectName(QStringLiteral("adminsTwoFactorRing"));
    m_adminsRingText = new QLabel(twoFactor);
    m_adminsRingText->setObjectName(QStringLiteral("adminsTwoFactorText"));
    m_adminsRingText->setWordWrap(true);
    auto *twoFactorLayout = new QGridLayout(twoFactor);
    twoFactorLayout->addWidget(m_usersRing, 0, 0);
    twoFactorLayout->addWidget(m_usersRingText, 0, 1);
    twoFactorLayout->addWidget(m_adminsRing, 1, 0);
    twoFactorLayout->addWidget(m_adminsRingText, 1, 1);
    twoFactorLayout->setColumnStretch(1, 1);

    // Findings by severity: each opens the Findings screen showing that severity.
    QGroupBox *findings = card(tr("Findings"), "findingsCard");
    m_findingsText = new QLabel(findings);
    m_findingsText->setObjectName(QStringLiteral("findingsText"));
    m_findingsText->setWordWrap(true);
    auto *findingsLayout = new QGridLayout(findings);
    findingsLayout->addWidget(m_findingsText, 0, 0, 1, 3);
    int row = 1;
    for (const Finding::Severity severity : kSeverities) {
        const QString name = Finding::severityName(severity);
        SeverityRow r;
        r.button = linkButton(Finding::labelOf(severity), "", findings);
        r.button->setObjectName(QStringLiteral("findings_%1").arg(name));
        r.bar = new BarGauge(findings);
        r.bar->setObjectName(QStringLiteral("findingsBar_%1").arg(name));
        r.bar->setTone(BarGauge::toneOf(severity));
        r.count = new QLabel(findings);
        r.count->setObjectName(QStringLiteral("findingsCount_%1").arg(name));
        r.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(r.button, &QPushButton::clicked, this,
                [this, severity] { emit findingsRequested(severity); });
        findingsLayout->addWidget(r.button, row, 0);
        findingsLayout->addWidget(r.bar, row, 1);
        findingsLayout->addWidget(r.count, row, 2);
        m_severities << r;
        ++row;
    }
    findingsLayout->setColumnStretch(1, 1);
    findingsLayout->setRowStretch(row, 1);

    const FigureCard groups = figureCard(tr("Groups"), QStringLiteral("groups"),
                                         {{tr("Show Groups"), NavigationTree::Page::Groups}});
    m_groups = groups.figure;
    m_groupsText = groups.text;

    // The last snapshot.
    QGroupBox *snapshot = card(tr("Last Snapshot"), "snapshotCard");
    m_snapshotText = new QLabel(snapshot);
    m_snapshotText->setObjectName(QStringLiteral("snapshotText"));
    m_snapshotText->setWordWrap(true);
    QPushButton *save = linkButton(tr("Save Snapshot…"), "overviewSaveSnapshotButton", snapshot);
    save->setAccessibleDescription(
        tr("Saves the account's users, groups, members, shares and resources to a file"));
    connect(save, &QPushButton::clicked, this, &OverviewView::saveSnapshotRequested);
    auto *snapshotLayout = new QVBoxLayout(snapshot);
    snapshotLayout->addWidget(m_snapshotText);
    snapshotLayout->addWidget(save);
    snapshotLayout->addStretch(1);

    // Resources by type.
    QGroupBox *types = card(tr("Resources by Type"), "resourcesCard");
    m_typesText = new QLabel(types);
    m_typesText->setObjectName(QStringLiteral("resourcesText"));
    m_typesText->setWordWrap(true);
    auto *typesOuter = new QVBoxLayout(types);
    typesOuter->addWidget(m_typesText);
    m_types = new QGridLayout;
    m_types->setColumnStretch(1, 1);
    typesOuter->addLayout(m_types);
    typesOuter->addStretch(1);

    auto *grid = new QGridLayout;
    grid->addWidget(users.box, 0, 0);
    grid->addWidget(admins.box, 0, 1);
    grid->addWidget(twoFactor, 1, 0);
    grid->addWidget(findings, 1, 1);
    grid->addWidget(groups.box, 2, 0);
    grid->addWidget(snapshot, 2, 1);
    grid->addWidget(types, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(title);
    contentLayout->addWidget(m_status);
    contentLayout->addWidget(m_sinceSlot);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    presentSnapshotAge();
}

void OverviewView::setFindingsOptions(const FindingsRules::Options &options)
{
    m_options = options;
    m_stale = true;
    if (isVisible())
        refresh();
}

void OverviewView::setLastSnapshot(std::optional<QDateTime> takenAt)
{
    m_lastSnapshot = takenAt;
    presentSnapshotAge();
}

void OverviewView::setSince(const SinceLastSession &since)
{
    QLayout *layout = m_sinceSlot->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto *panel = new SincePanel(since, m_sinceSlot);
    connect(panel, &SincePanel::changesRequested, this, &OverviewView::changesRequested);
    layout->addWidget(panel);
    m_sinceSlot->show();
}

void OverviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void OverviewView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        present(m_glance);
}

void OverviewView::refresh()
{
    m_stale = false;
    // On a worker thread, as the findings are (tens of milliseconds for 10,000 users); an
    // answer to an earlier question is dropped.
    const quint64 question = ++m_question;
    FindingsRules::Options options = m_options;
    options.asOf = QDateTime::currentDateTimeUtc(); // the clock of inactive users runs on
    runOffThread(
        this,
        [access = m_workspace.accessEngine().latest(), options] {
            return AccountGlance::of(*access, options);
        },
        [this, question](const AccountGlance &glance) {
            if (question == m_question)
                present(glance);
        });
}

void OverviewView::present(const AccountGlance &g)
{
    m_glance = g;
    const QLocale locale;
    const bool complete = m_workspace.accessEngine().isLatestComplete();
    m_status->setText(complete
                          ? tr("As of %1.").arg(DisplayTime::dateTime(QDateTime::currentDateTime()))
                          : tr("Still loading: the figures are not complete yet."));

    m_users->setText(locale.toString(g.users));
    m_usersText->setText(tr("%n active", nullptr, g.activeUsers) + QStringLiteral(" · ") +
                         tr("%n deactivated", nullptr, g.deactivatedUsers));
    m_users->setAccessibleName(tr("%n user(s)", nullptr, g.users));

    m_admins->setText(locale.toString(g.administrators));
    m_admins->setAccessibleName(tr("%n active administrator(s)", nullptr, g.administrators));
    m_adminsText->setText(g.administrators == 0
                              ? tr("No active user is an administrator.")
                              : tr("Active users who may do everything in the account, whatever "
                                   "their groups."));

    m_usersRing->setValue(g.activeUsersWith2fa, g.activeUsers);
    m_usersRingText->setText(
        tr("Active users with 2-factor authentication set up: %1 of %2 (%3 %).")
            .arg(locale.toString(g.activeUsersWith2fa), locale.toString(g.activeUsers),
                 share(g.activeUsersWith2fa, g.activeUsers)));
    m_usersRing->setAccessibleName(m_usersRingText->text());
    m_adminsRing->setValue(g.administratorsWith2fa, g.administrators);
    m_adminsRingText->setText(
        tr("Administrators with 2-factor authentication set up: %1 of %2 (%3 %).")
            .arg(locale.toString(g.administratorsWith2fa), locale.toString(g.administrators),
                 share(g.administratorsWith2fa, g.administrators)));
    m_adminsRing->setAccessibleName(m_adminsRingText->text());

    const int total = g.findingsTotal();
    m_findingsText->setText(
        total == 0 ? tr("Nothing risky found.")
                   : tr("%n finding(s); open a severity to see them.", nullptr, total));
    const int most = *std::max_element(g.findings.begin(), g.findings.end());
    for (int i = 0; i < m_severities.size(); ++i) {
        const SeverityRow &r = m_severities.at(i);
        const int n = g.findings.at(i);
        r.bar->setValue(n, most);
        r.count->setText(locale.toString(n));
        const QString label = Finding::labelOf(kSeverities[i]);
        r.button->setText(label);
        r.button->setAccessibleName(
            tr("%1: %n finding(s); show them on the Findings screen", nullptr, n).arg(label));
        r.button->setAccessibleDescription(
            tr("Opens the Findings screen showing the findings of this severity alone"));
        r.bar->setAccessibleName(r.button->accessibleName());
    }

    m_groups->setText(locale.toString(g.groups));
    m_groups->setAccessibleName(tr("%n group(s)", nullptr, g.groups));
    m_groupsText->setText(g.groupsWithoutMembers == 0
                              ? tr("Every group has members.")
                              : tr("%n without members.", nullptr, g.groupsWithoutMembers));
    presentResourceTypes();
    presentSnapshotAge();
    emit refreshed();
}

void OverviewView::presentResourceTypes()
{
    while (QLayoutItem *item = m_types->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_typesText->setText(m_glance.resources == 0
                             ? tr("No resources.")
                             : tr("%n resource(s) of %1 type(s).", nullptr, m_glance.resources)
                                   .arg(QLocale().toString(m_glance.resourcesByType.size())));
    int most = 0;
    for (const auto &[type, count] : m_glance.resourcesByType)
        most = std::max(most, count);
    int row = 0;
    for (const auto &[type, count] : m_glance.resourcesByType) {
        auto *name = new QLabel(ResourceTypes::label(type));
        name->setObjectName(QStringLiteral("resourceType_%1").arg(type));
        auto *bar = new BarGauge;
        bar->setValue(count, most);
        bar->setAccessibleName(
            tr("%1: %2").arg(ResourceTypes::label(type), QLocale().toString(count)));
        auto *number = new QLabel(QLocale().toString(count));
        number->setObjectName(QStringLiteral("resourceCount_%1").arg(type));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_types->addWidget(name, row, 0);
        m_types->addWidget(bar, row, 1);
        m_types->addWidget(number, row, 2);
        ++row;
    }
}

void OverviewView::presentSnapshotAge()
{
    if (!m_lastSnapshot) {
        m_snapshotText->setText(
            tr("No snapshot of this account yet. A snapshot keeps who may do what, to compare "
               "and restore later."));
        return;
    }
    const qint64 days = m_lastSnapshot->daysTo(QDateTime::currentDateTime());
    const QString when = DisplayTime::dateTime(*m_lastSnapshot);
    m_snapshotText->setText(
        days < 1 ? tr("The last snapshot was taken today, %1.").arg(when)
                 : tr("The last snapshot is %n day(s) old (%1).", nullptr, int(days)).arg(when));
}

} // namespace ionos
