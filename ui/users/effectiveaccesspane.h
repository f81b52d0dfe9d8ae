#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace ionos {

class AccessEngine;
class EffectiveAccessModel;
class SortFilterProxy;

// The Access tab of the selected user: every privilege they hold with the groups it comes from,
// and every resource they reach with read, edit and share and each path to it; a resource
// blocked by 2-factor authentication is marked and explained. Filterable and exportable.
class EffectiveAccessPane : public QWidget
{
    Q_OBJECT

public:
    explicit EffectiveAccessPane(AccessEngine &engine, QWidget *parent = nullptr);

    // The user to show; empty for none.
    void showUser(const QString &userId);
    QTableView *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    // The rules of effective access, for people.
    static QString rulesText();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    AccessEngine &m_engine;
    QString m_userId;
    bool m_stale = true;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QTableView *m_table;
    EffectiveAccessModel *m_model;
    SortFilterProxy *m_proxy;
};

} // namespace ionos
