#include "dialogs/ProblemsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace dermalens::ui {

ProblemsDialog::ProblemsDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Problems"));
    setModal(false);
    resize(640, 320);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("These files could not be read or analysed; the others are shown."), this));
    list_ = new QListWidget(this);
    list_->setAlternatingRowColors(true);
    layout->addWidget(list_, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Our own text: Qt's translations (qtbase_*.qm) may be missing and have no Kazakh.
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    auto* clearButton = buttons->addButton(tr("Clear"), QDialogButtonBox::ResetRole);
    connect(clearButton, &QPushButton::clicked, this, &ProblemsDialog::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    layout->addWidget(buttons);
}

void ProblemsDialog::add(const QString& path, const QString& reason) {
    const QString text =
        reason.contains(path) || path.isEmpty() ? reason : path + QStringLiteral(": ") + reason;
    if (!list_->findItems(text, Qt::MatchExactly).isEmpty()) return;  // one line per problem
    auto* item = new QListWidgetItem(text, list_);
    item->setToolTip(path);
    Q_EMIT countChanged(count());
}

void ProblemsDialog::clear() {
    list_->clear();
    Q_EMIT countChanged(0);
}

int ProblemsDialog::count() const { return list_->count(); }

QStringList ProblemsDialog::entries() const {
    QStringList out;
    for (int i = 0; i < list_->count(); ++i) out << list_->item(i)->text();
    return out;
}

}  // namespace dermalens::ui
