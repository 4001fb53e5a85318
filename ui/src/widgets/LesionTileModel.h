// LesionTileModel: one row per lesion of the shown patient, with what a tile displays:
// thumbnail, top class, malignant probability and the patient's ugly-duckling ranking.
// Rows follow each lesion's latest image (by ImageId). The ranking comes from
// Workspace::rank over the stored analyses, once every lesion's latest image is analysed
// (a partial ranking would mislead). The follow-up flags (new since the previous visit,
// changed) come from Workspace::patientChanges, read once per patient off the GUI thread.
#pragma once

#include <QAbstractListModel>
#include <vector>

#include "dermalens/followup/FollowUpReports.h"
#include "dermalens/study/Study.h"
#include "dermalens/workspace/LesionRanking.h"
#include "support/RecordTypes.h"

namespace dermalens::ui {

class AnalysisService;
class WorkspaceService;

class LesionTileModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        ThumbnailRole = Qt::UserRole + 1,  // QImage (null until decoded)
        TopClassRole,                      // QString class name ("" until analysed)
        MalignantRole,                     // double in [0, 1], or -1 until analysed
        RankRole,                          // int, 1 = most unusual; 0 = not ranked
        RankSortRole,                      // int, unranked last
        ZScoreRole,                        // double
        OutlierRole,                       // bool: rank 1 and z above the threshold
        DateRole,                          // QString YYYY-MM-DD of the latest image
        StatusRole,                        // QString: "analysing…", a failure, or ""
        SyntheticRole,                     // bool
        FlaggedRole,                       // bool: low confidence / out of distribution
        LesionIndexRole,                   // int: index into Patient::lesions
        ImageCountRole,                    // int
        ImageIdRole,                       // ImageId of the latest image
        RankableRole,                      // bool: the patient has 2+ lesions to compare
        SuspiciousRole,                    // bool: malignant probability at the operating point
        ThresholdRole,                     // double: the operating point's threshold
        FlagRole,                          // int LesionFlag, or -1 until the flags are read
    };

    LesionTileModel(AnalysisService* service, WorkspaceService* store, QObject* parent = nullptr);

    void setPatient(const Patient& patient);
    [[nodiscard]] const Patient& patient() const { return patient_; }
    [[nodiscard]] std::vector<ImageId> latestImages() const;
    [[nodiscard]] bool ranked() const { return ranked_; }
    [[nodiscard]] int analysedCount() const;
    // Lesion index of rank 1 (-1 when not ranked).
    [[nodiscard]] int topRankedLesion() const;
    // The row (= lesion index) of a lesion of the shown patient, -1 when it has none.
    [[nodiscard]] int rowOf(LesionId lesion) const;
    [[nodiscard]] bool changesKnown() const { return changesKnown_; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;

Q_SIGNALS:
    void rankingChanged();
    void changesChanged();  // the follow-up flags arrived

private:
    void onResult(const ImageId& id);
    void requestResults();
    void updateRanking();
    void applyRanking(const LesionRanking& ranking);
    void requestChanges();
    void applyChanges(const PatientChanges& changes);
    [[nodiscard]] ImageId idOf(int row) const;
    [[nodiscard]] QVariant predictionData(int row, int role) const;

    AnalysisService* service_;
    WorkspaceService* store_;
    Patient patient_;
    std::vector<int> ranks_;
    std::vector<float> zScores_;
    std::vector<bool> outliers_;
    std::vector<int> flags_;  // LesionFlag per row, -1 unknown
    bool changesKnown_ = false;
    bool ranked_ = false;
    bool ranking_ = false;  // a rank() call is under way
    int generation_ = 0;    // drops rankings of a patient no longer shown
};

}  // namespace dermalens::ui
