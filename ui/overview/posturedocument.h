#pragma once

#include "models/overview/posturereport.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;

namespace ionos {

// The posture report as pages for auditors: a PDF with the figures and charts of the Overview,
// the administrators with their 2-factor state, the findings most severe first and the changes
// since the baseline. Printed in the light colours, whatever the console's palette.
class PostureDocument
{
    Q_DECLARE_TR_FUNCTIONS(PostureDocument)

public:
    // The most findings listed one by one; the rest are counted.
    static constexpr int kFindingsListed = 60;

    explicit PostureDocument(const PostureReport &report);
    ~PostureDocument();
    PostureDocument(const PostureDocument &) = delete;
    PostureDocument &operator=(const PostureDocument &) = delete;

    QTextDocument &document() { return *m_document; }
    // Writes the PDF, whole or not at all; empty when written, else why not.
    QString writePdf(const QString &path);

private:
    QString html(const PostureReport &report);
    QString chart(const QString &name, const QImage &image, int width);

    QTextDocument *m_document;
};

} // namespace ionos
