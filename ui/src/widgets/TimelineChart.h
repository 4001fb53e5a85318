// TimelineChart: a lesion's area and malignant probability over its visits (two y axes), from
// Workspace::lesionTimeline. The area is in mm² when every outlined image is calibrated, else
// relative to the first outlined visit (pixel areas: comparable only at the same camera
// distance, which the axis title says). The x axis is the date when every visit has one,
// else the visit number. A visit without an outline or without an analysis has no point.
#pragma once

#include <QChartView>

#include "dermalens/followup/FollowUpReports.h"

class QLineSeries;

namespace dermalens::ui {

class TimelineChart : public QChartView {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget* parent = nullptr);

    void setTimeline(const LesionTimeline& timeline);
    // No figures: the chart is emptied and its title says why.
    void showMessage(const QString& text);

    [[nodiscard]] QLineSeries* areaSeries() const { return area_; }
    [[nodiscard]] QLineSeries* probabilitySeries() const { return probability_; }
    [[nodiscard]] bool areaCalibrated() const { return calibrated_; }
    [[nodiscard]] bool datedAxis() const { return dated_; }

private:
    void fillArea(const LesionTimeline& timeline, const std::vector<double>& xs);
    void fillProbability(const LesionTimeline& timeline, const std::vector<double>& xs);
    void rebuildAxes(const std::vector<double>& xs);

    QLineSeries* area_ = nullptr;
    QLineSeries* probability_ = nullptr;
    bool calibrated_ = false;
    bool dated_ = false;
    double areaMax_ = 0;
};

}  // namespace dermalens::ui
