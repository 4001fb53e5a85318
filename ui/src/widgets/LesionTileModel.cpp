#include "widgets/LesionTileModel.h"

#include <QImage>

#include "services/AnalysisService.h"
#include "support/ClassNames.h"
#include "support/QtConvert.h"

namespace dermalens::ui {

LesionTileModel::LesionTileModel(AnalysisService* service, QObject* parent)
    : QAbstractListModel(parent), service_(service) {
    connect(service_, &AnalysisService::predictionReady, this, &LesionTileModel::onResult);
    connect(service_, &AnalysisService::thumbnailReady, this, &LesionTileModel::onResult);
    connect(service_, &AnalysisService::imageFailed, this, &LesionTileModel::onResult);
    connect(service_, &AnalysisService::modelLoaded, this, [this] { setPatient(patient_); });
}

void LesionTileModel::setPatient(const Patient& patient) {
    beginResetModel();
    patient_ = patient;
    ranks_.assign(patient_.lesions.size(), 0);
    zScores_.assign(patient_.lesions.size(), 0.0f);
    outliers_.assign(patient_.lesions.size(), false);
    ranked_ = false;
    endResetModel();
    for (int row = 0; row < rowCount(); ++row)
        if (!pathOf(row).isEmpty()) service_->requestThumbnail(pathOf(row));
    updateRanking();
}

QString LesionTileModel::pathOf(int row) const {
    const ImageRecord* rec = latestImage(patient_.lesions[row]);
    return rec ? fromPath(rec->path) : QString();
}

QStringList LesionTileModel::latestPaths() const {
    QStringList paths;
    for (int row = 0; row < rowCount(); ++row)
        if (!pathOf(row).isEmpty()) paths << pathOf(row);
    return paths;
}

int LesionTileModel::analysedCount() const {
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) n += service_->prediction(pathOf(row)) ? 1 : 0;
    return n;
}

int LesionTileModel::topRankedLesion() const {
    for (std::size_t i = 0; i < ranks_.size(); ++i)
        if (ranks_[i] == 1) return static_cast<int>(i);
    return -1;
}

void LesionTileModel::onResult(const QString& path) {
    for (int row = 0; row < rowCount(); ++row) {
        if (pathOf(row) != path) continue;
        Q_EMIT dataChanged(index(row), index(row));
        updateRanking();
    }
}

// Ranks once every lesion with an image has a prediction (a partial ranking would mislead).
void LesionTileModel::updateRanking() {
    std::vector<std::vector<float>> embeddings;
    std::vector<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        const QString path = pathOf(row);
        if (path.isEmpty() || service_->hasFailed(path)) continue;
        const Prediction* p = service_->prediction(path);
        if (!p) return;
        embeddings.push_back(p->embedding);
        rows.push_back(row);
    }
    if (ranked_ || embeddings.size() < 2) return;
    const UglyDucklingRanker ranker;
    const auto result = ranker.rank(embeddings);
    if (!result) return;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ranks_[rows[i]] = result->ranks[i];
        zScores_[rows[i]] = result->z_scores[i];
        outliers_[rows[i]] = result->outlier[i];
    }
    ranked_ = true;
    Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    Q_EMIT rankingChanged();
}

int LesionTileModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(patient_.lesions.size());
}

QVariant LesionTileModel::predictionData(int row, int role) const {
    const Prediction* p = service_->prediction(pathOf(row));
    const ModelCard* card = service_->card();
    if (role == FlaggedRole) return p && p->flagged();
    if (role == MalignantRole) return p ? static_cast<double>(p->malignant_probability) : -1.0;
    if (!p || !card || p->top_class < 0 || p->top_class >= static_cast<int>(card->classes.size()))
        return QString();
    return ClassNames::displayName(card->classes[p->top_class]);
}

QVariant LesionTileModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const int row = index.row();
    const Lesion& lesion = patient_.lesions[row];
    const QString path = pathOf(row);
    switch (role) {
        case Qt::DisplayRole:
            return qs(lesion.label.empty() ? lesion.id : lesion.label);
        case Qt::ToolTipRole:
            return path;
        case ThumbnailRole: {
            const QImage* thumb = service_->thumbnail(path);
            return thumb ? *thumb : QImage();
        }
        case TopClassRole:
        case MalignantRole:
        case FlaggedRole:
            return predictionData(row, role);
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
            if (service_->hasFailed(path)) return tr("could not be analysed");
            return service_->prediction(path) ? QString() : tr("not analysed yet");
        case SyntheticRole:
            return isSynthetic(patient_);
        case LesionIndexRole:
            return row;
        case ImageCountRole:
            return static_cast<int>(lesion.images.size());
        default:
            return {};
    }
}

}  // namespace dermalens::ui
