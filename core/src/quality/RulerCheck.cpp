// Ruler: a long straight edge with regularly spaced ticks beside it.
#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "quality/QualityChecks.h"

namespace dermalens::quality {
namespace {

constexpr double kMinLineShare = 0.45;  // of the longer side
constexpr int kMaxLines = 24;           // longest first; enough for a ruler's two edges
constexpr int kMinOffset = 2, kMaxOffset = 7;
constexpr int kMinLag = 3, kMaxLag = 25;
constexpr int kDetrendWindow = 31;
constexpr int kMinSide = 16;   // px; greyAt needs 2 and a ruler far more
constexpr int kHarmonics = 4;  // r must peak again at 2P, 3P and 4P
// Ticks are printed dark on light: weaker variation (skin texture, JPEG blocks beside a hair,
// whose 8 px grid is periodic too) is not a ruler.
constexpr double kMinTickContrast = 12.0;  // RMS grey levels of the detrended profile

// Bilinear grey level at (x, y), which must lie inside the image. Nearest-pixel sampling
// beside a slanted line beats against its pixel staircase and fakes a periodic profile.
double greyAt(const cv::Mat& grey, double x, double y) {
    const int x0 = std::min(int(x), grey.cols - 2), y0 = std::min(int(y), grey.rows - 2);
    const double fx = x - x0, fy = y - y0;
    const auto at = [&](int dy, int dx) { return double(grey.at<unsigned char>(y0 + dy, x0 + dx)); };
    return (1 - fy) * ((1 - fx) * at(0, 0) + fx * at(0, 1)) + fy * ((1 - fx) * at(1, 0) + fx * at(1, 1));
}

// Grey levels along the segment a->b shifted by `offset` px along the unit normal.
std::vector<double> profileBeside(const cv::Mat& grey, cv::Point2d a, cv::Point2d b,
                                  cv::Point2d normal, double offset) {
    const double length = cv::norm(b - a);
    const cv::Point2d step = (b - a) / length;
    std::vector<double> values;
    for (int i = 0; i <= int(length); ++i) {
        const cv::Point2d p = a + step * double(i) + normal * offset;
        if (p.x < 0 || p.y < 0 || p.x > grey.cols - 1 || p.y > grey.rows - 1) continue;
        values.push_back(greyAt(grey, p.x, p.y));
    }
    return values;
}

// Removes slow shading (vignetting, the lesion) so only tick-scale variation remains.
std::vector<double> detrended(const std::vector<double>& p) {
    std::vector<double> out(p.size());
    const int n = int(p.size()), half = kDetrendWindow / 2;
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - half), hi = std::min(n - 1, i + half);
        double sum = 0;
        for (int j = lo; j <= hi; ++j) sum += p[j];
        out[i] = p[i] - sum / (hi - lo + 1);
    }
    return out;
}

// Autocorrelation of the profile at lags 0..maxLag (normalised, 1 at lag 0).
std::vector<double> autocorrelation(const std::vector<double>& p, int maxLag, double energy) {
    std::vector<double> r(maxLag + 1, 0.0);
    const auto n = static_cast<double>(p.size());
    for (int lag = 0; lag <= maxLag && lag < int(p.size()); ++lag) {
        double sum = 0;
        for (std::size_t i = 0; i + lag < p.size(); ++i) sum += p[i] * p[i + lag];
        r[lag] = sum / energy * n / (n - lag);
    }
    return r;
}

// Regularity of ticks: for each autocorrelation peak at lag P in kMinLag..kMaxLag, how far
// the lowest of r(P), r(2P), r(3P), r(4P) rises above the lowest r at shorter lags.
// Regular ticks give ~1; skin texture and hairs crossing a line give peaks without a
// harmonic. 0 when the profile varies too little to hold printed ticks.
double periodicity(const std::vector<double>& raw) {
    const int maxLag = std::min<int>(kMaxLag, int(raw.size()) / 5);  // 5 periods at least
    if (maxLag <= kMinLag) return 0;
    const auto p = detrended(raw);
    double energy = 0;
    for (double v : p) energy += v * v;
    if (energy < kMinTickContrast * kMinTickContrast * double(p.size())) return 0;
    const auto r = autocorrelation(p, kHarmonics * maxLag + 1, energy);
    double best = 0, lowest = r[1];
    for (int lag = 2; lag <= maxLag; ++lag) {
        lowest = std::min(lowest, r[lag - 1]);
        if (lag < kMinLag || r[lag] < r[lag - 1] || r[lag] < r[lag + 1]) continue;
        double weakest = r[lag];
        for (int k = 2; k <= kHarmonics; ++k)  // +-1 px: the tick spacing need not be whole
            weakest = std::min(weakest, std::max({r[k * lag - 1], r[k * lag], r[k * lag + 1]}));
        best = std::max(best, weakest - lowest);
    }
    return best;
}

// The best tick periodicity on either side of one line.
double tickScore(const cv::Mat& grey, const cv::Vec4i& line) {
    const cv::Point2d a(line[0], line[1]), b(line[2], line[3]);
    const cv::Point2d along = (b - a) / cv::norm(b - a);
    const cv::Point2d normal(-along.y, along.x);
    double best = 0;
    for (int side : {-1, 1})
        for (int d = kMinOffset; d <= kMaxOffset; ++d)
            best = std::max(best, periodicity(profileBeside(grey, a, b, normal, side * d)));
    return best;
}

std::vector<cv::Vec4i> longLines(const cv::Mat& grey) {
    if (std::min(grey.cols, grey.rows) < kMinSide) return {};  // a strip holds no ruler
    cv::Mat smooth, edges;
    cv::GaussianBlur(grey, smooth, cv::Size(3, 3), 0);
    cv::Canny(smooth, edges, 50, 150);
    const double minLength = kMinLineShare * std::max(grey.cols, grey.rows);
    std::vector<cv::Vec4i> lines;
    cv::HoughLinesP(edges, lines, 1, CV_PI / 180, 40, minLength, 4);
    auto length = [](const cv::Vec4i& l) { return std::hypot(l[2] - l[0], l[3] - l[1]); };
    std::sort(lines.begin(), lines.end(),
              [&](const auto& x, const auto& y) { return length(x) > length(y); });
    if (lines.size() > kMaxLines) lines.resize(kMaxLines);
    return lines;
}

}  // namespace

QualityFinding checkRuler(const QualityInput& in, const QualityThresholds& t) {
    double best = 0;
    for (const auto& line : longLines(in.grey)) best = std::max(best, tickScore(in.grey, line));
    QualityFinding f;
    f.check = QualityCheck::Ruler;
    f.value = best;
    f.threshold = t.ruler_min_periodicity;
    f.flagged = best >= t.ruler_min_periodicity;
    f.reason = f.flagged ? describe("ruler in the image", "tick regularity", best, true,
                                    t.ruler_min_periodicity)
                         : describe("no ruler", "tick regularity", best, false,
                                    t.ruler_min_periodicity);
    return f;
}

}  // namespace dermalens::quality
