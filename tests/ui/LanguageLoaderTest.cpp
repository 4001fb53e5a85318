#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include "services/LanguageLoader.h"

using dermalens::ui::LanguageLoader;

TEST(LanguageLoaderTest, EveryLanguageHasACompiledTranslation) {
    for (const QString& code : LanguageLoader::available()) {
        const QString path = LanguageLoader::qmPath(code);
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
        QTranslator translator;
        EXPECT_TRUE(translator.load(path)) << path.toStdString();
    }
}

TEST(LanguageLoaderTest, RussianTranslatesTheDisclaimer) {
    QTranslator translator;
    ASSERT_TRUE(translator.load(LanguageLoader::qmPath(QStringLiteral("ru"))));
    const QString text = translator.translate("dermalens::ui::PredictionPanel",
                                              "Decision support only — not a diagnosis.");
    EXPECT_FALSE(text.isEmpty());
    EXPECT_NE(text, QStringLiteral("Decision support only — not a diagnosis."));
}

TEST(LanguageLoaderTest, EnglishAndUnknownCodesInstallNothing) {
    EXPECT_FALSE(LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("en")));
    EXPECT_FALSE(LanguageLoader::install(QCoreApplication::instance(), QStringLiteral("xx")));
}
