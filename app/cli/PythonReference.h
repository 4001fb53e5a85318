// Runs the Python eager reference (training/reference_predict.py --bench) on the same images,
// so `bench` can report the C++/Python ratio in one run.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "JsonOutput.h"
#include "dermalens/Result.h"

namespace dermalens::cli {

struct PythonBenchRequest {
    std::string python;            // interpreter with torch, e.g. /usr/bin/python3
    std::filesystem::path script;  // reference_predict.py
    std::filesystem::path model_dir;
    std::vector<std::string> images;
    int threads = 1;
};

// The reference's JSON (single_image_latency_ms_median, throughput_img_per_s, ...).
// Fails with NotFound when the script or interpreter is missing, Internal when it fails or
// prints no JSON (the message carries its last output line).
[[nodiscard]] Result<Json> runPythonBench(const PythonBenchRequest& request);

}  // namespace dermalens::cli
