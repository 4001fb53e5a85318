// ProbabilityBar: one class's name and probability as a labelled horizontal bar.
#pragma once

#include <QWidget>

namespace dermalens::ui {

class ProbabilityBar : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBar(QWidget* parent = nullptr);
    void setValue(const QString& name, double probability, bool malignant, bool top);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString name_;
    double probability_ = 0;
    bool malignant_ = false;
    bool top_ = false;
};

}  // namespace dermalens::ui
