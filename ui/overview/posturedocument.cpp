#include "ui/overview/posturedocument.h"

#include "models/account/resourcetypes.h"
#include "models/displaytime.h"
#include "ui/overview/glancecharts.h"

#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace ionos {
namespace {

constexpr int kScale = 3; // chart pixels per point on the page, for a sharp print

// Paper is white: the light colours of the console, whatever it shows on screen.
QPalette paper()
{
    QPalette p(QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QImage ringImage(int part, int whole)
{
    const int side = 90 * kScale;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont f;
    f.setPixelSize(15 * kScale);
    RingChart::paint(p, QRectF(0, 0, side, side), part, whole, paper(), f);
    return image;
}

// Bars with their labels and counts, one row each.
QImage barsImage(const QList<std::tuple<QString, int, QColor>> &rows)
{
    const int rowHeight = 18 * kScale;
    const int width = 420 * kScale;
    const int labelWidth = 150 * kScale;
    const int countWidth = 60 * kScale;
    QImage image(width, std::max<int>(1, rows.size()) * rowHeight,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont f;
    f.setPixelSize(11 * kScale);
    p.setFont(f);
    int most = 0;
    for (const auto &[label, count, colour] : rows)
        most = std::max(most, count);
    int y = 0;
    for (const auto &[label, count, colour] : rows) {
        p.setPen(Qt::black);
        p.drawText(QRect(0, y, labelWidth - 8 * kScale, rowHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, label);
        BarGauge::paint(p,
                        QRectF(labelWidth, y + rowHeight * 0.15, width - labelWidth - countWidth,
                               rowHeight * 0.7),
                        count, most, colour);
        p.setPen(Qt::black);
        p.drawText(QRect(width - countWidth, y, countWidth, rowHeight),
                   Qt::AlignVCenter | Qt::AlignRight, QLocale().toString(count));
        y += rowHeight;
    }
    return image;
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(c));
    return out + QStringLiteral("</tr>");
}

} // namespace

PostureDocument::PostureDocument(const PostureReport &report)
    : m_document(new QTextDocument)
{
    QFont f = m_document->defaultFont();
    f.setPointSizeF(9.5);
    m_document->setDefaultFont(f);
    m_document->setDefaultStyleSheet(
        QStringLiteral("h1{font-size:18pt;} h2{font-size:13pt; margin-top:14px;} "
                       "table{border-collapse:collapse;} th{text-align:left; background:#e8e8e8;} "
                       "td,th{padding:2px 6px;} .quiet{color:#555555;}"));
    m_document->setHtml(html(report));
}

PostureDocument::~PostureDocument()
{
    delete m_document;
}

QString PostureDocument::chart(const QString &name, const QImage &image, int width)
{
    const QUrl url(QStringLiteral("chart:%1").arg(name));
    m_document->addResource(QTextDocument::ImageResource, url, image);
    return QStringLiteral("<img src=\"%1\" width=\"%2\">").arg(url.toString()).arg(width);
}

QString PostureDocument::html(const PostureReport &r)
{
    const QLocale locale;
    const AccountGlance &g = r.glance;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Access Posture Report")));
    h += QStringLiteral("<p>%1<br>%2<br><span class=\"quiet\">%3</span></p>")
             .arg(escaped(r.account),
                  escaped(tr("As of %1").arg(DisplayTime::dateTime(r.asOf.toLocalTime()))),
                  escaped(tr("IONOS Cloud Admin Console %1").arg(r.consoleVersion)));

    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("At a Glance")));
    h += QStringLiteral("<table>");
    h += row({tr("Users"), tr("%1 (%2 active, %3 deactivated)")
                               .arg(locale.toString(g.users), locale.toString(g.activeUsers),
                                    locale.toString(g.deactivatedUsers))});
    h += row({tr("Active administrators"), locale.toString(g.administrators)});
    h += row({tr("Groups"),
              tr("%1 (%2 without members)")
                  .arg(locale.toString(g.groups), locale.toString(g.groupsWithoutMembers))});
    h += row({tr("Resources"), locale.toString(g.resources)});
    h += row({tr("Findings"), locale.toString(g.findingsTotal())});
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("2-Factor Authentication")));
    h +=
        QStringLiteral("<table><tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr></table>")
            .arg(chart(QStringLiteral("users2fa"), ringImage(g.activeUsersWith2fa, g.activeUsers),
                       90),
                 escaped(
                     tr("Active users with 2-factor authentication set up: %1 of %2 (%3 %).")
                         .arg(locale.toString(g.activeUsersWith2fa), locale.toString(g.activeUsers),
                              locale.toString(std::max(
                                  0, RingChart::percentOf(g.activeUsersWith2fa, g.activeUsers))))),
                 chart(QStringLiteral("admins2fa"),
                       ringImage(g.administratorsWith2fa, g.administrators), 90),
                 escaped(tr("Administrators with 2-factor authentication set up: %1 of %2 "
                            "(%3 %).")
                             .arg(locale.toString(g.administratorsWith2fa),
                                  locale.toString(g.administrators),
                                  locale.toString(
                                      std::max(0, RingChart::percentOf(g.administratorsWith2fa,
                                                                       g.administrators))))));

    QList<std::tuple<QString, int, QColor>> severities;
    for (const Finding::Severity s : {Finding::Severity::High, Finding::Severity::Medium,
                                      Finding::Severity::Low, Finding::Severity::Info})
        severities.append({Finding::labelOf(s), g.findingsOf(s),
                           BarGauge::colourOf(BarGauge::toneOf(s), paper())});
    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Findings by Severity")));
    h += QStringLiteral("<p>%1</p>")
             .arg(chart(QStringLiteral("findings"), barsImage(severities), 420));

    QList<std::tuple<QString, int, QColor>> types;
    for (const auto &[type, count] : g.resourcesByType)
        types.append(
            {ResourceTypes::label(type), count, BarGauge::colourOf(std::nullopt, paper())});
    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Resources by Type")));
    h += types.isEmpty() ? QStringLiteral("<p>%1</p>").arg(escaped(tr("No resources.")))
                         : QStringLiteral("<p>%1</p>")
                               .arg(chart(QStringLiteral("types"), barsImage(types), 420));

    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Administrators")));
    if (r.administrators.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(escaped(tr("No user is an administrator.")));
    } else {
        h += QStringLiteral("<table width=\"100%\">") +
             row({tr("Name"), tr("E-mail"), tr("Active"), tr("2-factor authentication"),
                  tr("2FA required")},
                 true);
        for (const User &u : r.administrators)
            h += row({u.displayName(), u.email, u.active ? tr("yes") : tr("no"),
                      u.secAuthActive ? tr("set up") : tr("not set up"),
                      u.forceSecAuth ? tr("yes") : tr("no")});
        h += QStringLiteral("</table>");
    }

    h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Most Severe Findings")));
    if (r.findings.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(escaped(tr("Nothing risky found.")));
    } else {
        h += QStringLiteral("<table width=\"100%\">") +
             row({tr("Severity"), tr("Finding"), tr("About"), tr("Why")}, true);
        for (qsizetype i = 0; i < std::min<qsizetype>(r.findings.size(), kFindingsListed); ++i) {
            const Finding &f = r.findings.at(i);
            h += row({f.severityLabel(), FindingsRules::title(f.rule), f.subject, f.detail});
        }
        h += QStringLiteral("</table>");
        if (r.findings.size() > kFindingsListed)
            h += QStringLiteral("<p class=\"quiet\">%1</p>")
                     .arg(escaped(tr("And %n more, less severe: see the Findings screen or "
                                     "\"ionos-admin report findings\".",
                                     nullptr, int(r.findings.size() - kFindingsListed))));
    }

    if (r.since) {
        const QString when = DisplayTime::dateTime(r.since->since.toLocalTime());
        h += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Changes since %1").arg(when)));
        h +=
            QStringLiteral("<p>%1</p>")
                .arg(escaped(r.since->phrases.isEmpty()
                                 ? tr("Nothing changed.")
                                 : r.since->phrases.join(QStringLiteral(", ")) + QLatin1Char('.')));
        if (!r.since->alerts.isEmpty()) {
            h += QStringLiteral("<table width=\"100%\">") +
                 row({tr("Severity"), tr("Alert"), tr("What")}, true);
            for (const WatchAlert &a : r.since->alerts)
                h += row({Finding::labelOf(a.severity), WatchRules::title(a.rule), a.detail});
            h += QStringLiteral("</table>");
        }
    }
    return h;
}

QString PostureDocument::writePdf(const QString &path)
{
    // Printed to a file beside the target first, then put in its place whole.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("IONOS Cloud Admin Console"));
        writer.setTitle(tr("Access Posture Report"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        // Laid out at the page's own width, at a screen's resolution, so that the tables take
        // the width of the paper and the charts keep their size.
        writer.setResolution(96);
        m_document->setPageSize(writer.pageLayout().paintRectPixels(96).size());
        m_document->print(&writer);
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace ionos
