#include "widgets/SevenPointView.h"

#include <QHBoxLayout>
#include <QLabel>

#include "support/FindingText.h"

namespace dermalens::ui {

SevenPointView::SevenPointView(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("sevenPoint"));
    setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(this);
    total_ = new QLabel(this);
    QFont big = total_->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    total_->setFont(big);
    total_->setMinimumWidth(48);
    total_->setAlignment(Qt::AlignCenter);
    total_->setAccessibleName(tr("7-point score"));
    details_ = new QLabel(this);
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(total_);
    row->addWidget(details_, 1);
    setScore(SevenPointScore{});
}

void SevenPointView::setScore(const SevenPointScore& score) {
    score_ = score;
    total_->setText(QString::number(score.total));
    // Red only for a complete or already-positive score: an incomplete 0 is not reassuring.
    total_->setStyleSheet(score.suggests_melanoma ? QStringLiteral("color: #d64545;")
                          : score.complete()      ? QStringLiteral("color: #3a9d5d;")
                                                  : QString());
    details_->setText(tr("7-point checklist") + u'\n' + FindingText::sevenPoint(score));
}

QString SevenPointView::text() const { return total_->text() + u'\n' + details_->text(); }

}  // namespace dermalens::ui
