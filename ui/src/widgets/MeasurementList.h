// MeasurementList: the ruler lines kept for the shown image, with their values (mm when the
// image is calibrated when the line is kept, else px), stored through the WorkspaceService so
// they come back whenever the image is shown again. Delete removes the selected one.
#pragma once

#include <QWidget>
#include <vector>

#include "dermalens/records/Measurement.h"
#include "widgets/ImageView.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace dermalens::ui {

class WorkspaceService;

class MeasurementList : public QWidget {
    Q_OBJECT
public:
    explicit MeasurementList(WorkspaceService* store, QWidget* parent = nullptr);

    // The image whose measurements are listed; `decodeScale` = shown px per file px (the view
    // may show a reduced decode; geometry is stored in file pixels).
    void setImage(const ImageId& image, double decodeScale);
    // Stores a line drawn on the view (view pixels); false when there is no line or image.
    bool addLine(const QLineF& viewLine, const QString& label = {});
    void deleteSelected();

    [[nodiscard]] bool loaded() const { return pending_ == 0; }
    [[nodiscard]] const std::vector<Measurement>& measurements() const { return measurements_; }
    // The stored lines in view pixels, for ImageView::setSavedLines.
    [[nodiscard]] QList<SavedLine> viewLines() const;
    [[nodiscard]] QListWidget* list() const { return list_; }
    [[nodiscard]] QPushButton* deleteButton() const { return delete_; }
    [[nodiscard]] static QString valueText(const Measurement& measurement);

Q_SIGNALS:
    // The list was (re)loaded for `image`.
    void measurementsChanged(const dermalens::ImageId& image);

private:
    void reload();
    void show(std::vector<Measurement> measurements);

    WorkspaceService* store_;
    ImageId image_;
    double scale_ = 1.0;
    std::vector<Measurement> measurements_;
    int generation_ = 0;
    int pending_ = 0;

    QListWidget* list_ = nullptr;
    QPushButton* delete_ = nullptr;
    QLabel* message_ = nullptr;
};

}  // namespace dermalens::ui
