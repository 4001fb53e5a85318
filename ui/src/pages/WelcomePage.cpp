#include "pages/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dermalens::ui {
namespace {

QPushButton* bigButton(const QString& text, const QString& detail, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(QStringLiteral("welcomeButton"));
    button->setText(text + u'\n' + detail);
    button->setMinimumSize(220, 96);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* title = new QLabel(QStringLiteral("Dermalens"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto* subtitle = new QLabel(tr("Offline dermoscopy review with AI decision support"), this);
    subtitle->setObjectName(QStringLiteral("welcomeSubtitle"));
    subtitle->setAlignment(Qt::AlignCenter);
    outer->addWidget(subtitle);
    outer->addSpacing(32);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    auto* images = bigButton(tr("Open Images…"), tr("JPEG, PNG, TIFF, DICOM (Ctrl+O)"), this);
    auto* folder =
        bigButton(tr("Open Folder…"), tr("A patient or study folder (Ctrl+Shift+O)"), this);
    auto* demo = bigButton(tr("Open Demo Study"), tr("SYNTHETIC data, no patients"), this);
    for (auto* b : {images, folder, demo}) row->addWidget(b);
    row->setSpacing(16);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addSpacing(24);
    auto* hint = new QLabel(tr("Or drop files and folders onto this window."), this);
    hint->setObjectName(QStringLiteral("secondaryText"));
    hint->setAlignment(Qt::AlignCenter);
    outer->addWidget(hint);
    modelStatus_ = new QLabel(this);
    modelStatus_->setObjectName(QStringLiteral("secondaryText"));
    modelStatus_->setAlignment(Qt::AlignCenter);
    modelStatus_->setWordWrap(true);
    outer->addWidget(modelStatus_);
    outer->addStretch(3);
    auto* disclaimer =
        new QLabel(tr("Decision support only — not a diagnosis. Not a medical device."), this);
    disclaimer->setObjectName(QStringLiteral("disclaimer"));
    disclaimer->setAlignment(Qt::AlignCenter);
    outer->addWidget(disclaimer);

    connect(images, &QPushButton::clicked, this, &WelcomePage::openImagesRequested);
    connect(folder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::openDemoRequested);
}

void WelcomePage::setModelStatus(const QString& text) { modelStatus_->setText(text); }

}  // namespace dermalens::ui
