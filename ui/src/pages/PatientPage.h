// PatientPage: the selected patient's lesions as a grid of tiles, sortable by ugly-duckling
// rank, malignant probability or date; select 2-4 tiles to compare them side by side. The body
// map (BodyMapPanel) can be shown beside the grid; its pins open lesions as tiles do.
#pragma once

#include <QList>
#include <QWidget>

#include "dermalens/study/Study.h"

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;

namespace dermalens::ui {

class AnalysisService;
class BodyMapPanel;
class LesionTileModel;
class WorkspaceService;

class PatientPage : public QWidget {
    Q_OBJECT
public:
    enum class SortKey { UglyDuckling, Malignancy, Date, Label };

    PatientPage(AnalysisService* service, WorkspaceService* store, QWidget* parent = nullptr);

    void setPatient(const Patient& patient);
    [[nodiscard]] const Patient& patient() const;
    [[nodiscard]] LesionTileModel* tileModel() const { return model_; }
    [[nodiscard]] QListView* grid() const { return grid_; }
    void setSortKey(SortKey key);
    // Selects the tiles of these lesion indices (tests, screenshots, keyboard helpers).
    void selectLesions(const QList<int>& lesionIndices);
    [[nodiscard]] QList<int> selectedLesions() const;  // in display order
    [[nodiscard]] BodyMapPanel* bodyMap() const { return bodyMap_; }
    [[nodiscard]] bool bodyMapVisible() const;
    void setBodyMapVisible(bool visible);

Q_SIGNALS:
    void lesionActivated(int lesionIndex);
    void compareRequested(const QList<int>& lesionIndices);
    // The tile context menu's "Assign to Patient / Lesion…" on these lesion indices.
    void assignRequested(const QList<int>& lesionIndices);
    // The tile context menu's "Delete Lesion…" on these lesion indices.
    void deleteRequested(const QList<int>& lesionIndices);
    void bodyMapToggled(bool visible);
    // A lesion was placed on (or created on) the body map: the patient should be read again.
    void lesionsEdited(dermalens::PatientId patient);

private:
    void updateHeader();
    void updateCompareButton();
    void showTileMenu(const QPoint& pos);
    void createBodyMap();

    AnalysisService* service_;
    WorkspaceService* store_;
    LesionTileModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QLabel* title_ = nullptr;
    QLabel* summary_ = nullptr;
    QComboBox* sort_ = nullptr;
    QPushButton* compare_ = nullptr;
    QPushButton* mapButton_ = nullptr;
    QListView* grid_ = nullptr;
    QSplitter* split_ = nullptr;
    BodyMapPanel* bodyMap_ = nullptr;
};

}  // namespace dermalens::ui
