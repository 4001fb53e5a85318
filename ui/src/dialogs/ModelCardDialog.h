// ModelCardDialog: the model card (intended use, limitations, classes, metrics, training data,
// license) rendered as a readable document from ModelCard::raw_json.
#pragma once

#include <QDialog>

#include "dermalens/model/ModelCard.h"

class QTextBrowser;

namespace dermalens::ui {

class ModelCardDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelCardDialog(QWidget* parent = nullptr);
    void setCard(const ModelCard* card, const QString& problem = {});
    // The HTML shown (also useful for tests and exports).
    [[nodiscard]] static QString toHtml(const ModelCard& card);

private:
    QTextBrowser* browser_ = nullptr;
};

}  // namespace dermalens::ui
