// LesionPage: one lesion's image (zoom, pan, ruler), its Grad-CAM overlay and the prediction.
// Lesions with several images get a visit selector.
#pragma once

#include <QWidget>

#include "dermalens/Result.h"
#include "dermalens/imaging/Image.h"
#include "dermalens/records/Calibration.h"
#include "dermalens/study/Study.h"
#include "support/RecordTypes.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace dermalens::ui {

class AnalysisService;
class FindingsForm;
class ImageView;
class MeasurementList;
class OverlayControls;
class PredictionPanel;
class Settings;
class WorkspaceService;

class LesionPage : public QWidget {
    Q_OBJECT
public:
    LesionPage(AnalysisService* service, WorkspaceService* store, Settings* settings,
               QWidget* parent = nullptr);

    void setLesion(const Patient& patient, const Lesion& lesion);
    [[nodiscard]] ImageId currentImage() const { return imageId_; }
    [[nodiscard]] const Lesion& lesion() const { return lesion_; }
    [[nodiscard]] ImageView* imageView() const { return view_; }
    [[nodiscard]] OverlayControls* overlayControls() const { return controls_; }
    [[nodiscard]] PredictionPanel* predictionPanel() const { return panel_; }
    [[nodiscard]] QPushButton* followUpButton() const { return followUp_; }
    // The sidebar's tabs: AI result, Findings, Measurements.
    [[nodiscard]] QTabWidget* sidebarTabs() const { return tabs_; }
    [[nodiscard]] FindingsForm* findingsForm() const { return findings_; }
    [[nodiscard]] MeasurementList* measurementList() const { return measurements_; }
    // Stores the drawn ruler line as a measurement of the shown image ("Keep Line").
    bool keepRulerLine();
    [[nodiscard]] QString title() const;
    // The shown image has its prediction, and its heatmap when the overlay is on.
    [[nodiscard]] bool ready() const;

    void toggleOverlay();
    // Calibrates the shown image: the drawn ruler line is `mm` long. Saved in the store.
    void calibrateRuler(double mm);
    // The view as a report image: image + overlay + prediction + disclaimer + model.
    [[nodiscard]] QImage exportImage() const;

Q_SIGNALS:
    void backRequested();
    void modelCardRequested();
    // "Follow-up…": the lesion's visits compared (2+ images).
    void followUpRequested();
    void calibrationSaved(const dermalens::ImageId& id);
    // The image view's context menu: "Delete This Image…".
    void deleteImageRequested(const dermalens::ImageId& id);

private:
    QWidget* buildToolbar();
    QWidget* buildSidebar();
    QWidget* buildSideTabs();
    QWidget* buildFindingsTab();
    void showVisit(int index);
    void onImageLoaded(const ImageId& id, const Result<Image>& image);
    void restoreCalibration(const ImageId& id);
    void applyCalibration(const Calibration& calibration);
    void showImageMenu(const QPoint& pos);
    void refreshPrediction();
    void refreshOverlay();
    void onClassChanged(int classIndex);
    void calibrate();

    AnalysisService* service_;
    WorkspaceService* store_;
    Settings* settings_;
    Patient patient_;
    Lesion lesion_;
    ImageId imageId_;
    Image image_;
    int classIndex_ = -1;  // class the heatmap explains; -1 = follow the top class
    bool overlayShown_ = false;
    int overlayGeneration_ = 0;

    QLabel* title_ = nullptr;
    QComboBox* visits_ = nullptr;
    QPushButton* followUp_ = nullptr;
    QToolButton* measure_ = nullptr;
    QToolButton* keep_ = nullptr;
    QLabel* ruler_ = nullptr;
    ImageView* view_ = nullptr;
    OverlayControls* controls_ = nullptr;
    PredictionPanel* panel_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    FindingsForm* findings_ = nullptr;
    MeasurementList* measurements_ = nullptr;
};

}  // namespace dermalens::ui
