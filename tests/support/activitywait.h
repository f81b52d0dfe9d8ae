#pragma once

#include "budgets.h"
#include "models/activity/activitymodel.h"

#include <QTest>

#include <gtest/gtest.h>

// Waits until the newest entry of the activity log has ended; returns its status.
inline ionos::ActivityModel::Status lastOutcome(const ionos::ActivityModel &activity)
{
    using Status = ionos::ActivityModel::Status;
    const int id = activity.rowCount();
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            const Status s = activity.status(id);
            return s == Status::Done || s == Status::Failed;
        },
        budget::kServerMs));
    return activity.status(id);
}
