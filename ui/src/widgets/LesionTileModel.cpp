#include "widgets/LesionTileModel.h"

#include <QImage>

#include "dermalens/workspace/Workspace.h"
#include "services/AnalysisService.h"
#include "services/WorkspaceService.h"
#include "support/ClassNames.h"
#include "support/OperatingPointText.h"
#include "support/FlagBadge.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

LesionTileModel::LesionTileModel(AnalysisService* service, WorkspaceService* store, QObject* parent)
    : QAbstractListModel(parent), service_(service), store_(store) {
    connect(service_, &AnalysisService::predictionReady, this,
            [this](const ImageId& id) { onResult(id); });
    connect(service_, &AnalysisService::thumbnailReady, this, &LesionTileModel::onResult);
    connect(service_, &AnalysisService::imageFailed, this,
            [this](const ImageId& id) { onResult(id); });
    // The stored analyses are by model: a new model means other (or no) results.
    connect(service_, &AnalysisService::modelLoaded, this, [this] { setPatient(patient_); });
    // Another operating point changes which tiles are suspicious, nothing else.
    connect(service_, &AnalysisService::operatingPointChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                               {SuspiciousRole, ThresholdRole, Qt::ToolTipRole});
    });
}

void LesionTileModel::setPatient(const Patient& patient) {
    beginResetModel();
    patient_ = patient;
    ranks_.assign(patient_.lesions.size(), 0);
    zScores_.assign(patient_.lesions.size(), 0.0f);
    outliers_.assign(patient_.lesions.size(), false);
    flags_.assign(patient_.lesions.size(), -1);
    changesKnown_ = false;
    ranked_ = false;
    ranking_ = false;
    ++generation_;
    endResetModel();
    requestResults();
    updateRanking();
    requestChanges();
}

// The flags compare the last two visits (outlines, registration): off the GUI thread.
void LesionTileModel::requestChanges() {
    if (!patient_.patient_id.valid()) return;
    const int generation = generation_;
    store_->run([id = patient_.patient_id](Workspace& ws) { return ws.patientChanges(id); })
        .then(this, [this, generation](const Result<PatientChanges>& changes) {
            if (generation != generation_) return;
            if (changes) applyChanges(*changes);
        });
}

void LesionTileModel::applyChanges(const PatientChanges& changes) {
    for (const LesionChangeFlag& flag : changes.lesions) {
        const int row = rowOf(flag.lesion);
        if (row >= 0) flags_[row] = static_cast<int>(flag.flag);
    }
    changesKnown_ = true;
    if (rowCount() > 0) Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT changesChanged();
}

int LesionTileModel::rowOf(LesionId lesion) const {
    for (int row = 0; row < rowCount(); ++row)
        if (patient_.lesions[row].lesion_id == lesion) return row;
    return -1;
}

void LesionTileModel::requestResults() {
    for (int row = 0; row < rowCount(); ++row) {
        const ImageId id = idOf(row);
        if (!id.valid()) continue;
        service_->requestThumbnail(id);
        service_->requestPrediction(id);  // the stored one, else queued for the model
    }
}

ImageId LesionTileModel::idOf(int row) const {
    const ImageRecord* rec = latestImage(patient_.lesions[row]);
    return rec ? rec->image_id : ImageId{};
}

std::vector<ImageId> LesionTileModel::latestImages() const {
    std::vector<ImageId> ids;
    for (int row = 0; row < rowCount(); ++row)
        if (idOf(row).valid()) ids.push_back(idOf(row));
    return ids;
}

int LesionTileModel::analysedCount() const {
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) n += service_->prediction(idOf(row)) ? 1 : 0;
    return n;
}

int LesionTileModel::topRankedLesion() const {
    for (std::size_t i = 0; i < ranks_.size(); ++i)
        if (ranks_[i] == 1) return static_cast<int>(i);
    return -1;
}

void LesionTileModel::onResult(const ImageId& id) {
    for (int row = 0; row < rowCount(); ++row) {
        if (idOf(row) != id) continue;
        Q_EMIT dataChanged(index(row), index(row));
        updateRanking();
    }
}

// Asks the Workspace to rank once every lesion with an image has its analysis (failed
// images are left out, as the ranking leaves out lesions without a current analysis).
void LesionTileModel::updateRanking() {
    if (ranked_ || ranking_) return;
    int analysed = 0;
    for (int row = 0; row < rowCount(); ++row) {
        const ImageId id = idOf(row);
        if (!id.valid() || service_->hasFailed(id)) continue;
        if (!service_->prediction(id)) return;
        ++analysed;
    }
    if (analysed < 2 || !patient_.patient_id.valid()) return;
    ranking_ = true;
    const int generation = generation_;
    // Ranking reads every lesion's stored embedding: off the GUI thread.
    store_->run([id = patient_.patient_id](Workspace& ws) { return ws.rank(id); })
        .then(this, [this, generation](const Result<LesionRanking>& ranking) {
            if (generation != generation_) return;  // another patient (or a refresh) since
            ranking_ = false;
            if (ranking) applyRanking(*ranking);
        });
}

void LesionTileModel::applyRanking(const LesionRanking& ranking) {
    for (const RankedLesion& ranked : ranking.lesions) {
        for (int row = 0; row < rowCount(); ++row) {
            if (patient_.lesions[row].lesion_id != ranked.lesion) continue;
            ranks_[row] = ranked.rank;
            zScores_[row] = ranked.z_score;
            outliers_[row] = ranked.outlier;
        }
    }
    ranked_ = !ranking.lesions.empty();
    if (rowCount() > 0) Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT rankingChanged();
}

int LesionTileModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(patient_.lesions.size());
}

QVariant LesionTileModel::predictionData(int row, int role) const {
    const Prediction* p = service_->prediction(idOf(row));
    const ModelCard* card = service_->card();
    if (role == FlaggedRole) return p && p->flagged();
    if (role == MalignantRole) return p ? static_cast<double>(p->malignant_probability) : -1.0;
    if (role == SuspiciousRole)
        return p && card && service_->operatingPoint().suspicious(p->malignant_probability);
    if (!p || !card || p->top_class < 0 || p->top_class >= static_cast<int>(card->classes.size()))
        return QString();
    return ClassNames::displayName(card->classes[p->top_class]);
}

QVariant LesionTileModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row();
    const Lesion& lesion = patient_.lesions[row];
    const ImageId id = idOf(row);
    switch (role) {
        case Qt::DisplayRole:
            return lesionName(lesion);
        case Qt::ToolTipRole: {
            QString tip = latestImage(lesion) ? displayFileName(*latestImage(lesion)) : QString();
            const auto flag = flags_[row] >= 0 ? std::optional(static_cast<LesionFlag>(flags_[row]))
                                               : std::nullopt;
            if (FlagBadge::shown(flag)) tip += u'\n' + FlagBadge::description(*flag);
            return tip + u'\n' +
                   tr("Suspicious at: %1").arg(OperatingPointText::summary(service_->operatingPoint()));
        }
        case ThumbnailRole: {
            const QImage* thumb = service_->thumbnail(id);
            return thumb ? *thumb : QImage();
        }
        case TopClassRole:
        case MalignantRole:
        case FlaggedRole:
        case SuspiciousRole:
            return predictionData(row, role);
        case ThresholdRole:
            return service_->operatingPoint().threshold;
        case RankRole:
            return ranks_[row];
        case RankSortRole:
            return ranks_[row] > 0 ? ranks_[row] : 1 << 20;
        case ZScoreRole:
            return static_cast<double>(zScores_[row]);
        case OutlierRole:
            return ranks_[row] == 1 && outliers_[row];
        case DateRole:
            return latestImage(lesion) ? formatDate(latestImage(lesion)->date) : QString();
        case StatusRole:
            if (service_->hasFailed(id)) return tr("could not be analysed");
            return service_->prediction(id) ? QString() : tr("not analysed yet");
        case SyntheticRole:
            return isSynthetic(patient_);
        case LesionIndexRole:
            return row;
        case ImageCountRole:
            return static_cast<int>(lesion.images.size());
        case ImageIdRole:
            return QVariant::fromValue(id);
        case RankableRole:
            return rowCount() >= 2;
        case FlagRole:
            return flags_[row];
        default:
            return {};
    }
}

}  // namespace dermalens::ui
