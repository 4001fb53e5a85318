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
    // A long class name (common in translations) wraps to a second line instead of being cut.
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] QString percentText() const;
    [[nodiscard]] QFont labelFont() const;
    [[nodiscard]] int nameLines(int width) const;

    QString name_;
    double probability_ = 0;
    bool malignant_ = false;
    bool top_ = false;
};

}  // namespace dermalens::ui
