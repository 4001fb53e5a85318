#include "widgets/TimelineChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

std::optional<QDateTime> dateOf(const std::string& yyyymmdd) {
    const QDate date = QDate::fromString(qs(yyyymmdd), QStringLiteral("yyyyMMdd"));
    if (!date.isValid()) return std::nullopt;
    return QDateTime(date, QTime(12, 0), Qt::UTC);
}

// x of each point: msecs since the epoch when every point is dated, else 1, 2, 3...
std::vector<double> xValues(const LesionTimeline& timeline, bool& dated) {
    std::vector<double> xs;
    dated = !timeline.points.empty();
    for (const TimelinePoint& p : timeline.points) {
        const auto date = dateOf(p.date);
        dated = dated && date.has_value();
        xs.push_back(date ? static_cast<double>(date->toMSecsSinceEpoch()) : 0.0);
    }
    if (!dated)
        for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = static_cast<double>(i + 1);
    return xs;
}

}  // namespace

TimelineChart::TimelineChart(QWidget* parent) : QChartView(parent) {
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Lesion area and malignant probability over the visits"));
    area_ = new QLineSeries(this);
    area_->setPointsVisible(true);
    area_->setColor(QColor(0, 110, 200));
    probability_ = new QLineSeries(this);
    probability_->setPointsVisible(true);
    probability_->setColor(QColor(200, 60, 40));
    probability_->setName(tr("Malignant probability (%)"));
    auto* chart = new QChart;
    chart->addSeries(area_);
    chart->addSeries(probability_);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);  // the view owns the chart
    rebuildAxes({});
}

void TimelineChart::setTimeline(const LesionTimeline& timeline) {
    const std::vector<double> xs = xValues(timeline, dated_);
    chart()->setTitle(QString());
    fillArea(timeline, xs);
    fillProbability(timeline, xs);
    rebuildAxes(xs);
}

void TimelineChart::showMessage(const QString& text) {
    area_->clear();
    probability_->clear();
    chart()->setTitle(text);
    rebuildAxes({});
}

void TimelineChart::fillArea(const LesionTimeline& timeline, const std::vector<double>& xs) {
    area_->clear();
    calibrated_ =
        std::all_of(timeline.points.begin(), timeline.points.end(),
                    [](const TimelinePoint& p) { return !p.outlined || p.shape.calibrated; });
    const TimelinePoint* first = nullptr;
    for (const TimelinePoint& p : timeline.points)
        if (p.outlined && p.shape.area > 0 && !first) first = &p;
    areaMax_ = 0;
    for (std::size_t i = 0; i < timeline.points.size() && first; ++i) {
        const TimelinePoint& p = timeline.points[i];
        if (!p.outlined || p.shape.calibrated != first->shape.calibrated) continue;
        const double value = calibrated_ ? p.shape.area : p.shape.area / first->shape.area;
        area_->append(xs[i], value);
        areaMax_ = std::max(areaMax_, value);
    }
    area_->setName(calibrated_ ? tr("Area (mm²)")
                               : tr("Area relative to the first visit (not calibrated)"));
}

void TimelineChart::fillProbability(const LesionTimeline& timeline, const std::vector<double>& xs) {
    probability_->clear();
    for (std::size_t i = 0; i < timeline.points.size(); ++i)
        if (const auto& p = timeline.points[i].malignant_probability)
            probability_->append(xs[i], 100.0 * *p);
}

void TimelineChart::rebuildAxes(const std::vector<double>& xs) {
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    QAbstractAxis* x = nullptr;
    const double lo = xs.empty() ? 0 : *std::min_element(xs.begin(), xs.end());
    const double hi = xs.empty() ? 1 : *std::max_element(xs.begin(), xs.end());
    if (dated_) {
        auto* axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("yyyy-MM-dd"));
        const double pad = std::max(86'400'000.0, 0.08 * (hi - lo));  // at least a day
        axis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo - pad), Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(qint64(hi + pad), Qt::UTC));
        axis->setTickCount(std::clamp(static_cast<int>(xs.size()), 2, 6));
        x = axis;
    } else {
        auto* axis = new QValueAxis;
        axis->setTitleText(tr("Visit"));
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->setRange(0.5, std::max(hi, 1.0) + 0.5);
        x = axis;
    }
    auto* area = new QValueAxis;
    area->setTitleText(calibrated_ ? tr("Area (mm²)") : tr("Relative area"));
    area->setRange(0, areaMax_ > 0 ? areaMax_ * 1.2 : 1.0);
    area->setLinePenColor(area_->color());
    auto* probability = new QValueAxis;
    probability->setTitleText(tr("Malignant (%)"));
    probability->setRange(0, 100);
    probability->setLinePenColor(probability_->color());
    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(area, Qt::AlignLeft);
    chart()->addAxis(probability, Qt::AlignRight);
    for (QLineSeries* series : {area_, probability_}) series->attachAxis(x);
    area_->attachAxis(area);
    probability_->attachAxis(probability);
}

}  // namespace dermalens::ui
