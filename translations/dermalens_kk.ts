<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>BodyMapView</name>
    <message>
        <source>face</source>
        <translation>бет</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>бастың шашты бөлігі</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>мойын</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>кеуде</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>арқаның жоғарғы бөлігі</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>іш</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>бел</translation>
    </message>
    <message>
        <source>groin</source>
        <translation>шап</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>бөксе</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>иық</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>білек</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>қол басы</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>сан</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>сирақ</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>аяқ басы</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>both images calibrated</source>
        <translation>екі сурет те калибрленген</translation>
    </message>
    <message>
        <source>aligned on the surrounding skin</source>
        <translation>айналадағы тері бойынша тураланған</translation>
    </message>
    <message>
        <source>no common scale</source>
        <translation>ортақ масштаб жоқ</translation>
    </message>
    <message>
        <source>Sizes not comparable: the images are not calibrated and the skin around the lesion could not be aligned (%1). Calibrate both images to compare them.</source>
        <translation>Өлшемдерді салыстыру мүмкін емес: суреттер калибрленбеген және түзіліс айналасындағы теріні туралау мүмкін болмады (%1). Салыстыру үшін екі суретті де калибрлеңіз.</translation>
    </message>
    <message>
        <source>Area ratio: %1 (%2 → %3 %4)</source>
        <translation>Аудандар қатынасы: %1 (%2 → %3 %4)</translation>
    </message>
    <message>
        <source>Longest diameter: %1 %2 (%3 → %4 %2, ratio %5)</source>
        <translation>Ең үлкен диаметр: %1 %2 (%3 → %4 %2, қатынасы %5)</translation>
    </message>
    <message>
        <source>Sizes compared: %1</source>
        <translation>Өлшемдер салыстырылды: %1</translation>
    </message>
    <message>
        <source>Alignment trusted (%1 matching points, correlation %2)</source>
        <translation>Туралау сенімді (%1 сәйкес нүкте, корреляция %2)</translation>
    </message>
    <message>
        <source>Alignment not trusted: %1</source>
        <translation>Туралау сенімсіз: %1</translation>
    </message>
    <message>
        <source>Visits compared: %1 → %2</source>
        <translation>Салыстырылған қаралулар: %1 → %2</translation>
    </message>
    <message>
        <source>Colour change: ΔE %1 (mean L*a*b*), distribution distance %2</source>
        <translation>Түс өзгерісі: ΔE %1 (орташа L*a*b*), үлестірім арақашықтығы %2</translation>
    </message>
    <message>
        <source>Border: compactness %1, solidity %2</source>
        <translation>Шекара: ықшамдылық %1, тұтастық %2</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Өзгерген</translation>
    </message>
    <message>
        <source>New since the previous visit</source>
        <translation>Алдыңғы қаралудан кейін жаңа</translation>
    </message>
    <message>
        <source>Changed beyond the threshold since the previous visit</source>
        <translation>Алдыңғы қаралудан бері шектен тыс өзгерген</translation>
    </message>
    <message>
        <source>Unchanged since the previous visit</source>
        <translation>Алдыңғы қаралудан бері өзгермеген</translation>
    </message>
    <message>
        <source>Not comparable with the previous visit</source>
        <translation>Алдыңғы қаралумен салыстыруға келмейді</translation>
    </message>
    <message>
        <source>Not photographed at the latest visit</source>
        <translation>Соңғы қаралуда суретке түсірілмеген</translation>
    </message>
    <message>
        <source>Only one visit</source>
        <translation>Тек бір қаралу</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 values</source>
        <translation>%1 мән</translation>
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
        <translation>Қатерлі</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Мақсатты қолданылуы</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Оқыту деректері</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Measured performance</source>
        <translation>Өлшенген көрсеткіштер</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибрлеу</translation>
    </message>
    <message>
        <source>Warnings: unusual images and low confidence</source>
        <translation>Ескертулер: әдеттен тыс суреттер және төмен сенімділік</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>Кіші топтар бойынша көрсеткіштер</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Expected input</source>
        <translation>Күтілетін кіріс суреттер</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Валидация</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Мақсатты мәндер</translation>
    </message>
    <message>
        <source>Evaluation protocol</source>
        <translation>Бағалау хаттамасы</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Дәлдік</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>Теңгерілген дәлдік</translation>
    </message>
    <message>
        <source>Melanoma AUC</source>
        <translation>Меланома үшін AUC</translation>
    </message>
    <message>
        <source>Malignant AUC</source>
        <translation>Қатерлі түзілістер үшін AUC</translation>
    </message>
    <message>
        <source>Recall per class</source>
        <translation>Кластар бойынша сезімталдық</translation>
    </message>
    <message>
        <source>ECE before calibration</source>
        <translation>Калибрлеуге дейінгі ECE</translation>
    </message>
    <message>
        <source>ECE after calibration</source>
        <translation>Калибрлеуден кейінгі ECE</translation>
    </message>
    <message>
        <source>NLL before calibration</source>
        <translation>Калибрлеуге дейінгі NLL</translation>
    </message>
    <message>
        <source>NLL after calibration</source>
        <translation>Калибрлеуден кейінгі NLL</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Суреттер саны</translation>
    </message>
    <message>
        <source>Classes present</source>
        <translation>Кездесетін кластар</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Жас тобы</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>Дене аймағы</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Әдіс</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Maximum normalised entropy</source>
        <translation>Ең үлкен нормаланған энтропия</translation>
    </message>
    <message>
        <source>Maximum embedding distance</source>
        <translation>Белгілер кеңістігіндегі ең үлкен қашықтық</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Библиографиялық сілтеме</translation>
    </message>
    <message>
        <source>Data split</source>
        <translation>Деректерді бөлу</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Қол жеткізілгені</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Айырма</translation>
    </message>
    <message>
        <source>How well the heatmap points at what the model uses: the image&apos;s pixels are removed (deletion) or restored (insertion) in the map&apos;s order, most highlighted first, and the probability of the explained class is followed. The area under that curve is compared with random maps of the same grid.</source>
        <translation>Жылу картасы модель пайдаланатын нәрсені қаншалықты дәл көрсететіні: суреттің пиксельдері карта ретімен, ең көп бөлектелгенінен бастап, алынып тасталады (deletion) немесе қалпына келтіріледі (insertion), және түсіндірілетін кластың ықтималдығы бақыланады. Осы қисық астындағы аудан сол тордағы кездейсоқ карталармен салыстырылады.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Жылу картасы</translation>
    </message>
    <message>
        <source>Random map</source>
        <translation>Кездейсоқ карта</translation>
    </message>
    <message>
        <source>Deletion AUC (lower is better)</source>
        <translation>Алып тастау AUC (неғұрлым төмен болса, соғұрлым жақсы)</translation>
    </message>
    <message>
        <source>Insertion AUC (higher is better)</source>
        <translation>Қосу AUC (неғұрлым жоғары болса, соғұрлым жақсы)</translation>
    </message>
    <message>
        <source>%1 images (%2), map grid %3 cells, %4 steps. %5</source>
        <translation>%1 сурет (%2), карта торы %3 ұяшық, %4 қадам. %5</translation>
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
        <translation>иесіздендірілген: аты, идентификаторы, туған күні және еркін мәтін жоқ</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Пациент ID</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Деректер</translation>
    </message>
    <message>
        <source>synthetic test patient</source>
        <translation>синтетикалық сынақ пациенті</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Қаралу</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Images in this report</source>
        <translation>Осы есептегі суреттер</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Қаралулар</translation>
    </message>
    <message>
        <source>No Grad-CAM: %1</source>
        <translation>Grad-CAM жоқ: %1</translation>
    </message>
    <message>
        <source>; scaled per image, not comparable across images</source>
        <translation>; әр сурет үшін жеке масштабталған, суреттер арасында салыстыруға келмейді</translation>
    </message>
    <message>
        <source>AI result</source>
        <translation>ЖИ нәтижесі</translation>
    </message>
    <message>
        <source>not analysed with the loaded model</source>
        <translation>жүктелген модельмен талданбаған</translation>
    </message>
    <message>
        <source>Malignant probability (calibrated)</source>
        <translation>Қатерлілік ықтималдығы (калибрленген)</translation>
    </message>
    <message>
        <source>Top class</source>
        <translation>Ең ықтимал класс</translation>
    </message>
    <message>
        <source>Most likely classes</source>
        <translation>Ең ықтимал кластар</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>рангі жоқ</translation>
    </message>
    <message>
        <source>%1 of %2 (robust z %3)%4</source>
        <translation>%2 ішінен %1 (робаст z %3)%4</translation>
    </message>
    <message>
        <source>: OUTLIER</source>
        <translation>: ШЕТТЕУ МӘН</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>«Ұсқынсыз үйрек» рангі</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>longest diameter %1 %2, area %3 %4</source>
        <translation>ең үлкен диаметр %1 %2, ауданы %3 %4</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Clinician and AI</source>
        <translation>Дәрігер және ЖИ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Lesion %1: %2</source>
        <translation>Түзіліс %1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>no model was loaded</source>
        <translation>модель жүктелмеген</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>Салмақтар SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Архитектура</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Мақсатты қолданылуы</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Калибрлеу</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Шектеулер</translation>
    </message>
    <message>
        <source>Lesion report</source>
        <translation>Түзіліс бойынша есеп</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>Пациент бойынша есеп</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Түзілістер</translation>
    </message>
    <message>
        <source>No lesion has an image.</source>
        <translation>Суреті бар түзіліс жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) without a current analysis.</source>
        <translation>
            <numerusform>Ағымдағы талдауы жоқ %n түзіліс.</numerusform>
            <numerusform>Ағымдағы талдауы жоқ %n түзіліс.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Жасалған: %1</translation>
    </message>
    <message>
        <source>Dermalens: %1</source>
        <translation>Dermalens: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>бет %1 / %2</translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation>қаралу %1 (%2)</translation>
    </message>
    <message>
        <source>visit %1 (day %2)</source>
        <translation>қаралу %1 (%2-күн)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <source>left</source>
        <translation>сол жақ</translation>
    </message>
    <message>
        <source>right</source>
        <translation>оң жақ</translation>
    </message>
    <message>
        <source>midline / both</source>
        <translation>орта сызық / екі жақ</translation>
    </message>
    <message>
        <source>dermoscopic</source>
        <translation>дерматоскопиялық</translation>
    </message>
    <message>
        <source>clinical close-up</source>
        <translation>клиникалық жақын түсірілім</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>жалпы көрініс</translation>
    </message>
    <message>
        <source>new since the previous visit</source>
        <translation>алдыңғы қаралудан кейін жаңа</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>өзгерген</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгермеген</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>салыстыруға келмейді</translation>
    </message>
    <message>
        <source>not imaged at the latest visit</source>
        <translation>соңғы қаралуда түсірілмеген</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>бір қаралу</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>reassure</source>
        <translation>алаңдамауға кеңес беру</translation>
    </message>
    <message>
        <source>monitor, review in %1 months</source>
        <translation>бақылау, %1 айдан кейін қайта қарау</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>бақылау</translation>
    </message>
    <message>
        <source>excise</source>
        <translation>кесіп алу</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>жолдау</translation>
    </message>
    <message>
        <source>refer to %1</source>
        <translation>жолдау: %1</translation>
    </message>
    <message>
        <source>agrees with the AI result</source>
        <translation>ЖИ нәтижесімен келіседі</translation>
    </message>
    <message>
        <source>disagrees with the AI result</source>
        <translation>ЖИ нәтижесімен келіспейді</translation>
    </message>
    <message>
        <source>OUT OF DISTRIBUTION: unlike the training images</source>
        <translation>ӘДЕТТЕН ТЫС СУРЕТ: оқыту суреттеріне ұқсамайды</translation>
    </message>
    <message>
        <source>LOW CONFIDENCE: the classes are close</source>
        <translation>ТӨМЕН СЕНІМДІЛІК: кластар жақын</translation>
    </message>
    <message>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>patient</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Grad-CAM for %1 (%2, opacity following the map up to %3 %%4)</source>
        <translation>%1 үшін Grad-CAM (%2, мөлдір еместік картаға сәйкес, ең көбі %3 %%4)</translation>
    </message>
    <message>
        <source>Suspicious (operating point %1)</source>
        <translation>Күдікті (жұмыс нүктесі %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>model</comment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>default</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>меланома сезімталдығы %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>қатерлілік сезімталдығы %1&#xa0;%</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>Юден индексі (меланома)</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>Юден индексі (қатерлі)</translation>
    </message>
    <message>
        <source>SUSPICIOUS (at or above %1)</source>
        <translation>КҮДІКТІ (%1 шегіне тең немесе жоғары)</translation>
    </message>
    <message>
        <source>no (below %1)</source>
        <translation>жоқ (%1 шегінен төмен)</translation>
    </message>
    <message>
        <source>Operating point: none (no model was loaded, no lesion is called suspicious)</source>
        <translation>Жұмыс нүктесі: жоқ (модель жүктелмеген, ешбір түзіліс күдікті деп саналмайды)</translation>
    </message>
    <message>
        <source>Operating point: default, threshold %1 (the model card has no validation ROC)</source>
        <translation>Жұмыс нүктесі: әдепкі, шек %1 (модель картасында валидациялық ROC жоқ)</translation>
    </message>
    <message>
        <source>Operating point: %1 (sensitivity %2, specificity %3 on the validation fold), threshold %4</source>
        <translation>Жұмыс нүктесі: %1 (валидациялық бөлікте сезімталдық %2, ерекшелік %3), шек %4</translation>
    </message>
    <message>
        <source>%1: a calibrated malignant probability at or above the threshold is called suspicious; the ugly-duckling rank weighs each lesion&apos;s malignant evidence against the patient&apos;s own lesions, and the first is called most unusual when its score is at least %2 and its malignant probability at least %3; out-of-distribution and low-confidence results are flagged.</source>
        <translation>%1: калибрленген қатерлілік ықтималдығы шекке тең немесе одан жоғары болса, түзіліс күдікті деп саналады; «ұсқынсыз үйрек» рангі әр түзілістің қатерлілік дәлелін сол пациенттің басқа түзілістерімен салыстырады, ал бірінші орындағысы ұпайы кемінде %2 және қатерлілік ықтималдығы кемінде %3 болғанда ең ерекше деп саналады; әдеттен тыс суреттер (үлестірімнен тыс) мен төмен сенімділік нәтижелері белгіленеді.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AiAgreementBox</name>
    <message>
        <source>AI result on screen</source>
        <translation>Экрандағы ЖИ нәтижесі</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Келісемін</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Келіспеймін</translation>
    </message>
    <message>
        <source>No AI result on screen for this image.</source>
        <translation>Бұл сурет үшін экранда ЖИ нәтижесі жоқ.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisProgress</name>
    <message>
        <source>Analysing images…</source>
        <translation>Суреттер талдануда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Талдау</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisService</name>
    <message>
        <source>unexpected error while loading the model</source>
        <translation>модельді жүктеу кезінде күтпеген қате</translation>
    </message>
    <message>
        <source>unexpected error during analysis</source>
        <translation>талдау кезінде күтпеген қате</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AssignDialog</name>
    <message>
        <source>Assign to Patient / Lesion</source>
        <translation>Пациентке / түзіліске тағайындау</translation>
    </message>
    <message>
        <source>Move the images of the selected lesions to another patient or lesion. A new name creates a new patient or lesion.</source>
        <translation>Таңдалған түзілістердің суреттерін басқа пациентке немесе түзіліске жылжыту. Жаңа атау жаңа пациент немесе түзіліс жасайды.</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Пациент:</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>&amp;Түзіліс:</translation>
    </message>
    <message>
        <source>Pick a patient or type a name for a new patient</source>
        <translation>Пациентті таңдаңыз немесе жаңа пациенттің атын енгізіңіз</translation>
    </message>
    <message>
        <source>Pick a lesion or type a new lesion label; leave empty to keep the lesions as they are</source>
        <translation>Түзілісті таңдаңыз немесе жаңа түзілістің атауын енгізіңіз; түзілістерді сол күйінде қалдыру үшін бос қалдырыңыз</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>Аудит журналы</translation>
    </message>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Уақыт (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Жұмыс станциясы</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Барлық әрекеттер</translation>
    </message>
    <message>
        <source>Object or details contain…</source>
        <translation>Нысанда немесе толығырақта бар мәтін…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталу күні</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>Тізбекті тексеру</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорттау…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON экспорттау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>Аудит журналын оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>The chain cannot be checked: %1</source>
        <translation>Тізбекті тексеру мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Тізбек бүтін: %n жазба тексерілді.</numerusform>
            <numerusform>Тізбек бүтін: %n жазба тексерілді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Тізбек %1 жазбада БҰЗЫЛҒАН: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>Аудит журналын экспорттау</translation>
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
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapPanel</name>
    <message>
        <source>Body map</source>
        <translation>Дене картасы</translation>
    </message>
    <message>
        <source>This lesion has no images yet: assign images to it (Edit &gt; Assign to Patient / Lesion…).</source>
        <translation>Бұл түзілістің әлі суреттері жоқ: оған суреттер тағайындаңыз (Түзету &gt; Пациентке / түзіліске тағайындау…).</translation>
    </message>
    <message>
        <source>Click a pin to open its lesion; click the figure to place a lesion there.</source>
        <translation>Түзілісті ашу үшін белгіні шертіңіз; түзілісті сол жерге орналастыру үшін фигураны шертіңіз.</translation>
    </message>
    <message>
        <source>Reading the lesions&apos; positions…</source>
        <translation>Түзілістердің орналасуы оқылуда…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesion(s) on the map</source>
        <translation>
            <numerusform>Картада %n түзіліс ішінен %1</numerusform>
            <numerusform>Картада %n түзіліс ішінен %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Place “%1” here</source>
        <translation>«%1» осы жерге орналастыру</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>&amp;Осы жерге жылжыту</translation>
    </message>
    <message>
        <source>&amp;New lesion here</source>
        <translation>Осы жерде &amp;жаңа түзіліс</translation>
    </message>
    <message>
        <source>%1 placed: %2</source>
        <translation>%1 орналастырылды: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>Дене картасы</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>сол жақ %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>оң жақ %1</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1: the most unusual lesion</source>
        <translation>«Ұсқынсыз үйрек» рангі %1: ең ерекше түзіліс</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1</source>
        <translation>«Ұсқынсыз үйрек» рангі %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) — click to open</source>
        <translation>
            <numerusform>%n сурет — ашу үшін шертіңіз</numerusform>
            <numerusform>%n сурет — ашу үшін шертіңіз</numerusform>
        </translation>
    </message>
    <message>
        <source>No images yet: assign images to this lesion</source>
        <translation>Әлі суреттер жоқ: бұл түзіліске суреттер тағайындаңыз</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Алдыңғы жағы</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқы жағы</translation>
    </message>
    <message>
        <source>R</source>
        <comment>patient&apos;s right</comment>
        <translation>О</translation>
    </message>
    <message>
        <source>L</source>
        <comment>patient&apos;s left</comment>
        <translation>С</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ClassNames</name>
    <message>
        <source>Actinic keratosis / intraepithelial carcinoma</source>
        <translation>Актиникалық кератоз / эпителий ішілік карцинома</translation>
    </message>
    <message>
        <source>Basal cell carcinoma</source>
        <translation>Базальды жасушалы карцинома</translation>
    </message>
    <message>
        <source>Benign keratosis-like lesion</source>
        <translation>Қатерсіз кератоз тәрізді түзіліс</translation>
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
        <translation>Меланоцитті невус</translation>
    </message>
    <message>
        <source>Vascular lesion</source>
        <translation>Тамырлық түзіліс</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ColorLegend</name>
    <message>
        <source>low evidence</source>
        <translation>әлсіз дәлел</translation>
    </message>
    <message>
        <source>high evidence</source>
        <translation>күшті дәлел</translation>
    </message>
    <message>
        <source>Fixed scale across this lesion&apos;s visits: colours are comparable between its images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>Осы түзілістің барлық қаралуларына ортақ шкала: түстер оның суреттері арасында салыстырмалы. Түстің мөлдір еместігі дәлелге сәйкес: дәлел жоқ жер мөлдір.</translation>
    </message>
    <message>
        <source>Per-image min-max: colours are not comparable across images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>Әр сурет бойынша мин.–макс.: түстерді суреттер арасында салыстыруға болмайды. Түстің мөлдір еместігі дәлелге сәйкес: дәлел жоқ жер мөлдір.</translation>
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
        <translation>Пациенттің түзілістеріне оралу (Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan are synchronised</source>
        <translation>Масштаб пен жылжыту үндестірілген</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n lesion(s) — %1</source>
        <translation>
            <numerusform>%n түзілісті салыстыру — %1</numerusform>
            <numerusform>%n түзілісті салыстыру — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>қатерлілік %1 %</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ContourOverlay</name>
    <message>
        <source>Drag to correct the outline</source>
        <translation>Контурды түзету үшін сүйреңіз</translation>
    </message>
    <message>
        <source>Lesion outline (drawn or corrected by the user)</source>
        <translation>Түзіліс контуры (пайдаланушы салған немесе түзеткен)</translation>
    </message>
    <message>
        <source>Lesion outline (found automatically)</source>
        <translation>Түзіліс контуры (автоматты түрде табылған)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::DicomExportDialog</name>
    <message>
        <source>Export DICOM</source>
        <translation>DICOM экспорттау</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Пациент</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Жаңа немесе бос бума</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Мақсатты бума</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>De-identify (DICOM PS3.15 Basic Profile)</source>
        <translation>Иесіздендіру (DICOM PS3.15 Basic Profile)</translation>
    </message>
    <message>
        <source>Keep dates (Retain Longitudinal Temporal Information)</source>
        <translation>Күндерді сақтау (Retain Longitudinal Temporal Information)</translation>
    </message>
    <message>
        <source>Patient name and ID in the files (empty: a code)</source>
        <translation>Файлдардағы пациенттің аты-жөні мен ID (бос болса — код)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Export DICOM Into</source>
        <translation>DICOM экспорттайтын бума</translation>
    </message>
    <message>
        <source>Choose a target folder.</source>
        <translation>Мақсатты буманы таңдаңыз.</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>Экспорттау орындалуда.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left in %1.</source>
        <translation>Экспорттаудан бас тартылды; %1 ішінде ештеңе қалмады.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Экспорттау сәтсіз аяқталды: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) written to %1</source>
        <translation>
            <numerusform>%n нысан %1 ішіне жазылды</numerusform>
            <numerusform>%n нысан %1 ішіне жазылды</numerusform>
        </translation>
    </message>
    <message>
        <source> (de-identified)</source>
        <translation> (иесіздендірілген)</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 өткізіп жіберілді: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingText</name>
    <message>
        <source>Reassure</source>
        <translation>Алаңдамауға кеңес беру</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Бақылау</translation>
    </message>
    <message>
        <source>Excise</source>
        <translation>Кесіп алу</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Жолдау</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Көрсетілмеген</translation>
    </message>
    <message numerus="yes">
        <source>Monitor, review in %n month(s)</source>
        <translation>
            <numerusform>Бақылау, %n айдан кейін қайта қарау</numerusform>
            <numerusform>Бақылау, %n айдан кейін қайта қарау</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>Жолдау: %1</translation>
    </message>
    <message>
        <source>agrees with the AI</source>
        <translation>ЖИ-мен келіседі</translation>
    </message>
    <message>
        <source>disagrees with the AI</source>
        <translation>ЖИ-мен келіспейді</translation>
    </message>
    <message>
        <source>AI agreement not stated</source>
        <translation>ЖИ-мен келісу көрсетілмеген</translation>
    </message>
    <message>
        <source>atypical pigment network</source>
        <translation>атипті пигмент торы</translation>
    </message>
    <message>
        <source>blue-whitish veil</source>
        <translation>көкшіл-ақ перде</translation>
    </message>
    <message>
        <source>atypical vascular pattern</source>
        <translation>атипті тамырлық өрнек</translation>
    </message>
    <message>
        <source>irregular streaks</source>
        <translation>біркелкі емес жолақтар</translation>
    </message>
    <message>
        <source>irregular pigmentation</source>
        <translation>біркелкі емес пигментация</translation>
    </message>
    <message>
        <source>irregular dots/globules</source>
        <translation>біркелкі емес нүктелер/глобулалар</translation>
    </message>
    <message>
        <source>regression structures</source>
        <translation>регрессия құрылымдары</translation>
    </message>
    <message>
        <source>Total %1 (major %2, minor %3)</source>
        <translation>Барлығы %1 (негізгі %2, қосымша %3)</translation>
    </message>
    <message>
        <source>≥ %1 suggests melanoma, consider excision</source>
        <translation>≥ %1 — меланомаға күдік бар, кесіп алуды қарастырыңыз</translation>
    </message>
    <message>
        <source>below %1, no melanoma suggested</source>
        <translation>%1 шегінен төмен — меланомаға күдік жоқ</translation>
    </message>
    <message>
        <source>Scored: %1</source>
        <translation>Есептелді: %1</translation>
    </message>
    <message>
        <source>Not assessed (score incomplete): %1</source>
        <translation>Бағаланбаған (ұпай толық емес): %1</translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>қатерлілік %1 %</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>төмен сенімділік</translation>
    </message>
    <message>
        <source>unusual image (out of distribution)</source>
        <translation>әдеттен тыс сурет (үлестірімнен тыс)</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>дәрігер көрсетілмеген</translation>
    </message>
    <message>
        <source>7-point %1</source>
        <translation>7 пункттік тізім: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingsForm</name>
    <message>
        <source>Free-text notes</source>
        <translation>Еркін мәтінді жазбалар</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Емдеу тактикасы</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>Атыңыз (есте сақталады)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Дәрігер</translation>
    </message>
    <message>
        <source>Save Finding</source>
        <translation>Қорытындыны сақтау</translation>
    </message>
    <message>
        <source>Record this assessment; earlier findings are kept</source>
        <translation>Осы бағалауды жазу; бұрынғы қорытындылар сақталады</translation>
    </message>
    <message>
        <source>Earlier findings of this lesion</source>
        <translation>Осы түзілістің бұрынғы қорытындылары</translation>
    </message>
    <message>
        <source>No finding recorded for this visit yet.</source>
        <translation>Бұл қаралу үшін әлі қорытынды жазылмаған.</translation>
    </message>
    <message>
        <source>Newest finding of this visit: %1 by %2.</source>
        <translation>Осы қаралудың соңғы қорытындысы: %1, авторы %2.</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>дәрігер көрсетілмеген</translation>
    </message>
    <message>
        <source>AI then: %1 (%2).</source>
        <translation>Сол кездегі ЖИ: %1 (%2).</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>осы қаралу</translation>
    </message>
    <message>
        <source>another visit</source>
        <translation>басқа қаралу</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Enter your name to sign the finding.</source>
        <translation>Қорытындыға қол қою үшін атыңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageQualityNote</name>
    <message>
        <source>Image quality</source>
        <translation>Сурет сапасы</translation>
    </message>
    <message>
        <source>Blurred image — prediction may be unreliable</source>
        <translation>Бұлыңғыр сурет — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Image too dark — prediction may be unreliable</source>
        <translation>Сурет тым қараңғы — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Image too bright (clipped) — prediction may be unreliable</source>
        <translation>Сурет тым ашық (шектелген) — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Skin-marker ink in the image — prediction may be unreliable</source>
        <translation>Суретте тері маркерінің сиясы бар — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Ruler in the image — prediction may be unreliable</source>
        <translation>Суретте сызғыш бар — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Heavy hair over the lesion — prediction may be unreliable</source>
        <translation>Түзілістің үстінде қалың түк бар — болжам сенімсіз болуы мүмкін</translation>
    </message>
    <message>
        <source>Checking image quality…</source>
        <translation>Сурет сапасы тексерілуде…</translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation>Жазбалар қоймасы ашылмаған.</translation>
    </message>
    <message>
        <source>%1: %2 (threshold %3)</source>
        <translation>%1: %2 (шек %3)</translation>
    </message>
    <message>
        <source>No blur, exposure, ink, ruler or heavy-hair problem found.</source>
        <translation>Бұлыңғырлық, экспозиция, сия, сызғыш немесе қалың түк мәселесі табылмады.</translation>
    </message>
    <message>
        <source>Image quality not checked: %1</source>
        <translation>Сурет сапасы тексерілмеді: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Сурет</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 мм</translation>
    </message>
    <message>
        <source>%1 px (not calibrated)</source>
        <translation>%1 пкс (калибрленбеген)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Импорттау әлдеқашан орындалуда.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>%n элемент оқылуда…</numerusform>
            <numerusform>%n элемент оқылуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while reading the files.</source>
        <translation>Файлдарды оқу кезінде күтпеген қате.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорттаудан бас тартылды; ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>Оқылатын суреттер табылмады.</translation>
    </message>
    <message>
        <source>Some images need your review before they are imported.</source>
        <translation>Кейбір суреттерді импорттау алдында тексеру қажет.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n image(s)…</source>
        <translation>
            <numerusform>%n сурет импортталуда…</numerusform>
            <numerusform>%n сурет импортталуда…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while importing.</source>
        <translation>Импорттау кезінде күтпеген қате.</translation>
    </message>
    <message>
        <source>Import cancelled; the images imported before that are kept.</source>
        <translation>Импорттаудан бас тартылды; оған дейін импортталған суреттер сақталады.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>%n сурет импортталды</numerusform>
            <numerusform>%n сурет импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store</source>
        <translation>
            <numerusform>%n қоймада бұрыннан бар</numerusform>
            <numerusform>%n қоймада бұрыннан бар</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see Problems)</source>
        <translation>
            <numerusform>%n өткізіп жіберілді («Мәселелер» қараңыз)</numerusform>
            <numerusform>%n өткізіп жіберілді («Мәселелер» қараңыз)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>Импортты тексеру</translation>
    </message>
    <message>
        <source>Check what will be imported. Items marked “Review” could not be grouped with confidence: choose the lesion each belongs to, a new lesion, or skip it. Nothing is saved until you press Import.</source>
        <translation>Не импортталатынын тексеріңіз. «Тексеру» деп белгіленген элементтерді сенімді топтастыру мүмкін болмады: әрқайсысы қай түзіліске жататынын, жаңа түзілісті таңдаңыз немесе оны өткізіп жіберіңіз. «Импорттау» батырмасын басқанша ештеңе сақталмайды.</translation>
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
        <translation>Түзіліс</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Қаралу</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Көшірме</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Өткізіп жіберу</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Оқылмайды</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>%1 үшін шешім</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1 түзілісіне қосу</translation>
    </message>
    <message>
        <source>lesion %1</source>
        <translation>түзіліс %1</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>Жаңа түзіліс</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (жаңа)</translation>
    </message>
    <message>
        <source>unnamed lesion</source>
        <translation>атаусыз түзіліс</translation>
    </message>
    <message>
        <source>%1 new · %2 duplicate · %3 to review · %4 unreadable</source>
        <translation>жаңа: %1 · көшірме: %2 · тексеруге: %3 · оқылмайды: %4</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>%n суретті импорттау</numerusform>
            <numerusform>%n суретті импорттау</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::InlineProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
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
        <translation>Пациенттің түзілістеріне оралу (Esc)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Қаралу</translation>
    </message>
    <message>
        <source>Follow-up visits of this lesion</source>
        <translation>Осы түзілісті бақылау қаралулары</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Сыйдыру</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Суретті терезеге сыйдыру (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Экрандағы бір пиксельге суреттің бір пикселі (1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Өлшеу</translation>
    </message>
    <message>
        <source>Drag a line on the image to measure it</source>
        <translation>Өлшеу үшін суретте сызық сызыңыз</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Калибрлеу…</translation>
    </message>
    <message>
        <source>Tell the length of the drawn line in mm</source>
        <translation>Сызылған сызықтың ұзындығын мм-мен көрсетіңіз</translation>
    </message>
    <message>
        <source>Visit %1%2</source>
        <translation>Қаралу %1%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 жүктелуде…</translation>
    </message>
    <message>
        <source>Pixel spacing known</source>
        <translation>Пиксель аралығы белгілі</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Модель жүктелуде…</translation>
    </message>
    <message>
        <source>No model loaded: %1</source>
        <translation>Модель жүктелмеген: %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Талдануда…</translation>
    </message>
    <message>
        <source>Draw a line first (Measure)</source>
        <translation>Алдымен сызық сызыңыз (Өлшеу)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Калибрлеу</translation>
    </message>
    <message>
        <source>Length of the drawn line (mm):</source>
        <translation>Сызылған сызықтың ұзындығы (мм):</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>модель жоқ</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel</source>
        <translation>Калибрленді: пиксельге %1 мм</translation>
    </message>
    <message>
        <source>calibration saved</source>
        <translation>калибрлеу сақталды</translation>
    </message>
    <message>
        <source>&amp;Delete This Image…</source>
        <translation>Бұл суретті &amp;жою…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>Бақылау…</translation>
    </message>
    <message>
        <source>Compare this lesion&apos;s visits: aligned overlay and change figures</source>
        <translation>Осы түзілістің қаралуларын салыстыру: тураланған қабат және өзгеріс көрсеткіштері</translation>
    </message>
    <message>
        <source>Why this rank?</source>
        <translation>Неге бұл ранг?</translation>
    </message>
    <message>
        <source>How this lesion compares with the patient&apos;s other lesions</source>
        <translation>Бұл түзіліс пациенттің басқа түзілістерімен қалай салыстырылады</translation>
    </message>
    <message>
        <source>Keep Line</source>
        <translation>Сызықты сақтау</translation>
    </message>
    <message>
        <source>Store the drawn line as a measurement of this image</source>
        <translation>Сызылған сызықты осы суреттің өлшемі ретінде сақтау</translation>
    </message>
    <message>
        <source>AI Result</source>
        <translation>ЖИ нәтижесі</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Қорытындылар</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <source>Line kept (see Measurements)</source>
        <translation>Сызық сақталды (Өлшемдер бөлімін қараңыз)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTile</name>
    <message>
        <source>Most unusual</source>
        <translation>Ең ерекше</translation>
    </message>
    <message>
        <source>Rank 1</source>
        <translation>1-орын</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n қаралу</numerusform>
            <numerusform>%n қаралу</numerusform>
        </translation>
    </message>
    <message>
        <source>Malignant %1 %</source>
        <translation>Қатерлілік %1 %</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1 · z %2</source>
        <translation>«Ұсқынсыз үйрек» рангі %1 · z %2</translation>
    </message>
    <message>
        <source>Ugly-duckling rank pending</source>
        <translation>«Ұсқынсыз үйрек» рангі әлі анықталмаған</translation>
    </message>
    <message>
        <source>⚠ low confidence / unusual image</source>
        <translation>⚠ төмен сенімділік / әдеттен тыс сурет</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
    <message>
        <source>No ugly-duckling rank: one lesion</source>
        <translation>«Ұсқынсыз үйрек» рангі жоқ: бір түзіліс</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>Күдікті</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTileModel</name>
    <message>
        <source>could not be analysed</source>
        <translation>талдау мүмкін болмады</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>әлі талданбаған</translation>
    </message>
    <message>
        <source>Suspicious at: %1</source>
        <translation>Күдік шегі: %1</translation>
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
        <translation>Суреттерді &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Буманы ашу…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo Study</source>
        <translation>&amp;Демо-зерттеуді ашу</translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation>Көріністі PNG ретінде &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Backup Store…</source>
        <translation>Қойманың сақтық &amp;көшірмесі…</translation>
    </message>
    <message>
        <source>&amp;Restore Store…</source>
        <translation>Қойманы &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>Пациентке / түзіліске &amp;тағайындау…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>Түзілісті &amp;жою…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Терезеге &amp;сыйдыру</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Нақты өлшем (100 %)</translation>
    </message>
    <message>
        <source>Toggle &amp;Grad-CAM Overlay</source>
        <translation>&amp;Grad-CAM қабатын қосу/өшіру</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>&amp;Мәселелер…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Құралдар</translation>
    </message>
    <message>
        <source>Analyse &amp;Patient</source>
        <translation>&amp;Пациентті талдау</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Analyse &amp;All</source>
        <translation>Бәрін &amp;талдау</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Model Card…</source>
        <translation>&amp;Модель картасы…</translation>
    </message>
    <message>
        <source>&amp;About Dermalens</source>
        <translation>Dermalens &amp;туралы</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Суреттерді ашу</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;All files (*)</source>
        <translation>Суреттер (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Буманы ашу</translation>
    </message>
    <message>
        <source>Export View as PNG</source>
        <translation>Көріністі PNG ретінде экспорттау</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG суреті (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Экспорттау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сақталды: %1</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>Жазбалар қоймасы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The language changes the next time Dermalens starts.</source>
        <translation>Тіл Dermalens келесі рет іске қосылғанда өзгереді.</translation>
    </message>
    <message>
        <source>Assign failed</source>
        <translation>Тағайындау сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>бұл пациентті</translation>
    </message>
    <message>
        <source>Delete Patient</source>
        <translation>Пациентті жою</translation>
    </message>
    <message>
        <source>Delete %1 with all lesions and images?</source>
        <translation>%1 барлық түзілістерімен және суреттерімен жойылсын ба?</translation>
    </message>
    <message>
        <source>Delete Lesion</source>
        <translation>Түзілісті жою</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lesion(s) with all their images?</source>
        <translation>
            <numerusform>%n түзіліс барлық суреттерімен жойылсын ба?</numerusform>
            <numerusform>%n түзіліс барлық суреттерімен жойылсын ба?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Суретті жою</translation>
    </message>
    <message>
        <source>Delete this image and its analyses?</source>
        <translation>Бұл сурет және оның талдаулары жойылсын ба?</translation>
    </message>
    <message>
        <source>About Dermalens</source>
        <translation>Dermalens туралы</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;Offline dermoscopy viewer with AI decision support.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only — not a diagnosis. Not a medical device.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;ЖИ негізінде шешім қабылдауды қолдайтын офлайн дерматоскопиялық қарау бағдарламасы.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Тек шешім қабылдауды қолдау — диагноз емес. Медициналық бұйым емес.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Есепті экспорттау…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export &amp;DICOM…</source>
        <translation>DICOM &amp;форматында экспорттау…</translation>
    </message>
    <message>
        <source>&amp;PACS…</source>
        <translation>PACS-пен &amp;жұмыс…</translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation>&amp;Дене картасы</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>&amp;Аудит журналы…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MainWindow</name>
    <message>
        <source>Loading the model…</source>
        <translation>Модель жүктелуде…</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Талдау тоқтатылды.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n мәселе</numerusform>
            <numerusform>⚠ %n мәселе</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the SYNTHETIC demo study…</source>
        <translation>СИНТЕТИКАЛЫҚ демо-зерттеу жазылуда…</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>Оқылатын суреттер табылмады.</translation>
    </message>
    <message>
        <source>Model %1 %2 on %3</source>
        <translation>Модель %1 %2, құрылғы: %3</translation>
    </message>
    <message>
        <source>No AI model loaded — images can be viewed, but not analysed. %1
Choose a model in Tools &gt; Settings…</source>
        <translation>ЖИ моделі жүктелмеген — суреттерді қарауға болады, бірақ талдауға болмайды. %1
Модельді таңдау: Құралдар &gt; Баптаулар…</translation>
    </message>
    <message>
        <source>No AI model loaded.</source>
        <translation>ЖИ моделі жүктелмеген.</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>модель жоқ</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA</source>
        <translation>СИНТЕТИКАЛЫҚ ДЕРЕКТЕР</translation>
    </message>
    <message numerus="yes">
        <source>Analysis complete: %n image(s) analysed.</source>
        <translation>
            <numerusform>Талдау аяқталды: %n сурет талданды.</numerusform>
            <numerusform>Талдау аяқталды: %n сурет талданды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record store could not be opened: %1</source>
        <translation>Жазбалар қоймасын ашу мүмкін болмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved the images of %n lesion(s).</source>
        <translation>
            <numerusform>%n түзілістің суреттері жылжытылды.</numerusform>
            <numerusform>%n түзілістің суреттері жылжытылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient deleted.</source>
        <translation>Пациент жойылды.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) deleted.</source>
        <translation>
            <numerusform>%n түзіліс жойылды.</numerusform>
            <numerusform>%n түзіліс жойылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image deleted.</source>
        <translation>Сурет жойылды.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ManagementEditor</name>
    <message>
        <source>Management</source>
        <translation>Емдеу тактикасы</translation>
    </message>
    <message>
        <source> months</source>
        <translation> айдан кейін</translation>
    </message>
    <message>
        <source>review in </source>
        <translation>қайта қарау: </translation>
    </message>
    <message>
        <source>Review interval in months</source>
        <translation>Қайта қарау аралығы (ай)</translation>
    </message>
    <message>
        <source>Refer to (e.g. dermatosurgery)</source>
        <translation>Жолдау орны (мысалы, дерматохирургия)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Жолданған орны</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MeasurementList</name>
    <message>
        <source>Measure draws a ruler line on the image; Keep Line stores it for this image. Lengths are in mm once the image is calibrated (or its file states the pixel spacing).</source>
        <translation>«Өлшеу» суретте сызғыш сызығын салады; «Сызықты сақтау» оны осы сурет үшін сақтайды. Сурет калибрленгеннен кейін (немесе оның файлында пиксель аралығы көрсетілсе) ұзындықтар мм-мен беріледі.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Өлшемдер</translation>
    </message>
    <message>
        <source>Delete Measurement</source>
        <translation>Өлшемді жою</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>мән жоқ</translation>
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
        <translation>%1 пкс (калибрленбеген)</translation>
    </message>
    <message>
        <source>%1 px² (not calibrated)</source>
        <translation>%1 пкс² (калибрленбеген)</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message>
        <source>Kept %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Measurement deleted.</source>
        <translation>Өлшем жойылды.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Жойылмады: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ModelCardDialog</name>
    <message>
        <source>Model card</source>
        <translation>Модель картасы</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>Модель жүктелмеген</translation>
    </message>
    <message>
        <source>version</source>
        <translation>нұсқа</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>архитектура</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>Тек шешім қабылдауды қолдау — диагноз емес.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Кластар</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Салмақтар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Heatmap faithfulness</source>
        <translation>Жылу картасының шынайылығы</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointChooser</name>
    <message>
        <source>Operating point</source>
        <translation>Жұмыс нүктесі</translation>
    </message>
    <message>
        <source>Malignant sensitivity</source>
        <translation>Қатерлілік сезімталдығы</translation>
    </message>
    <message>
        <source>Melanoma sensitivity</source>
        <translation>Меланома сезімталдығы</translation>
    </message>
    <message>
        <source>Model default: %1</source>
        <translation>Модельдің әдепкі мәні: %1</translation>
    </message>
    <message>
        <source>Custom sensitivity…</source>
        <translation>Басқа сезімталдық…</translation>
    </message>
    <message>
        <source>No model is loaded: the default threshold of 50 % applies until one is.</source>
        <translation>Модель жүктелмеген: модель жүктелгенге дейін әдепкі 50 % шегі қолданылады.</translation>
    </message>
    <message>
        <source>Suspicious at a malignant probability of %1 or more (the model card has no validation ROC).</source>
        <translation>Қатерлілік ықтималдығы %1 немесе одан жоғары болса, түзіліс күдікті (модель картасында валидациялық ROC жоқ).</translation>
    </message>
    <message>
        <source>Sensitivity %1 costs specificity %2 on the validation fold: %3 of lesions without the condition are called suspicious. Suspicious at a malignant probability of %4 or more.</source>
        <translation>%1 сезімталдық валидациялық бөлікте %2 ерекшелік есебінен алынады: ауруы жоқ түзілістердің %3 күдікті деп саналады. Қатерлілік ықтималдығы %4 немесе одан жоғары болса, түзіліс күдікті.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointText</name>
    <message>
        <source>default</source>
        <translation>әдепкі</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>меланома сезімталдығы %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>қатерлілік сезімталдығы %1&#xa0;%</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>Юден индексі (меланома)</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>Юден индексі (қатерлі)</translation>
    </message>
    <message>
        <source>default, threshold %1 (the model card has no validation ROC)</source>
        <translation>әдепкі, шек %1 (модель картасында валидациялық ROC жоқ)</translation>
    </message>
    <message>
        <source>%1 (sensitivity %2, specificity %3), threshold %4</source>
        <translation>%1 (сезімталдық %2, ерекшелік %3), шек %4</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OutputActions</name>
    <message>
        <source>No patient</source>
        <translation>Пациент жоқ</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>Алдымен пациентті ашыңыз.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayBlendView</name>
    <message>
        <source>Later visit aligned onto the earlier (black: outside the later image)</source>
        <translation>Кейінгі қаралу ертеректегісіне тураланған (қара: кейінгі суреттен тыс)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <source>Blend of the aligned after image</source>
        <translation>Тураланған «кейін» суретін араластыру</translation>
    </message>
    <message>
        <source>0 % shows the earlier visit, 100 % the later one, aligned</source>
        <translation>0 % ертеректегі қаралуды, 100 % тураланған кейінгісін көрсетеді</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Әзірге салыстыру жоқ</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Араластыру</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>Жыпылықтау</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Сырғыту</translation>
    </message>
    <message>
        <source>How the two visits are overlaid</source>
        <translation>Екі қаралуды қабаттастыру тәсілі</translation>
    </message>
    <message>
        <source>Blend: mix the two images. Flicker: alternate them. Swipe: drag a divider, before on the left, after on the right</source>
        <translation>Араластыру: екі суретті араластыру. Жыпылықтау: оларды кезектестіру. Сырғыту: бөлгішті сүйреу, бұрынғысы сол жақта, кейінгісі оң жақта</translation>
    </message>
    <message>
        <source>Drag the divider: before ◀ | ▶ after</source>
        <translation>Бөлгішті сүйреңіз: бұрын ◀ | ▶ кейін</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>How long each visit is shown</source>
        <translation>Әр қаралудың көрсетілу ұзақтығы</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Кідірту</translation>
    </message>
    <message>
        <source>Hold the image shown now</source>
        <translation>Қазір көрсетілген суретті ұстап тұру</translation>
    </message>
    <message>
        <source>Each image for</source>
        <translation>Әр суретті көрсету</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the later visit is only scaled to the earlier one&apos;s size</source>
        <translation>ТУРАЛАНБАҒАН: кейінгі қаралу тек алдыңғысының өлшеміне масштабталған</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayControls</name>
    <message>
        <source>Overlay opacity</source>
        <translation>Қабаттың мөлдір еместігі</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Мөлдір еместік</translation>
    </message>
    <message>
        <source>Class explained by the heatmap</source>
        <translation>Жылу картасы түсіндіретін класс</translation>
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
        <translation>Viridis (түс соқырлығында қолайлы)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (түс соқырлығында қолайлы)</translation>
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
        <translation>Суреттің қай аймақтары модельді таңдалған класқа бейімдегенін көрсететін жылу картасы (G)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Түс картасы</translation>
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
        <translation>%1 жіберу</translation>
    </message>
    <message>
        <source>Send Patient</source>
        <translation>Пациентті жіберу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Пациент ID</translation>
    </message>
    <message>
        <source>Name (wildcards * ?)</source>
        <translation>Аты-жөні (* ? үлгілері)</translation>
    </message>
    <message>
        <source>Study date (YYYYMMDD or a range)</source>
        <translation>Зерттеу күні (ЖЖЖЖААКК немесе аралық)</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>Эхо-тест</translation>
    </message>
    <message>
        <source>Find Patients</source>
        <translation>Пациенттерді іздеу</translation>
    </message>
    <message>
        <source>Find Studies</source>
        <translation>Зерттеулерді іздеу</translation>
    </message>
    <message>
        <source>Retrieve Selected Study</source>
        <translation>Таңдалған зерттеуді алу</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 сәтсіз аяқталды: %2</translation>
    </message>
    <message>
        <source>Another call is running.</source>
        <translation>Басқа сұрау орындалуда.</translation>
    </message>
    <message>
        <source>Echo to %1:%2…</source>
        <translation>%1:%2 эхо-тест…</translation>
    </message>
    <message>
        <source>%1 answered the echo.</source>
        <translation>%1 эхо-тестке жауап берді.</translation>
    </message>
    <message>
        <source>Finding patients…</source>
        <translation>Пациенттер ізделуде…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>%n пациент табылды.</numerusform>
            <numerusform>%n пациент табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding studies…</source>
        <translation>Зерттеулер ізделуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>%n зерттеу табылды.</numerusform>
            <numerusform>%n зерттеу табылды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Зерттеулер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттама</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>Модальдықтар</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>Зерттеу UID</translation>
    </message>
    <message>
        <source>Find studies and select one first.</source>
        <translation>Алдымен зерттеулерді іздеп, біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>Алынуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>%n сурет импортталды</numerusform>
            <numerusform>%n сурет импортталды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the store.</source>
        <translation>
            <numerusform>, %n қоймада бұрыннан бар.</numerusform>
            <numerusform>, %n қоймада бұрыннан бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>Алу</translation>
    </message>
    <message>
        <source>Open a patient to send.</source>
        <translation>Жіберу үшін пациентті ашыңыз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) refused, the first: %1</source>
        <translation>
            <numerusform>%n нысан қабылданбады, біріншісі: %1</numerusform>
            <numerusform>%n нысан қабылданбады, біріншісі: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) sent.</source>
        <translation>
            <numerusform>%n нысан жіберілді.</numerusform>
            <numerusform>%n нысан жіберілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PacsNodeEditor</name>
    <message>
        <source>New node</source>
        <translation>Жаңа түйін</translation>
    </message>
    <message>
        <source>Save Node</source>
        <translation>Түйінді сақтау</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Configured nodes</source>
        <translation>Бапталған түйіндер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Хост және порт</translation>
    </message>
    <message>
        <source>Node AE title (called)</source>
        <translation>Түйіннің AE Title (шақырылатын)</translation>
    </message>
    <message>
        <source>Our AE title (calling)</source>
        <translation>Біздің AE Title (шақырушы)</translation>
    </message>
    <message>
        <source>C-GET (no port to open)</source>
        <translation>C-GET (порт ашудың қажеті жоқ)</translation>
    </message>
    <message>
        <source>C-MOVE to us</source>
        <translation>Бізге C-MOVE</translation>
    </message>
    <message>
        <source>C-MOVE: the port the node sends the objects to</source>
        <translation>C-MOVE: түйін нысандарды жіберетін порт</translation>
    </message>
    <message>
        <source>Retrieve with (receive port)</source>
        <translation>Алу тәсілі (қабылдау порты)</translation>
    </message>
    <message>
        <source>(new node)</source>
        <translation>(жаңа түйін)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientListPanel</name>
    <message>
        <source>Search name, id or birth date</source>
        <translation>Аты, ID немесе туған күні</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Пациенттерді іздеу</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Соңғылар</translation>
    </message>
    <message>
        <source>Patients opened most recently</source>
        <translation>Соңғы ашылған пациенттер</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Пациенттер</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>«%1» сұрауына сәйкес пациент жоқ.</translation>
    </message>
    <message>
        <source>No patient opened yet.</source>
        <translation>Әзірге ешбір пациент ашылмады.</translation>
    </message>
    <message>
        <source>No patients yet: open images, a folder or the demo study.</source>
        <translation>Әзірге пациенттер жоқ: суреттерді, буманы немесе демо-зерттеуді ашыңыз.</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>туған күні %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n түзіліс</numerusform>
            <numerusform>%n түзіліс</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>&amp;Delete Patient…</source>
        <translation>Пациентті &amp;жою…</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>соңғы қаралу %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientPage</name>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Сұрыптау</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>«Ұсқынсыз үйрек» рангі</translation>
    </message>
    <message>
        <source>Malignant probability</source>
        <translation>Қатерлілік ықтималдығы</translation>
    </message>
    <message>
        <source>Date (newest first)</source>
        <translation>Күні (алдымен жаңалары)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Салыстыру</translation>
    </message>
    <message>
        <source>Select 2 to 4 lesions (Ctrl+click) to compare them side by side</source>
        <translation>Қатар салыстыру үшін 2–4 түзілісті таңдаңыз (Ctrl+шерту)</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>Түзілістер</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>%n түзіліс</numerusform>
            <numerusform>%n түзіліс</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 analysed</source>
        <translation>%2 ішінен %1 талданды</translation>
    </message>
    <message>
        <source>ranked by how unusual each lesion looks within this patient</source>
        <translation>әр түзілістің осы пациентте қаншалықты ерекше көрінетініне қарай реттелген</translation>
    </message>
    <message>
        <source>ugly-duckling ranking after analysis</source>
        <translation>«ұсқынсыз үйрек» белгісі бойынша реттеу талдаудан кейін</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>&amp;Салыстыру (%1)</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>Пациентке / түзіліске &amp;тағайындау…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>Түзілісті &amp;жою…</translation>
    </message>
    <message>
        <source>Body &amp;map</source>
        <translation>&amp;Дене картасы</translation>
    </message>
    <message>
        <source>Show the lesions on the front and back body diagram</source>
        <translation>Түзілістерді дененің алдыңғы және артқы сызбасында көрсету</translation>
    </message>
    <message>
        <source>suspicious at %1</source>
        <translation>күдік шегі: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PredictionPanel</name>
    <message>
        <source>AI analysis</source>
        <translation>ЖИ талдауы</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>Тек шешім қабылдауды қолдау — диагноз емес.</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>Модель картасы…</translation>
    </message>
    <message>
        <source>Intended use, limitations and measured performance of the model</source>
        <translation>Модельдің мақсатты қолданылуы, шектеулері және өлшенген көрсеткіштері</translation>
    </message>
    <message>
        <source>No image selected.</source>
        <translation>Сурет таңдалмаған.</translation>
    </message>
    <message>
        <source>Unusual image: it does not resemble the images the model was trained on (e.g. not dermoscopic, ink marks, poor focus). Treat the result with caution.</source>
        <translation>Әдеттен тыс сурет: ол модель оқытылған суреттерге ұқсамайды (мысалы, дерматоскопиялық емес, сия белгілері, фокусы нашар). Нәтижеге сақтықпен қараңыз.</translation>
    </message>
    <message>
        <source>Low confidence: the model is uncertain between several classes.</source>
        <translation>Төмен сенімділік: модель бірнеше класс арасында сенімсіз.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Ереже: %1</translation>
    </message>
    <message>
        <source>Malignant probability: %1</source>
        <translation>Қатерлілік ықтималдығы: %1</translation>
    </message>
    <message>
        <source>Uncertainty (normalised entropy): %1</source>
        <translation>Белгісіздік (нормаланған энтропия): %1</translation>
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
Құрылғы: %3 · Уақыт: %4 мс</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <source>Top class: %1 (%2)</source>
        <translation>Ең ықтимал класс: %1 (%2)</translation>
    </message>
    <message>
        <source>SUSPICIOUS at the operating point %1</source>
        <translation>%1 жұмыс нүктесінде КҮДІКТІ</translation>
    </message>
    <message>
        <source>Not suspicious at the operating point %1</source>
        <translation>%1 жұмыс нүктесінде күдікті емес</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProbabilityBar</name>
    <message>
        <source>%1 (malignant class)</source>
        <translation>%1 (қатерлі класс)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>These files could not be read or analysed; the others are shown.</source>
        <translation>Бұл файлдарды оқу не талдау мүмкін болмады; қалғандары көрсетілген.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RankExplanationDialog</name>
    <message>
        <source>Why this rank?</source>
        <translation>Неге бұл ранг?</translation>
    </message>
    <message>
        <source>Ranking this patient&apos;s lesions…</source>
        <translation>Пациенттің түзілістері реттелуде…</translation>
    </message>
    <message>
        <source>The lesions could not be ranked: %1</source>
        <translation>Түзілістерді реттеу мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>another lesion</source>
        <translation>басқа түзіліс</translation>
    </message>
    <message>
        <source>This lesion has no rank yet: ranking needs a current analysis of it and at least two analysed lesions in the patient.</source>
        <translation>Бұл түзілістің әлі рангі жоқ: реттеу үшін оның ағымдағы талдауы және пациентте кемінде екі талданған түзіліс қажет.</translation>
    </message>
    <message>
        <source>%1 is ranked %2 of %3 analysed lesions of this patient.</source>
        <translation>%1 осы пациенттің %3 талданған түзілісі ішінде %2-орында.</translation>
    </message>
    <message>
        <source>It is flagged as the most unusual lesion.</source>
        <translation>Ол ең ерекше түзіліс ретінде белгіленген.</translation>
    </message>
    <message>
        <source>This lesion</source>
        <translation>Бұл түзіліс</translation>
    </message>
    <message>
        <source>Most similar (distance %1)</source>
        <translation>Ең ұқсас (қашықтық %1)</translation>
    </message>
    <message>
        <source>Least similar (distance %1)</source>
        <translation>Ең аз ұқсас (қашықтық %1)</translation>
    </message>
    <message>
        <source>Same look-alike group</source>
        <translation>Сол ұқсастар тобы</translation>
    </message>
    <message>
        <source>&lt;b&gt;Malignant evidence:&lt;/b&gt; the model gives %1 % malignant probability; against this patient&apos;s other lesions that is %2 robust standard deviations %3 their median.</source>
        <translation>&lt;b&gt;Қатерлілік дәлелі:&lt;/b&gt; модель %1 % қатерлілік ықтималдығын береді; пациенттің басқа түзілістерімен салыстырғанда бұл олардың медианасынан %2 робаст стандартты ауытқуға %3.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <source>below</source>
        <translation>төмен</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appearance:&lt;/b&gt; %1 robust standard deviations %2 unusual than this patient&apos;s typical lesion (distance to its nearest look-alikes in the model&apos;s features).</source>
        <translation>&lt;b&gt;Сыртқы түрі:&lt;/b&gt; осы пациенттің әдеттегі түзілісінен %1 робаст стандартты ауытқуға %2 ерекше (модель белгілеріндегі ең жақын ұқсастарына дейінгі қашықтық).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>көбірек</translation>
    </message>
    <message>
        <source>less</source>
        <translation>азырақ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 + %2 × %3 = %4. Rank 1 is flagged &quot;most unusual&quot; when its score is at least %5 and its malignant probability at least %6 %.</source>
        <translation>&lt;b&gt;Ұпай:&lt;/b&gt; %1 + %2 × %3 = %4. Ұпайы кемінде %5 және қатерлілік ықтималдығы кемінде %6 % болса, 1-ранг «ең ерекше» деп белгіленеді.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Look-alike group:&lt;/b&gt; %n lesion(s), grouped by average-linkage clustering of the model&apos;s features (cosine distance cut at %1).</source>
        <translation>
            <numerusform>&lt;b&gt;Ұқсастар тобы:&lt;/b&gt; %n түзіліс, модель белгілерін орташа байланыс әдісімен кластерлеу арқылы топталған (косинустық қашықтық шегі %1).</numerusform>
            <numerusform>&lt;b&gt;Ұқсастар тобы:&lt;/b&gt; %n түзіліс, модель белгілерін орташа байланыс әдісімен кластерлеу арқылы топталған (косинустық қашықтық шегі %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision support only: the rank orders lesions for review; it is not a diagnosis.</source>
        <translation>Тек шешім қабылдауды қолдау — диагноз емес: ранг түзілістерді қарау ретіне ғана қояды.</translation>
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
        <translation>Пациентті таңдаңыз.</translation>
    </message>
    <message>
        <source>Select one or more lesions first.</source>
        <translation>Алдымен бір немесе бірнеше түзілісті таңдаңыз.</translation>
    </message>
    <message>
        <source>The records, their analyses and the stored image copies are removed. This cannot be undone.</source>
        <translation>Жазбалар, олардың талдаулары және сақталған сурет көшірмелері жойылады. Мұны болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Есепті экспорттау</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Whole patient: %1</source>
        <translation>Бүкіл пациент: %1</translation>
    </message>
    <message>
        <source>Current lesion: %1</source>
        <translation>Ағымдағы түзіліс: %1</translation>
    </message>
    <message>
        <source>Report of</source>
        <translation>Есеп нысаны</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>De-identify (no name, identifiers, dates or free text)</source>
        <translation>Иесіздендіру (аты, идентификаторлар, күндер және еркін мәтін жоқ)</translation>
    </message>
    <message>
        <source>Gathering the report and rendering its pages…</source>
        <translation>Есеп деректері жиналып, беттері жасалуда…</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>Есепті жасау мүмкін емес: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Decision support only — not a diagnosis.</source>
        <translation>
            <numerusform>%n бет. Тек шешім қабылдауды қолдау — диагноз емес.</numerusform>
            <numerusform>%n бет. Тек шешім қабылдауды қолдау — диагноз емес.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Есеп сақталмады</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>Алдын ала қарау әлі дайын емес.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 жазылуда…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Сақталмады: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%n бет %1 ішіне сақталды.</numerusform>
            <numerusform>%n бет %1 ішіне сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail did not record it: %1</source>
        <translation>Аудит журналы мұны жазбады: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportService</name>
    <message>
        <source>The clinic logo %1 cannot be read; the report has none.</source>
        <translation>Клиника логотипі %1 оқылмайды; есепте логотип болмайды.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RocPlot</name>
    <message>
        <source>Validation ROC curve</source>
        <translation>Валидациялық ROC қисығы</translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation>1 − ерекшелік</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>сезімталдық</translation>
    </message>
    <message>
        <source>The model card has no validation ROC: the default threshold applies.</source>
        <translation>Модель картасында валидациялық ROC жоқ: әдепкі шек қолданылады.</translation>
    </message>
    <message>
        <source>melanoma vs rest</source>
        <translation>меланома басқаларға қарсы</translation>
    </message>
    <message>
        <source>malignant vs benign</source>
        <translation>қатерлі қатерсізге қарсы</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Әдепкі</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Модель бумасы</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Автоматты (қолжетімді болса, GPU)</translation>
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
        <translation>Есептеу құрылғысы</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>Қабаттың мөлдір еместігі</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Түс картасы</translation>
    </message>
    <message>
        <source>Per image (min-max)</source>
        <translation>Әр сурет бойынша (мин.–макс.)</translation>
    </message>
    <message>
        <source>Fixed across a lesion&apos;s visits</source>
        <translation>Түзілістің барлық қаралуларына ортақ</translation>
    </message>
    <message>
        <source>Heatmap scaling</source>
        <translation>Жылу картасын масштабтау</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Жүйелік әдепкі</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Тіл (қайта іске қосқаннан кейін)</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (түс соқырлығында қолайлы)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (түс соқырлығында қолайлы)</translation>
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
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Folder of the patient records and image copies on this workstation (not a network share)</source>
        <translation>Осы жұмыс станциясындағы пациент жазбалары мен сурет көшірмелерінің бумасы (желілік бума емес)</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>Жазбалар қоймасы</translation>
    </message>
    <message>
        <source>Shown on every page of a report</source>
        <translation>Есептің әр бетінде көрсетіледі</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Клиника атауы</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>Клиника логотипі</translation>
    </message>
    <message>
        <source>A lesion is marked suspicious when its calibrated malignant probability reaches the threshold of this point on the model&apos;s validation ROC</source>
        <translation>Калибрленген қатерлілік ықтималдығы модельдің валидациялық ROC қисығындағы осы нүктенің шегіне жеткенде, түзіліс күдікті деп белгіленеді</translation>
    </message>
    <message>
        <source>Suspicious at</source>
        <translation>Күдік шегі</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp);;All files (*)</source>
        <translation>Суреттер (*.png *.jpg *.jpeg *.svg *.bmp);;Барлық файлдар (*)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SevenPointView</name>
    <message>
        <source>7-point score</source>
        <translation>7 пункттік тізім ұпайы</translation>
    </message>
    <message>
        <source>7-point checklist</source>
        <translation>7 пункттік бақылау тізімі</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StoreMaintenance</name>
    <message>
        <source>Record store</source>
        <translation>Жазбалар қоймасы</translation>
    </message>
    <message>
        <source>Back Up the Record Store Into</source>
        <translation>Жазбалар қоймасының сақтық көшірмесін жасау орны</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Сақтық көшірме сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Сақтық көшірме аяқталды</translation>
    </message>
    <message>
        <source>The record store was backed up to %1.</source>
        <translation>Жазбалар қоймасының сақтық көшірмесі %1 ішіне жасалды.</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>Сақтық көшірме немесе қалпына келтіру әлдеқашан орындалуда.</translation>
    </message>
    <message>
        <source>Backing up the record store…</source>
        <translation>Жазбалар қоймасының сақтық көшірмесі жасалуда…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Сақтық көшірме: %1</translation>
    </message>
    <message>
        <source>Restore a Record Store Backup</source>
        <translation>Жазбалар қоймасының сақтық көшірмесін қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore Store</source>
        <translation>Қойманы қалпына келтіру</translation>
    </message>
    <message>
        <source>Restore the backup in %1 into a new store at %2 and switch to it? The store now open (%3) is kept unchanged.</source>
        <translation>%1 ішіндегі сақтық көшірме %2 жаңа қоймасына қалпына келтіріліп, соған ауысылсын ба? Қазір ашық қойма (%3) өзгеріссіз қалады.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Қалпына келтіру сәтсіз аяқталды</translation>
    </message>
    <message>
        <source>Restoring the record store…</source>
        <translation>Жазбалар қоймасы қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>%1 ішіне қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StructuresChecklist</name>
    <message>
        <source>Not assessed</source>
        <translation>Бағаланбаған</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Типтік</translation>
    </message>
    <message>
        <source>Atypical</source>
        <translation>Атипті</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Біркелкі</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>Біркелкі емес</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Бар</translation>
    </message>
    <message>
        <source>7-point major criteria (2 points)</source>
        <translation>7 пункттік тізімнің негізгі критерийлері (2 ұпай)</translation>
    </message>
    <message>
        <source>Pigment network</source>
        <translation>Пигмент торы</translation>
    </message>
    <message>
        <source>Blue-whitish veil</source>
        <translation>Көкшіл-ақ перде</translation>
    </message>
    <message>
        <source>Vascular pattern</source>
        <translation>Тамырлық өрнек</translation>
    </message>
    <message>
        <source>7-point minor criteria (1 point)</source>
        <translation>7 пункттік тізімнің қосымша критерийлері (1 ұпай)</translation>
    </message>
    <message>
        <source>Streaks / pseudopods</source>
        <translation>Жолақтар / псевдоподиялар</translation>
    </message>
    <message>
        <source>Pigmentation (blotches)</source>
        <translation>Пигментация (дақтар)</translation>
    </message>
    <message>
        <source>Dots / globules</source>
        <translation>Нүктелер / глобулалар</translation>
    </message>
    <message>
        <source>Regression structures</source>
        <translation>Регрессия құрылымдары</translation>
    </message>
    <message>
        <source>Other clues (not scored)</source>
        <translation>Басқа белгілер (ұпайға кірмейді)</translation>
    </message>
    <message>
        <source>Milia-like cysts</source>
        <translation>Милиум тәрізді кисталар</translation>
    </message>
    <message>
        <source>Comedo-like openings</source>
        <translation>Комедон тәрізді саңылаулар</translation>
    </message>
    <message>
        <source>Leaf-like areas</source>
        <translation>Жапырақ тәрізді аймақтар</translation>
    </message>
    <message>
        <source>Other structures, comma separated</source>
        <translation>Басқа құрылымдар, үтір арқылы</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Бас тартылуда…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelineChart</name>
    <message>
        <source>Lesion area and malignant probability over the visits</source>
        <translation>Қаралулар бойынша түзіліс ауданы және қатерлілік ықтималдығы</translation>
    </message>
    <message>
        <source>Malignant probability (%)</source>
        <translation>Қатерлілік ықтималдығы (%)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>Ауданы (мм²)</translation>
    </message>
    <message>
        <source>Area relative to the first visit (not calibrated)</source>
        <translation>Бірінші қаралуға қатысты аудан (калибрленбеген)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Қаралу</translation>
    </message>
    <message>
        <source>Relative area</source>
        <translation>Салыстырмалы аудан</translation>
    </message>
    <message>
        <source>Malignant (%)</source>
        <translation>Қатерлілік (%)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelinePage</name>
    <message>
        <source>Visits of this lesion</source>
        <translation>Осы түзілістің қаралулары</translation>
    </message>
    <message>
        <source>Click two visits to compare them</source>
        <translation>Салыстыру үшін екі қаралуды басыңыз</translation>
    </message>
    <message>
        <source>Later visit aligned onto the earlier one</source>
        <translation>Кейінгі қаралу ертеректегісіне тураланған</translation>
    </message>
    <message>
        <source>◀ Lesion</source>
        <translation>◀ Түзіліс</translation>
    </message>
    <message>
        <source>Back to the lesion (Esc)</source>
        <translation>Түзіліске оралу (Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan of the two visits are synchronised</source>
        <translation>Екі қаралудың масштабы мен жылжуы синхрондалған</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>СИНТЕТИКАЛЫҚ</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Бақылау: %1</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Қаралу %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Дейін: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Кейін: %1</translation>
    </message>
    <message>
        <source>Aligning the visits…</source>
        <translation>Қаралулар тураланып жатыр…</translation>
    </message>
    <message>
        <source>Comparing the visits…</source>
        <translation>Қаралулар салыстырылып жатыр…</translation>
    </message>
    <message>
        <source>The visits could not be compared: %1</source>
        <translation>Қаралуларды салыстыру мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No aligned overlay: %1</source>
        <translation>Тураланған қабат жоқ: %1</translation>
    </message>
    <message>
        <source>Edit outlines</source>
        <translation>Контурларды түзету</translation>
    </message>
    <message>
        <source>Drag the outline&apos;s vertices on either visit to correct it</source>
        <translation>Түзету үшін кез келген қаралуда контур төбелерін сүйреңіз</translation>
    </message>
    <message>
        <source>Save outlines</source>
        <translation>Контурларды сақтау</translation>
    </message>
    <message>
        <source>Keep the corrected outlines and recompute the figures</source>
        <translation>Түзетілген контурларды сақтап, көрсеткіштерді қайта есептеу</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <source>Forget the corrections not saved yet</source>
        <translation>Әлі сақталмаған түзетулерді өшіру</translation>
    </message>
    <message>
        <source>Outlines not saved</source>
        <translation>Контурлар сақталмады</translation>
    </message>
    <message>
        <source>The corrected outlines are not saved. Drop the corrections and compare other visits?</source>
        <translation>Түзетілген контурлар сақталмаған. Түзетулерден бас тартып, басқа қаралуларды салыстыру керек пе?</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the alignment of the two images is not trusted (%1). They are shown unaligned; compare them side by side.</source>
        <translation>ТУРАЛАНБАҒАН: екі суретті туралауға сенуге болмайды (%1). Олар тураланбай көрсетілген; оларды қатар салыстырыңыз.</translation>
    </message>
    <message>
        <source>The outlines could not be saved: %1</source>
        <translation>Контурларды сақтау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>Бақылау жоқ: %1</translation>
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
        <translation>Тек шешім қабылдауды қолдау — диагноз емес.</translation>
    </message>
    <message>
        <source>Exported %1 by Dermalens</source>
        <translation>Dermalens арқылы %1 экспортталды</translation>
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
        <translation>ЖИ негізінде шешім қабылдауды қолдайтын офлайн дерматоскопиялық шолу</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>Суреттерді ашу…</translation>
    </message>
    <message>
        <source>JPEG, PNG, TIFF, DICOM (Ctrl+O)</source>
        <translation>JPEG, PNG, TIFF, DICOM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Буманы ашу…</translation>
    </message>
    <message>
        <source>A patient or study folder (Ctrl+Shift+O)</source>
        <translation>Пациент немесе зерттеу бумасы (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open Demo Study</source>
        <translation>Демо-зерттеуді ашу</translation>
    </message>
    <message>
        <source>SYNTHETIC data, no patients</source>
        <translation>СИНТЕТИКАЛЫҚ деректер, пациенттер жоқ</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this window.</source>
        <translation>Немесе файлдар мен бумаларды осы терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis. Not a medical device.</source>
        <translation>Тек шешім қабылдауды қолдау — диагноз емес. Медициналық бұйым емес.</translation>
    </message>
</context>
</TS>
