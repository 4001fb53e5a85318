// ProblemsDialog: a non-modal list of files that could not be read or analysed, each with
// the reason. The rest of the study keeps working.
#pragma once

#include <QDialog>

class QListWidget;

namespace dermalens::ui {

class ProblemsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProblemsDialog(QWidget* parent = nullptr);
    void add(const QString& path, const QString& reason);
    void clear();
    [[nodiscard]] int count() const;
    [[nodiscard]] QStringList entries() const;

Q_SIGNALS:
    void countChanged(int count);

private:
    QListWidget* list_ = nullptr;
};

}  // namespace dermalens::ui
