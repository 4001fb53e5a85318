#include "services/StudyLoader.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "support/QtConvert.h"
#include "dermalens/synthetic/DemoStudyGenerator.h"

namespace dermalens::ui {

StudyLoader::StudyLoader(QObject* parent)
    : QObject(parent), cancel_(std::make_shared<std::atomic_bool>(false)) {}

StudyLoader::~StudyLoader() {
    cancel_->store(true);
    QThreadPool::globalInstance()->waitForDone();  // continuations target this object
}

QString StudyLoader::demoDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-study");
}

void StudyLoader::cancel() { cancel_->store(true); }

void StudyLoader::open(const QStringList& paths) { scan(paths, false); }

void StudyLoader::scan(const QStringList& paths, bool demo) {
    busy_ = true;
    cancel_ = std::make_shared<std::atomic_bool>(false);
    std::vector<std::filesystem::path> inputs;
    for (const QString& p : paths) inputs.push_back(toPath(p));
    QtConcurrent::run(QThreadPool::globalInstance(),
                      [inputs, stop = cancel_] {
                          return StudyCatalog::scan(inputs, {}, [stop] { return stop->load(); });
                      })
        .then(this,
              [this, demo](const Result<ScanResult>& result) {
                  busy_ = false;
                  if (!result) {
                      Q_EMIT failed(qs(result.error().message()));
                      return;
                  }
                  Q_EMIT studyLoaded(*result, demo);
              })
        .onFailed(this, [this] {
            busy_ = false;
            Q_EMIT failed(tr("Unexpected error while reading the files."));
        });
}

void StudyLoader::openDemo() {
    busy_ = true;
    const QString dir = demoDirectory();
    QtConcurrent::run(QThreadPool::globalInstance(),
                      [dir]() -> Result<DemoStudyInfo> {
                          QDir().mkpath(dir);
                          return DemoStudyGenerator().write(toPath(dir));
                      })
        .then(this,
              [this, dir](const Result<DemoStudyInfo>& info) {
                  if (!info) {
                      busy_ = false;
                      Q_EMIT failed(qs(info.error().message()));
                      return;
                  }
                  scan({dir}, true);
              })
        .onFailed(this, [this] {
            busy_ = false;
            Q_EMIT failed(tr("Unexpected error while writing the demo study."));
        });
}

}  // namespace dermalens::ui
