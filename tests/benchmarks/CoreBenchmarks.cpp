// Google Benchmark programs for the core: preprocessing, image decode, ugly-duckling ranking,
// and inference / Grad-CAM with a model from $DERMALENS_BENCH_MODEL (else the default model).
//
//   dermalens_benchmarks [--benchmark_filter=Inference]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "dermalens/inference/Classifier.h"
#include "dermalens/imaging/ImageLoader.h"
#include "dermalens/inference/Preprocessor.h"
#include "dermalens/ranking/UglyDucklingRanker.h"

namespace {

using namespace dermalens;

cv::Mat syntheticRgb(int width, int height) {
    cv::Mat img(height, width, CV_8UC3, cv::Scalar(200, 150, 130));
    cv::ellipse(img, {width / 2, height / 2}, {width / 4, height / 5}, 20, 0, 360,
                cv::Scalar(110, 70, 60), cv::FILLED, cv::LINE_AA);
    cv::Mat noise(img.size(), CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(10));
    return img + noise;
}

// Dermoscopy-sized (600x450, HAM10000) image to the EfficientNet-B0 default input.
void BM_Preprocess(benchmark::State& state) {
    const cv::Mat rgb = syntheticRgb(600, 450);
    InputSpec spec;
    spec.width = static_cast<int>(state.range(0));
    spec.height = static_cast<int>(state.range(1));
    for (auto _ : state) benchmark::DoNotOptimize(preprocessToChw(rgb, spec));
}
BENCHMARK(BM_Preprocess)->Args({160, 120})->Args({224, 224})->Unit(benchmark::kMicrosecond);

void BM_RankEmbeddings(benchmark::State& state) {
    const int n = static_cast<int>(state.range(0)), dim = static_cast<int>(state.range(1));
    std::mt19937 rng(7);
    std::normal_distribution<float> noise(1.0f, 0.2f);
    std::vector<std::vector<float>> emb(n, std::vector<float>(dim));
    for (auto& e : emb)
        for (auto& v : e) v = noise(rng);
    const UglyDucklingRanker ranker;
    for (auto _ : state) benchmark::DoNotOptimize(ranker.rank(emb));
}
BENCHMARK(BM_RankEmbeddings)->Args({10, 1280})->Args({300, 1280})->Unit(benchmark::kMillisecond);

// Decoding a JPEG and a PNG written once to a temporary folder.
void BM_DecodeImage(benchmark::State& state, const char* extension) {
    const auto file = std::filesystem::temp_directory_path() /
                      (std::string("dermalens-bench-decode") + extension);
    cv::Mat bgr;
    cv::cvtColor(syntheticRgb(600, 450), bgr, cv::COLOR_RGB2BGR);
    if (!cv::imwrite(file.string(), bgr)) {
        state.SkipWithError("cannot write the test image");
        return;
    }
    for (auto _ : state) {
        auto image = loadImage(file);
        if (!image) state.SkipWithError(image.error().message().c_str());
        benchmark::DoNotOptimize(image);
    }
    std::filesystem::remove(file);
}
BENCHMARK_CAPTURE(BM_DecodeImage, jpeg_600x450, ".jpg")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_DecodeImage, png_600x450, ".png")->Unit(benchmark::kMillisecond);

// One classifier for all model benchmarks; null (and the benchmarks skip) when it cannot load.
Classifier* sharedClassifier(std::string& why) {
    static std::string error;
    static std::unique_ptr<Classifier> classifier = [] {
        const char* env = std::getenv("DERMALENS_BENCH_MODEL");
        const std::filesystem::path dir = env && *env ? env : DERMALENS_DEFAULT_MODEL_DIR;
        auto loaded = Classifier::load(dir);
        if (!loaded) {
            error = "no model (set DERMALENS_BENCH_MODEL): " + loaded.error().message();
            return std::unique_ptr<Classifier>{};
        }
        return std::make_unique<Classifier>(std::move(*loaded));
    }();
    why = error;
    return classifier.get();
}

Image modelSizedImage(const Classifier& c) {
    Image image;
    image.pixels = syntheticRgb(c.card().input.width, c.card().input.height);
    return image;
}

void BM_InferenceSingle(benchmark::State& state) {
    std::string why;
    Classifier* c = sharedClassifier(why);
    if (c == nullptr) return state.SkipWithError(why.c_str());
    const Image image = modelSizedImage(*c);
    for (auto _ : state) benchmark::DoNotOptimize(c->predict(image));
}
BENCHMARK(BM_InferenceSingle)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_InferenceBatch(benchmark::State& state) {
    std::string why;
    Classifier* c = sharedClassifier(why);
    if (c == nullptr) return state.SkipWithError(why.c_str());
    const std::vector<Image> images(state.range(0), modelSizedImage(*c));
    for (auto _ : state) benchmark::DoNotOptimize(c->predictBatch(images));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_InferenceBatch)->Arg(16)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_GradCam(benchmark::State& state) {
    std::string why;
    Classifier* c = sharedClassifier(why);
    if (c == nullptr) return state.SkipWithError(why.c_str());
    const Image image = modelSizedImage(*c);
    for (auto _ : state) benchmark::DoNotOptimize(c->gradcam(image));
}
BENCHMARK(BM_GradCam)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
