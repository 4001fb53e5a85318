// WelcomePage: shown when nothing is open: open images, a folder, or the SYNTHETIC demo.
#pragma once

#include <QWidget>

class QLabel;

namespace dermalens::ui {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setModelStatus(const QString& text);

Q_SIGNALS:
    void openImagesRequested();
    void openFolderRequested();
    void openDemoRequested();

private:
    QLabel* modelStatus_ = nullptr;
};

}  // namespace dermalens::ui
