// PacsNodeEditor: picks one of the DICOM nodes kept in Settings and edits it (name, host,
// port, the node's and our AE titles, C-GET or C-MOVE with our receive port). The fields are
// what the PACS dialog talks to; Save keeps them under the name, Remove forgets the node.
#pragma once

#include <QWidget>

#include "services/Settings.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dermalens::ui {

class PacsNodeEditor : public QWidget {
    Q_OBJECT
public:
    explicit PacsNodeEditor(Settings* settings, QWidget* parent = nullptr);

    // The node as the fields say now (saved or not).
    [[nodiscard]] ConfiguredNode current() const;
    void setCurrent(const ConfiguredNode& node);
    // Keeps the fields in Settings under their name (replacing a node of that name).
    void saveCurrent();
    void removeCurrent();

    [[nodiscard]] QComboBox* nodeBox() const { return nodes_; }
    [[nodiscard]] QLineEdit* hostField() const { return host_; }
    [[nodiscard]] QSpinBox* portBox() const { return port_; }
    [[nodiscard]] QLineEdit* calledAetField() const { return called_; }
    [[nodiscard]] QLineEdit* callingAetField() const { return calling_; }

private:
    void createForm();
    void reloadNodes(const QString& select);
    void choose(int index);

    Settings* settings_;
    QComboBox* nodes_;
    QLineEdit* name_;
    QLineEdit* host_;
    QSpinBox* port_;
    QLineEdit* called_;
    QLineEdit* calling_;
    QComboBox* method_;
    QSpinBox* receivePort_;
};

}  // namespace dermalens::ui
