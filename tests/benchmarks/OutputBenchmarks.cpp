// Benchmarks of what leaves the program:
// - DICOM export of one patient of 20 lesions (a 1024x768 dermoscopic JPEG each, every one
//   analysed with a stored Grad-CAM map): 20 photos, 20 heatmap Secondary Captures, one SR;
// - the same export de-identified;
// - C-STORE throughput of that export to a local, throwaway Orthanc (skipped when the Debian
//   package `orthanc` is missing);
// - the PDF report of such a patient (gathering + layout + PDF), analysed by the real model
//   ($DERMALENS_BENCH_MODEL, else the default model) with a stored Grad-CAM each; against the
//   same report without heatmaps (none stored, none computed), and the viewer's page preview.
#include <benchmark/benchmark.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QGuiApplication>

#include "dermalens/pacs/PacsClient.h"
#include "dermalens/report/ReportRenderer.h"
#include "dermalens/store/ImageVault.h"
#include "dermalens/workspace/Workspace.h"

namespace {

using namespace dermalens;
namespace fs = std::filesystem;

constexpr int kLesions = 20;

fs::path benchRoot() {
    static const fs::path root = [] {
        auto dir =
            fs::temp_directory_path() / ("dermalens-bench-output-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        static std::string to_remove = dir.string();
        std::atexit([] {  // ~200 MB of exports and Orthanc storage
            std::error_code ec;
            fs::remove_all(to_remove, ec);
        });
        return dir;
    }();
    return root;
}

cv::Mat lesionImage(int i) {
    cv::Mat img(768, 1024, CV_8UC3, cv::Scalar(130, 150, 200));
    cv::ellipse(img, {512 + (i % 7) * 11, 384}, {150 + i % 13 * 6, 110 + i % 5 * 9}, i * 7, 0, 360,
                cv::Scalar(60 + i % 9 * 5, 70, 110 - i % 4 * 8), cv::FILLED, cv::LINE_AA);
    cv::Mat noise(img.size(), CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(8));
    return img + noise;
}

AnalysisRecord analysisOf(const ImageId& id, int i) {
    AnalysisRecord a;
    a.image = id;
    a.model = {"bench-model", "1.0", std::string(64, 'b')};
    a.prediction.probabilities = {0.2f + 0.01f * i, 0.5f, 0.3f - 0.01f * i};
    a.prediction.top_class = 1;
    a.prediction.malignant_probability = 0.2f + 0.01f * i;
    std::vector<float> values(7 * 7);
    for (std::size_t k = 0; k < values.size(); ++k)
        values[k] = static_cast<float>((k * (i + 3)) % 11);
    a.heatmap = StoredHeatmap{1, 7, 7, values};
    return a;
}

// One patient, one visit, kLesions lesions with an image each.
struct BenchPatient {
    fs::path store;
    PatientId patient;
};

// Every image is analysed by the (fake) bench model, unless `analysed` is false.
BenchPatient makePatient(const fs::path& store_dir, bool analysed = true) {
    BenchPatient b{store_dir, {}};
    Store store = Store::open(b.store).value();
    ImageVault vault(b.store);
    b.patient = store.addPatient({{}, "Bench Patient", "19600101", "F", "BENCH-1"}).value();
    const VisitId visit = store.addVisit({{}, b.patient, "20240301", "", ""}).value();
    for (int i = 0; i < kLesions; ++i) {
        const LesionId lesion =
            store.addLesion({{}, b.patient, "L" + std::to_string(i), "back", "", "L"}).value();
        const fs::path file = benchRoot() / "sources" / ("l" + std::to_string(i) + ".jpg");
        fs::create_directories(file.parent_path());
        if (!fs::exists(file)) cv::imwrite(file.string(), lesionImage(i));
        ImageEntry e;
        e.id = ImageId::ofFile(file.string()).value();
        e.lesion = lesion;
        e.visit = visit;
        e.managed_path = vault.put(e.id, file).value();
        e.format = "JPEG";
        e.width = 1024;
        e.height = 768;
        (void)store.addImage(e);
        if (analysed) (void)store.addAnalysis(analysisOf(e.id, i));
    }
    return b;
}

// One patient, one visit, kLesions lesions with an analysed image each; built once.
const BenchPatient& benchPatient() {
    static const BenchPatient built = makePatient(benchRoot() / "store");
    return built;
}

void exportOnce(benchmark::State& state, bool deidentify) {
    const BenchPatient& b = benchPatient();
    auto ws = Workspace::open(b.store).value();
    DicomExportOptions options;
    options.deidentify = deidentify;
    std::size_t objects = 0, bytes = 0;
    int run = 0;
    for (auto _ : state) {
        const fs::path out = benchRoot() / ("export-" + std::to_string(run++));
        auto summary = ws.exportDicom(b.patient, out, options);
        if (!summary) {
            state.SkipWithError(summary.error().message().c_str());
            return;
        }
        state.PauseTiming();
        objects = summary->objects.size();
        bytes = 0;
        for (const auto& o : summary->objects) bytes += fs::file_size(o.file);
        fs::remove_all(out);
        state.ResumeTiming();
    }
    state.counters["objects"] = static_cast<double>(objects);
    state.counters["MiB"] = static_cast<double>(bytes) / (1 << 20);
    state.counters["objects/s"] = benchmark::Counter(
        static_cast<double>(objects) * state.iterations(), benchmark::Counter::kIsRate);
}

void BM_DicomExport20Lesions(benchmark::State& state) { exportOnce(state, false); }
void BM_DicomExport20LesionsDeidentified(benchmark::State& state) { exportOnce(state, true); }
BENCHMARK(BM_DicomExport20Lesions)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_DicomExport20LesionsDeidentified)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

// --- C-STORE to a throwaway Orthanc -------------------------------------------------------

int freePort() {
    const int s = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof a;
    bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
    getsockname(s, reinterpret_cast<sockaddr*>(&a), &size);
    close(s);
    return ntohs(a.sin_port);
}

// Orthanc on loopback ports with its storage in the bench folder, stopped by its pid.
class Orthanc {
public:
    Orthanc() {
        if (access("/usr/sbin/Orthanc", X_OK) != 0) return;
        const fs::path dir = benchRoot() / "orthanc";
        fs::create_directories(dir);
        port_ = freePort();
        std::ofstream(dir / "orthanc.json")
            << "{\"StorageDirectory\":\"" << (dir / "storage").string()
            << "\",\"IndexDirectory\":\"" << (dir / "index").string()
            << "\",\"DicomAet\":\"BENCHPACS\",\"DicomPort\":" << port_
            << ",\"HttpPort\":" << freePort() << ",\"RemoteAccessAllowed\":false,"
            << "\"DicomCheckCalledAet\":true,\"Plugins\":[],"
            << "\"DicomModalities\":{\"bench\":[\"DERMALENSBENCH\",\"127.0.0.1\",1]}}";
        pid_ = fork();
        if (pid_ == 0) {
            const int log = open((dir / "orthanc.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
            dup2(log, 1);
            dup2(log, 2);
            execl("/usr/sbin/Orthanc", "Orthanc", (dir / "orthanc.json").c_str(), nullptr);
            _exit(127);
        }
        node_.port = port_;
        node_.called_aet = "BENCHPACS";
        node_.calling_aet = "DERMALENSBENCH";
        for (int i = 0; i < 300 && !ready_; ++i) {
            ready_ = PacsClient(node_).echo().has_value();
            if (!ready_) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    ~Orthanc() {
        if (pid_ <= 0) return;
        kill(pid_, SIGKILL);  // the storage is thrown away with the bench folder
        waitpid(pid_, nullptr, 0);
    }
    [[nodiscard]] bool ready() const { return ready_; }
    [[nodiscard]] const PacsNode& node() const { return node_; }

private:
    pid_t pid_ = -1;
    int port_ = 0;
    bool ready_ = false;
    PacsNode node_;
};

void BM_CStoreToLocalOrthanc(benchmark::State& state) {
    static Orthanc orthanc;
    if (!orthanc.ready()) {
        state.SkipWithError("Orthanc is not installed (Debian package `orthanc`) or did not start");
        return;
    }
    const BenchPatient& b = benchPatient();
    auto ws = Workspace::open(b.store).value();
    const fs::path out = benchRoot() / "to-send";
    fs::remove_all(out);
    auto summary = ws.exportDicom(b.patient, out);
    if (!summary) return state.SkipWithError(summary.error().message().c_str());
    std::vector<fs::path> files;
    std::size_t bytes = 0;
    for (const auto& o : summary->objects) {
        files.push_back(o.file);
        bytes += fs::file_size(o.file);
    }
    const PacsClient client(orthanc.node());
    for (auto _ : state) {
        auto sent = client.store(files);
        if (!sent || sent->sent != files.size())
            return state.SkipWithError(sent ? "some objects were refused"
                                            : sent.error().message().c_str());
    }
    state.counters["objects/s"] = benchmark::Counter(
        static_cast<double>(files.size()) * state.iterations(), benchmark::Counter::kIsRate);
    state.counters["MiB/s"] = benchmark::Counter(
        static_cast<double>(bytes) * state.iterations() / (1 << 20), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CStoreToLocalOrthanc)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// --- PDF report -------------------------------------------------------------------------

// QPdfWriter and the fonts need a QGuiApplication (offscreen: no display). Kept until exit:
// Qt objects must not be torn down by static destructors after main.
void ensureGuiApplication() {
    static QGuiApplication* app = [] {
        if (std::getenv("QT_QPA_PLATFORM") == nullptr) setenv("QT_QPA_PLATFORM", "offscreen", 1);
        static int argc = 1;
        static char name[] = "dermalens_benchmarks";
        static char* argv[] = {name, nullptr};
        return new QGuiApplication(argc, argv);
    }();
    (void)app;
}

// A patient of kLesions lesions analysed by the real model (and, with `heatmaps`, with each
// Grad-CAM stored), in a workspace with that model loaded; nullopt (why in `error`) when no
// model loads. Built once per kind.
struct ReportBench {
    std::optional<Workspace> ws;
    PatientId patient;
    std::string error;
};

ReportBench makeReportBench(bool heatmaps) {
    ReportBench out;
    const BenchPatient b =
        makePatient(benchRoot() / (heatmaps ? "report-heatmaps" : "report-plain"), false);
    out.patient = b.patient;
    auto ws = Workspace::open(b.store);
    const char* env = std::getenv("DERMALENS_BENCH_MODEL");
    const fs::path model = env && *env ? env : DERMALENS_DEFAULT_MODEL_DIR;
    auto loaded = ws ? ws->loadModel(model, ClassifierConfig{Device::Cpu}) : Result<void>();
    if (!ws || !loaded) {
        out.error = "no model (set DERMALENS_BENCH_MODEL): " +
                    (ws ? loaded.error().message() : ws.error().message());
        return out;
    }
    auto ids = ws->needingAnalysis(b.patient);
    if (!ids || !ws->analyse(*ids)) {
        out.error = "the analysis failed";
        return out;
    }
    for (const ImageId& id : *ids)
        if (heatmaps) (void)ws->heatmap(id);
    out.ws.emplace(std::move(*ws));
    return out;
}

ReportBench& reportBench(bool heatmaps) {
    static ReportBench with = makeReportBench(true);
    static ReportBench without = makeReportBench(false);
    return heatmaps ? with : without;
}

void reportOnce(benchmark::State& state, bool heatmaps) {
    ensureGuiApplication();
    ReportBench& b = reportBench(heatmaps);
    if (!b.ws) return state.SkipWithError(b.error.c_str());
    ReportOptions options;
    options.compute_missing_heatmaps = false;  // the stored maps, or none
    const fs::path pdf = benchRoot() / (heatmaps ? "report-heatmaps.pdf" : "report-plain.pdf");
    int pages = 0, overlays = 0;
    for (auto _ : state) {
        auto content = b.ws->reportContent(b.patient, std::nullopt, options);
        if (!content) return state.SkipWithError(content.error().message().c_str());
        auto written = report::ReportRenderer(*content, {"Bench Clinic", {}}).writePdf(pdf);
        if (!written) return state.SkipWithError(written.error().message().c_str());
        pages = *written;
        overlays = static_cast<int>(std::count_if(content->lesions.begin(), content->lesions.end(),
                                                  [](const auto& l) { return l.heatmap.has_value(); }));
    }
    state.counters["pages"] = pages;
    state.counters["heatmaps"] = overlays;
    state.counters["MiB"] = static_cast<double>(fs::file_size(pdf)) / (1 << 20);
}

void BM_Report20Lesions(benchmark::State& state) { reportOnce(state, true); }
void BM_Report20LesionsWithoutHeatmaps(benchmark::State& state) { reportOnce(state, false); }
BENCHMARK(BM_Report20Lesions)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_Report20LesionsWithoutHeatmaps)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

// What the viewer's report dialog paints: every page as an image at the preview resolution.
void BM_ReportPreviewPages20Lesions(benchmark::State& state) {
    ensureGuiApplication();
    ReportBench& b = reportBench(true);
    if (!b.ws) return state.SkipWithError(b.error.c_str());
    auto content = b.ws->reportContent(b.patient);
    if (!content) return state.SkipWithError(content.error().message().c_str());
    const report::ReportRenderer renderer(*content, {"Bench Clinic", {}});
    std::size_t pages = 0;
    for (auto _ : state) {
        auto images = renderer.pageImages(80);
        if (!images) return state.SkipWithError(images.error().message().c_str());
        pages = images->size();
    }
    state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_ReportPreviewPages20Lesions)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

}  // namespace
