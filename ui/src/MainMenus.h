// MainMenus: the main window's menu bar and the actions that first ask the user something
// (file dialogs, settings, assignment, delete confirmations), then call the window.
#pragma once

#include <QList>
#include <QObject>

#include "support/RecordTypes.h"

namespace dermalens::ui {

class MainWindow;
class OutputActions;

class MainMenus : public QObject {
    Q_OBJECT
public:
    explicit MainMenus(MainWindow* window);

    void openImagesDialog();
    void openFolderDialog();
    void exportViewDialog();
    void openSettings();
    // Asks where the lesions go (the selection, else the current tile), then assigns.
    void assignDialog(QList<int> lesionIndices);
    void confirmDeletePatient(dermalens::PatientId id);
    void confirmDeleteLesions(const QList<int>& lesionIndices);
    void confirmDeleteImage(const dermalens::ImageId& id);
    void about();
    [[nodiscard]] OutputActions* output() const { return output_; }
    // View menu: act on the lesion page or the compare view, whichever is shown.
    void fit();
    void actualSize();
    void toggleOverlay();

private:
    void createFileMenu();
    void createEditMenus();
    void createToolsMenus();

    MainWindow* window_;
    OutputActions* output_ = nullptr;  // report, DICOM, PACS, audit trail
};

}  // namespace dermalens::ui
