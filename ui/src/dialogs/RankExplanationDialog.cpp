#include "dialogs/RankExplanationDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>
#include <algorithm>

#include "services/AnalysisService.h"
#include "services/WorkspaceService.h"
#include "support/QtConvert.h"

namespace dermalens::ui {
namespace {

constexpr int kThumbSide = 112;
constexpr int kMaxClusterMates = 6;

QString number(double v) { return QString::number(v, 'f', 1); }

const RankedLesion* rankedLesion(const LesionRanking& ranking, LesionId id) {
    const auto it = std::find_if(ranking.lesions.begin(), ranking.lesions.end(),
                                 [&](const RankedLesion& r) { return r.lesion == id; });
    return it == ranking.lesions.end() ? nullptr : &*it;
}

}  // namespace

RankExplanationDialog::RankExplanationDialog(AnalysisService* service, WorkspaceService* store,
                                             Patient patient, LesionId lesion, QWidget* parent)
    : QDialog(parent), service_(service), patient_(std::move(patient)), lesion_(lesion) {
    setWindowTitle(tr("Why this rank?"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    summary_ = new QLabel(tr("Ranking this patient's lesions…"), this);
    summary_->setWordWrap(true);
    layout->addWidget(summary_);
    thumbs_ = new QGridLayout;
    layout->addLayout(thumbs_);
    parts_ = new QLabel(this);
    parts_->setWordWrap(true);
    parts_->setTextFormat(Qt::RichText);
    parts_->setMinimumWidth(560);
    layout->addWidget(parts_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (service_)
        connect(service_, &AnalysisService::thumbnailReady, this,
                &RankExplanationDialog::refreshThumbnail);
    if (!store) return;
    store->run([id = patient_.patient_id](Workspace& ws) { return ws.rank(id); })
        .then(this, [this](const Result<LesionRanking>& ranking) {
            if (ranking)
                showRanking(*ranking);
            else
                summary_->setText(
                    tr("The lesions could not be ranked: %1").arg(qs(ranking.error().message())));
        });
}

QString RankExplanationDialog::labelOf(LesionId id) const {
    for (const Lesion& l : patient_.lesions)
        if (l.lesion_id == id) return qs(l.label);
    return tr("another lesion");
}

void RankExplanationDialog::showRanking(const LesionRanking& ranking) {
    const RankedLesion* r = rankedLesion(ranking, lesion_);
    if (!r) {
        summary_->setText(
            tr("This lesion has no rank yet: ranking needs a current analysis of "
               "it and at least two analysed lesions in the patient."));
        return;
    }
    QString summary = tr("%1 is ranked %2 of %3 analysed lesions of this patient.")
                          .arg(labelOf(r->lesion))
                          .arg(r->rank)
                          .arg(ranking.lesions.size());
    if (r->outlier) summary += QLatin1Char(' ') + tr("It is flagged as the most unusual lesion.");
    summary_->setText(summary);
    addThumbnail(*r, tr("This lesion"));
    if (const auto* nearest = rankedLesion(ranking, r->nearest))
        addThumbnail(*nearest,
                     tr("Most similar (distance %1)").arg(r->nearest_distance, 0, 'f', 2));
    if (const auto* farthest = rankedLesion(ranking, r->farthest))
        addThumbnail(*farthest,
                     tr("Least similar (distance %1)").arg(r->farthest_distance, 0, 'f', 2));
    int mates = 0;
    for (const RankedLesion& other : ranking.lesions)
        if (other.lesion != r->lesion && other.cluster == r->cluster && mates++ < kMaxClusterMates)
            addThumbnail(other, tr("Same look-alike group"));
    parts_->setText(scoreText(*r, ranking));
}

QString RankExplanationDialog::scoreText(const RankedLesion& r,
                                         const LesionRanking& ranking) const {
    const PatientContextConfig& c = ranking.config;
    const auto group = std::count_if(ranking.lesions.begin(), ranking.lesions.end(),
                                     [&](const RankedLesion& o) { return o.cluster == r.cluster; });
    QStringList lines;
    lines << tr("<b>Malignant evidence:</b> the model gives %1 % malignant probability; against "
                "this patient's other lesions that is %2 robust standard deviations %3 their "
                "median.")
                 .arg(number(100.0 * r.malignant_probability))
                 .arg(number(std::abs(r.evidence_z)))
                 .arg(r.evidence_z >= 0 ? tr("above") : tr("below"));
    lines << tr("<b>Appearance:</b> %1 robust standard deviations %2 unusual than this patient's "
                "typical lesion (distance to its nearest look-alikes in the model's features).")
                 .arg(number(std::abs(r.outlier_z)))
                 .arg(r.outlier_z >= 0 ? tr("more") : tr("less"));
    lines << tr("<b>Score:</b> %1 + %2 × %3 = %4. Rank 1 is flagged \"most unusual\" when its "
                "score is at least %5 and its malignant probability at least %6 %.")
                 .arg(number(r.evidence_z), QString::number(c.outlier_weight, 'g', 2),
                      number(r.outlier_z), number(r.z_score), number(c.flag_score),
                      number(100.0 * c.flag_probability));
    lines << tr("<b>Look-alike group:</b> %n lesion(s), grouped by average-linkage clustering of "
                "the model's features (cosine distance cut at %1).",
                nullptr, static_cast<int>(group))
                 .arg(c.cluster_cut, 0, 'f', 2);
    lines << tr(
        "Decision support only: the rank orders lesions for review; it is not a "
        "diagnosis.");
    return lines.join(QStringLiteral("<br><br>"));
}

QString RankExplanationDialog::explanation() const { return parts_->text(); }

void RankExplanationDialog::addThumbnail(const RankedLesion& lesion, const QString& caption) {
    const int column = static_cast<int>(shown_.size()) % 5;
    const int row = 2 * (static_cast<int>(shown_.size()) / 5);
    auto* picture = new QLabel(this);
    picture->setFixedSize(kThumbSide, kThumbSide);
    picture->setAlignment(Qt::AlignCenter);
    picture->setText(tr("…"));
    auto* text = new QLabel(labelOf(lesion.lesion) + QLatin1Char('\n') + caption, this);
    text->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    text->setWordWrap(true);
    text->setMaximumWidth(kThumbSide + 24);
    thumbs_->addWidget(picture, row, column, Qt::AlignHCenter);
    thumbs_->addWidget(text, row + 1, column, Qt::AlignHCenter);
    shown_ << labelOf(lesion.lesion);
    pictures_.insert(qs(lesion.image.hex()), picture);
    if (!service_) return;
    refreshThumbnail(lesion.image);
    service_->requestThumbnail(lesion.image);
}

void RankExplanationDialog::refreshThumbnail(const ImageId& id) {
    const QImage* image = service_ ? service_->thumbnail(id) : nullptr;
    if (!image || image->isNull()) return;
    const QPixmap pixmap = QPixmap::fromImage(*image).scaled(
        kThumbSide, kThumbSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    for (QLabel* picture : pictures_.values(qs(id.hex()))) picture->setPixmap(pixmap);
}

}  // namespace dermalens::ui
