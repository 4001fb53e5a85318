// SevenPointView: the 7-point checklist score of the structures being entered, shown large
// with its major/minor split, what scored, what is not assessed, and what the total means.
#pragma once

#include <QFrame>

#include "dermalens/followup/SevenPointChecklist.h"

class QLabel;

namespace dermalens::ui {

class SevenPointView : public QFrame {
    Q_OBJECT
public:
    explicit SevenPointView(QWidget* parent = nullptr);

    void setScore(const SevenPointScore& score);
    [[nodiscard]] const SevenPointScore& score() const { return score_; }
    [[nodiscard]] QString text() const;  // total + details, as shown

private:
    SevenPointScore score_;
    QLabel* total_ = nullptr;
    QLabel* details_ = nullptr;
};

}  // namespace dermalens::ui
