// OutputActions: File > Export Report…, Export DICOM…, PACS… and Tools > Audit Trail…: they
// open the output dialogs on the patient (and lesion) the window shows.
#pragma once

#include <QObject>
#include <QString>
#include <optional>
#include <utility>

#include "dermalens/records/Ids.h"

class QDialog;

namespace dermalens::ui {

class MainWindow;

class OutputActions : public QObject {
    Q_OBJECT
public:
    explicit OutputActions(MainWindow* window);

    void exportReport();
    void exportDicom();
    void pacs();
    void auditTrail();

private:
    // The lesion on the lesion page when it belongs to the patient shown.
    [[nodiscard]] std::optional<std::pair<LesionId, QString>> currentLesion() const;
    [[nodiscard]] bool needPatient();
    void open(QDialog* dialog);

    MainWindow* window_;
};

}  // namespace dermalens::ui
