#include "widgets/PacsNodeEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <algorithm>

#include "support/QtConvert.h"

namespace dermalens::ui {

PacsNodeEditor::PacsNodeEditor(Settings* settings, QWidget* parent)
    : QWidget(parent),
      settings_(settings),
      nodes_(new QComboBox(this)),
      name_(new QLineEdit(this)),
      host_(new QLineEdit(this)),
      port_(new QSpinBox(this)),
      called_(new QLineEdit(this)),
      calling_(new QLineEdit(this)),
      method_(new QComboBox(this)),
      receivePort_(new QSpinBox(this)) {
    createForm();
    connect(method_, &QComboBox::currentIndexChanged, this,
            [this] { receivePort_->setEnabled(method_->currentIndex() == 1); });
    connect(nodes_, &QComboBox::activated, this, &PacsNodeEditor::choose);
    setCurrent(ConfiguredNode{tr("New node"), PacsNode{}, RetrieveMethod::Get});
    reloadNodes({});
    if (nodes_->count() > 1) choose(1);
}

void PacsNodeEditor::createForm() {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* pick = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save Node"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    connect(save, &QPushButton::clicked, this, &PacsNodeEditor::saveCurrent);
    connect(remove, &QPushButton::clicked, this, &PacsNodeEditor::removeCurrent);
    pick->addWidget(nodes_, 1);
    pick->addWidget(save);
    pick->addWidget(remove);
    form->addRow(tr("Configured nodes"), pick);
    form->addRow(tr("Name"), name_);
    port_->setRange(1, 65535);
    auto* where = new QHBoxLayout;
    where->addWidget(host_, 1);
    where->addWidget(port_);
    form->addRow(tr("Host and port"), where);
    called_->setMaxLength(16);  // an AE title has at most 16 characters
    calling_->setMaxLength(16);
    form->addRow(tr("Node AE title (called)"), called_);
    form->addRow(tr("Our AE title (calling)"), calling_);
    method_->addItem(tr("C-GET (no port to open)"), static_cast<int>(RetrieveMethod::Get));
    method_->addItem(tr("C-MOVE to us"), static_cast<int>(RetrieveMethod::Move));
    receivePort_->setRange(0, 65535);
    receivePort_->setToolTip(tr("C-MOVE: the port the node sends the objects to"));
    auto* retrieve = new QHBoxLayout;
    retrieve->addWidget(method_, 1);
    retrieve->addWidget(receivePort_);
    form->addRow(tr("Retrieve with (receive port)"), retrieve);
}

ConfiguredNode PacsNodeEditor::current() const {
    ConfiguredNode c;
    c.name = name_->text().trimmed();
    c.node.host = host_->text().trimmed().toStdString();
    c.node.port = port_->value();
    c.node.called_aet = called_->text().trimmed().toStdString();
    c.node.calling_aet = calling_->text().trimmed().toStdString();
    c.retrieve = static_cast<RetrieveMethod>(method_->currentData().toInt());
    c.node.receive_port = receivePort_->value();
    return c;
}

void PacsNodeEditor::setCurrent(const ConfiguredNode& c) {
    name_->setText(c.name);
    host_->setText(qs(c.node.host));
    port_->setValue(c.node.port);
    called_->setText(qs(c.node.called_aet));
    calling_->setText(qs(c.node.calling_aet));
    method_->setCurrentIndex(std::max(0, method_->findData(static_cast<int>(c.retrieve))));
    receivePort_->setValue(c.node.receive_port);
    receivePort_->setEnabled(c.retrieve == RetrieveMethod::Move);
}

void PacsNodeEditor::reloadNodes(const QString& select) {
    nodes_->clear();
    nodes_->addItem(tr("(new node)"));
    for (const ConfiguredNode& c : settings_->pacsNodes()) nodes_->addItem(c.name);
    nodes_->setCurrentIndex(std::max(0, nodes_->findText(select)));
}

void PacsNodeEditor::choose(int index) {
    const QList<ConfiguredNode> nodes = settings_->pacsNodes();
    nodes_->setCurrentIndex(index);
    if (index >= 1 && index - 1 < nodes.size()) setCurrent(nodes[index - 1]);
    else setCurrent(ConfiguredNode{tr("New node"), PacsNode{}, RetrieveMethod::Get});
}

void PacsNodeEditor::saveCurrent() {
    ConfiguredNode c = current();
    if (c.name.isEmpty()) c.name = QStringLiteral("%1:%2").arg(qs(c.node.host)).arg(c.node.port);
    QList<ConfiguredNode> nodes = settings_->pacsNodes();
    auto same = std::find_if(nodes.begin(), nodes.end(),
                             [&c](const ConfiguredNode& n) { return n.name == c.name; });
    if (same != nodes.end()) *same = c;
    else nodes << c;
    settings_->setPacsNodes(nodes);
    name_->setText(c.name);
    reloadNodes(c.name);
}

void PacsNodeEditor::removeCurrent() {
    QList<ConfiguredNode> nodes = settings_->pacsNodes();
    const QString name = name_->text().trimmed();
    nodes.erase(std::remove_if(nodes.begin(), nodes.end(),
                               [&name](const ConfiguredNode& n) { return n.name == name; }),
                nodes.end());
    settings_->setPacsNodes(nodes);
    reloadNodes({});
    choose(0);
}

}  // namespace dermalens::ui
