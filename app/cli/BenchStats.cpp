#include "BenchStats.h"

#include <sys/resource.h>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace dermalens::cli {
namespace {

void row(const char* label, double value, const char* unit) {
    if (!std::isfinite(value))
        std::fprintf(stderr, "  %-34s %12s\n", label, "n/a");
    else
        std::fprintf(stderr, "  %-34s %12.2f %s\n", label, value, unit);
}

double pythonValue(const BenchReport& r, const char* key) {
    if (!r.python.is_object() || !r.python.contains(key) || !r.python.at(key).is_number())
        return NAN;
    return r.python.at(key).get<double>();
}

// The reference decodes each file inside its timed loop, so compare with decode+predict.
double latencyRatio(const BenchReport& r) {
    return r.cpp.decode_predict_median_ms / pythonValue(r, "single_image_latency_ms_median");
}
double throughputRatio(const BenchReport& r) {
    return r.cpp.throughput / pythonValue(r, "throughput_img_per_s");
}

}  // namespace

double sum(const std::vector<double>& values) {
    return std::accumulate(values.begin(), values.end(), 0.0);
}

double median(std::vector<double> values) { return percentile(std::move(values), 50); }

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    if (p == 50 && values.size() % 2 == 0)
        return 0.5 * (values[values.size() / 2 - 1] + values[values.size() / 2]);
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * values.size()));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double peakRssMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

Json benchJson(const BenchReport& r) {
    const auto& c = r.cpp;
    Json cpp{{"model_load_ms", c.load_ms},
             {"single_image_latency_ms_median", c.latency_median_ms},
             {"single_image_latency_ms_p90", c.latency_p90_ms},
             {"decode_and_predict_ms_median", c.decode_predict_median_ms},
             {"batch", c.batch},
             {"throughput_img_per_s", c.throughput},
             {"gradcam_ms_median", c.gradcam_median_ms},
             {"gradcam_to_inference_ratio", number(c.gradcam_median_ms / c.latency_median_ms)},
             {"peak_rss_mb", c.peak_rss_mb}};
    Json doc{{"model", Json{{"name", r.model_name}, {"version", r.model_version}}},
             {"device", r.device},
             {"threads", r.threads},
             {"input", std::to_string(r.width) + "x" + std::to_string(r.height)},
             {"images", r.synthetic ? "synthetic" : "given"},
             {"runs", r.runs},
             {"cpp", cpp},
             {"python", r.python}};
    if (r.python.is_object() && !r.python.contains("error")) {
        doc["cpp_to_python_latency_ratio"] = number(latencyRatio(r));
        doc["cpp_to_python_throughput_ratio"] = number(throughputRatio(r));
    }
    return doc;
}

void printBenchTable(const BenchReport& r) {
    const auto& c = r.cpp;
    std::fprintf(stderr, "\n%s %s on %s, %d threads, input %dx%d, %d runs\n", r.model_name.c_str(),
                 r.model_version.c_str(), r.device.c_str(), r.threads, r.width, r.height, r.runs);
    row("C++ model load", c.load_ms, "ms");
    row("C++ single image, median", c.latency_median_ms, "ms");
    row("C++ single image, p90", c.latency_p90_ms, "ms");
    row("C++ decode + predict, median", c.decode_predict_median_ms, "ms");
    row("C++ batch throughput", c.throughput, "images/s");
    row("C++ Grad-CAM, median", c.gradcam_median_ms, "ms");
    row("Grad-CAM / inference", c.gradcam_median_ms / c.latency_median_ms, "x");
    row("C++ peak RSS", c.peak_rss_mb, "MiB");
    if (r.python.is_object() && r.python.contains("error")) {
        std::fprintf(stderr, "  Python reference: %s\n",
                     r.python.at("error").get<std::string>().c_str());
    } else if (r.python.is_object()) {
        row("Python decode + predict, median", pythonValue(r, "single_image_latency_ms_median"),
            "ms");
        row("Python throughput", pythonValue(r, "throughput_img_per_s"), "images/s");
        row("C++ / Python time per image", latencyRatio(r), "x");
        row("C++ / Python throughput", throughputRatio(r), "x");
    }
    std::fprintf(stderr, "\n");
}

}  // namespace dermalens::cli
