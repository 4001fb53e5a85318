<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>BodyMapView</name>
    <message>
        <source>face</source>
        <translation>лицо</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>волосистая часть головы</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>шея</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>грудь</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>верхняя часть спины</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>живот</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>поясница</translation>
    </message>
    <message>
        <source>groin</source>
        <translation>паховая область</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>ягодица</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>плечо</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>предплечье</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>кисть</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>бедро</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>голень</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>стопа</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>both images calibrated</source>
        <translation>оба изображения откалиброваны</translation>
    </message>
    <message>
        <source>aligned on the surrounding skin</source>
        <translation>совмещены по окружающей коже</translation>
    </message>
    <message>
        <source>no common scale</source>
        <translation>нет общего масштаба</translation>
    </message>
    <message>
        <source>Sizes not comparable: the images are not calibrated and the skin around the lesion could not be aligned (%1). Calibrate both images to compare them.</source>
        <translation>Размеры несопоставимы: изображения не откалиброваны, а кожу вокруг образования не удалось совместить (%1). Откалибруйте оба изображения, чтобы сравнить их.</translation>
    </message>
    <message>
        <source>Area ratio: %1 (%2 → %3 %4)</source>
        <translation>Отношение площадей: %1 (%2 → %3 %4)</translation>
    </message>
    <message>
        <source>Longest diameter: %1 %2 (%3 → %4 %2, ratio %5)</source>
        <translation>Наибольший диаметр: %1 %2 (%3 → %4 %2, отношение %5)</translation>
    </message>
    <message>
        <source>Sizes compared: %1</source>
        <translation>Сравнение размеров: %1</translation>
    </message>
    <message>
        <source>Alignment trusted (%1 matching points, correlation %2)</source>
        <translation>Совмещение надёжно (%1 совпадающих точек, корреляция %2)</translation>
    </message>
    <message>
        <source>Alignment not trusted: %1</source>
        <translation>Совмещение ненадёжно: %1</translation>
    </message>
    <message>
        <source>Visits compared: %1 → %2</source>
        <translation>Сравниваемые визиты: %1 → %2</translation>
    </message>
    <message>
        <source>Colour change: ΔE %1 (mean L*a*b*), distribution distance %2</source>
        <translation>Изменение цвета: ΔE %1 (среднее L*a*b*), расстояние распределений %2</translation>
    </message>
    <message>
        <source>Border: compactness %1, solidity %2</source>
        <translation>Граница: компактность %1, выпуклость %2</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменилось</translation>
    </message>
    <message>
        <source>New since the previous visit</source>
        <translation>Новое с предыдущего визита</translation>
    </message>
    <message>
        <source>Changed beyond the threshold since the previous visit</source>
        <translation>С предыдущего визита изменилось больше порогового значения</translation>
    </message>
    <message>
        <source>Unchanged since the previous visit</source>
        <translation>Без изменений с предыдущего визита</translation>
    </message>
    <message>
        <source>Not comparable with the previous visit</source>
        <translation>Несопоставимо с предыдущим визитом</translation>
    </message>
    <message>
        <source>Not photographed at the latest visit</source>
        <translation>Не снято на последнем визите</translation>
    </message>
    <message>
        <source>Only one visit</source>
        <translation>Только один визит</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 values</source>
        <translation>значений: %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Malignant</source>
        <translation>Злокачественный</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Обучающие данные</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Measured performance</source>
        <translation>Измеренные показатели эффективности</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Warnings: unusual images and low confidence</source>
        <translation>Предупреждения: необычные изображения и низкая уверенность</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>Показатели по подгруппам</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Expected input</source>
        <translation>Ожидаемые входные изображения</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Валидация</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <source>Evaluation protocol</source>
        <translation>Протокол оценки</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Точность</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Сбалансированная точность</translation>
    </message>
    <message>
        <source>Melanoma AUC</source>
        <translation>AUC для меланомы</translation>
    </message>
    <message>
        <source>Malignant AUC</source>
        <translation>AUC для злокачественных образований</translation>
    </message>
    <message>
        <source>Recall per class</source>
        <translation>Чувствительность по классам</translation>
    </message>
    <message>
        <source>ECE before calibration</source>
        <translation>ECE до калибровки</translation>
    </message>
    <message>
        <source>ECE after calibration</source>
        <translation>ECE после калибровки</translation>
    </message>
    <message>
        <source>NLL before calibration</source>
        <translation>NLL до калибровки</translation>
    </message>
    <message>
        <source>NLL after calibration</source>
        <translation>NLL после калибровки</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Число изображений</translation>
    </message>
    <message>
        <source>Classes present</source>
        <translation>Представленные классы</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Возрастная группа</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Локализация</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Maximum normalised entropy</source>
        <translation>Максимальная нормированная энтропия</translation>
    </message>
    <message>
        <source>Maximum embedding distance</source>
        <translation>Максимальное расстояние в пространстве признаков</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Ссылка для цитирования</translation>
    </message>
    <message>
        <source>Data split</source>
        <translation>Разбиение данных</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Достигнуто</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Отставание</translation>
    </message>
    <message>
        <source>How well the heatmap points at what the model uses: the image&apos;s pixels are removed (deletion) or restored (insertion) in the map&apos;s order, most highlighted first, and the probability of the explained class is followed. The area under that curve is compared with random maps of the same grid.</source>
        <translation>Насколько точно тепловая карта указывает на то, чем пользуется модель: пиксели изображения удаляются (deletion) или восстанавливаются (insertion) в порядке карты, начиная с наиболее выделенных, и отслеживается вероятность объясняемого класса. Площадь под этой кривой сравнивается со случайными картами на той же сетке.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <source>Random map</source>
        <translation>Случайная карта</translation>
    </message>
    <message>
        <source>Deletion AUC (lower is better)</source>
        <translation>AUC удаления (чем меньше, тем лучше)</translation>
    </message>
    <message>
        <source>Insertion AUC (higher is better)</source>
        <translation>AUC вставки (чем больше, тем лучше)</translation>
    </message>
    <message>
        <source>%1 images (%2), map grid %3 cells, %4 steps. %5</source>
        <translation>Изображений: %1 (%2), сетка карты: %3 ячеек, шагов: %4. %5</translation>
    </message>
</context>
<context>
    <name>dermalens::report::ReportText</name>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>de-identified: no name, identifier, birth date or free text</source>
        <translation>обезличено: без имени, идентификатора, даты рождения и свободного текста</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Данные</translation>
    </message>
    <message>
        <source>synthetic test patient</source>
        <translation>синтетический тестовый пациент</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Images in this report</source>
        <translation>Изображения в отчёте</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>No Grad-CAM: %1</source>
        <translation>Нет Grad-CAM: %1</translation>
    </message>
    <message>
        <source>; scaled per image, not comparable across images</source>
        <translation>; масштаб для каждого изображения свой, между изображениями несопоставимо</translation>
    </message>
    <message>
        <source>AI result</source>
        <translation>Результат ИИ</translation>
    </message>
    <message>
        <source>not analysed with the loaded model</source>
        <translation>не анализировалось загруженной моделью</translation>
    </message>
    <message>
        <source>Malignant probability (calibrated)</source>
        <translation>Вероятность злокачественности (калиброванная)</translation>
    </message>
    <message>
        <source>Top class</source>
        <translation>Наиболее вероятный класс</translation>
    </message>
    <message>
        <source>Most likely classes</source>
        <translation>Наиболее вероятные классы</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>без ранга</translation>
    </message>
    <message>
        <source>%1 of %2 (robust z %3)%4</source>
        <translation>%1 из %2 (робастный z %3)%4</translation>
    </message>
    <message>
        <source>: OUTLIER</source>
        <translation>: ВЫБРОС</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>Ранг «гадкого утёнка»</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>longest diameter %1 %2, area %3 %4</source>
        <translation>наибольший диаметр %1 %2, площадь %3 %4</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Измерение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Clinician and AI</source>
        <translation>Врач и ИИ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Lesion %1: %2</source>
        <translation>Образование %1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>no model was loaded</source>
        <translation>модель не была загружена</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>SHA-256 весов</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Lesion report</source>
        <translation>Отчёт по образованию</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Отчёт по пациенту</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Образования</translation>
    </message>
    <message>
        <source>No lesion has an image.</source>
        <translation>Ни у одного образования нет изображения.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) without a current analysis.</source>
        <translation>
            <numerusform>%n образование без текущего анализа.</numerusform>
            <numerusform>%n образования без текущего анализа.</numerusform>
            <numerusform>%n образований без текущего анализа.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Создан %1</translation>
    </message>
    <message>
        <source>Dermalens: %1</source>
        <translation>Dermalens: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>страница %1 из %2</translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation>визит %1 (%2)</translation>
    </message>
    <message>
        <source>visit %1 (day %2)</source>
        <translation>визит %1 (день %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указан</translation>
    </message>
    <message>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <source>right</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>midline / both</source>
        <translation>по средней линии / с обеих сторон</translation>
    </message>
    <message>
        <source>dermoscopic</source>
        <translation>дерматоскопическое</translation>
    </message>
    <message>
        <source>clinical close-up</source>
        <translation>клиническое крупным планом</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>обзорное</translation>
    </message>
    <message>
        <source>new since the previous visit</source>
        <translation>новое с предыдущего визита</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменилось</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>несопоставимо</translation>
    </message>
    <message>
        <source>not imaged at the latest visit</source>
        <translation>не снято на последнем визите</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>один визит</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>reassure</source>
        <translation>успокоить пациента</translation>
    </message>
    <message>
        <source>monitor, review in %1 months</source>
        <translation>наблюдение, повторный осмотр через %1 мес.</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>excise</source>
        <translation>иссечение</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>направление</translation>
    </message>
    <message>
        <source>refer to %1</source>
        <translation>направление: %1</translation>
    </message>
    <message>
        <source>agrees with the AI result</source>
        <translation>согласен с результатом ИИ</translation>
    </message>
    <message>
        <source>disagrees with the AI result</source>
        <translation>не согласен с результатом ИИ</translation>
    </message>
    <message>
        <source>OUT OF DISTRIBUTION: unlike the training images</source>
        <translation>НЕОБЫЧНОЕ ИЗОБРАЖЕНИЕ: не похоже на обучающие изображения</translation>
    </message>
    <message>
        <source>LOW CONFIDENCE: the classes are close</source>
        <translation>НИЗКАЯ УВЕРЕННОСТЬ: классы близки</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>patient</comment>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Grad-CAM for %1 (%2, opacity following the map up to %3 %%4)</source>
        <translation>Grad-CAM для класса «%1» (%2, непрозрачность следует карте, до %3 %%4)</translation>
    </message>
    <message>
        <source>Suspicious (operating point %1)</source>
        <translation>Подозрительное (рабочая точка %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>model</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>чувствительность %1&#xa0;% для меланомы</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>чувствительность %1&#xa0;% для злокачественных</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>индекс Юдена для меланомы</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>индекс Юдена для злокачественных</translation>
    </message>
    <message>
        <source>SUSPICIOUS (at or above %1)</source>
        <translation>ПОДОЗРИТЕЛЬНОЕ (не ниже %1)</translation>
    </message>
    <message>
        <source>no (below %1)</source>
        <translation>нет (ниже %1)</translation>
    </message>
    <message>
        <source>Operating point: none (no model was loaded, no lesion is called suspicious)</source>
        <translation>Рабочая точка: нет (модель не была загружена, ни одно образование не считается подозрительным)</translation>
    </message>
    <message>
        <source>Operating point: default, threshold %1 (the model card has no validation ROC)</source>
        <translation>Рабочая точка: по умолчанию, порог %1 (в карточке модели нет ROC-кривой по валидационной выборке)</translation>
    </message>
    <message>
        <source>Operating point: %1 (sensitivity %2, specificity %3 on the validation fold), threshold %4</source>
        <translation>Рабочая точка: %1 (чувствительность %2, специфичность %3 на валидационной выборке), порог %4</translation>
    </message>
    <message>
        <source>%1: a calibrated malignant probability at or above the threshold is called suspicious; the ugly-duckling rank weighs each lesion&apos;s malignant evidence against the patient&apos;s own lesions, and the first is called most unusual when its score is at least %2 and its malignant probability at least %3; out-of-distribution and low-confidence results are flagged.</source>
        <translation>%1: образование считается подозрительным, если его калиброванная вероятность злокачественности не ниже порога; ранг «гадкого утёнка» соотносит признаки злокачественности каждого образования с остальными образованиями того же пациента, и первое по рангу считается самым необычным, если его балл не меньше %2, а вероятность злокачественности — не меньше %3; необычные изображения (вне распределения) и результаты с низкой уверенностью отмечаются.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AiAgreementBox</name>
    <message>
        <source>AI result on screen</source>
        <translation>Результат ИИ на экране</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласен</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Не согласен</translation>
    </message>
    <message>
        <source>No AI result on screen for this image.</source>
        <translation>Для этого изображения на экране нет результата ИИ.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisProgress</name>
    <message>
        <source>Analysing images…</source>
        <translation>Анализ изображений…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Анализ</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisService</name>
    <message>
        <source>unexpected error while loading the model</source>
        <translation>непредвиденная ошибка при загрузке модели</translation>
    </message>
    <message>
        <source>unexpected error during analysis</source>
        <translation>непредвиденная ошибка при анализе</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AssignDialog</name>
    <message>
        <source>Assign to Patient / Lesion</source>
        <translation>Назначить пациенту / образованию</translation>
    </message>
    <message>
        <source>Move the images of the selected lesions to another patient or lesion. A new name creates a new patient or lesion.</source>
        <translation>Переместить изображения выбранных образований к другому пациенту или образованию. Новое имя создаёт нового пациента или новое образование.</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Пациент:</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>&amp;Образование:</translation>
    </message>
    <message>
        <source>Pick a patient or type a name for a new patient</source>
        <translation>Выберите пациента или введите имя нового пациента</translation>
    </message>
    <message>
        <source>Pick a lesion or type a new lesion label; leave empty to keep the lesions as they are</source>
        <translation>Выберите образование или введите название нового; оставьте пустым, чтобы сохранить образования как есть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Время (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Рабочая станция</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Все действия</translation>
    </message>
    <message>
        <source>Object or details contain…</source>
        <translation>Объект или подробности содержат…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Экспорт в JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал аудита: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The chain cannot be checked: %1</source>
        <translation>Не удаётся проверить цепочку: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Цепочка не нарушена: проверена %n запись.</numerusform>
            <numerusform>Цепочка не нарушена: проверено %n записи.</numerusform>
            <numerusform>Цепочка не нарушена: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Цепочка НАРУШЕНА на записи %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: не удаётся записать: %2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapPanel</name>
    <message>
        <source>Body map</source>
        <translation>Карта тела</translation>
    </message>
    <message>
        <source>This lesion has no images yet: assign images to it (Edit &gt; Assign to Patient / Lesion…).</source>
        <translation>У этого образования пока нет изображений: назначьте ему изображения (Правка &gt; Назначить пациенту / образованию…).</translation>
    </message>
    <message>
        <source>Click a pin to open its lesion; click the figure to place a lesion there.</source>
        <translation>Щёлкните метку, чтобы открыть её образование; щёлкните по фигуре, чтобы поместить туда образование.</translation>
    </message>
    <message>
        <source>Reading the lesions&apos; positions…</source>
        <translation>Чтение расположения образований…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesion(s) on the map</source>
        <translation>
            <numerusform>%1 из %n образования на карте</numerusform>
            <numerusform>%1 из %n образований на карте</numerusform>
            <numerusform>%1 из %n образований на карте</numerusform>
        </translation>
    </message>
    <message>
        <source>Place “%1” here</source>
        <translation>Поместить «%1» сюда</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Переместить сюда</translation>
    </message>
    <message>
        <source>&amp;New lesion here</source>
        <translation>&amp;Новое образование здесь</translation>
    </message>
    <message>
        <source>%1 placed: %2</source>
        <translation>%1 размещено: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>Карта тела</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1, слева</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>%1, справа</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1: the most unusual lesion</source>
        <translation>Ранг «гадкого утёнка» %1: самое необычное образование</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1</source>
        <translation>Ранг «гадкого утёнка» %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) — click to open</source>
        <translation>
            <numerusform>%n изображение — щёлкните, чтобы открыть</numerusform>
            <numerusform>%n изображения — щёлкните, чтобы открыть</numerusform>
            <numerusform>%n изображений — щёлкните, чтобы открыть</numerusform>
        </translation>
    </message>
    <message>
        <source>No images yet: assign images to this lesion</source>
        <translation>Изображений пока нет: назначьте изображения этому образованию</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Спереди</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Сзади</translation>
    </message>
    <message>
        <source>R</source>
        <comment>patient&apos;s right</comment>
        <translation>П</translation>
    </message>
    <message>
        <source>L</source>
        <comment>patient&apos;s left</comment>
        <translation>Л</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ClassNames</name>
    <message>
        <source>Actinic keratosis / intraepithelial carcinoma</source>
        <translation>Актинический кератоз / интраэпителиальная карцинома</translation>
    </message>
    <message>
        <source>Basal cell carcinoma</source>
        <translation>Базальноклеточный рак</translation>
    </message>
    <message>
        <source>Benign keratosis-like lesion</source>
        <translation>Доброкачественное кератозоподобное образование</translation>
    </message>
    <message>
        <source>Dermatofibroma</source>
        <translation>Дерматофиброма</translation>
    </message>
    <message>
        <source>Melanoma</source>
        <translation>Меланома</translation>
    </message>
    <message>
        <source>Melanocytic nevus</source>
        <translation>Меланоцитарный невус</translation>
    </message>
    <message>
        <source>Vascular lesion</source>
        <translation>Сосудистое образование</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ColorLegend</name>
    <message>
        <source>low evidence</source>
        <translation>слабый вклад</translation>
    </message>
    <message>
        <source>high evidence</source>
        <translation>сильный вклад</translation>
    </message>
    <message>
        <source>Fixed scale across this lesion&apos;s visits: colours are comparable between its images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>Единая шкала для всех визитов этого образования: цвета сопоставимы между его изображениями. Непрозрачность цвета соответствует вкладу: нулевой вклад прозрачен.</translation>
    </message>
    <message>
        <source>Per-image min-max: colours are not comparable across images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>Мин.–макс. по каждому изображению: цвета несопоставимы между изображениями. Непрозрачность цвета соответствует вкладу: нулевой вклад прозрачен.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::CompareView</name>
    <message>
        <source>◀ Patient</source>
        <translation>◀ Пациент</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s lesions (Esc)</source>
        <translation>Назад к образованиям пациента (Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan are synchronised</source>
        <translation>Масштаб и прокрутка синхронизированы</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n lesion(s) — %1</source>
        <translation>
            <numerusform>Сравнение %n образования — %1</numerusform>
            <numerusform>Сравнение %n образований — %1</numerusform>
            <numerusform>Сравнение %n образований — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>злокачественность %1 %</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ContourOverlay</name>
    <message>
        <source>Drag to correct the outline</source>
        <translation>Перетащите, чтобы исправить контур</translation>
    </message>
    <message>
        <source>Lesion outline (drawn or corrected by the user)</source>
        <translation>Контур образования (нарисован или исправлен пользователем)</translation>
    </message>
    <message>
        <source>Lesion outline (found automatically)</source>
        <translation>Контур образования (найден автоматически)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::DicomExportDialog</name>
    <message>
        <source>Export DICOM</source>
        <translation>Экспорт DICOM</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Новая или пустая папка</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Целевая папка</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>De-identify (DICOM PS3.15 Basic Profile)</source>
        <translation>Обезличить (базовый профиль DICOM PS3.15)</translation>
    </message>
    <message>
        <source>Keep dates (Retain Longitudinal Temporal Information)</source>
        <translation>Сохранить даты (Retain Longitudinal Temporal Information)</translation>
    </message>
    <message>
        <source>Patient name and ID in the files (empty: a code)</source>
        <translation>Имя и ID пациента в файлах (пусто — код)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Export DICOM Into</source>
        <translation>Экспорт DICOM в папку</translation>
    </message>
    <message>
        <source>Choose a target folder.</source>
        <translation>Выберите целевую папку.</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>Экспорт уже выполняется.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left in %1.</source>
        <translation>Экспорт отменён; в %1 ничего не осталось.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Ошибка экспорта: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) written to %1</source>
        <translation>
            <numerusform>%n объект записан в %1</numerusform>
            <numerusform>%n объекта записано в %1</numerusform>
            <numerusform>%n объектов записано в %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (de-identified)</source>
        <translation> (обезличено)</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>Пропущено %1: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingText</name>
    <message>
        <source>Reassure</source>
        <translation>Успокоить пациента</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Excise</source>
        <translation>Иссечение</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указано</translation>
    </message>
    <message numerus="yes">
        <source>Monitor, review in %n month(s)</source>
        <translation>
            <numerusform>Наблюдение, повторный осмотр через %n месяц</numerusform>
            <numerusform>Наблюдение, повторный осмотр через %n месяца</numerusform>
            <numerusform>Наблюдение, повторный осмотр через %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>Направление: %1</translation>
    </message>
    <message>
        <source>agrees with the AI</source>
        <translation>согласен с ИИ</translation>
    </message>
    <message>
        <source>disagrees with the AI</source>
        <translation>не согласен с ИИ</translation>
    </message>
    <message>
        <source>AI agreement not stated</source>
        <translation>согласие с ИИ не указано</translation>
    </message>
    <message>
        <source>atypical pigment network</source>
        <translation>атипичная пигментная сеть</translation>
    </message>
    <message>
        <source>blue-whitish veil</source>
        <translation>бело-голубая вуаль</translation>
    </message>
    <message>
        <source>atypical vascular pattern</source>
        <translation>атипичный сосудистый рисунок</translation>
    </message>
    <message>
        <source>irregular streaks</source>
        <translation>нерегулярные полосы</translation>
    </message>
    <message>
        <source>irregular pigmentation</source>
        <translation>нерегулярная пигментация</translation>
    </message>
    <message>
        <source>irregular dots/globules</source>
        <translation>нерегулярные точки/глобулы</translation>
    </message>
    <message>
        <source>regression structures</source>
        <translation>структуры регресса</translation>
    </message>
    <message>
        <source>Total %1 (major %2, minor %3)</source>
        <translation>Итого %1 (большие %2, малые %3)</translation>
    </message>
    <message>
        <source>≥ %1 suggests melanoma, consider excision</source>
        <translation>≥ %1 — подозрение на меланому, рассмотрите иссечение</translation>
    </message>
    <message>
        <source>below %1, no melanoma suggested</source>
        <translation>менее %1 — данных за меланому нет</translation>
    </message>
    <message>
        <source>Scored: %1</source>
        <translation>Учтено: %1</translation>
    </message>
    <message>
        <source>Not assessed (score incomplete): %1</source>
        <translation>Не оценено (балл неполный): %1</translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>злокачественность %1&#xa0;%</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>низкая уверенность</translation>
    </message>
    <message>
        <source>unusual image (out of distribution)</source>
        <translation>необычное изображение (вне распределения)</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>врач не указан</translation>
    </message>
    <message>
        <source>7-point %1</source>
        <translation>7-пунктовый список: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingsForm</name>
    <message>
        <source>Free-text notes</source>
        <translation>Заметки (свободный текст)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Тактика ведения</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>Ваше имя (запоминается)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Врач</translation>
    </message>
    <message>
        <source>Save Finding</source>
        <translation>Сохранить заключение</translation>
    </message>
    <message>
        <source>Record this assessment; earlier findings are kept</source>
        <translation>Записать эту оценку; прежние заключения сохраняются</translation>
    </message>
    <message>
        <source>Earlier findings of this lesion</source>
        <translation>Прежние заключения по этому образованию</translation>
    </message>
    <message>
        <source>No finding recorded for this visit yet.</source>
        <translation>Для этого визита заключение ещё не записано.</translation>
    </message>
    <message>
        <source>Newest finding of this visit: %1 by %2.</source>
        <translation>Последнее заключение этого визита: %1, врач: %2.</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>врач не указан</translation>
    </message>
    <message>
        <source>AI then: %1 (%2).</source>
        <translation>ИИ на тот момент: %1 (%2).</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>этот визит</translation>
    </message>
    <message>
        <source>another visit</source>
        <translation>другой визит</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Enter your name to sign the finding.</source>
        <translation>Введите своё имя, чтобы подписать заключение.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageQualityNote</name>
    <message>
        <source>Image quality</source>
        <translation>Качество изображения</translation>
    </message>
    <message>
        <source>Blurred image — prediction may be unreliable</source>
        <translation>Размытое изображение — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Image too dark — prediction may be unreliable</source>
        <translation>Изображение слишком тёмное — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Image too bright (clipped) — prediction may be unreliable</source>
        <translation>Изображение слишком светлое (пересвет) — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Skin-marker ink in the image — prediction may be unreliable</source>
        <translation>На изображении следы маркера для кожи — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Ruler in the image — prediction may be unreliable</source>
        <translation>На изображении линейка — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Heavy hair over the lesion — prediction may be unreliable</source>
        <translation>Густые волосы над образованием — результат может быть ненадёжным</translation>
    </message>
    <message>
        <source>Checking image quality…</source>
        <translation>Проверка качества изображения…</translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation>Хранилище записей не открыто.</translation>
    </message>
    <message>
        <source>%1: %2 (threshold %3)</source>
        <translation>%1: %2 (порог %3)</translation>
    </message>
    <message>
        <source>No blur, exposure, ink, ruler or heavy-hair problem found.</source>
        <translation>Проблем с резкостью, экспозицией, следами маркера, линейкой или густыми волосами не обнаружено.</translation>
    </message>
    <message>
        <source>Image quality not checked: %1</source>
        <translation>Качество изображения не проверено: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>%1 px (not calibrated)</source>
        <translation>%1 пикс. (без калибровки)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Импорт уже выполняется.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>Чтение %n элемента…</numerusform>
            <numerusform>Чтение %n элементов…</numerusform>
            <numerusform>Чтение %n элементов…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while reading the files.</source>
        <translation>Непредвиденная ошибка при чтении файлов.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>Читаемые изображения не найдены.</translation>
    </message>
    <message>
        <source>Some images need your review before they are imported.</source>
        <translation>Некоторые изображения нужно проверить перед импортом.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n image(s)…</source>
        <translation>
            <numerusform>Импорт %n изображения…</numerusform>
            <numerusform>Импорт %n изображений…</numerusform>
            <numerusform>Импорт %n изображений…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while importing.</source>
        <translation>Непредвиденная ошибка при импорте.</translation>
    </message>
    <message>
        <source>Import cancelled; the images imported before that are kept.</source>
        <translation>Импорт отменён; изображения, импортированные до этого, сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>Импортировано %n изображение</numerusform>
            <numerusform>Импортировано %n изображения</numerusform>
            <numerusform>Импортировано %n изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store</source>
        <translation>
            <numerusform>%n уже в хранилище</numerusform>
            <numerusform>%n уже в хранилище</numerusform>
            <numerusform>%n уже в хранилище</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see Problems)</source>
        <translation>
            <numerusform>%n пропущено (см. «Проблемы»)</numerusform>
            <numerusform>%n пропущено (см. «Проблемы»)</numerusform>
            <numerusform>%n пропущено (см. «Проблемы»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Проверка импорта</translation>
    </message>
    <message>
        <source>Check what will be imported. Items marked “Review” could not be grouped with confidence: choose the lesion each belongs to, a new lesion, or skip it. Nothing is saved until you press Import.</source>
        <translation>Проверьте, что будет импортировано. Элементы с пометкой «Проверка» не удалось уверенно сгруппировать: выберите образование, к которому относится каждый, новое образование или пропустите его. Ничего не сохраняется, пока вы не нажмёте «Импорт».</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Не читается</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>Решение для %1</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>Добавить к: %1</translation>
    </message>
    <message>
        <source>lesion %1</source>
        <translation>образование %1</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>Новое образование</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (новый)</translation>
    </message>
    <message>
        <source>unnamed lesion</source>
        <translation>образование без названия</translation>
    </message>
    <message>
        <source>%1 new · %2 duplicate · %3 to review · %4 unreadable</source>
        <translation>новых: %1 · дубликатов: %2 · к проверке: %3 · не читается: %4</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>Импортировать %n изображение</numerusform>
            <numerusform>Импортировать %n изображения</numerusform>
            <numerusform>Импортировать %n изображений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::InlineProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionPage</name>
    <message>
        <source>◀ Patient</source>
        <translation>◀ Пациент</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s lesions (Esc)</source>
        <translation>Назад к образованиям пациента (Esc)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Follow-up visits of this lesion</source>
        <translation>Контрольные визиты по этому образованию</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>По размеру</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Вписать изображение в окно (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Один пиксель изображения на пиксель экрана (1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Измерить</translation>
    </message>
    <message>
        <source>Drag a line on the image to measure it</source>
        <translation>Проведите линию на изображении, чтобы измерить её</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Калибровка…</translation>
    </message>
    <message>
        <source>Tell the length of the drawn line in mm</source>
        <translation>Укажите длину проведённой линии в мм</translation>
    </message>
    <message>
        <source>Visit %1%2</source>
        <translation>Визит %1%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Pixel spacing known</source>
        <translation>Размер пикселя известен</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>No model loaded: %1</source>
        <translation>Модель не загружена: %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>Draw a line first (Measure)</source>
        <translation>Сначала проведите линию (Измерить)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Калибровка</translation>
    </message>
    <message>
        <source>Length of the drawn line (mm):</source>
        <translation>Длина проведённой линии (мм):</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>нет модели</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel</source>
        <translation>Откалибровано: %1 мм на пиксель</translation>
    </message>
    <message>
        <source>calibration saved</source>
        <translation>калибровка сохранена</translation>
    </message>
    <message>
        <source>&amp;Delete This Image…</source>
        <translation>&amp;Удалить это изображение…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Динамика…</translation>
    </message>
    <message>
        <source>Compare this lesion&apos;s visits: aligned overlay and change figures</source>
        <translation>Сравнить визиты этого образования: совмещённое наложение и показатели изменений</translation>
    </message>
    <message>
        <source>Why this rank?</source>
        <translation>Почему такой ранг?</translation>
    </message>
    <message>
        <source>How this lesion compares with the patient&apos;s other lesions</source>
        <translation>Как это образование соотносится с другими образованиями пациента</translation>
    </message>
    <message>
        <source>Keep Line</source>
        <translation>Сохранить линию</translation>
    </message>
    <message>
        <source>Store the drawn line as a measurement of this image</source>
        <translation>Сохранить проведённую линию как измерение этого изображения</translation>
    </message>
    <message>
        <source>AI Result</source>
        <translation>Результат ИИ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Заключения</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <source>Line kept (see Measurements)</source>
        <translation>Линия сохранена (см. «Измерения»)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTile</name>
    <message>
        <source>Most unusual</source>
        <translation>Самое необычное</translation>
    </message>
    <message>
        <source>Rank 1</source>
        <translation>Ранг 1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>Malignant %1 %</source>
        <translation>Злокач. %1&#xa0;%</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1 · z %2</source>
        <translation>Ранг «гадкого утёнка» %1 · z %2</translation>
    </message>
    <message>
        <source>Ugly-duckling rank pending</source>
        <translation>Ранг «гадкого утёнка» ещё не определён</translation>
    </message>
    <message>
        <source>⚠ low confidence / unusual image</source>
        <translation>⚠ низкая уверенность / необычное изображение</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <source>No ugly-duckling rank: one lesion</source>
        <translation>Нет ранга «гадкого утёнка»: одно образование</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Подозрительное</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTileModel</name>
    <message>
        <source>could not be analysed</source>
        <translation>не удалось проанализировать</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>ещё не проанализировано</translation>
    </message>
    <message>
        <source>Suspicious at: %1</source>
        <translation>Порог подозрительности: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Open Images…</source>
        <translation>&amp;Открыть изображения…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Открыть &amp;папку…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo Study</source>
        <translation>Открыть &amp;демо-исследование</translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation>&amp;Экспорт вида в PNG…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Backup Store…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <source>&amp;Restore Store…</source>
        <translation>Восс&amp;тановить хранилище…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>&amp;Назначить пациенту / образованию…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>&amp;Удалить образование…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>По размеру &amp;окна</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Реальный размер (100 %)</translation>
    </message>
    <message>
        <source>Toggle &amp;Grad-CAM Overlay</source>
        <translation>Наложение &amp;Grad-CAM (вкл./выкл.)</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Проблемы…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <source>Analyse &amp;Patient</source>
        <translation>Анализ &amp;пациента</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Analyse &amp;All</source>
        <translation>Анализ &amp;всех</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Model Card…</source>
        <translation>&amp;Карточка модели…</translation>
    </message>
    <message>
        <source>&amp;About Dermalens</source>
        <translation>&amp;О программе Dermalens</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Открыть изображения</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;All files (*)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Export View as PNG</source>
        <translation>Экспорт вида в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ошибка экспорта</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>Хранилище записей</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language changes the next time Dermalens starts.</source>
        <translation>Язык изменится при следующем запуске Dermalens.</translation>
    </message>
    <message>
        <source>Assign failed</source>
        <translation>Не удалось назначить</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>этого пациента</translation>
    </message>
    <message>
        <source>Delete Patient</source>
        <translation>Удаление пациента</translation>
    </message>
    <message>
        <source>Delete %1 with all lesions and images?</source>
        <translation>Удалить %1 со всеми образованиями и изображениями?</translation>
    </message>
    <message>
        <source>Delete Lesion</source>
        <translation>Удаление образования</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lesion(s) with all their images?</source>
        <translation>
            <numerusform>Удалить %n образование со всеми изображениями?</numerusform>
            <numerusform>Удалить %n образования со всеми изображениями?</numerusform>
            <numerusform>Удалить %n образований со всеми изображениями?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Удаление изображения</translation>
    </message>
    <message>
        <source>Delete this image and its analyses?</source>
        <translation>Удалить это изображение и его анализы?</translation>
    </message>
    <message>
        <source>About Dermalens</source>
        <translation>О программе Dermalens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;Offline dermoscopy viewer with AI decision support.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only — not a diagnosis. Not a medical device.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;Автономная программа просмотра дерматоскопических изображений с поддержкой принятия решений на основе ИИ.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Только поддержка принятия решений — не диагноз. Не является медицинским изделием.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Экспорт от&amp;чёта…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export &amp;DICOM…</source>
        <translation>Экспорт &amp;в DICOM…</translation>
    </message>
    <message>
        <source>&amp;PACS…</source>
        <translation>&amp;Связь с PACS…</translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation>&amp;Карта тела</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Журнал аудита…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MainWindow</name>
    <message>
        <source>Loading the model…</source>
        <translation>Загрузка модели…</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n проблема</numerusform>
            <numerusform>⚠ %n проблемы</numerusform>
            <numerusform>⚠ %n проблем</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the SYNTHETIC demo study…</source>
        <translation>Запись СИНТЕТИЧЕСКОГО демо-исследования…</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>Читаемые изображения не найдены.</translation>
    </message>
    <message>
        <source>Model %1 %2 on %3</source>
        <translation>Модель %1 %2 на %3</translation>
    </message>
    <message>
        <source>No AI model loaded — images can be viewed, but not analysed. %1
Choose a model in Tools &gt; Settings…</source>
        <translation>Модель ИИ не загружена — изображения можно просматривать, но не анализировать. %1
Выберите модель в меню Сервис &gt; Настройки…</translation>
    </message>
    <message>
        <source>No AI model loaded.</source>
        <translation>Модель ИИ не загружена.</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>нет модели</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA</source>
        <translation>СИНТЕТИЧЕСКИЕ ДАННЫЕ</translation>
    </message>
    <message numerus="yes">
        <source>Analysis complete: %n image(s) analysed.</source>
        <translation>
            <numerusform>Анализ завершён: проанализировано %n изображение.</numerusform>
            <numerusform>Анализ завершён: проанализировано %n изображения.</numerusform>
            <numerusform>Анализ завершён: проанализировано %n изображений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record store could not be opened: %1</source>
        <translation>Не удалось открыть хранилище записей: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved the images of %n lesion(s).</source>
        <translation>
            <numerusform>Перемещены изображения %n образования.</numerusform>
            <numerusform>Перемещены изображения %n образований.</numerusform>
            <numerusform>Перемещены изображения %n образований.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient deleted.</source>
        <translation>Пациент удалён.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) deleted.</source>
        <translation>
            <numerusform>Удалено %n образование.</numerusform>
            <numerusform>Удалено %n образования.</numerusform>
            <numerusform>Удалено %n образований.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image deleted.</source>
        <translation>Изображение удалено.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ManagementEditor</name>
    <message>
        <source>Management</source>
        <translation>Тактика ведения</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>review in </source>
        <translation>осмотр через </translation>
    </message>
    <message>
        <source>Review interval in months</source>
        <translation>Интервал повторного осмотра в месяцах</translation>
    </message>
    <message>
        <source>Refer to (e.g. dermatosurgery)</source>
        <translation>Куда направить (например, дерматохирургия)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Куда направлен</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MeasurementList</name>
    <message>
        <source>Measure draws a ruler line on the image; Keep Line stores it for this image. Lengths are in mm once the image is calibrated (or its file states the pixel spacing).</source>
        <translation>«Измерить» проводит на изображении линию-линейку; «Сохранить линию» сохраняет её для этого изображения. Длины указываются в мм, когда изображение откалибровано (или в его файле указан размер пикселя).</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Измерения</translation>
    </message>
    <message>
        <source>Delete Measurement</source>
        <translation>Удалить измерение</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>нет значения</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 мм²</translation>
    </message>
    <message>
        <source>%1 px (not calibrated)</source>
        <translation>%1 пикс. (без калибровки)</translation>
    </message>
    <message>
        <source>%1 px² (not calibrated)</source>
        <translation>%1 пикс.² (без калибровки)</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Kept %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Measurement deleted.</source>
        <translation>Измерение удалено.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ModelCardDialog</name>
    <message>
        <source>Model card</source>
        <translation>Карточка модели</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Модель не загружена</translation>
    </message>
    <message>
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>архитектура</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>Только поддержка принятия решений — не диагноз.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Heatmap faithfulness</source>
        <translation>Достоверность тепловой карты</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointChooser</name>
    <message>
        <source>Operating point</source>
        <translation>Рабочая точка</translation>
    </message>
    <message>
        <source>Malignant sensitivity</source>
        <translation>Чувствительность для злокачественных</translation>
    </message>
    <message>
        <source>Melanoma sensitivity</source>
        <translation>Чувствительность для меланомы</translation>
    </message>
    <message>
        <source>Model default: %1</source>
        <translation>По умолчанию для модели: %1</translation>
    </message>
    <message>
        <source>Custom sensitivity…</source>
        <translation>Своя чувствительность…</translation>
    </message>
    <message>
        <source>No model is loaded: the default threshold of 50 % applies until one is.</source>
        <translation>Модель не загружена: пока она не загружена, действует порог по умолчанию 50 %.</translation>
    </message>
    <message>
        <source>Suspicious at a malignant probability of %1 or more (the model card has no validation ROC).</source>
        <translation>Подозрительным считается образование с вероятностью злокачественности %1 и выше (в карточке модели нет ROC-кривой по валидационной выборке).</translation>
    </message>
    <message>
        <source>Sensitivity %1 costs specificity %2 on the validation fold: %3 of lesions without the condition are called suspicious. Suspicious at a malignant probability of %4 or more.</source>
        <translation>Чувствительность %1 достигается ценой специфичности %2 на валидационной выборке: %3 образований без заболевания считаются подозрительными. Подозрительное — при вероятности злокачественности %4 и выше.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointText</name>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>чувствительность %1&#xa0;% для меланомы</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>чувствительность %1&#xa0;% для злокачественных</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>индекс Юдена для меланомы</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>индекс Юдена для злокачественных</translation>
    </message>
    <message>
        <source>default, threshold %1 (the model card has no validation ROC)</source>
        <translation>по умолчанию, порог %1 (в карточке модели нет ROC-кривой по валидационной выборке)</translation>
    </message>
    <message>
        <source>%1 (sensitivity %2, specificity %3), threshold %4</source>
        <translation>%1 (чувствительность %2, специфичность %3), порог %4</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OutputActions</name>
    <message>
        <source>No patient</source>
        <translation>Нет пациента</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Сначала откройте пациента.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayBlendView</name>
    <message>
        <source>Later visit aligned onto the earlier (black: outside the later image)</source>
        <translation>Более поздний визит, совмещённый с более ранним (чёрное: вне более позднего изображения)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Blend of the aligned after image</source>
        <translation>Смешение совмещённого изображения «после»</translation>
    </message>
    <message>
        <source>0 % shows the earlier visit, 100 % the later one, aligned</source>
        <translation>0 % — более ранний визит, 100 % — более поздний, совмещённый</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Сравнения пока нет</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Смешение</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Мерцание</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Шторка</translation>
    </message>
    <message>
        <source>How the two visits are overlaid</source>
        <translation>Способ наложения двух визитов</translation>
    </message>
    <message>
        <source>Blend: mix the two images. Flicker: alternate them. Swipe: drag a divider, before on the left, after on the right</source>
        <translation>Смешение: два изображения смешиваются. Мерцание: они чередуются. Шторка: перетаскивайте разделитель, до — слева, после — справа</translation>
    </message>
    <message>
        <source>Drag the divider: before ◀ | ▶ after</source>
        <translation>Перетащите разделитель: до ◀ | ▶ после</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>How long each visit is shown</source>
        <translation>Как долго показывается каждый визит</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Hold the image shown now</source>
        <translation>Остановить на текущем изображении</translation>
    </message>
    <message>
        <source>Each image for</source>
        <translation>Показ каждого изображения</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the later visit is only scaled to the earlier one&apos;s size</source>
        <translation>НЕ СОВМЕЩЕНО: более поздний визит лишь масштабирован до размера более раннего</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayControls</name>
    <message>
        <source>Overlay opacity</source>
        <translation>Непрозрачность наложения</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Непрозрачность</translation>
    </message>
    <message>
        <source>Class explained by the heatmap</source>
        <translation>Класс, объясняемый тепловой картой</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (подходит при дальтонизме)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (подходит при дальтонизме)</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>&amp;Grad-CAM</source>
        <translation>&amp;Grad-CAM</translation>
    </message>
    <message>
        <source>Heatmap of where the image pushed the model towards the selected class (G)</source>
        <translation>Тепловая карта областей изображения, склонивших модель к выбранному классу (G)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Цветовая схема</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PacsDialog</name>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Send %1</source>
        <translation>Отправить %1</translation>
    </message>
    <message>
        <source>Send Patient</source>
        <translation>Отправить пациента</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID пациента</translation>
    </message>
    <message>
        <source>Name (wildcards * ?)</source>
        <translation>Имя (шаблоны * ?)</translation>
    </message>
    <message>
        <source>Study date (YYYYMMDD or a range)</source>
        <translation>Дата исследования (ГГГГММДД или диапазон)</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Эхо-тест</translation>
    </message>
    <message>
        <source>Find Patients</source>
        <translation>Найти пациентов</translation>
    </message>
    <message>
        <source>Find Studies</source>
        <translation>Найти исследования</translation>
    </message>
    <message>
        <source>Retrieve Selected Study</source>
        <translation>Загрузить выбранное исследование</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Операция «%1» не удалась: %2</translation>
    </message>
    <message>
        <source>Another call is running.</source>
        <translation>Выполняется другой запрос.</translation>
    </message>
    <message>
        <source>Echo to %1:%2…</source>
        <translation>Эхо-тест %1:%2…</translation>
    </message>
    <message>
        <source>%1 answered the echo.</source>
        <translation>%1 ответил на эхо-тест.</translation>
    </message>
    <message>
        <source>Finding patients…</source>
        <translation>Поиск пациентов…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>Найден %n пациент.</numerusform>
            <numerusform>Найдено %n пациента.</numerusform>
            <numerusform>Найдено %n пациентов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding studies…</source>
        <translation>Поиск исследований…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>Найдено %n исследование.</numerusform>
            <numerusform>Найдено %n исследования.</numerusform>
            <numerusform>Найдено %n исследований.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Исследования</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Модальности</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>UID исследования</translation>
    </message>
    <message>
        <source>Find studies and select one first.</source>
        <translation>Сначала найдите исследования и выберите одно.</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>Импортировано %n изображение</numerusform>
            <numerusform>Импортировано %n изображения</numerusform>
            <numerusform>Импортировано %n изображений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the store.</source>
        <translation>
            <numerusform>, %n уже в хранилище.</numerusform>
            <numerusform>, %n уже в хранилище.</numerusform>
            <numerusform>, %n уже в хранилище.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Open a patient to send.</source>
        <translation>Откройте пациента для отправки.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) refused, the first: %1</source>
        <translation>
            <numerusform>Отклонён %n объект, первый: %1</numerusform>
            <numerusform>Отклонено %n объекта, первый: %1</numerusform>
            <numerusform>Отклонено %n объектов, первый: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) sent.</source>
        <translation>
            <numerusform>Отправлен %n объект.</numerusform>
            <numerusform>Отправлено %n объекта.</numerusform>
            <numerusform>Отправлено %n объектов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PacsNodeEditor</name>
    <message>
        <source>New node</source>
        <translation>Новый узел</translation>
    </message>
    <message>
        <source>Save Node</source>
        <translation>Сохранить узел</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Configured nodes</source>
        <translation>Настроенные узлы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Хост и порт</translation>
    </message>
    <message>
        <source>Node AE title (called)</source>
        <translation>AE Title узла (вызываемый)</translation>
    </message>
    <message>
        <source>Our AE title (calling)</source>
        <translation>Наш AE Title (вызывающий)</translation>
    </message>
    <message>
        <source>C-GET (no port to open)</source>
        <translation>C-GET (не нужно открывать порт)</translation>
    </message>
    <message>
        <source>C-MOVE to us</source>
        <translation>C-MOVE к нам</translation>
    </message>
    <message>
        <source>C-MOVE: the port the node sends the objects to</source>
        <translation>C-MOVE: порт, на который узел отправляет объекты</translation>
    </message>
    <message>
        <source>Retrieve with (receive port)</source>
        <translation>Способ загрузки (порт приёма)</translation>
    </message>
    <message>
        <source>(new node)</source>
        <translation>(новый узел)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientListPanel</name>
    <message>
        <source>Search name, id or birth date</source>
        <translation>Имя, ID или дата рождения</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Поиск пациентов</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>Patients opened most recently</source>
        <translation>Пациенты, открытые последними</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенты</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Нет пациентов по запросу «%1».</translation>
    </message>
    <message>
        <source>No patient opened yet.</source>
        <translation>Пациенты ещё не открывались.</translation>
    </message>
    <message>
        <source>No patients yet: open images, a folder or the demo study.</source>
        <translation>Пациентов пока нет: откройте изображения, папку или демо-исследование.</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n образование</numerusform>
            <numerusform>%n образования</numerusform>
            <numerusform>%n образований</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>&amp;Delete Patient…</source>
        <translation>&amp;Удалить пациента…</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>последний визит %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientPage</name>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Сортировать по</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>Ранг «гадкого утёнка»</translation>
    </message>
    <message>
        <source>Malignant probability</source>
        <translation>Вероятность злокачественности</translation>
    </message>
    <message>
        <source>Date (newest first)</source>
        <translation>Дата (сначала новые)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Select 2 to 4 lesions (Ctrl+click) to compare them side by side</source>
        <translation>Выберите от 2 до 4 образований (Ctrl+щелчок), чтобы сравнить их рядом</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Образования</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n образование</numerusform>
            <numerusform>%n образования</numerusform>
            <numerusform>%n образований</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 analysed</source>
        <translation>проанализировано %1 из %2</translation>
    </message>
    <message>
        <source>ranked by how unusual each lesion looks within this patient</source>
        <translation>ранжировано по тому, насколько необычно выглядит каждое образование у данного пациента</translation>
    </message>
    <message>
        <source>ugly-duckling ranking after analysis</source>
        <translation>ранжирование по признаку «гадкого утёнка» — после анализа</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>&amp;Сравнить (%1)</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>&amp;Назначить пациенту / образованию…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>&amp;Удалить образование…</translation>
    </message>
    <message>
        <source>Body &amp;map</source>
        <translation>&amp;Карта тела</translation>
    </message>
    <message>
        <source>Show the lesions on the front and back body diagram</source>
        <translation>Показать образования на схеме тела спереди и сзади</translation>
    </message>
    <message>
        <source>suspicious at %1</source>
        <translation>порог подозрительности: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PredictionPanel</name>
    <message>
        <source>AI analysis</source>
        <translation>Анализ ИИ</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>Только поддержка принятия решений — не диагноз.</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>Карточка модели…</translation>
    </message>
    <message>
        <source>Intended use, limitations and measured performance of the model</source>
        <translation>Назначение, ограничения и измеренные показатели эффективности модели</translation>
    </message>
    <message>
        <source>No image selected.</source>
        <translation>Изображение не выбрано.</translation>
    </message>
    <message>
        <source>Unusual image: it does not resemble the images the model was trained on (e.g. not dermoscopic, ink marks, poor focus). Treat the result with caution.</source>
        <translation>Необычное изображение: оно не похоже на изображения, на которых обучалась модель (например, не дерматоскопическое, следы маркера, плохая фокусировка). Относитесь к результату с осторожностью.</translation>
    </message>
    <message>
        <source>Low confidence: the model is uncertain between several classes.</source>
        <translation>Низкая уверенность: модель колеблется между несколькими классами.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Правило: %1</translation>
    </message>
    <message>
        <source>Malignant probability: %1</source>
        <translation>Вероятность злокачественности: %1</translation>
    </message>
    <message>
        <source>Uncertainty (normalised entropy): %1</source>
        <translation>Неопределённость (нормированная энтропия): %1</translation>
    </message>
    <message>
        <source>GPU (%1)</source>
        <translation>GPU (%1)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Model: %1 %2
Device: %3 · Time: %4 ms</source>
        <translation>Модель: %1 %2
Устройство: %3 · Время: %4 мс</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Top class: %1 (%2)</source>
        <translation>Наиболее вероятный класс: %1 (%2)</translation>
    </message>
    <message>
        <source>SUSPICIOUS at the operating point %1</source>
        <translation>ПОДОЗРИТЕЛЬНОЕ при рабочей точке %1</translation>
    </message>
    <message>
        <source>Not suspicious at the operating point %1</source>
        <translation>Не подозрительное при рабочей точке %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProbabilityBar</name>
    <message>
        <source>%1 (malignant class)</source>
        <translation>%1 (злокачественный класс)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>These files could not be read or analysed; the others are shown.</source>
        <translation>Эти файлы не удалось прочитать или проанализировать; остальные показаны.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RankExplanationDialog</name>
    <message>
        <source>Why this rank?</source>
        <translation>Почему такой ранг?</translation>
    </message>
    <message>
        <source>Ranking this patient&apos;s lesions…</source>
        <translation>Ранжирование образований пациента…</translation>
    </message>
    <message>
        <source>The lesions could not be ranked: %1</source>
        <translation>Не удалось ранжировать образования: %1</translation>
    </message>
    <message>
        <source>another lesion</source>
        <translation>другое образование</translation>
    </message>
    <message>
        <source>This lesion has no rank yet: ranking needs a current analysis of it and at least two analysed lesions in the patient.</source>
        <translation>У этого образования пока нет ранга: для ранжирования нужен его текущий анализ и не менее двух проанализированных образований у пациента.</translation>
    </message>
    <message>
        <source>%1 is ranked %2 of %3 analysed lesions of this patient.</source>
        <translation>%1: ранг %2 из %3 проанализированных образований этого пациента.</translation>
    </message>
    <message>
        <source>It is flagged as the most unusual lesion.</source>
        <translation>Оно отмечено как самое необычное образование.</translation>
    </message>
    <message>
        <source>This lesion</source>
        <translation>Это образование</translation>
    </message>
    <message>
        <source>Most similar (distance %1)</source>
        <translation>Наиболее похожее (расстояние %1)</translation>
    </message>
    <message>
        <source>Least similar (distance %1)</source>
        <translation>Наименее похожее (расстояние %1)</translation>
    </message>
    <message>
        <source>Same look-alike group</source>
        <translation>Та же группа сходства</translation>
    </message>
    <message>
        <source>&lt;b&gt;Malignant evidence:&lt;/b&gt; the model gives %1 % malignant probability; against this patient&apos;s other lesions that is %2 robust standard deviations %3 their median.</source>
        <translation>&lt;b&gt;Признаки злокачественности:&lt;/b&gt; модель даёт вероятность злокачественности %1 %; по сравнению с другими образованиями пациента это на %2 робастных стандартных отклонения %3 их медианы.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>below</source>
        <translation>ниже</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appearance:&lt;/b&gt; %1 robust standard deviations %2 unusual than this patient&apos;s typical lesion (distance to its nearest look-alikes in the model&apos;s features).</source>
        <translation>&lt;b&gt;Внешний вид:&lt;/b&gt; на %1 робастных стандартных отклонения %2 необычно, чем типичное образование этого пациента (расстояние до ближайших похожих образований по признакам модели).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>более</translation>
    </message>
    <message>
        <source>less</source>
        <translation>менее</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 + %2 × %3 = %4. Rank 1 is flagged &quot;most unusual&quot; when its score is at least %5 and its malignant probability at least %6 %.</source>
        <translation>&lt;b&gt;Балл:&lt;/b&gt; %1 + %2 × %3 = %4. Ранг 1 отмечается как «самое необычное», если его балл не меньше %5, а вероятность злокачественности не меньше %6 %.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Look-alike group:&lt;/b&gt; %n lesion(s), grouped by average-linkage clustering of the model&apos;s features (cosine distance cut at %1).</source>
        <translation>
            <numerusform>&lt;b&gt;Группа сходства:&lt;/b&gt; %n образование; группировка — кластеризация методом средней связи по признакам модели (отсечение по косинусному расстоянию %1).</numerusform>
            <numerusform>&lt;b&gt;Группа сходства:&lt;/b&gt; %n образования; группировка — кластеризация методом средней связи по признакам модели (отсечение по косинусному расстоянию %1).</numerusform>
            <numerusform>&lt;b&gt;Группа сходства:&lt;/b&gt; %n образований; группировка — кластеризация методом средней связи по признакам модели (отсечение по косинусному расстоянию %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision support only: the rank orders lesions for review; it is not a diagnosis.</source>
        <translation>Только поддержка принятия решений — не диагноз: ранг лишь упорядочивает образования для осмотра.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RecordActions</name>
    <message>
        <source>Choose a patient.</source>
        <translation>Выберите пациента.</translation>
    </message>
    <message>
        <source>Select one or more lesions first.</source>
        <translation>Сначала выберите одно или несколько образований.</translation>
    </message>
    <message>
        <source>The records, their analyses and the stored image copies are removed. This cannot be undone.</source>
        <translation>Записи, их анализы и сохранённые копии изображений будут удалены. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Whole patient: %1</source>
        <translation>Пациент целиком: %1</translation>
    </message>
    <message>
        <source>Current lesion: %1</source>
        <translation>Текущее образование: %1</translation>
    </message>
    <message>
        <source>Report of</source>
        <translation>Отчёт по</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>De-identify (no name, identifiers, dates or free text)</source>
        <translation>Обезличить (без имени, идентификаторов, дат и свободного текста)</translation>
    </message>
    <message>
        <source>Gathering the report and rendering its pages…</source>
        <translation>Сбор данных отчёта и отрисовка страниц…</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Не удаётся создать отчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Decision support only — not a diagnosis.</source>
        <translation>
            <numerusform>%n страница. Только поддержка принятия решений — не диагноз.</numerusform>
            <numerusform>%n страницы. Только поддержка принятия решений — не диагноз.</numerusform>
            <numerusform>%n страниц. Только поддержка принятия решений — не диагноз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>Предпросмотр ещё не готов.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запись %1…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Сохранена %n страница в %1.</numerusform>
            <numerusform>Сохранено %n страницы в %1.</numerusform>
            <numerusform>Сохранено %n страниц в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail did not record it: %1</source>
        <translation>Журнал аудита не записал это действие: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportService</name>
    <message>
        <source>The clinic logo %1 cannot be read; the report has none.</source>
        <translation>Не удаётся прочитать логотип клиники %1; отчёт будет без логотипа.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RocPlot</name>
    <message>
        <source>Validation ROC curve</source>
        <translation>ROC-кривая на валидационной выборке</translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation>1 − специфичность</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>чувствительность</translation>
    </message>
    <message>
        <source>The model card has no validation ROC: the default threshold applies.</source>
        <translation>В карточке модели нет ROC-кривой по валидационной выборке: действует порог по умолчанию.</translation>
    </message>
    <message>
        <source>melanoma vs rest</source>
        <translation>меланома против остальных</translation>
    </message>
    <message>
        <source>malignant vs benign</source>
        <translation>злокачественные против доброкачественных</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Папка модели</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Автоматически (GPU, если доступен)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Вычислительное устройство</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Непрозрачность наложения</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Цветовая схема</translation>
    </message>
    <message>
        <source>Per image (min-max)</source>
        <translation>По каждому изображению (мин.–макс.)</translation>
    </message>
    <message>
        <source>Fixed across a lesion&apos;s visits</source>
        <translation>Единая для всех визитов образования</translation>
    </message>
    <message>
        <source>Heatmap scaling</source>
        <translation>Масштабирование тепловой карты</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Язык (после перезапуска)</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (подходит при дальтонизме)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (подходит при дальтонизме)</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Folder of the patient records and image copies on this workstation (not a network share)</source>
        <translation>Папка с записями пациентов и копиями изображений на этой рабочей станции (не сетевая папка)</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>Хранилище записей</translation>
    </message>
    <message>
        <source>Shown on every page of a report</source>
        <translation>Показывается на каждой странице отчёта</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Название клиники</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Логотип клиники</translation>
    </message>
    <message>
        <source>A lesion is marked suspicious when its calibrated malignant probability reaches the threshold of this point on the model&apos;s validation ROC</source>
        <translation>Образование отмечается как подозрительное, когда его калиброванная вероятность злокачественности достигает порога этой точки на валидационной ROC-кривой модели</translation>
    </message>
    <message>
        <source>Suspicious at</source>
        <translation>Порог подозрительности</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SevenPointView</name>
    <message>
        <source>7-point score</source>
        <translation>Балл по 7-пунктовому списку</translation>
    </message>
    <message>
        <source>7-point checklist</source>
        <translation>7-пунктовый контрольный список</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StoreMaintenance</name>
    <message>
        <source>Record store</source>
        <translation>Хранилище записей</translation>
    </message>
    <message>
        <source>Back Up the Record Store Into</source>
        <translation>Создать резервную копию хранилища в</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Ошибка резервного копирования</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Резервное копирование завершено</translation>
    </message>
    <message>
        <source>The record store was backed up to %1.</source>
        <translation>Резервная копия хранилища записей сохранена в %1.</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Резервное копирование или восстановление уже выполняется.</translation>
    </message>
    <message>
        <source>Backing up the record store…</source>
        <translation>Резервное копирование хранилища записей…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия: %1</translation>
    </message>
    <message>
        <source>Restore a Record Store Backup</source>
        <translation>Восстановить резервную копию хранилища</translation>
    </message>
    <message>
        <source>Restore Store</source>
        <translation>Восстановление хранилища</translation>
    </message>
    <message>
        <source>Restore the backup in %1 into a new store at %2 and switch to it? The store now open (%3) is kept unchanged.</source>
        <translation>Восстановить резервную копию из %1 в новое хранилище %2 и переключиться на него? Открытое сейчас хранилище (%3) останется без изменений.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Ошибка восстановления</translation>
    </message>
    <message>
        <source>Restoring the record store…</source>
        <translation>Восстановление хранилища записей…</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>Восстановлено в %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StructuresChecklist</name>
    <message>
        <source>Not assessed</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Отсутствует</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Типично</translation>
    </message>
    <message>
        <source>Atypical</source>
        <translation>Атипично</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Регулярные</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Нерегулярные</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <source>7-point major criteria (2 points)</source>
        <translation>Большие критерии 7-пунктового списка (2 балла)</translation>
    </message>
    <message>
        <source>Pigment network</source>
        <translation>Пигментная сеть</translation>
    </message>
    <message>
        <source>Blue-whitish veil</source>
        <translation>Бело-голубая вуаль</translation>
    </message>
    <message>
        <source>Vascular pattern</source>
        <translation>Сосудистый рисунок</translation>
    </message>
    <message>
        <source>7-point minor criteria (1 point)</source>
        <translation>Малые критерии 7-пунктового списка (1 балл)</translation>
    </message>
    <message>
        <source>Streaks / pseudopods</source>
        <translation>Полосы / псевдоподии</translation>
    </message>
    <message>
        <source>Pigmentation (blotches)</source>
        <translation>Пигментация (кляксы)</translation>
    </message>
    <message>
        <source>Dots / globules</source>
        <translation>Точки / глобулы</translation>
    </message>
    <message>
        <source>Regression structures</source>
        <translation>Структуры регресса</translation>
    </message>
    <message>
        <source>Other clues (not scored)</source>
        <translation>Другие признаки (не входят в балл)</translation>
    </message>
    <message>
        <source>Milia-like cysts</source>
        <translation>Милиаподобные кисты</translation>
    </message>
    <message>
        <source>Comedo-like openings</source>
        <translation>Комедоноподобные отверстия</translation>
    </message>
    <message>
        <source>Leaf-like areas</source>
        <translation>Листовидные структуры</translation>
    </message>
    <message>
        <source>Other structures, comma separated</source>
        <translation>Другие структуры через запятую</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelineChart</name>
    <message>
        <source>Lesion area and malignant probability over the visits</source>
        <translation>Площадь образования и вероятность злокачественности по визитам</translation>
    </message>
    <message>
        <source>Malignant probability (%)</source>
        <translation>Вероятность злокачественности (%)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Площадь (мм²)</translation>
    </message>
    <message>
        <source>Area relative to the first visit (not calibrated)</source>
        <translation>Площадь относительно первого визита (без калибровки)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Relative area</source>
        <translation>Относительная площадь</translation>
    </message>
    <message>
        <source>Malignant (%)</source>
        <translation>Злокачественность (%)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelinePage</name>
    <message>
        <source>Visits of this lesion</source>
        <translation>Визиты этого образования</translation>
    </message>
    <message>
        <source>Click two visits to compare them</source>
        <translation>Выберите два визита, чтобы сравнить их</translation>
    </message>
    <message>
        <source>Later visit aligned onto the earlier one</source>
        <translation>Более поздний визит, совмещённый с более ранним</translation>
    </message>
    <message>
        <source>◀ Lesion</source>
        <translation>◀ Образование</translation>
    </message>
    <message>
        <source>Back to the lesion (Esc)</source>
        <translation>Назад к образованию (Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan of the two visits are synchronised</source>
        <translation>Масштаб и сдвиг двух визитов синхронизированы</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИЧЕСКИЕ</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Динамика: %1</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Визит %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>До: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>После: %1</translation>
    </message>
    <message>
        <source>Aligning the visits…</source>
        <translation>Совмещение визитов…</translation>
    </message>
    <message>
        <source>Comparing the visits…</source>
        <translation>Сравнение визитов…</translation>
    </message>
    <message>
        <source>The visits could not be compared: %1</source>
        <translation>Не удалось сравнить визиты: %1</translation>
    </message>
    <message>
        <source>No aligned overlay: %1</source>
        <translation>Нет совмещённого наложения: %1</translation>
    </message>
    <message>
        <source>Edit outlines</source>
        <translation>Править контуры</translation>
    </message>
    <message>
        <source>Drag the outline&apos;s vertices on either visit to correct it</source>
        <translation>Перетаскивайте вершины контура на любом из визитов, чтобы исправить его</translation>
    </message>
    <message>
        <source>Save outlines</source>
        <translation>Сохранить контуры</translation>
    </message>
    <message>
        <source>Keep the corrected outlines and recompute the figures</source>
        <translation>Сохранить исправленные контуры и пересчитать показатели</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <source>Forget the corrections not saved yet</source>
        <translation>Отбросить ещё не сохранённые исправления</translation>
    </message>
    <message>
        <source>Outlines not saved</source>
        <translation>Контуры не сохранены</translation>
    </message>
    <message>
        <source>The corrected outlines are not saved. Drop the corrections and compare other visits?</source>
        <translation>Исправленные контуры не сохранены. Отбросить исправления и сравнить другие визиты?</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the alignment of the two images is not trusted (%1). They are shown unaligned; compare them side by side.</source>
        <translation>НЕ СОВМЕЩЕНО: совмещению двух изображений нельзя доверять (%1). Они показаны без совмещения; сравните их рядом.</translation>
    </message>
    <message>
        <source>The outlines could not be saved: %1</source>
        <translation>Не удалось сохранить контуры: %1</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>Нет динамики: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ViewExporter</name>
    <message>
        <source>Model: %1</source>
        <translation>Модель: %1</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>Только поддержка принятия решений — не диагноз.</translation>
    </message>
    <message>
        <source>Exported %1 by Dermalens</source>
        <translation>Экспортировано программой Dermalens %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::WelcomePage</name>
    <message>
        <source>Offline dermoscopy review with AI decision support</source>
        <translation>Автономный просмотр дерматоскопических изображений с поддержкой принятия решений на основе ИИ</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Открыть изображения…</translation>
    </message>
    <message>
        <source>JPEG, PNG, TIFF, DICOM (Ctrl+O)</source>
        <translation>JPEG, PNG, TIFF, DICOM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Открыть папку…</translation>
    </message>
    <message>
        <source>A patient or study folder (Ctrl+Shift+O)</source>
        <translation>Папка пациента или исследования (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open Demo Study</source>
        <translation>Открыть демо-исследование</translation>
    </message>
    <message>
        <source>SYNTHETIC data, no patients</source>
        <translation>СИНТЕТИЧЕСКИЕ данные, без пациентов</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this window.</source>
        <translation>Или перетащите файлы и папки в это окно.</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis. Not a medical device.</source>
        <translation>Только поддержка принятия решений — не диагноз. Не является медицинским изделием.</translation>
    </message>
</context>
</TS>
