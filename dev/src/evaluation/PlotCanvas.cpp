#include "evaluation/PlotCanvas.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <opencv2/imgproc.hpp>

namespace dermalens::plot {
namespace {
constexpr int kFont = cv::FONT_HERSHEY_SIMPLEX;
}

std::string formatNumber(double value, int decimals) {
    if (!std::isfinite(value)) return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

PlotCanvas::PlotCanvas(int width, int height)
    : image_(height, width, CV_8UC3, cv::Scalar(255, 255, 255)), area_(0, 0, width, height) {}

void PlotCanvas::setPlotArea(cv::Rect area, double x0, double x1, double y0, double y1) {
    area_ = area;
    x0_ = x0;
    x1_ = x1;
    y0_ = y0;
    y1_ = y1;
}

cv::Point PlotCanvas::toPixel(double x, double y) const {
    const double fx = (x - x0_) / (x1_ - x0_);
    const double fy = (y - y0_) / (y1_ - y0_);
    return {area_.x + static_cast<int>(std::lround(fx * area_.width)),
            area_.y + area_.height - static_cast<int>(std::lround(fy * area_.height))};
}

void PlotCanvas::text(const std::string& s, cv::Point anchor, double scale, cv::Scalar color,
                      Align align, int thickness) {
    int baseline = 0;
    const auto size = cv::getTextSize(s, kFont, scale, thickness, &baseline);
    if (align == Align::Center) anchor.x -= size.width / 2;
    if (align == Align::Right) anchor.x -= size.width;
    cv::putText(image_, s, anchor, kFont, scale, color, thickness, cv::LINE_AA);
}

void PlotCanvas::verticalText(const std::string& s, cv::Point centre, double scale,
                              cv::Scalar color) {
    int baseline = 0;
    const auto size = cv::getTextSize(s, kFont, scale, 1, &baseline);
    cv::Mat strip(size.height + baseline + 4, size.width + 4, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::putText(strip, s, {2, size.height + 2}, kFont, scale, color, 1, cv::LINE_AA);
    cv::Mat rotated;
    cv::rotate(strip, rotated, cv::ROTATE_90_COUNTERCLOCKWISE);
    cv::Rect target(centre.x - rotated.cols / 2, centre.y - rotated.rows / 2, rotated.cols,
                    rotated.rows);
    target &= cv::Rect(0, 0, image_.cols, image_.rows);
    rotated(cv::Rect(0, 0, target.width, target.height)).copyTo(image_(target));
}

void PlotCanvas::title(const std::string& title, const std::string& subtitle) {
    text(title, {image_.cols / 2, 42}, 0.9, kBlack, Align::Center, 2);
    if (!subtitle.empty()) text(subtitle, {image_.cols / 2, 74}, 0.6, kGrey, Align::Center);
}

void PlotCanvas::axes(const std::vector<double>& xticks, const std::vector<double>& yticks,
                      const std::string& xlabel, const std::string& ylabel, int decimals) {
    for (double x : xticks) {
        const auto p = toPixel(x, y0_);
        cv::line(image_, {p.x, area_.y}, {p.x, area_.br().y}, kGrid, 1, cv::LINE_AA);
        cv::line(image_, p, {p.x, p.y + 6}, kBlack, 1, cv::LINE_AA);
        text(formatNumber(x, decimals), {p.x, p.y + 26}, 0.5, kBlack, Align::Center);
    }
    for (double y : yticks) {
        const auto p = toPixel(x0_, y);
        cv::line(image_, {area_.x, p.y}, {area_.br().x, p.y}, kGrid, 1, cv::LINE_AA);
        cv::line(image_, {p.x - 6, p.y}, p, kBlack, 1, cv::LINE_AA);
        text(formatNumber(y, decimals), {p.x - 10, p.y + 6}, 0.5, kBlack, Align::Right);
    }
    cv::rectangle(image_, area_, kBlack, 1, cv::LINE_AA);
    text(xlabel, {area_.x + area_.width / 2, area_.br().y + 58}, 0.65, kBlack, Align::Center);
    verticalText(ylabel, {area_.x - 68, area_.y + area_.height / 2}, 0.65, kBlack);
}

void PlotCanvas::polyline(const std::vector<cv::Point>& points, cv::Scalar color, int thickness) {
    if (points.size() < 2) return;
    cv::polylines(image_, points, false, color, thickness, cv::LINE_AA);
}

void PlotCanvas::dashedLine(cv::Point a, cv::Point b, cv::Scalar color, int thickness) {
    const double length = std::hypot(b.x - a.x, b.y - a.y);
    const int dashes = std::max(1, static_cast<int>(length / 10));
    for (int i = 0; i < dashes; i += 2) {
        const double t0 = double(i) / dashes, t1 = double(i + 1) / dashes;
        cv::line(image_, a + (b - a) * t0, a + (b - a) * t1, color, thickness, cv::LINE_AA);
    }
}

void PlotCanvas::hatch(cv::Rect rect, cv::Scalar color) {
    rect &= cv::Rect(0, 0, image_.cols, image_.rows);
    if (rect.empty()) return;
    cv::Mat roi = image_(rect);
    for (int d = -rect.height; d < rect.width; d += 7)
        cv::line(roi, {d, rect.height}, {d + rect.height, 0}, color, 1, cv::LINE_AA);
    cv::rectangle(image_, rect, color, 1);
}

void PlotCanvas::legend(const std::vector<LegendEntry>& entries, cv::Point top_right) {
    constexpr int kRow = 30, kSwatch = 36, kPad = 12;
    int widest = 0, baseline = 0;
    for (const auto& e : entries)
        widest = std::max(widest, cv::getTextSize(e.label, kFont, 0.55, 1, &baseline).width);
    const cv::Rect box(top_right.x - (widest + kSwatch + 3 * kPad), top_right.y,
                       widest + kSwatch + 3 * kPad, kRow * static_cast<int>(entries.size()) + kPad);
    cv::rectangle(image_, box, cv::Scalar(255, 255, 255), cv::FILLED);
    cv::rectangle(image_, box, kGrey, 1, cv::LINE_AA);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        const int y = box.y + kPad + static_cast<int>(i) * kRow + 10;
        const cv::Point a(box.x + kPad, y), b(box.x + kPad + kSwatch, y);
        if (e.hatched_box)
            hatch({a.x, y - 8, kSwatch, 16}, e.color);
        else if (e.filled_box)
            cv::rectangle(image_, {a.x, y - 8, kSwatch, 16}, e.color, cv::FILLED);
        else if (e.dashed)
            dashedLine(a, b, e.color, 2);
        else
            cv::line(image_, a, b, e.color, 3, cv::LINE_AA);
        text(e.label, {b.x + kPad, y + 6}, 0.55, kBlack);
    }
}

}  // namespace dermalens::plot
