#pragma once

#include <QLabel>

namespace ionos {

// An inline message above a form or a view, in place of a modal error box.
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
    void show(Tone tone, const QString &text);
    void clear();
};

} // namespace ionos
