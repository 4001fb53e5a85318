// `dermalens-cli bench`: load time, latency, throughput, Grad-CAM cost and memory of the C++
// path, then the Python eager reference on the same images for a C++/Python ratio.
#include <unistd.h>
#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "BenchStats.h"
#include "Commands.h"
#include "ModelOptions.h"
#include "PythonReference.h"
#include "dermalens/imaging/ImageLoader.h"

namespace dermalens::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct BenchOptions {
    ModelOptions model;
    int runs = 30, warmup = 3;
    std::string python = DERMALENS_PYTHON[0] ? DERMALENS_PYTHON : "/usr/bin/python3";
    std::string script = DERMALENS_SOURCE_DIR "/training/reference_predict.py";
    bool no_python = false;
    std::vector<std::string> files;
};

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A skin-toned image with a darker blob, at the model's input size (seeded, deterministic).
cv::Mat syntheticBgr(const InputSpec& spec, int seed) {
    cv::Mat img(spec.height, spec.width, CV_8UC3, cv::Scalar(130, 150, 200));
    const cv::Point centre(spec.width / 2 + seed % 7 - 3, spec.height / 2 + seed % 5 - 2);
    cv::ellipse(img, centre, {spec.width / 4 + seed % 4, spec.height / 5 + seed % 3}, 15.0 * seed,
                0, 360, cv::Scalar(60, 70, 110), cv::FILLED, cv::LINE_AA);
    cv::Mat noise(img.size(), CV_8UC3);
    cv::theRNG().state = 12345 + seed;
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(8));
    img += noise;
    return img;
}

// The files to time: the given ones, else synthetic PNGs written to `scratch`.
std::vector<std::string> benchFiles(const BenchOptions& o, const InputSpec& spec,
                                    const fs::path& scratch) {
    if (!o.files.empty()) return o.files;
    std::vector<std::string> files;
    for (int i = 0; i < 8; ++i) {
        const auto file = (scratch / ("synthetic_" + std::to_string(i) + ".png")).string();
        if (cv::imwrite(file, syntheticBgr(spec, i))) files.push_back(file);
    }
    return files;
}

template <typename F>
std::vector<double> timeRuns(int warmup, int runs, F&& body) {
    for (int i = 0; i < warmup; ++i) body(i);
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        body(i);
        ms.push_back(msSince(start));
    }
    return ms;
}

CppBench measureCpp(Classifier& c, const std::vector<std::string>& files,
                    const std::vector<Image>& images, const BenchOptions& o) {
    const auto pick = [&](int i) -> const Image& { return images[i % images.size()]; };
    const auto latency = timeRuns(o.warmup, o.runs, [&](int i) { (void)c.predict(pick(i)); });
    const auto e2e = timeRuns(o.warmup, o.runs, [&](int i) {
        if (auto img = loadImage(files[i % files.size()])) (void)c.predict(*img);
    });
    std::vector<Image> batch;
    for (int i = 0; i < o.model.batch; ++i) batch.push_back(pick(i));
    const int reps = std::max(3, o.runs / o.model.batch);
    const auto batch_ms = timeRuns(1, reps, [&](int) { (void)c.predictBatch(batch); });
    const auto gradcam = timeRuns(1, o.runs, [&](int i) { (void)c.gradcam(pick(i)); });
    CppBench r;
    r.latency_median_ms = median(latency);
    r.latency_p90_ms = percentile(latency, 90);
    r.decode_predict_median_ms = median(e2e);
    r.batch = o.model.batch;
    r.throughput = reps * o.model.batch / (sum(batch_ms) / 1000.0);
    r.gradcam_median_ms = median(gradcam);
    r.peak_rss_mb = peakRssMegabytes();
    return r;
}

Result<std::vector<Image>> loadAll(const std::vector<std::string>& files) {
    std::vector<Image> images;
    for (const auto& f : files) {
        auto img = loadImage(f);
        if (!img) return tl::unexpected(img.error());
        images.push_back(std::move(*img));
    }
    if (images.empty()) return fail(ErrorCode::InvalidArgument, "", "no images to time");
    return images;
}

void describe(BenchReport& report, const Classifier& c, const BenchOptions& o) {
    report.model_name = c.card().name;
    report.model_version = c.card().version;
    report.device = c.deviceName();
    report.threads = o.model.threads > 0 ? o.model.threads
                                         : static_cast<int>(std::thread::hardware_concurrency());
    report.width = c.card().input.width;
    report.height = c.card().input.height;
    report.synthetic = o.files.empty();
    report.runs = o.runs;
}

int runBench(const BenchOptions& o) {
    const auto start = Clock::now();
    auto classifier = loadClassifier(o.model);
    if (!classifier) return kExitUsage;
    const double load_ms = msSince(start);
    const auto scratch =
        fs::temp_directory_path() / ("dermalens-bench-" + std::to_string(::getpid()));
    fs::create_directories(scratch);
    const auto files = benchFiles(o, classifier->card().input, scratch);
    const auto images = loadAll(files);
    if (!images) {
        printError("bench", images.error().message());
        fs::remove_all(scratch);
        return kExitInputFailed;
    }
    BenchReport report;
    describe(report, *classifier, o);
    report.cpp = measureCpp(*classifier, files, *images, o);
    report.cpp.load_ms = load_ms;
    if (!o.no_python) {
        auto py =
            runPythonBench({o.python, o.script, resolveModelDir(o.model), files, report.threads});
        report.python = py ? *py : Json{{"error", py.error().message()}};
    }
    fs::remove_all(scratch);
    printBenchTable(report);
    printJson(benchJson(report));
    return kExitOk;
}

}  // namespace

Subcommand addBenchCommand(CLI::App& parent) {
    auto o = std::make_shared<BenchOptions>();
    auto* cmd = parent.add_subcommand(
        "bench",
        "Benchmark the model at its input size: load time, single-image latency (median, p90), "
        "batch throughput, Grad-CAM latency, peak memory; then the Python eager reference on "
        "the same images. Prints JSON on stdout and a table on stderr.");
    addModelOptions(*cmd, o->model);
    cmd->add_option("--images,--runs", o->runs, "Timed runs per measurement")
        ->check(CLI::PositiveNumber)
        ->capture_default_str();
    cmd->add_option("--warmup", o->warmup, "Untimed runs first")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    cmd->add_option("--python", o->python, "Python with torch for the reference")
        ->capture_default_str();
    cmd->add_option("--reference", o->script, "The Python reference script")->capture_default_str();
    cmd->add_flag("--no-python", o->no_python, "Skip the Python reference");
    cmd->add_option("files", o->files, "Images to time (default: 8 synthetic ones)");
    return {cmd, [o] { return runBench(*o); }};
}

}  // namespace dermalens::cli
