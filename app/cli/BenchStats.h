// Statistics, the result document and the table of `bench`.
#pragma once

#include <string>
#include <vector>

#include "JsonOutput.h"

namespace dermalens::cli {

struct CppBench {
    double load_ms = 0;
    double latency_median_ms = 0, latency_p90_ms = 0;
    double decode_predict_median_ms = 0;  // loadImage + predict, like the Python loop
    int batch = 0;
    double throughput = 0;  // images/s with predictBatch
    double gradcam_median_ms = 0;
    double peak_rss_mb = 0;
};

struct BenchReport {
    std::string model_name, model_version, device;
    int threads = 0, width = 0, height = 0, runs = 0;
    bool synthetic = true;
    CppBench cpp;
    Json python;  // the reference's JSON, {"error": ...}, or null when skipped
};

[[nodiscard]] double sum(const std::vector<double>& values);
[[nodiscard]] double median(std::vector<double> values);
// Nearest-rank percentile (p in 0..100); 0 for an empty list.
[[nodiscard]] double percentile(std::vector<double> values, double p);
// Peak resident set size of this process (getrusage ru_maxrss), in MiB.
[[nodiscard]] double peakRssMegabytes();

// The JSON document printed on stdout, with the C++/Python ratios when Python ran.
[[nodiscard]] Json benchJson(const BenchReport& report);
// A readable table on stderr.
void printBenchTable(const BenchReport& report);

}  // namespace dermalens::cli
