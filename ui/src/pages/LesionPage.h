// LesionPage: one lesion's image (zoom, pan, ruler), its Grad-CAM overlay and the prediction.
// Lesions with several images get a visit selector.
#pragma once

#include <QWidget>

#include "dermalens/imaging/Image.h"
#include "dermalens/Result.h"
#include "dermalens/study/Study.h"

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace dermalens::ui {

class AnalysisService;
class ImageView;
class OverlayControls;
class PredictionPanel;
class Settings;

class LesionPage : public QWidget {
    Q_OBJECT
public:
    LesionPage(AnalysisService* service, Settings* settings, QWidget* parent = nullptr);

    void setLesion(const Patient& patient, const Lesion& lesion);
    [[nodiscard]] QString currentPath() const { return path_; }
    [[nodiscard]] ImageView* imageView() const { return view_; }
    [[nodiscard]] OverlayControls* overlayControls() const { return controls_; }
    [[nodiscard]] PredictionPanel* predictionPanel() const { return panel_; }
    [[nodiscard]] QString title() const;
    // The shown image has its prediction, and its heatmap when the overlay is on.
    [[nodiscard]] bool ready() const;

    void toggleOverlay();
    // The view as a report image: image + overlay + prediction + disclaimer + model.
    [[nodiscard]] QImage exportImage() const;

Q_SIGNALS:
    void backRequested();
    void modelCardRequested();

private:
    QWidget* buildToolbar();
    QWidget* buildSidebar();
    void showVisit(int index);
    void onImageLoaded(const QString& path, const Result<Image>& image);
    void refreshPrediction();
    void refreshOverlay();
    void onClassChanged(int classIndex);
    void calibrate();

    AnalysisService* service_;
    Settings* settings_;
    Patient patient_;
    Lesion lesion_;
    QString path_;
    Image image_;
    int classIndex_ = -1;  // class the heatmap explains; -1 = follow the top class
    bool overlayShown_ = false;
    int overlayGeneration_ = 0;

    QLabel* title_ = nullptr;
    QComboBox* visits_ = nullptr;
    QToolButton* measure_ = nullptr;
    QLabel* ruler_ = nullptr;
    ImageView* view_ = nullptr;
    OverlayControls* controls_ = nullptr;
    PredictionPanel* panel_ = nullptr;
};

}  // namespace dermalens::ui
