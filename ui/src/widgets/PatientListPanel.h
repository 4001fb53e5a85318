// PatientListPanel: the store's patients on the left of the window: a search field (name, id,
// birth date), "All" / "Recent" (most recently opened first), and the list itself. It reads
// the store directly: listing patients is a short read (Workspace::patients).
#pragma once

#include <QTimer>
#include <QWidget>

#include "dermalens/workspace/PatientSummary.h"
#include "support/RecordTypes.h"

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace dermalens::ui {

class WorkspaceService;

class PatientListPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRecentLimit = 12;

    explicit PatientListPanel(WorkspaceService* store, QWidget* parent = nullptr);

    // Reads the list again (after imports, moves, deletions); keeps the selection.
    void refresh();
    void setSearch(const QString& text);
    [[nodiscard]] QString search() const;
    void setRecentOnly(bool recent);
    [[nodiscard]] bool recentOnly() const;
    // Highlights the patient without announcing it (the window already shows it).
    void select(PatientId id);
    [[nodiscard]] PatientId selected() const;
    [[nodiscard]] QList<PatientId> shownPatients() const;
    [[nodiscard]] QListWidget* list() const { return list_; }
    [[nodiscard]] QLineEdit* searchField() const { return search_; }

Q_SIGNALS:
    void patientActivated(dermalens::PatientId id);
    void deleteRequested(dermalens::PatientId id);

private:
    void addRow(const PatientSummary& summary);
    void showMenu(const QPoint& pos);
    [[nodiscard]] static PatientId idOf(const QListWidgetItem* item);

    WorkspaceService* store_;
    QLineEdit* search_ = nullptr;
    QToolButton* all_ = nullptr;
    QToolButton* recent_ = nullptr;
    QListWidget* list_ = nullptr;
    QLabel* empty_ = nullptr;
    QTimer debounce_;
    PatientId selected_;
};

}  // namespace dermalens::ui
