#include "services/DemoStudy.h"

#include <QDir>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include "support/QtConvert.h"

namespace dermalens::ui {

QString DemoStudy::directory() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-study");
}

QFuture<Result<DemoStudyInfo>> DemoStudy::write() {
    return QtConcurrent::run(QThreadPool::globalInstance(), [dir = directory()] {
        QDir().mkpath(dir);
        return DemoStudyGenerator().write(toPath(dir));
    });
}

ImportOptions DemoStudy::importOptions() {
    ImportOptions options;
    options.synthetic = true;
    return options;
}

}  // namespace dermalens::ui
