// StudyLoader: scans files/folders into a Study, or writes and opens the SYNTHETIC demo study,
// on the global thread pool. Emits studyLoaded (with per-file problems) or failed.
#pragma once

#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

#include "dermalens/study/StudyCatalog.h"

namespace dermalens::ui {

class StudyLoader : public QObject {
    Q_OBJECT
public:
    explicit StudyLoader(QObject* parent = nullptr);
    ~StudyLoader() override;

    void open(const QStringList& paths);
    // Writes the demo study (once) under the app's data location, then opens it.
    void openDemo();
    void cancel();
    [[nodiscard]] bool busy() const { return busy_; }

    // Where the demo study is written: <AppDataLocation>/demo-study.
    [[nodiscard]] static QString demoDirectory();

Q_SIGNALS:
    void studyLoaded(const dermalens::ScanResult& result, bool demo);
    void failed(const QString& message);

private:
    void scan(const QStringList& paths, bool demo);

    std::shared_ptr<std::atomic_bool> cancel_;
    bool busy_ = false;
};

}  // namespace dermalens::ui
