#pragma once

class QWidget;

namespace ionos {

// Tab leaves a table (the arrow keys move between its cells), and goes from the navigation
// through the screen to the activity log, which comes last.
void arrangeKeyboardOrder(QWidget *window, QWidget *navigation, QWidget *activityLog);

} // namespace ionos
