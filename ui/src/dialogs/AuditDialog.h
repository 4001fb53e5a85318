// AuditDialog (Tools > Audit Trail…): the append-only audit trail as a table, filtered by
// action, user, text and dates; "Verify Chain" checks the hash chain and says where it breaks;
// the entries shown can be exported as CSV or JSON. Reads run on the pool.
#pragma once

#include <QDialog>
#include <QFuture>
#include <vector>

#include "dermalens/audit/AuditEntry.h"
#include "support/AuditRows.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dermalens::ui {

class WorkspaceService;

class AuditDialog : public QDialog {
    Q_OBJECT
public:
    explicit AuditDialog(WorkspaceService* store, QWidget* parent = nullptr);

    // Reads the trail again with the current filter; the value: an error message, or empty.
    QFuture<QString> reload();
    // Checks the chain; the value: the sentence shown (intact, or where and why it breaks).
    QFuture<QString> verify();
    // Writes the entries shown; an error message, or empty.
    QString exportTo(const QString& file, bool json) const;

    [[nodiscard]] AuditViewFilter filter() const;
    [[nodiscard]] const std::vector<AuditEntry>& shown() const { return shown_; }
    [[nodiscard]] QTableWidget* table() const { return table_; }
    [[nodiscard]] QComboBox* actionBox() const { return action_; }
    [[nodiscard]] QLineEdit* userField() const { return user_; }
    [[nodiscard]] QLineEdit* textField() const { return text_; }
    [[nodiscard]] QLabel* verification() const { return verification_; }

private:
    QWidget* createFilters();
    QWidget* createButtons();
    void showEntries(const std::vector<AuditEntry>& entries);
    void exportDialog(bool json);

    WorkspaceService* store_;
    QComboBox* action_ = nullptr;
    QLineEdit* user_ = nullptr;
    QLineEdit* text_ = nullptr;
    QCheckBox* useSince_ = nullptr;
    QDateEdit* since_ = nullptr;
    QCheckBox* useUntil_ = nullptr;
    QDateEdit* until_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* verification_ = nullptr;
    std::vector<AuditEntry> shown_;
    int generation_ = 0;  // drops a read that a later filter superseded
};

}  // namespace dermalens::ui
