// PlotCanvas: a small OpenCV drawing helper for the evaluation plots (axes, ticks, text, legend).
// Private to the core; colours are BGR because the result is written with cv::imwrite.
#pragma once

#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace dermalens::plot {

enum class Align { Left, Center, Right };

inline const cv::Scalar kBlack{30, 30, 30};
inline const cv::Scalar kGrey{130, 130, 130};
inline const cv::Scalar kGrid{225, 225, 225};
inline const cv::Scalar kBlue{180, 119, 31};
inline const cv::Scalar kOrange{14, 127, 255};
inline const cv::Scalar kRed{40, 39, 214};

struct LegendEntry {
    cv::Scalar color;
    std::string label;
    bool dashed = false;
    bool filled_box = false;   // a swatch instead of a line
    bool hatched_box = false;  // a hatched swatch (see hatch())
};

class PlotCanvas {
public:
    PlotCanvas(int width, int height);

    // The data rectangle in pixels and the data ranges it shows.
    void setPlotArea(cv::Rect area, double x0, double x1, double y0, double y1);
    [[nodiscard]] cv::Point toPixel(double x, double y) const;
    [[nodiscard]] const cv::Rect& area() const { return area_; }

    void text(const std::string& s, cv::Point anchor, double scale, cv::Scalar color,
              Align align = Align::Left, int thickness = 1);
    // Text rotated 90 degrees counter-clockwise, centred on `centre` (y-axis labels).
    void verticalText(const std::string& s, cv::Point centre, double scale, cv::Scalar color);
    void title(const std::string& title, const std::string& subtitle);

    // Grid, frame, ticks with labels, axis labels. Tick values are in data units.
    void axes(const std::vector<double>& xticks, const std::vector<double>& yticks,
              const std::string& xlabel, const std::string& ylabel, int decimals = 1);
    void polyline(const std::vector<cv::Point>& points, cv::Scalar color, int thickness);
    // Diagonal stripes and an outline, readable over any background.
    void hatch(cv::Rect rect, cv::Scalar color);
    void dashedLine(cv::Point a, cv::Point b, cv::Scalar color, int thickness);
    // Legend box with its top-right corner at `top_right`.
    void legend(const std::vector<LegendEntry>& entries, cv::Point top_right);

    [[nodiscard]] cv::Mat& image() { return image_; }

private:
    cv::Mat image_;
    cv::Rect area_;
    double x0_ = 0, x1_ = 1, y0_ = 0, y1_ = 1;
};

[[nodiscard]] std::string formatNumber(double value, int decimals);

}  // namespace dermalens::plot
