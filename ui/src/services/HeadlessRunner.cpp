#include "services/HeadlessRunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QTimer>
#include <cstdio>

#include "MainWindow.h"
#include "dermalens/workspace/Workspace.h"
#include "dialogs/ModelCardDialog.h"
#include "pages/CompareView.h"
#include "pages/LesionPage.h"
#include "pages/PatientPage.h"
#include "services/AnalysisService.h"
#include "services/EventLoopProbe.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"
#include "widgets/LesionTileModel.h"

namespace dermalens::ui {
namespace {

constexpr int kModelTimeoutMs = 180'000;
constexpr int kStudyTimeoutMs = 120'000;
constexpr int kAnalysisTimeoutMs = 600'000;
constexpr int kViewTimeoutMs = 60'000;

void say(const QString& text) { std::fprintf(stderr, "dermalens: %s\n", qPrintable(text)); }

// Images in the store (for the latency report).
std::size_t storedImages(const WorkspaceService* store) {
    std::size_t n = 0;
    if (auto ws = store->workspace())
        for (const PatientSummary& p : ws->patients().value_or(std::vector<PatientSummary>{}))
            n += static_cast<std::size_t>(p.image_count);
    return n;
}

}  // namespace

bool HeadlessRunner::waitUntil(const std::function<bool()>& done, int timeoutMs) {
    if (done()) return true;
    // A real event loop (not processEvents + sleep) so latency measurements are not skewed.
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        ok = done();
        if (ok || deadline.hasExpired()) loop.quit();
    });
    poll.start(10);
    loop.exec();
    return ok;
}

bool HeadlessRunner::openDemoAndAnalyse() {
    AnalysisService* service = window_->service();
    if (!waitUntil([service] { return !service->modelLoading(); }, kModelTimeoutMs)) {
        say(QStringLiteral("timed out loading the model"));
        return false;
    }
    if (!service->modelReady()) say(QStringLiteral("no model: %1").arg(service->modelProblem()));
    bool opened = false;
    bool failed = false;
    const auto c1 =
        QObject::connect(window_, &MainWindow::studyOpened, window_, [&opened] { opened = true; });
    const auto c2 =
        QObject::connect(window_, &MainWindow::studyFailed, window_, [&failed] { failed = true; });
    window_->openDemo();
    const bool waited = waitUntil([&] { return opened || failed; }, kStudyTimeoutMs);
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    if (!waited || failed) {
        say(QStringLiteral("the demo study could not be opened"));
        return false;
    }
    // The demo opens on patient A (the planted ugly duckling).
    if (!waitUntil([service] { return !service->analysing(); }, kAnalysisTimeoutMs)) {
        say(QStringLiteral("timed out analysing the demo study"));
        return false;
    }
    LesionTileModel* tiles = window_->patientPage()->tileModel();
    waitUntil(
        [&] {
            for (const ImageId& id : tiles->latestImages())
                if (!service->thumbnail(id) && !service->hasFailed(id)) return false;
            return tiles->ranked() || tiles->rowCount() < 2 || !service->modelReady();
        },
        kViewTimeoutMs);
    return true;
}

bool HeadlessRunner::save(QWidget* widget, const QString& dir, const QString& name) {
    waitUntil([] { return false; }, 150);  // let layouts and repaints settle
    const QString path = QDir(dir).filePath(name);
    if (!widget->grab().save(path, "PNG")) {
        say(QStringLiteral("could not write %1").arg(path));
        return false;
    }
    say(QStringLiteral("wrote %1").arg(path));
    return true;
}

int HeadlessRunner::screenshots(const QString& dir) {
    QDir().mkpath(dir);
    window_->show();
    bool ok = save(window_, dir, QStringLiteral("01-welcome.png"));
    if (!openDemoAndAnalyse()) return 2;
    ok &= save(window_, dir, QStringLiteral("02-patient.png"));

    PatientPage* page = window_->patientPage();
    const int top = std::max(0, page->tileModel()->topRankedLesion());
    window_->showLesion(top);
    if (!waitUntil([this] { return window_->lesionPage()->ready(); }, kViewTimeoutMs))
        say(QStringLiteral("lesion view not complete (no model or Grad-CAM failed)"));
    ok &= save(window_, dir, QStringLiteral("03-lesion-gradcam.png"));
    const QString report = window_->exportView(QDir(dir).filePath(QStringLiteral("06-export.png")));
    if (!report.isEmpty()) say(report);
    ok &= report.isEmpty();

    const int count = page->tileModel()->rowCount();
    const int other = count > 1 ? (top == 0 ? 1 : 0) : top;
    QList<int> pair{top, other};
    if (count > 2) pair << (other + 1 == top ? other + 2 : other + 1) % count;
    page->selectLesions(pair);
    window_->showCompare(page->selectedLesions());
    waitUntil([this] { return window_->compareView()->ready(); }, kViewTimeoutMs);
    ok &= save(window_, dir, QStringLiteral("04-compare.png"));

    ModelCardDialog* card = window_->showModelCard();
    ok &= save(card, dir, QStringLiteral("05-model-card.png"));
    card->hide();
    return ok ? 0 : 1;
}

int HeadlessRunner::measureLatency(const QStringList& paths, double* maxGapMs) {
    window_->show();
    AnalysisService* service = window_->service();
    waitUntil([service] { return !service->modelLoading(); }, kModelTimeoutMs);
    EventLoopProbe probe;
    // Baseline: the same probe with nothing to do (on a busy machine the OS alone causes gaps).
    probe.start();
    waitUntil([] { return false; }, 1000);
    probe.stop();
    const double idleGap = probe.maxGapMs();
    bool opened = false;
    const auto c =
        QObject::connect(window_, &MainWindow::studyOpened, window_, [&opened] { opened = true; });
    QElapsedTimer clock;
    clock.start();
    probe.start();
    if (paths.isEmpty())
        window_->openDemo();
    else
        window_->openPaths(paths);
    const bool ok = waitUntil([&] { return opened; }, kStudyTimeoutMs) &&
                    waitUntil([service] { return !service->analysing(); }, kAnalysisTimeoutMs);
    probe.stop();
    QObject::disconnect(c);
    const double gap = probe.maxGapMs();
    if (maxGapMs) *maxGapMs = gap;
    std::printf(
        "event-loop latency: max gap %.1f ms over %d ticks (%.1f s, %zu images, model %s); "
        "idle baseline %.1f ms; worst gap ended at %.0f ms\n",
        gap, probe.ticks(), clock.elapsed() / 1000.0, storedImages(window_->store()),
        service->modelReady() ? "loaded" : "missing", idleGap, probe.maxGapAtMs());
    return ok ? 0 : 1;
}

}  // namespace dermalens::ui
