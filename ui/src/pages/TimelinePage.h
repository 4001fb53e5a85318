// TimelinePage: one lesion's visits in order (dated thumbnails); two of them (by default the
// two latest) side by side with synchronised zoom and pan and the lesion's outline on each
// (editable: drag its vertices, save, and the figures are recomputed from it), the later one
// aligned onto the earlier in an overlay (blend, flicker or swipe), the change figures as text
// and a chart of the area and malignant probability over all visits. The comparison (0.3-1 s),
// the outlines and the timeline come off the GUI thread through WorkspaceService.
#pragma once

#include <QImage>
#include <QWidget>
#include <optional>
#include <vector>

#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/study/Study.h"
#include "support/RecordTypes.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QToolButton;

namespace dermalens::ui {

class AnalysisService;
class ContourOverlay;
class ImageView;
class OverlayBlendView;
class TimelineChart;
class WorkspaceService;

class TimelinePage : public QWidget {
    Q_OBJECT
public:
    TimelinePage(AnalysisService* service, WorkspaceService* store, QWidget* parent = nullptr);

    void setLesion(const Patient& patient, const Lesion& lesion);
    // Compares visit `before` with visit `after` (indices, oldest first).
    void chooseVisits(int before, int after);

    [[nodiscard]] int visitCount() const { return static_cast<int>(lesion_.images.size()); }
    [[nodiscard]] std::pair<int, int> chosenVisits() const { return {before_, after_}; }
    [[nodiscard]] QListWidget* strip() const { return strip_; }
    [[nodiscard]] ImageView* beforeView() const { return beforeView_; }
    [[nodiscard]] ImageView* afterView() const { return afterView_; }
    [[nodiscard]] OverlayBlendView* overlay() const { return overlay_; }
    [[nodiscard]] TimelineChart* chart() const { return chart_; }
    // The outlines drawn on the before (0) and after (1) views.
    [[nodiscard]] ContourOverlay* contour(int side) const { return contours_[side]; }
    [[nodiscard]] QToolButton* editOutlinesButton() const { return editOutlines_; }
    [[nodiscard]] QPushButton* saveOutlinesButton() const { return saveOutlines_; }
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] const std::optional<VisitComparison>& comparison() const { return comparison_; }
    // Both images shown and the comparison (or its failure) arrived.
    [[nodiscard]] bool ready() const;
    // Both outlines shown (or failed), no save running.
    [[nodiscard]] bool outlinesReady() const;
    // The lesion's timeline (or its failure) arrived for the chart.
    [[nodiscard]] bool timelineReady() const { return timelineDone_; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget* buildHeader();
    QWidget* buildOutlineTools(QWidget* parent);
    QWidget* buildFooter();
    void connectOutlinesAndChart();
    QWidget* buildPane(ImageView*& view, QLabel*& caption);
    void onImageLoaded(int index, const QImage& image);
    void onComparison(const ImageId& before, const ImageId& after, const VisitComparison& value);
    void onComparisonFailed(const ImageId& before, const ImageId& after, const QString& message);
    void onStripClicked(int row);
    [[nodiscard]] bool confirmDroppingEdits();
    void showChosenImages();
    void updateOverlay();
    void syncFrom(ImageView* source, double zoom, QPointF center);
    void compareChosen();
    void loadContours();
    void applyContours();
    void saveEditedOutlines();
    void onOutlinesSaved(const QString& error);
    void loadTimeline();
    void updateOutlineButtons();
    [[nodiscard]] QString visitLabel(int index) const;
    [[nodiscard]] ImageId imageAt(int index) const;

    AnalysisService* service_;
    WorkspaceService* store_;
    Lesion lesion_;
    std::vector<QImage> images_;  // per visit; null until loaded
    int before_ = -1, after_ = -1;
    std::optional<VisitComparison> comparison_;
    bool comparisonDone_ = false;
    bool syncing_ = false;
    int generation_ = 0;      // drops image loads of a lesion shown before
    int pairGeneration_ = 0;  // drops outlines of a pair chosen before
    std::optional<LesionContour> loadedContours_[2];
    QString contourProblems_[2];  // why a side has no outline
    bool contoursDone_[2] = {false, false};
    bool savingOutlines_ = false;
    bool timelineDone_ = false;
    int timelineGeneration_ = 0;  // drops a timeline asked for before the latest

    QLabel* title_ = nullptr;
    QListWidget* strip_ = nullptr;
    ImageView* beforeView_ = nullptr;
    ImageView* afterView_ = nullptr;
    QLabel* beforeCaption_ = nullptr;
    QLabel* afterCaption_ = nullptr;
    OverlayBlendView* overlay_ = nullptr;
    QLabel* change_ = nullptr;
    TimelineChart* chart_ = nullptr;
    ContourOverlay* contours_[2] = {nullptr, nullptr};
    QToolButton* editOutlines_ = nullptr;
    QPushButton* saveOutlines_ = nullptr;
    QPushButton* revertOutlines_ = nullptr;
    QTimer* timelineRefresh_ = nullptr;  // one reload for a burst of new analyses
};

}  // namespace dermalens::ui
