// CompareView: 2-4 lesions side by side; zoom and pan are synchronised across the views.
#pragma once

#include <QList>
#include <QWidget>
#include <vector>

#include "dermalens/study/Study.h"
#include "support/RecordTypes.h"

class QGridLayout;
class QLabel;

namespace dermalens::ui {

class AnalysisService;
class ImageView;

class CompareView : public QWidget {
    Q_OBJECT
public:
    explicit CompareView(AnalysisService* service, QWidget* parent = nullptr);

    void setLesions(const Patient& patient, const QList<int>& lesionIndices);
    [[nodiscard]] int viewCount() const { return static_cast<int>(panes_.size()); }
    [[nodiscard]] ImageView* view(int i) const { return panes_[i].view; }
    [[nodiscard]] bool ready() const;  // every image shown

public Q_SLOTS:
    void fitAll();
    void actualSizeAll();

Q_SIGNALS:
    void backRequested();

private:
    struct Pane {
        ImageView* view = nullptr;
        QLabel* caption = nullptr;
        ImageId image;
        QString file;
        QString lesion;
        QString date;
    };
    void clearPanes();
    void addPane(const Patient& patient, const Lesion& lesion, int slot, int count);
    void updateCaption(Pane& pane);
    void syncFrom(ImageView* source, double zoom, QPointF center);

    AnalysisService* service_;
    QLabel* title_ = nullptr;
    QGridLayout* grid_ = nullptr;
    std::vector<Pane> panes_;
    bool syncing_ = false;
};

}  // namespace dermalens::ui
