// RankExplanationDialog: "Why this rank?" for one lesion of a patient. Shows thumbnails of the
// lesion, its most and least similar lesion of the same patient and its look-alike group, and
// the parts of its patient-context score in words (Workspace::rank, PatientContextRanker).
#pragma once

#include <QDialog>
#include <QMultiHash>

#include "dermalens/study/Study.h"
#include "dermalens/workspace/LesionRanking.h"

class QGridLayout;
class QLabel;

namespace dermalens::ui {

class AnalysisService;
class WorkspaceService;

class RankExplanationDialog : public QDialog {
    Q_OBJECT
public:
    // Asks the Workspace for the patient's ranking on the pool; shows it when it comes.
    RankExplanationDialog(AnalysisService* service, WorkspaceService* store, Patient patient,
                          LesionId lesion, QWidget* parent = nullptr);

    // Shows `ranking` (also the entry point for tests).
    void showRanking(const LesionRanking& ranking);
    // The score parts in words, as shown (empty until a ranking is shown).
    [[nodiscard]] QString explanation() const;
    // Lesion labels of the thumbnails, in order: the lesion, nearest, farthest, cluster mates.
    [[nodiscard]] QStringList shownLesions() const { return shown_; }

private:
    void addThumbnail(const RankedLesion& lesion, const QString& caption);
    void refreshThumbnail(const ImageId& id);
    [[nodiscard]] QString labelOf(LesionId id) const;
    [[nodiscard]] QString scoreText(const RankedLesion& r, const LesionRanking& ranking) const;

    AnalysisService* service_;
    Patient patient_;
    LesionId lesion_;
    QLabel* summary_ = nullptr;
    QLabel* parts_ = nullptr;
    QGridLayout* thumbs_ = nullptr;
    QMultiHash<QString, QLabel*> pictures_;  // ImageId hex -> its picture labels
    QStringList shown_;
};

}  // namespace dermalens::ui
