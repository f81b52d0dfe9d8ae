// The access review against the sandbox: the sheet of the chosen groups with proposals worked out
// here from the sandbox's own state, decisions changed in bulk, Apply through the bulk path with
// its confirmation and report (one removal refused by the server), and the evidence as CSV and
// JSON with reviewer, decisions, outcomes and request ids.
#include "budgets.h"
#include "models/access/accessengine.h"
#include "models/access/accessreviewmodel.h"
#include "models/workspace.h"
#include "sandboxharness.h"
#include "signedinscreen.h"
#include "ui/access/accessreviewview.h"
#include "ui/common/confirmation.h"
#include "ui/common/messagebanner.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace ionos;

namespace {

class AccessReviewScreen : public SignedInScreen
{
protected:
    AccessReviewScreen()
        : SignedInScreen(Start::EverythingLoaded)
    {}

    void SetUp() override
    {
        SignedInScreen::SetUp();
        if (HasFatalFailure())
            return;
        window->showPage(MainWindow::Page::Review);
        view = window->findChild<AccessReviewView *>();
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(view->isVisible());
    }

    // The rule, worked out here: deactivated, or no sign-in within `days` (never, and created
    // before that).
    bool inactive(const QString &userId, int days) const
    {
        const sandbox::SbUser *u = h->state().user(userId);
        const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-days);
        if (!u->active)
            return true;
        return u->lastLogin ? *u->lastLogin < cutoff : u->audit.created < cutoff;
    }
    void select(const std::function<bool(const ReviewRow &)> &which)
    {
        QTableView *table = view->table();
        table->clearSelection();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString key =
                table->model()->index(row, 0).data(AccessReviewModel::KeyRole).toString();
            const int at = view->model()->rowOf(key);
            if (which(view->model()->at(at)))
                table->selectionModel()->select(table->model()->index(row, 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
        }
    }

    AccessReviewView *view = nullptr;
};

TEST_F(AccessReviewScreen, ProposesDecidesAppliesAndKeepsTheEvidence)
{
    const auto &state = h->state();
    // Two groups with members and shares.
    QStringList groups;
    for (const QString &g : state.groupOrder()) {
        if (!state.membersOf(g).isEmpty() && !state.sharesOf(g).isEmpty() && groups.size() < 2)
            groups << g;
    }
    ASSERT_EQ(groups.size(), 2);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("reviewGroups"));
    ASSERT_EQ(list->count(), int(state.groupOrder().size())) << "every group is offered";
    view->chooseGroups(groups);
    const QStringList chosen = view->chosenGroups();
    EXPECT_EQ(QSet<QString>(chosen.begin(), chosen.end()),
              QSet<QString>(groups.begin(), groups.end()));
    const int days = 30;
    view->findChild<QSpinBox *>(QStringLiteral("reviewInactiveDays"))->setValue(days);
    view->startReview();

    // Every member and share, each proposal as the rule says.
    int expectedRows = 0;
    QSet<QString> proposedRemovals;
    for (const QString &g : groups) {
        expectedRows += int(state.membersOf(g).size() + state.sharesOf(g).size());
        for (const QString &u : state.membersOf(g)) {
            if (inactive(u, days))
                proposedRemovals.insert(g + QLatin1Char('/') + u);
        }
    }
    AccessReviewModel *model = view->model();
    ASSERT_EQ(model->rowCount(), expectedRows);
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReviewRow &r = model->at(row);
        const bool remove = r.kind == ReviewRow::Kind::Member &&
                            proposedRemovals.contains(r.groupId + QLatin1Char('/') + r.subjectId);
        EXPECT_EQ(r.proposed == ReviewRow::Decision::Remove, remove) << r.key().toStdString();
        EXPECT_EQ(r.decision, r.proposed) << "decided as proposed until the reviewer changes it";
        EXPECT_FALSE(r.reason.isEmpty());
    }
    EXPECT_EQ(model->reviewer(), QStringLiteral("Sandbox"));
    // The proposal is not a column repeating Remove: Remove's tool tip says it.
    EXPECT_TRUE(view->table()->isColumnHidden(AccessReviewModel::ProposedColumn));
    const QString said =
        model->index(0, AccessReviewModel::RemoveColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(said.endsWith(QStringLiteral(", as proposed"))) << said.toStdString();

    // The reviewer: every share of the first group removed, and one member proposed for
    // removal kept (when there is one), in bulk through the selection.
    select([&](const ReviewRow &r) {
        return r.kind == ReviewRow::Kind::Share && r.groupId == groups.first();
    });
    ASSERT_TRUE(view->markRemoveAction()->isEnabled());
    view->markRemoveAction()->trigger();
    QString keptAgainstProposal;
    for (int row = 0; row < model->rowCount() && keptAgainstProposal.isEmpty(); ++row) {
        if (model->at(row).proposed == ReviewRow::Decision::Remove)
            keptAgainstProposal = model->at(row).key();
    }
    if (!keptAgainstProposal.isEmpty()) {
        select([&](const ReviewRow &r) { return r.key() == keptAgainstProposal; });
        view->markKeepAction()->trigger();
    }
    QSet<QString> toRemove;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).decision == ReviewRow::Decision::Remove)
            toRemove.insert(model->at(row).key());
    }
    ASSERT_FALSE(toRemove.isEmpty());
    EXPECT_EQ(model->count(ReviewRow::Decision::Remove), toRemove.size());

    // Apply asks first, then removes through the bulk path; the server refuses one.
    h->server().injectFaultFor("DELETE", sandbox::Fault::Forbidden);
    view->applyAction()->trigger();
    auto *box = window->findChild<QMessageBox *>(QStringLiteral("applyReviewConfirmation"));
    ASSERT_NE(box, nullptr) << "removals ask first";
    const qsizetype sharesToRemove =
        std::count_if(toRemove.begin(), toRemove.end(),
                      [](const QString &k) { return k.startsWith(QStringLiteral("share/")); });
    EXPECT_TRUE(
        box->text().contains(QStringLiteral("%1 member").arg(toRemove.size() - sharesToRemove)))
        << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QStringLiteral("%1 share").arg(sharesToRemove)))
        << box->text().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !box->property(Confirmation::kPreviewPending).toBool(); }, budget::kServerMs));
    ASSERT_TRUE(SignedInWindow::confirm(window, "applyReviewConfirmation"));
    auto *banner = view->findChild<MessageBanner *>(QStringLiteral("reviewBanner"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return banner->text().startsWith(QStringLiteral("Review applied")); },
                        budget::kServerMs))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(
        QStringLiteral("%1 of %2").arg(toRemove.size() - 1).arg(toRemove.size())))
        << banner->text().toStdString();

    int failed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReviewRow &r = model->at(row);
        const bool present = r.kind == ReviewRow::Kind::Member
                                 ? state.isMember(r.groupId, r.subjectId)
                                 : state.share(r.groupId, r.subjectId).has_value();
        if (!toRemove.contains(r.key())) {
            EXPECT_EQ(r.outcome, ReviewRow::Outcome::Kept) << r.key().toStdString();
            EXPECT_TRUE(present) << r.key().toStdString();
        } else if (r.outcome == ReviewRow::Outcome::Failed) {
            ++failed;
            EXPECT_TRUE(present) << r.key().toStdString();
            EXPECT_FALSE(r.message.isEmpty()) << "the server's words";
        } else {
            EXPECT_EQ(r.outcome, ReviewRow::Outcome::Removed) << r.key().toStdString();
            EXPECT_FALSE(present) << r.key().toStdString();
            EXPECT_FALSE(r.requestId.isEmpty()) << r.key().toStdString();
        }
    }
    EXPECT_EQ(failed, 1);
    EXPECT_FALSE(view->applyAction()->isEnabled()) << "every row is applied";

    // The evidence, both ways.
    QTemporaryDir dir;
    const QString jsonPath = dir.filePath(QStringLiteral("review.json"));
    const QString csvPath = dir.filePath(QStringLiteral("review.csv"));
    ASSERT_TRUE(view->exportEvidence(jsonPath));
    ASSERT_TRUE(view->exportEvidence(csvPath));
    QFile json(jsonPath);
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject evidence = QJsonDocument::fromJson(json.readAll()).object();
    EXPECT_EQ(evidence.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Sandbox"));
    EXPECT_TRUE(
        QDateTime::fromString(evidence.value(QStringLiteral("reviewedAt")).toString(), Qt::ISODate)
            .isValid());
    EXPECT_EQ(evidence.value(QStringLiteral("inactiveDays")).toInt(), days);
    EXPECT_EQ(evidence.value(QStringLiteral("groups")).toArray().size(), 2);
    const QJsonArray rows = evidence.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), expectedRows);
    int removedWithId = 0;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const QString key = r.value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                            r.value(QStringLiteral("groupId")).toString() + QLatin1Char('/') +
                            r.value(QStringLiteral("subjectId")).toString();
        EXPECT_EQ(r.value(QStringLiteral("remove")).toBool(), toRemove.contains(key))
            << key.toStdString();
        EXPECT_EQ(r.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Sandbox"));
        if (r.value(QStringLiteral("outcome")).toString() == QStringLiteral("removed")) {
            EXPECT_FALSE(r.value(QStringLiteral("requestId")).toString().isEmpty());
            ++removedWithId;
        }
    }
    EXPECT_EQ(removedWithId, toRemove.size() - 1);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    EXPECT_TRUE(lines.first().contains("Reviewer")) << lines.first().toStdString();
    EXPECT_TRUE(lines.first().contains("Request Id")) << lines.first().toStdString();
    EXPECT_EQ(lines.size() - 1 - int(lines.last().isEmpty() ? 1 : 0), expectedRows);
}

TEST_F(AccessReviewScreen, StartingWithoutAGroupSaysSoAndAllTicksEvery)
{
    view->chooseGroups({});
    view->startReview();
    auto *banner = view->findChild<MessageBanner *>(QStringLiteral("reviewBanner"));
    EXPECT_EQ(banner->tone(), MessageBanner::Tone::Error);
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_FALSE(view->exportAction()->isEnabled()) << "nothing to export yet";
    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("reviewAllGroups")),
                      Qt::LeftButton);
    EXPECT_EQ(view->chosenGroups().size(), int(h->state().groupOrder().size()));
    view->startReview();
    int expected = 0;
    for (const QString &g : h->state().groupOrder())
        expected += int(h->state().membersOf(g).size() + h->state().sharesOf(g).size());
    EXPECT_EQ(view->model()->rowCount(), expected);
    EXPECT_TRUE(view->exportAction()->isEnabled());
    EXPECT_FALSE(view->table()->accessibleName().isEmpty());
}

} // namespace
