// The three evaluation plots, drawn with plain OpenCV so the core needs no plotting library.
#include <algorithm>
#include <filesystem>
#include <string>
#include <system_error>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "evaluation/PlotCanvas.h"
#include "dermalens/evaluation/Evaluation.h"

namespace dermalens {
namespace {

using plot::Align;
using plot::formatNumber;
using plot::PlotCanvas;

const std::vector<double> kUnitTicks{0.0, 0.2, 0.4, 0.6, 0.8, 1.0};

// White -> deep blue, for row-normalised cell values in [0, 1].
cv::Scalar heatColour(double v) {
    const cv::Vec3d lo(251, 247, 240), hi(107, 48, 8);  // BGR of #f0f7fb and #08306b
    const auto c = lo + (hi - lo) * std::clamp(v, 0.0, 1.0);
    return {c[0], c[1], c[2]};
}

std::string summaryLine(const EvaluationReport& r) {
    return "n = " + std::to_string(r.n) + "   accuracy = " + formatNumber(r.accuracy, 3) +
           "   balanced accuracy = " + formatNumber(r.balanced_accuracy, 3);
}

void drawCell(PlotCanvas& c, cv::Rect cell, int count, int row_total) {
    const double v = row_total > 0 ? double(count) / row_total : 0.0;
    cv::rectangle(c.image(), cell, heatColour(v), cv::FILLED);
    cv::rectangle(c.image(), cell, cv::Scalar(255, 255, 255), 1);
    const auto ink = v > 0.5 ? cv::Scalar(255, 255, 255) : plot::kBlack;
    const cv::Point mid(cell.x + cell.width / 2, cell.y + cell.height / 2);
    const double scale = std::clamp(cell.width / 140.0, 0.35, 0.6);
    c.text(row_total > 0 ? formatNumber(v, 2) : "-", {mid.x, mid.y - 2}, scale, ink, Align::Center,
           v > 0 ? 2 : 1);
    c.text("(" + std::to_string(count) + ")", {mid.x, mid.y + static_cast<int>(24 * scale / 0.6)},
           scale * 0.85, ink, Align::Center);
}

void drawColourBar(PlotCanvas& c, cv::Rect bar) {
    for (int y = 0; y < bar.height; ++y)
        cv::line(c.image(), {bar.x, bar.br().y - 1 - y}, {bar.br().x - 1, bar.br().y - 1 - y},
                 heatColour(double(y) / (bar.height - 1)));
    cv::rectangle(c.image(), bar, plot::kGrey, 1);
    for (double t : {0.0, 0.5, 1.0}) {
        const int y = bar.br().y - static_cast<int>(t * bar.height);
        c.text(formatNumber(t, 1), {bar.br().x + 8, y + 6}, 0.5, plot::kBlack);
    }
}

cv::Mat confusionPlot(const EvaluationReport& r) {
    const int k = static_cast<int>(r.class_codes.size());
    const int cell = std::clamp(640 / std::max(k, 1), 40, 120);
    PlotCanvas c(cell * k + 330, cell * k + 230);
    const cv::Rect grid(140, 110, cell * k, cell * k);
    c.title("Confusion matrix (rows normalised; counts in brackets)", summaryLine(r));
    for (int t = 0; t < k; ++t) {
        int total = 0;
        for (int v : r.confusion[t]) total += v;
        for (int p = 0; p < k; ++p)
            drawCell(c, {grid.x + p * cell, grid.y + t * cell, cell, cell}, r.confusion[t][p],
                     total);
        const int y = grid.y + t * cell + cell / 2 + 6;
        c.text(r.class_codes[t], {grid.x - 12, y}, 0.6, plot::kBlack, Align::Right);
        c.text("n=" + std::to_string(total), {grid.br().x + 10, y}, 0.5, plot::kGrey);
    }
    for (int p = 0; p < k; ++p)
        c.text(r.class_codes[p], {grid.x + p * cell + cell / 2, grid.br().y + 28}, 0.6,
               plot::kBlack, Align::Center);
    cv::rectangle(c.image(), grid, plot::kBlack, 1);
    c.text("Predicted class", {grid.x + grid.width / 2, grid.br().y + 68}, 0.65, plot::kBlack,
           Align::Center);
    c.verticalText("True class", {grid.x - 110, grid.y + grid.height / 2}, 0.65, plot::kBlack);
    drawColourBar(c, {grid.br().x + 90, grid.y, 24, grid.height});
    return c.image();
}

std::vector<cv::Point> curvePoints(const PlotCanvas& c, const RocCurve& roc) {
    std::vector<cv::Point> points;
    for (std::size_t i = 0; i < roc.fpr.size() && i < roc.tpr.size(); ++i)
        points.push_back(c.toPixel(roc.fpr[i], roc.tpr[i]));
    return points;
}

std::string rocLabel(const std::string& name, const RocCurve& roc) {
    return name + (std::isfinite(roc.auc) ? " (AUC = " + formatNumber(roc.auc, 3) + ")"
                                          : " (AUC n/a: one class absent)");
}

cv::Mat rocPlot(const EvaluationReport& r) {
    PlotCanvas c(860, 860);
    c.setPlotArea({130, 110, 680, 620}, 0, 1, 0, 1);
    c.title("ROC curves", "n = " + std::to_string(r.n));
    c.axes(kUnitTicks, kUnitTicks, "False positive rate (1 - specificity)",
           "True positive rate (sensitivity)");
    c.dashedLine(c.toPixel(0, 0), c.toPixel(1, 1), plot::kGrey, 1);
    if (std::isfinite(r.malignant_roc.auc))
        c.polyline(curvePoints(c, r.malignant_roc), plot::kBlue, 3);
    if (std::isfinite(r.melanoma_roc.auc))
        c.polyline(curvePoints(c, r.melanoma_roc), plot::kOrange, 3);
    c.legend({{plot::kOrange, rocLabel("Melanoma vs rest", r.melanoma_roc)},
              {plot::kBlue, rocLabel("Malignant vs benign", r.malignant_roc)},
              {plot::kGrey, "Chance", true}},
             {c.area().br().x - 12, c.area().br().y - 116});
    return c.image();
}

void drawReliabilityBars(PlotCanvas& c, const EvaluationReport& r) {
    for (const auto& bin : r.reliability) {
        if (bin.count == 0) continue;
        const auto top_left = c.toPixel(bin.lower, bin.accuracy);
        const auto bottom_right = c.toPixel(bin.upper, 0);
        cv::rectangle(c.image(), cv::Rect(top_left, bottom_right), plot::kBlue, cv::FILLED);
        cv::rectangle(c.image(), cv::Rect(top_left, bottom_right), cv::Scalar(255, 255, 255), 1);
        // The gap between accuracy and mean confidence is the bin's calibration error.
        const auto conf = c.toPixel(bin.lower, bin.mean_confidence);
        c.hatch(cv::Rect(cv::Point(conf.x + 1, std::min(conf.y, top_left.y)),
                         cv::Point(bottom_right.x - 1, std::max(conf.y, top_left.y) + 1)),
                plot::kRed);
    }
}

void drawCountHistogram(PlotCanvas& c, const EvaluationReport& r, cv::Rect area) {
    int most = 1;
    for (const auto& bin : r.reliability) most = std::max(most, bin.count);
    c.setPlotArea(area, 0, 1, 0, most);
    for (const auto& bin : r.reliability)
        if (bin.count > 0)
            cv::rectangle(c.image(),
                          cv::Rect(c.toPixel(bin.lower, bin.count), c.toPixel(bin.upper, 0)),
                          plot::kGrey, cv::FILLED);
    cv::rectangle(c.image(), area, plot::kBlack, 1);
    c.text(std::to_string(most), {area.x - 10, area.y + 6}, 0.45, plot::kBlack, Align::Right);
    c.text("0", {area.x - 10, area.br().y + 6}, 0.45, plot::kBlack, Align::Right);
    c.verticalText("Samples", {area.x - 68, area.y + area.height / 2}, 0.55, plot::kBlack);
    for (double x : kUnitTicks)
        c.text(formatNumber(x, 1), {c.toPixel(x, 0).x, area.br().y + 24}, 0.5, plot::kBlack,
               Align::Center);
    c.text("Confidence of the predicted class", {area.x + area.width / 2, area.br().y + 56}, 0.65,
           plot::kBlack, Align::Center);
}

cv::Mat reliabilityPlot(const EvaluationReport& r) {
    PlotCanvas c(860, 980);
    c.setPlotArea({130, 110, 680, 560}, 0, 1, 0, 1);
    c.title("Reliability diagram", "ECE = " + formatNumber(r.ece, 3) + "  (" +
                                       std::to_string(r.reliability.size()) +
                                       " equal-width bins, n = " + std::to_string(r.n) + ")");
    c.axes({}, kUnitTicks, "", "Accuracy");
    drawReliabilityBars(c, r);
    c.dashedLine(c.toPixel(0, 0), c.toPixel(1, 1), plot::kBlack, 1);
    cv::rectangle(c.image(), c.area(), plot::kBlack, 1);
    c.legend({{plot::kBlue, "Accuracy in bin", false, true},
              {plot::kRed, "Gap to mean confidence", false, false, true},
              {plot::kBlack, "Perfect calibration", true}},
             {c.area().x + 330, c.area().y + 12});
    drawCountHistogram(c, r, {130, 700, 680, 170});
    return c.image();
}

Result<void> writePng(const cv::Mat& image, const std::filesystem::path& file) {
    try {
        if (cv::imwrite(file.string(), image)) return {};
    } catch (const cv::Exception& e) {
        return fail(ErrorCode::Unreadable, file.string(), std::string("cannot write: ") + e.what());
    }
    return fail(ErrorCode::Unreadable, file.string(), "cannot write the plot");
}

}  // namespace

Result<void> writeEvaluationPlots(const EvaluationReport& report, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return fail(ErrorCode::Unreadable, dir, "cannot create directory: " + ec.message());
    if (report.class_codes.empty() || report.confusion.size() != report.class_codes.size())
        return fail(ErrorCode::InvalidArgument, dir, "the report holds no confusion matrix");
    const std::filesystem::path out(dir);
    if (auto ok = writePng(confusionPlot(report), out / "confusion_matrix.png"); !ok) return ok;
    if (auto ok = writePng(rocPlot(report), out / "roc.png"); !ok) return ok;
    return writePng(reliabilityPlot(report), out / "reliability.png");
}

}  // namespace dermalens
