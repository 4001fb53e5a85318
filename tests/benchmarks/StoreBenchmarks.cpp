// Benchmarks of the patient store and the Workspace (the path the CLI and the GUI use):
// - analysing one patient of 50 lesions (600x450 JPEGs) through Workspace::analyse, against the
//   reference of predicting the same files one by one with Classifier::predict in the same run;
// - import throughput (hash, metadata, durable copy, commit), and decoding thumbnails;
// - opening a store of 1,000 patients / 10,000 images and reading the patient list.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <optional>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/store/Store.h"
#include "dermalens/workspace/Workspace.h"

namespace {

using namespace dermalens;
namespace fs = std::filesystem;

fs::path benchRoot() {
    static const fs::path root = [] {
        auto dir = fs::temp_directory_path() / ("dermalens-bench-store-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        return dir;
    }();
    return root;
}

fs::path modelDir() {
    const char* env = std::getenv("DERMALENS_BENCH_MODEL");
    return env && *env ? fs::path(env) : fs::path(DERMALENS_DEFAULT_MODEL_DIR);
}

// `count` distinct dermoscopy-like 600x450 JPEGs, one lesion folder each, written once.
fs::path lesionFolder(int count) {
    const fs::path dir = benchRoot() / ("patient-" + std::to_string(count));
    if (fs::exists(dir)) return dir;
    for (int i = 0; i < count; ++i) {
        cv::Mat img(450, 600, CV_8UC3, cv::Scalar(130, 150, 200));
        cv::ellipse(img, {300 + (i % 7) * 9, 225}, {90 + i % 13 * 4, 70 + i % 5 * 6}, i * 7, 0, 360,
                    cv::Scalar(60 + i % 9 * 5, 70, 110 - i % 4 * 8), cv::FILLED, cv::LINE_AA);
        cv::Mat noise(img.size(), CV_8UC3);
        cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(8));
        const fs::path file = dir / "Bench" / ("L" + std::to_string(i)) / "image.jpg";
        fs::create_directories(file.parent_path());
        cv::imwrite(file.string(), img + noise);
    }
    return dir;
}

std::optional<Workspace> freshWorkspace(const std::string& name) {
    const fs::path dir = benchRoot() / name;
    fs::remove_all(dir);
    auto ws = Workspace::open(dir);
    if (!ws) return std::nullopt;
    return std::move(*ws);
}

void BM_AnalysePatient50_Workspace(benchmark::State& state) {
    const fs::path src = lesionFolder(50);
    for (auto _ : state) {
        state.PauseTiming();
        auto ws = freshWorkspace("analyse");
        auto plan = ws ? ws->planImport({src}) : Result<ImportPlan>(tl::unexpected(Error{}));
        if (!plan || !ws->commitImport(*plan) || !ws->loadModel(modelDir()))
            return state.SkipWithError("no model or store (set DERMALENS_BENCH_MODEL)");
        auto ids = ws->needingAnalysis();
        state.ResumeTiming();
        auto summary = ws->analyse(*ids);
        benchmark::DoNotOptimize(summary);
    }
    state.SetItemsProcessed(state.iterations() * 50);
}
BENCHMARK(BM_AnalysePatient50_Workspace)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// Reference: the same 50 files decoded and predicted one at a time, no store.
void BM_AnalysePatient50_OneByOneReference(benchmark::State& state) {
    const fs::path src = lesionFolder(50);
    auto classifier = Classifier::load(modelDir());
    if (!classifier) return state.SkipWithError(classifier.error().message().c_str());
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(src))
        if (e.is_regular_file()) files.push_back(e.path());
    for (auto _ : state)
        for (const auto& f : files) benchmark::DoNotOptimize(classifier->predict(*loadImage(f)));
    state.SetItemsProcessed(state.iterations() * 50);
}
BENCHMARK(BM_AnalysePatient50_OneByOneReference)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void BM_Import(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0));
    const fs::path src = lesionFolder(n);
    for (auto _ : state) {
        state.PauseTiming();
        auto ws = freshWorkspace("import");
        state.ResumeTiming();
        auto plan = ws->planImport({src});
        benchmark::DoNotOptimize(ws->commitImport(*plan));
    }
    state.SetItemsProcessed(state.iterations() * n);
}
BENCHMARK(BM_Import)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The thumbnail the patient grid shows (longer side 320), decoded from a managed 600x450 JPEG.
void BM_Thumbnail(benchmark::State& state) {
    const fs::path file = lesionFolder(50) / "Bench" / "L0" / "image.jpg";
    LoadOptions o;
    o.max_dimension = 320;
    for (auto _ : state) benchmark::DoNotOptimize(loadImage(file, o));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Thumbnail)->Unit(benchmark::kMillisecond);

// 1,000 patients x 10 lesions x 1 image, written straight through the Store once.
fs::path bigStore() {
    const fs::path dir = benchRoot() / "big";
    if (fs::exists(dir / Store::kDatabaseFile)) return dir;
    auto store = Store::open(dir);
    if (!store) return {};
    (void)store->transaction([&]() -> Result<void> {
        for (int p = 0; p < 1000; ++p) {
            PatientRecord pr;
            pr.name = "Patient " + std::to_string(p);
            pr.external_id = "EXT-" + std::to_string(p);
            auto pid = store->addPatient(pr);
            auto vid = store->addVisit(VisitRecord{{}, *pid, "20240101", {}, {}});
            for (int l = 0; l < 10; ++l) {
                LesionRecord lr;
                lr.patient = *pid;
                lr.label = "L" + std::to_string(l);
                auto lid = store->addLesion(lr);
                ImageEntry e;
                char hex[65];
                std::snprintf(hex, sizeof hex, "%064d", p * 10 + l);
                e.id = *ImageId::fromHex(hex);
                e.lesion = *lid;
                e.visit = *vid;
                e.managed_path = "images/00/x.jpg";
                e.format = "JPEG";
                if (auto added = store->addImage(e); !added) return added;
            }
        }
        return {};
    });
    return dir;
}

void BM_OpenStoreAndListPatients_1000x10(benchmark::State& state) {
    const fs::path dir = bigStore();
    for (auto _ : state) {
        auto ws = Workspace::open(dir);
        if (!ws) return state.SkipWithError(ws.error().message().c_str());
        auto list = ws->patients();
        if (!list || list->size() != 1000) return state.SkipWithError("wrong patient count");
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_OpenStoreAndListPatients_1000x10)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
