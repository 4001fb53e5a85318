// BodyMapPanel: the shown patient's lesions on the body map, beside the patient grid. It reads
// every lesion with its map position (Workspace::bodyMap, also lesions without images yet),
// takes each pin's rank and follow-up flag from the grid's LesionTileModel, and answers a click
// on the figure with a menu: place a lesion not on the map yet (or move one) there, or create a
// new lesion there. The Workspace sets the coded body site and laterality; edits run off the
// GUI thread and end in lesionsEdited, after which the page shows the patient read again.
#pragma once

#include <QMenu>
#include <QPointer>
#include <QWidget>
#include <vector>

#include "dermalens/followup/BodyMap.h"
#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/study/Study.h"

class QLabel;

namespace dermalens::ui {

class BodyMapView;
class LesionTileModel;
class WorkspaceService;

class BodyMapPanel : public QWidget {
    Q_OBJECT
public:
    BodyMapPanel(WorkspaceService* store, LesionTileModel* tiles, QWidget* parent = nullptr);

    void setPatient(const Patient& patient);
    [[nodiscard]] BodyMapView* view() const { return view_; }
    [[nodiscard]] bool ready() const { return ready_; }  // positions read for this patient
    [[nodiscard]] const std::vector<BodyMapEntry>& entries() const { return entries_; }
    // The menu offered after the last click on the figure (null once it closed).
    [[nodiscard]] QMenu* placementMenu() const { return menu_; }
    [[nodiscard]] QString message() const;

public Q_SLOTS:
    void offerPlacement(const dermalens::BodyMapPosition& position);

Q_SIGNALS:
    void lesionActivated(dermalens::LesionId lesion);
    void lesionsEdited(dermalens::PatientId patient);

private:
    void load();
    void updatePins();
    void updateSummary();
    void place(LesionId lesion, const BodyMapPosition& position);
    void createAt(const BodyMapPosition& position);
    void finishEdit(const Result<LesionRecord>& edited);
    void dismissMenu();
    [[nodiscard]] QString nextLabel(const BodySite& site) const;
    [[nodiscard]] static QString entryName(const LesionRecord& lesion);

    WorkspaceService* store_;
    LesionTileModel* tiles_;
    PatientId patient_;
    std::vector<BodyMapEntry> entries_;
    bool ready_ = false;
    int generation_ = 0;
    BodyMapView* view_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* hint_ = nullptr;
    QPointer<QMenu> menu_;
};

}  // namespace dermalens::ui
