// TimelinePage: one lesion's visits in order (dated thumbnails); two of them (by default the
// two latest) side by side with synchronised zoom and pan, the later one aligned onto the
// earlier by the registration in a blend view, and the change figures as text. The comparison
// (0.3-1 s) runs off the GUI thread through WorkspaceService.
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

namespace dermalens::ui {

class AnalysisService;
class ImageView;
class OverlayBlendView;
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
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] const std::optional<VisitComparison>& comparison() const { return comparison_; }
    // Both images shown and the comparison (or its failure) arrived.
    [[nodiscard]] bool ready() const;

Q_SIGNALS:
    void backRequested();

private:
    QWidget* buildHeader();
    QWidget* buildPane(ImageView*& view, QLabel*& caption);
    void onImageLoaded(int index, const QImage& image);
    void onComparison(const ImageId& before, const ImageId& after, const VisitComparison& value);
    void onComparisonFailed(const ImageId& before, const ImageId& after, const QString& message);
    void onStripClicked(int row);
    void showChosenImages();
    void updateOverlay();
    void syncFrom(ImageView* source, double zoom, QPointF center);
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
    int generation_ = 0;  // drops image loads of a lesion shown before

    QLabel* title_ = nullptr;
    QListWidget* strip_ = nullptr;
    ImageView* beforeView_ = nullptr;
    ImageView* afterView_ = nullptr;
    QLabel* beforeCaption_ = nullptr;
    QLabel* afterCaption_ = nullptr;
    OverlayBlendView* overlay_ = nullptr;
    QLabel* change_ = nullptr;
};

}  // namespace dermalens::ui
