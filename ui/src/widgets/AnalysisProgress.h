// AnalysisProgress: a progress dialog with Cancel for study analysis, shown only when the
// work lasts more than 250 ms (short work should not flash a dialog).
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QProgressDialog;
class QWidget;

namespace dermalens::ui {

class AnalysisService;

class AnalysisProgress : public QObject {
    Q_OBJECT
public:
    AnalysisProgress(AnalysisService* service, QWidget* parentWindow);
    static constexpr int kShowDelayMs = 250;
    [[nodiscard]] bool dialogVisible() const;

private:
    void onProgress(int done, int total);
    void onFinished();
    void show();

    AnalysisService* service_;
    QWidget* window_;
    QPointer<QProgressDialog> dialog_;
    QTimer delay_;
    int done_ = 0;
    int total_ = 0;
};

}  // namespace dermalens::ui
