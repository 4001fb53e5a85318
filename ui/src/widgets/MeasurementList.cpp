#include "widgets/MeasurementList.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "dermalens/workspace/Workspace.h"
#include "services/WorkspaceService.h"
#include "support/FindingText.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

MeasurementList::MeasurementList(WorkspaceService* store, QWidget* parent)
    : QWidget(parent), store_(store) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(16, 16, 16, 16);
    auto* hint = new QLabel(tr("Measure draws a ruler line on the image; Keep Line stores it "
                               "for this image. Lengths are in mm once the image is "
                               "calibrated (or its file states the pixel spacing)."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("secondaryText"));
    column->addWidget(hint);
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Measurements"));
    column->addWidget(list_, 1);
    delete_ = new QPushButton(tr("Delete Measurement"), this);
    delete_->setEnabled(false);
    connect(delete_, &QPushButton::clicked, this, &MeasurementList::deleteSelected);
    connect(list_, &QListWidget::currentRowChanged, this,
            [this](int row) { delete_->setEnabled(row >= 0 && row < int(measurements_.size())); });
    column->addWidget(delete_);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    column->addWidget(message_);
}

void MeasurementList::setImage(const ImageId& image, double decodeScale) {
    image_ = image;
    scale_ = std::max(decodeScale, 1e-6);
    ++generation_;
    measurements_.clear();
    list_->clear();
    message_->clear();
    reload();
}

void MeasurementList::reload() {
    if (!image_.valid()) return;
    const ImageId id = image_;
    const int generation = generation_;
    ++pending_;
    store_->run([id](Workspace& ws) { return ws.measurements(id); })
        .then(this, [this, generation](const Result<std::vector<Measurement>>& found) {
            --pending_;
            if (generation != generation_) return;
            if (!found) {
                message_->setText(qs(found.error().message()));
                return;
            }
            show(*found);
        });
}

QString MeasurementList::valueText(const Measurement& m) {
    if (!m.value) return tr("no value");
    if (m.unit == "mm") return tr("%1 mm").arg(*m.value, 0, 'f', 2);
    if (m.unit == "mm2") return tr("%1 mm²").arg(*m.value, 0, 'f', 2);
    if (m.unit == "px") return tr("%1 px (not calibrated)").arg(*m.value, 0, 'f', 0);
    if (m.unit == "px2") return tr("%1 px² (not calibrated)").arg(*m.value, 0, 'f', 0);
    return QString::number(*m.value) + u' ' + qs(m.unit);
}

void MeasurementList::show(std::vector<Measurement> measurements) {
    measurements_ = std::move(measurements);
    list_->clear();
    for (const Measurement& m : measurements_) {
        QString text = valueText(m);
        if (!m.label.empty()) text += QStringLiteral(" · ") + qs(m.label);
        text += QStringLiteral(" · ") + FindingText::time(m.created_at);
        list_->addItem(text);
    }
    delete_->setEnabled(false);
    Q_EMIT measurementsChanged(image_);
}

QList<SavedLine> MeasurementList::viewLines() const {
    QList<SavedLine> lines;
    for (const Measurement& m : measurements_) {
        if (m.kind != MeasurementKind::Line || m.geometry.size() < 2) continue;
        const ImagePoint& a = m.geometry.front();
        const ImagePoint& b = m.geometry.back();
        lines.push_back({QLineF(a.x * scale_, a.y * scale_, b.x * scale_, b.y * scale_),
                         valueText(m)});
    }
    return lines;
}

bool MeasurementList::addLine(const QLineF& viewLine, const QString& label) {
    if (!image_.valid() || viewLine.isNull() || viewLine.length() <= 0) return false;
    Measurement m;
    m.image = image_;
    m.kind = MeasurementKind::Line;
    m.geometry = {{viewLine.x1() / scale_, viewLine.y1() / scale_},
                  {viewLine.x2() / scale_, viewLine.y2() / scale_}};
    m.label = label.trimmed().toStdString();
    const int generation = generation_;
    ++pending_;
    store_->run([m](Workspace& ws) { return ws.addMeasurement(m); })
        .then(this, [this, generation](const Result<Measurement>& stored) {
            --pending_;
            if (generation != generation_) return;
            if (!stored) {
                message_->setText(tr("Not kept: %1").arg(qs(stored.error().message())));
                return;
            }
            message_->setText(tr("Kept %1.").arg(valueText(*stored)));
            reload();
        });
    return true;
}

void MeasurementList::deleteSelected() {
    const int row = list_->currentRow();
    if (row < 0 || row >= static_cast<int>(measurements_.size())) return;
    const MeasurementId id = measurements_[static_cast<std::size_t>(row)].id;
    const int generation = generation_;
    ++pending_;
    store_->run([id](Workspace& ws) { return ws.deleteMeasurement(id); })
        .then(this, [this, generation](const Result<void>& done) {
            --pending_;
            if (generation != generation_) return;
            message_->setText(done ? tr("Measurement deleted.")
                                   : tr("Not deleted: %1").arg(qs(done.error().message())));
            reload();
        });
}

}  // namespace dermalens::ui
