<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BodyMapView</name>
    <message>
        <source>face</source>
        <translation>얼굴</translation>
    </message>
    <message>
        <source>scalp</source>
        <translation>두피</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>목</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>가슴</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>등 위쪽</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>복부</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>허리</translation>
    </message>
    <message>
        <source>groin</source>
        <translation>사타구니</translation>
    </message>
    <message>
        <source>buttock</source>
        <translation>엉덩이</translation>
    </message>
    <message>
        <source>upper arm</source>
        <translation>위팔</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>아래팔</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>손</translation>
    </message>
    <message>
        <source>thigh</source>
        <translation>허벅지</translation>
    </message>
    <message>
        <source>lower leg</source>
        <translation>종아리</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>발</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>both images calibrated</source>
        <translation>두 이미지 모두 보정됨</translation>
    </message>
    <message>
        <source>aligned on the surrounding skin</source>
        <translation>주변 피부 기준으로 정렬됨</translation>
    </message>
    <message>
        <source>no common scale</source>
        <translation>공통 축척 없음</translation>
    </message>
    <message>
        <source>Sizes not comparable: the images are not calibrated and the skin around the lesion could not be aligned (%1). Calibrate both images to compare them.</source>
        <translation>크기 비교 불가: 이미지가 보정되지 않았고 병변 주변 피부를 정렬할 수 없습니다(%1). 비교하려면 두 이미지를 모두 보정하십시오.</translation>
    </message>
    <message>
        <source>Area ratio: %1 (%2 → %3 %4)</source>
        <translation>면적비: %1 (%2 → %3 %4)</translation>
    </message>
    <message>
        <source>Longest diameter: %1 %2 (%3 → %4 %2, ratio %5)</source>
        <translation>최장 직경: %1 %2 (%3 → %4 %2, 비율 %5)</translation>
    </message>
    <message>
        <source>Sizes compared: %1</source>
        <translation>크기 비교: %1</translation>
    </message>
    <message>
        <source>Alignment trusted (%1 matching points, correlation %2)</source>
        <translation>정렬 신뢰됨(일치점 %1개, 상관 %2)</translation>
    </message>
    <message>
        <source>Alignment not trusted: %1</source>
        <translation>정렬 신뢰 불가: %1</translation>
    </message>
    <message>
        <source>Visits compared: %1 → %2</source>
        <translation>비교한 방문: %1 → %2</translation>
    </message>
    <message>
        <source>Colour change: ΔE %1 (mean L*a*b*), distribution distance %2</source>
        <translation>색 변화: ΔE %1(평균 L*a*b*), 분포 거리 %2</translation>
    </message>
    <message>
        <source>Border: compactness %1, solidity %2</source>
        <translation>경계: 조밀도 %1, 견고성 %2</translation>
    </message>
</context>
<context>
    <name>FlagBadge</name>
    <message>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>New since the previous visit</source>
        <translation>이전 방문 이후 새로 생김</translation>
    </message>
    <message>
        <source>Changed beyond the threshold since the previous visit</source>
        <translation>이전 방문 이후 임계값 이상 변화</translation>
    </message>
    <message>
        <source>Unchanged since the previous visit</source>
        <translation>이전 방문 이후 변화 없음</translation>
    </message>
    <message>
        <source>Not comparable with the previous visit</source>
        <translation>이전 방문과 비교 불가</translation>
    </message>
    <message>
        <source>Not photographed at the latest visit</source>
        <translation>최근 방문에서 촬영되지 않음</translation>
    </message>
    <message>
        <source>Only one visit</source>
        <translation>단일 방문</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 values</source>
        <translation>값 %1개</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Malignant</source>
        <translation>악성</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>사용 목적</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>제한 사항</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>학습 데이터</translation>
    </message>
    <message>
        <source>License</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Measured performance</source>
        <translation>측정된 성능</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>Warnings: unusual images and low confidence</source>
        <translation>경고: 특이한 이미지 및 낮은 신뢰도</translation>
    </message>
    <message>
        <source>Performance by subgroup</source>
        <translation>하위 집단별 성능</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Expected input</source>
        <translation>예상 입력 이미지</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>목표치</translation>
    </message>
    <message>
        <source>Evaluation protocol</source>
        <translation>평가 프로토콜</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <source>Balanced accuracy</source>
        <translation>균형 정확도</translation>
    </message>
    <message>
        <source>Melanoma AUC</source>
        <translation>흑색종 AUC</translation>
    </message>
    <message>
        <source>Malignant AUC</source>
        <translation>악성 병변 AUC</translation>
    </message>
    <message>
        <source>Recall per class</source>
        <translation>클래스별 민감도(재현율)</translation>
    </message>
    <message>
        <source>ECE before calibration</source>
        <translation>보정 전 ECE</translation>
    </message>
    <message>
        <source>ECE after calibration</source>
        <translation>보정 후 ECE</translation>
    </message>
    <message>
        <source>NLL before calibration</source>
        <translation>보정 전 NLL</translation>
    </message>
    <message>
        <source>NLL after calibration</source>
        <translation>보정 후 NLL</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>Classes present</source>
        <translation>포함된 클래스</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>연령대</translation>
    </message>
    <message>
        <source>Body site</source>
        <translation>신체 부위</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Maximum normalised entropy</source>
        <translation>최대 정규화 엔트로피</translation>
    </message>
    <message>
        <source>Maximum embedding distance</source>
        <translation>최대 임베딩 거리</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>인용 정보</translation>
    </message>
    <message>
        <source>Data split</source>
        <translation>데이터 분할</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성값</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>충족 여부</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>How well the heatmap points at what the model uses: the image&apos;s pixels are removed (deletion) or restored (insertion) in the map&apos;s order, most highlighted first, and the probability of the explained class is followed. The area under that curve is compared with random maps of the same grid.</source>
        <translation>히트맵이 모델이 실제로 사용하는 부분을 얼마나 잘 가리키는지 나타냅니다. 맵의 순서대로(가장 강조된 부분부터) 이미지 픽셀을 제거(deletion)하거나 복원(insertion)하면서 설명 대상 클래스의 확률을 추적하고, 그 곡선 아래 면적을 같은 격자의 무작위 맵과 비교합니다.</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>히트맵</translation>
    </message>
    <message>
        <source>Random map</source>
        <translation>무작위 맵</translation>
    </message>
    <message>
        <source>Deletion AUC (lower is better)</source>
        <translation>삭제 AUC (낮을수록 좋음)</translation>
    </message>
    <message>
        <source>Insertion AUC (higher is better)</source>
        <translation>삽입 AUC (높을수록 좋음)</translation>
    </message>
    <message>
        <source>%1 images (%2), map grid %3 cells, %4 steps. %5</source>
        <translation>이미지 %1장 (%2), 맵 격자 %3칸, %4단계. %5</translation>
    </message>
</context>
<context>
    <name>dermalens::report::ReportText</name>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>de-identified: no name, identifier, birth date or free text</source>
        <translation>비식별화됨: 이름, 식별자, 생년월일, 자유 기술 없음</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>환자 ID</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>synthetic test patient</source>
        <translation>합성 테스트 환자</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Images in this report</source>
        <translation>이 보고서의 이미지</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>No Grad-CAM: %1</source>
        <translation>Grad-CAM 없음: %1</translation>
    </message>
    <message>
        <source>; scaled per image, not comparable across images</source>
        <translation>; 이미지별로 스케일링되어 이미지 간 비교 불가</translation>
    </message>
    <message>
        <source>AI result</source>
        <translation>AI 결과</translation>
    </message>
    <message>
        <source>not analysed with the loaded model</source>
        <translation>로드된 모델로 분석되지 않음</translation>
    </message>
    <message>
        <source>Malignant probability (calibrated)</source>
        <translation>악성 확률(보정됨)</translation>
    </message>
    <message>
        <source>Top class</source>
        <translation>최상위 클래스</translation>
    </message>
    <message>
        <source>Most likely classes</source>
        <translation>가능성이 가장 높은 클래스</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>순위 없음</translation>
    </message>
    <message>
        <source>%1 of %2 (robust z %3)%4</source>
        <translation>%2 중 %1(강건 z %3)%4</translation>
    </message>
    <message>
        <source>: OUTLIER</source>
        <translation>: 이상치</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>‘미운 오리 새끼’ 순위</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>윤곽</translation>
    </message>
    <message>
        <source>longest diameter %1 %2, area %3 %4</source>
        <translation>최장 직경 %1 %2, 면적 %3 %4</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Clinician and AI</source>
        <translation>임상의와 AI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Lesion %1: %2</source>
        <translation>병변 %1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>no model was loaded</source>
        <translation>로드된 모델 없음</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Weights SHA-256</source>
        <translation>가중치 SHA-256</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>사용 목적</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>제한 사항</translation>
    </message>
    <message>
        <source>Lesion report</source>
        <translation>병변 보고서</translation>
    </message>
    <message>
        <source>Patient report</source>
        <translation>환자 보고서</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>병변</translation>
    </message>
    <message>
        <source>No lesion has an image.</source>
        <translation>이미지가 있는 병변이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) without a current analysis.</source>
        <translation>
            <numerusform>현재 분석이 없는 병변 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <source>Dermalens: %1</source>
        <translation>Dermalens: %1</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2페이지 중 %1페이지</translation>
    </message>
    <message>
        <source>visit %1 (%2)</source>
        <translation>방문 %1 (%2)</translation>
    </message>
    <message>
        <source>visit %1 (day %2)</source>
        <translation>방문 %1 (%2일째)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록되지 않음</translation>
    </message>
    <message>
        <source>left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>midline / both</source>
        <translation>정중선 / 양쪽</translation>
    </message>
    <message>
        <source>dermoscopic</source>
        <translation>더모스코피</translation>
    </message>
    <message>
        <source>clinical close-up</source>
        <translation>임상 근접 촬영</translation>
    </message>
    <message>
        <source>overview</source>
        <translation>전체 촬영</translation>
    </message>
    <message>
        <source>new since the previous visit</source>
        <translation>이전 방문 이후 새로 생김</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변화 있음</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>not comparable</source>
        <translation>비교 불가</translation>
    </message>
    <message>
        <source>not imaged at the latest visit</source>
        <translation>최근 방문에서 촬영되지 않음</translation>
    </message>
    <message>
        <source>single visit</source>
        <translation>단일 방문</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message>
        <source>reassure</source>
        <translation>안심</translation>
    </message>
    <message>
        <source>monitor, review in %1 months</source>
        <translation>관찰, %1개월 후 재검토</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>excise</source>
        <translation>절제</translation>
    </message>
    <message>
        <source>refer</source>
        <translation>의뢰</translation>
    </message>
    <message>
        <source>refer to %1</source>
        <translation>의뢰: %1</translation>
    </message>
    <message>
        <source>agrees with the AI result</source>
        <translation>AI 결과에 동의</translation>
    </message>
    <message>
        <source>disagrees with the AI result</source>
        <translation>AI 결과에 동의하지 않음</translation>
    </message>
    <message>
        <source>OUT OF DISTRIBUTION: unlike the training images</source>
        <translation>특이한 이미지: 학습 이미지와 다름</translation>
    </message>
    <message>
        <source>LOW CONFIDENCE: the classes are close</source>
        <translation>낮은 신뢰도: 클래스 간 차이가 작음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>patient</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Grad-CAM for %1 (%2, opacity following the map up to %3 %%4)</source>
        <translation>%1에 대한 Grad-CAM (%2, 맵에 따른 불투명도 최대 %3 %%4)</translation>
    </message>
    <message>
        <source>Suspicious (operating point %1)</source>
        <translation>의심 (작동점 %1)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>model</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>흑색종 민감도 %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>악성 민감도 %1&#xa0;%</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>Youden 지수 (흑색종)</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>Youden 지수 (악성)</translation>
    </message>
    <message>
        <source>SUSPICIOUS (at or above %1)</source>
        <translation>의심 (%1 이상)</translation>
    </message>
    <message>
        <source>no (below %1)</source>
        <translation>아니요 (%1 미만)</translation>
    </message>
    <message>
        <source>Operating point: none (no model was loaded, no lesion is called suspicious)</source>
        <translation>작동점: 없음 (로드된 모델이 없어 의심으로 판정되는 병변 없음)</translation>
    </message>
    <message>
        <source>Operating point: default, threshold %1 (the model card has no validation ROC)</source>
        <translation>작동점: 기본값, 임계값 %1 (모델 카드에 검증 ROC 없음)</translation>
    </message>
    <message>
        <source>Operating point: %1 (sensitivity %2, specificity %3 on the validation fold), threshold %4</source>
        <translation>작동점: %1 (검증 폴드에서 민감도 %2, 특이도 %3), 임계값 %4</translation>
    </message>
    <message>
        <source>%1: a calibrated malignant probability at or above the threshold is called suspicious; the ugly-duckling rank weighs each lesion&apos;s malignant evidence against the patient&apos;s own lesions, and the first is called most unusual when its score is at least %2 and its malignant probability at least %3; out-of-distribution and low-confidence results are flagged.</source>
        <translation>%1: 보정된 악성 확률이 임계값 이상이면 의심으로 판정합니다. ‘미운 오리 새끼’ 순위는 각 병변의 악성 근거를 같은 환자의 다른 병변과 비교하며, 1위 병변은 점수가 %2 이상이고 악성 확률이 %3 이상일 때 가장 특이한 병변으로 판정합니다. 특이한 이미지(분포 외)와 낮은 신뢰도 결과는 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AiAgreementBox</name>
    <message>
        <source>AI result on screen</source>
        <translation>화면의 AI 결과</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>동의하지 않음</translation>
    </message>
    <message>
        <source>No AI result on screen for this image.</source>
        <translation>화면에 이 이미지의 AI 결과가 없습니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisProgress</name>
    <message>
        <source>Analysing images…</source>
        <translation>이미지 분석 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AnalysisService</name>
    <message>
        <source>unexpected error while loading the model</source>
        <translation>모델을 불러오는 중 예기치 않은 오류</translation>
    </message>
    <message>
        <source>unexpected error during analysis</source>
        <translation>분석 중 예기치 않은 오류</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AssignDialog</name>
    <message>
        <source>Assign to Patient / Lesion</source>
        <translation>환자 / 병변에 지정</translation>
    </message>
    <message>
        <source>Move the images of the selected lesions to another patient or lesion. A new name creates a new patient or lesion.</source>
        <translation>선택한 병변의 이미지를 다른 환자 또는 병변으로 이동합니다. 새 이름을 입력하면 새 환자 또는 병변이 만들어집니다.</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>환자(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Lesion:</source>
        <translation>병변(&amp;L):</translation>
    </message>
    <message>
        <source>Pick a patient or type a name for a new patient</source>
        <translation>환자를 선택하거나 새 환자의 이름을 입력하십시오</translation>
    </message>
    <message>
        <source>Pick a lesion or type a new lesion label; leave empty to keep the lesions as they are</source>
        <translation>병변을 선택하거나 새 병변 이름을 입력하십시오. 비워 두면 병변이 그대로 유지됩니다</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::AuditDialog</name>
    <message>
        <source>Audit Trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>시간 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>워크스테이션</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>모든 작업</translation>
    </message>
    <message>
        <source>Object or details contain…</source>
        <translation>대상 또는 세부 정보에 포함된 텍스트…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Verify Chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>The audit trail cannot be read: %1</source>
        <translation>감사 추적을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>검증 중…</translation>
    </message>
    <message>
        <source>The chain cannot be checked: %1</source>
        <translation>체인을 검사할 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>체인 무결: 항목 %n개를 검사했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>항목 %1에서 체인 손상(BROKEN): %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>Export Audit Trail</source>
        <translation>감사 추적 내보내기</translation>
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
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapPanel</name>
    <message>
        <source>Body map</source>
        <translation>신체 맵</translation>
    </message>
    <message>
        <source>This lesion has no images yet: assign images to it (Edit &gt; Assign to Patient / Lesion…).</source>
        <translation>이 병변에는 아직 이미지가 없습니다: 이미지를 지정하세요 (편집 &gt; 환자 / 병변에 지정…).</translation>
    </message>
    <message>
        <source>Click a pin to open its lesion; click the figure to place a lesion there.</source>
        <translation>핀을 클릭하면 해당 병변이 열리고, 인체 그림을 클릭하면 그 위치에 병변을 배치합니다.</translation>
    </message>
    <message>
        <source>Reading the lesions&apos; positions…</source>
        <translation>병변 위치를 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesion(s) on the map</source>
        <translation>
            <numerusform>맵에 표시된 병변: %n개 중 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>Place “%1” here</source>
        <translation>“%1”을(를) 여기에 배치</translation>
    </message>
    <message>
        <source>&amp;Move here</source>
        <translation>여기로 이동(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New lesion here</source>
        <translation>여기에 새 병변(&amp;N)</translation>
    </message>
    <message>
        <source>%1 placed: %2</source>
        <translation>%1 배치됨: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>신체 맵</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>왼쪽 %1</translation>
    </message>
    <message>
        <source>right %1</source>
        <translation>오른쪽 %1</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1: the most unusual lesion</source>
        <translation>‘미운 오리 새끼’ 순위 %1: 가장 특이한 병변</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1</source>
        <translation>‘미운 오리 새끼’ 순위 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) — click to open</source>
        <translation>
            <numerusform>이미지 %n장 — 클릭하여 열기</numerusform>
        </translation>
    </message>
    <message>
        <source>No images yet: assign images to this lesion</source>
        <translation>아직 이미지 없음: 이 병변에 이미지를 지정하세요</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>앞면</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒷면</translation>
    </message>
    <message>
        <source>R</source>
        <comment>patient&apos;s right</comment>
        <translation>우</translation>
    </message>
    <message>
        <source>L</source>
        <comment>patient&apos;s left</comment>
        <translation>좌</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ClassNames</name>
    <message>
        <source>Actinic keratosis / intraepithelial carcinoma</source>
        <translation>광선각화증 / 상피내암</translation>
    </message>
    <message>
        <source>Basal cell carcinoma</source>
        <translation>기저세포암</translation>
    </message>
    <message>
        <source>Benign keratosis-like lesion</source>
        <translation>양성 각화증 유사 병변</translation>
    </message>
    <message>
        <source>Dermatofibroma</source>
        <translation>피부섬유종</translation>
    </message>
    <message>
        <source>Melanoma</source>
        <translation>흑색종</translation>
    </message>
    <message>
        <source>Melanocytic nevus</source>
        <translation>멜라닌세포 모반</translation>
    </message>
    <message>
        <source>Vascular lesion</source>
        <translation>혈관 병변</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ColorLegend</name>
    <message>
        <source>low evidence</source>
        <translation>근거 약함</translation>
    </message>
    <message>
        <source>high evidence</source>
        <translation>근거 강함</translation>
    </message>
    <message>
        <source>Fixed scale across this lesion&apos;s visits: colours are comparable between its images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>이 병변의 모든 방문에 고정된 스케일: 이미지 간 색상을 비교할 수 있습니다. 색상 불투명도는 근거를 따르며, 근거가 없으면 투명합니다.</translation>
    </message>
    <message>
        <source>Per-image min-max: colours are not comparable across images. Colour opacity follows the evidence: none is transparent.</source>
        <translation>이미지별 최소-최대: 이미지 간 색상을 비교할 수 없습니다. 색상 불투명도는 근거를 따르며, 근거가 없으면 투명합니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::CompareView</name>
    <message>
        <source>◀ Patient</source>
        <translation>◀ 환자</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s lesions (Esc)</source>
        <translation>환자의 병변 목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan are synchronised</source>
        <translation>확대/축소와 이동이 동기화됩니다</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n lesion(s) — %1</source>
        <translation>
            <numerusform>병변 %n개 비교 — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>악성 %1 %</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ContourOverlay</name>
    <message>
        <source>Drag to correct the outline</source>
        <translation>끌어서 윤곽 수정</translation>
    </message>
    <message>
        <source>Lesion outline (drawn or corrected by the user)</source>
        <translation>병변 윤곽 (사용자가 그리거나 수정함)</translation>
    </message>
    <message>
        <source>Lesion outline (found automatically)</source>
        <translation>병변 윤곽 (자동으로 찾음)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::DicomExportDialog</name>
    <message>
        <source>Export DICOM</source>
        <translation>DICOM 내보내기</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>새 폴더 또는 빈 폴더</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>대상 폴더</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>De-identify (DICOM PS3.15 Basic Profile)</source>
        <translation>비식별화 (DICOM PS3.15 Basic Profile)</translation>
    </message>
    <message>
        <source>Keep dates (Retain Longitudinal Temporal Information)</source>
        <translation>날짜 유지 (Retain Longitudinal Temporal Information)</translation>
    </message>
    <message>
        <source>Patient name and ID in the files (empty: a code)</source>
        <translation>파일에 넣을 환자 이름 및 ID (비워 두면 코드)</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>가명</translation>
    </message>
    <message>
        <source>Export DICOM Into</source>
        <translation>DICOM을 내보낼 폴더</translation>
    </message>
    <message>
        <source>Choose a target folder.</source>
        <translation>대상 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>An export is running.</source>
        <translation>내보내기가 진행 중입니다.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was left in %1.</source>
        <translation>내보내기가 취소되었습니다. %1에는 아무것도 남지 않았습니다.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>내보내기 실패: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) written to %1</source>
        <translation>
            <numerusform>%1에 객체 %n개 기록됨</numerusform>
        </translation>
    </message>
    <message>
        <source> (de-identified)</source>
        <translation> (비식별화됨)</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 건너뜀: %2</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingText</name>
    <message>
        <source>Reassure</source>
        <translation>안심</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>관찰</translation>
    </message>
    <message>
        <source>Excise</source>
        <translation>절제</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>의뢰</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>명시되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>Monitor, review in %n month(s)</source>
        <translation>
            <numerusform>관찰, %n개월 후 재검토</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer to %1</source>
        <translation>의뢰: %1</translation>
    </message>
    <message>
        <source>agrees with the AI</source>
        <translation>AI에 동의</translation>
    </message>
    <message>
        <source>disagrees with the AI</source>
        <translation>AI에 동의하지 않음</translation>
    </message>
    <message>
        <source>AI agreement not stated</source>
        <translation>AI 동의 여부 명시되지 않음</translation>
    </message>
    <message>
        <source>atypical pigment network</source>
        <translation>비정형 색소망</translation>
    </message>
    <message>
        <source>blue-whitish veil</source>
        <translation>청백색 베일</translation>
    </message>
    <message>
        <source>atypical vascular pattern</source>
        <translation>비정형 혈관 패턴</translation>
    </message>
    <message>
        <source>irregular streaks</source>
        <translation>불규칙한 선조</translation>
    </message>
    <message>
        <source>irregular pigmentation</source>
        <translation>불규칙한 색소침착</translation>
    </message>
    <message>
        <source>irregular dots/globules</source>
        <translation>불규칙한 점/소구</translation>
    </message>
    <message>
        <source>regression structures</source>
        <translation>퇴행 구조</translation>
    </message>
    <message>
        <source>Total %1 (major %2, minor %3)</source>
        <translation>총점 %1 (주 기준 %2, 부 기준 %3)</translation>
    </message>
    <message>
        <source>≥ %1 suggests melanoma, consider excision</source>
        <translation>≥ %1: 흑색종 시사, 절제 고려</translation>
    </message>
    <message>
        <source>below %1, no melanoma suggested</source>
        <translation>%1 미만: 흑색종 시사 소견 없음</translation>
    </message>
    <message>
        <source>Scored: %1</source>
        <translation>점수 반영: %1</translation>
    </message>
    <message>
        <source>Not assessed (score incomplete): %1</source>
        <translation>평가 안 함 (점수 불완전): %1</translation>
    </message>
    <message>
        <source>malignant %1 %</source>
        <translation>악성 %1 %</translation>
    </message>
    <message>
        <source>low confidence</source>
        <translation>낮은 신뢰도</translation>
    </message>
    <message>
        <source>unusual image (out of distribution)</source>
        <translation>특이한 이미지 (분포 외)</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>임상의 이름 없음</translation>
    </message>
    <message>
        <source>7-point %1</source>
        <translation>7점 체크리스트 %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::FindingsForm</name>
    <message>
        <source>Free-text notes</source>
        <translation>자유 기술 메모</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>관리 방침</translation>
    </message>
    <message>
        <source>Your name (remembered)</source>
        <translation>이름 (기억됨)</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>임상의</translation>
    </message>
    <message>
        <source>Save Finding</source>
        <translation>소견 저장</translation>
    </message>
    <message>
        <source>Record this assessment; earlier findings are kept</source>
        <translation>이 평가를 기록합니다. 이전 소견은 유지됩니다</translation>
    </message>
    <message>
        <source>Earlier findings of this lesion</source>
        <translation>이 병변의 이전 소견</translation>
    </message>
    <message>
        <source>No finding recorded for this visit yet.</source>
        <translation>이 방문에 기록된 소견이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Newest finding of this visit: %1 by %2.</source>
        <translation>이 방문의 최신 소견: %1, 작성자 %2.</translation>
    </message>
    <message>
        <source>no clinician named</source>
        <translation>임상의 이름 없음</translation>
    </message>
    <message>
        <source>AI then: %1 (%2).</source>
        <translation>당시 AI: %1 (%2).</translation>
    </message>
    <message>
        <source>this visit</source>
        <translation>이 방문</translation>
    </message>
    <message>
        <source>another visit</source>
        <translation>다른 방문</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Enter your name to sign the finding.</source>
        <translation>소견에 서명하려면 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>저장됨: %1.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageQualityNote</name>
    <message>
        <source>Image quality</source>
        <translation>이미지 품질</translation>
    </message>
    <message>
        <source>Blurred image — prediction may be unreliable</source>
        <translation>흐린 이미지 — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Image too dark — prediction may be unreliable</source>
        <translation>이미지가 너무 어두움 — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Image too bright (clipped) — prediction may be unreliable</source>
        <translation>이미지가 너무 밝음(포화) — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Skin-marker ink in the image — prediction may be unreliable</source>
        <translation>이미지에 피부 마커 잉크 있음 — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Ruler in the image — prediction may be unreliable</source>
        <translation>이미지에 눈금자 있음 — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Heavy hair over the lesion — prediction may be unreliable</source>
        <translation>병변 위에 털이 많음 — 예측을 신뢰하기 어려울 수 있음</translation>
    </message>
    <message>
        <source>Checking image quality…</source>
        <translation>이미지 품질 확인 중…</translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation>열린 기록 저장소가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (threshold %3)</source>
        <translation>%1: %2 (임계값 %3)</translation>
    </message>
    <message>
        <source>No blur, exposure, ink, ruler or heavy-hair problem found.</source>
        <translation>흐림, 노출, 잉크, 눈금자, 과도한 털 문제가 발견되지 않았습니다.</translation>
    </message>
    <message>
        <source>Image quality not checked: %1</source>
        <translation>이미지 품질 확인 안 됨: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImageView</name>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 px (not calibrated)</source>
        <translation>%1 px (보정 안 됨)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>이미 가져오기가 진행 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n item(s)…</source>
        <translation>
            <numerusform>항목 %n개 읽는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while reading the files.</source>
        <translation>파일을 읽는 중 예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>가져오기가 취소되었습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>읽을 수 있는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Some images need your review before they are imported.</source>
        <translation>일부 이미지는 가져오기 전에 검토가 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n image(s)…</source>
        <translation>
            <numerusform>이미지 %n개 가져오는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected error while importing.</source>
        <translation>가져오는 중 예기치 않은 오류가 발생했습니다.</translation>
    </message>
    <message>
        <source>Import cancelled; the images imported before that are kept.</source>
        <translation>가져오기가 취소되었습니다. 그 전에 가져온 이미지는 유지됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n image(s)</source>
        <translation>
            <numerusform>이미지 %n개 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the store</source>
        <translation>
            <numerusform>%n개는 이미 저장소에 있음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (see Problems)</source>
        <translation>
            <numerusform>%n개 건너뜀(문제 참조)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ImportReviewDialog</name>
    <message>
        <source>Review Import</source>
        <translation>가져오기 검토</translation>
    </message>
    <message>
        <source>Check what will be imported. Items marked “Review” could not be grouped with confidence: choose the lesion each belongs to, a new lesion, or skip it. Nothing is saved until you press Import.</source>
        <translation>가져올 내용을 확인하십시오. ‘검토’로 표시된 항목은 확실하게 묶을 수 없었습니다. 각 항목이 속한 병변이나 새 병변을 선택하거나 건너뛰십시오. 가져오기를 누르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Lesion</source>
        <translation>병변</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 알 수 없음</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Decision for %1</source>
        <translation>%1에 대한 결정</translation>
    </message>
    <message>
        <source>Join %1</source>
        <translation>%1에 추가</translation>
    </message>
    <message>
        <source>lesion %1</source>
        <translation>병변 %1</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>새 병변</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (새로 만듦)</translation>
    </message>
    <message>
        <source>unnamed lesion</source>
        <translation>이름 없는 병변</translation>
    </message>
    <message>
        <source>%1 new · %2 duplicate · %3 to review · %4 unreadable</source>
        <translation>새 항목 %1 · 중복 %2 · 검토 필요 %3 · 읽을 수 없음 %4</translation>
    </message>
    <message numerus="yes">
        <source>Import %n image(s)</source>
        <translation>
            <numerusform>이미지 %n개 가져오기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::InlineProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionPage</name>
    <message>
        <source>◀ Patient</source>
        <translation>◀ 환자</translation>
    </message>
    <message>
        <source>Back to the patient&apos;s lesions (Esc)</source>
        <translation>환자의 병변 목록으로 돌아가기 (Esc)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Follow-up visits of this lesion</source>
        <translation>이 병변의 추적 관찰 방문</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>이미지를 창에 맞춤 (F)</translation>
    </message>
    <message>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>이미지 픽셀 1개 = 화면 픽셀 1개 (1)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Drag a line on the image to measure it</source>
        <translation>이미지 위에 선을 끌어 길이를 측정합니다</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>보정…</translation>
    </message>
    <message>
        <source>Tell the length of the drawn line in mm</source>
        <translation>그린 선의 길이를 mm 단위로 입력합니다</translation>
    </message>
    <message>
        <source>Visit %1%2</source>
        <translation>방문 %1%2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 불러오는 중…</translation>
    </message>
    <message>
        <source>Pixel spacing known</source>
        <translation>픽셀 간격 정보 있음</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>모델 불러오는 중…</translation>
    </message>
    <message>
        <source>No model loaded: %1</source>
        <translation>로드된 모델 없음: %1</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>분석 중…</translation>
    </message>
    <message>
        <source>Draw a line first (Measure)</source>
        <translation>먼저 선을 그리세요 (측정)</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>보정</translation>
    </message>
    <message>
        <source>Length of the drawn line (mm):</source>
        <translation>그린 선의 길이 (mm):</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
    <message>
        <source>Calibrated: %1 mm per pixel</source>
        <translation>보정됨: 픽셀당 %1 mm</translation>
    </message>
    <message>
        <source>calibration saved</source>
        <translation>보정 저장됨</translation>
    </message>
    <message>
        <source>&amp;Delete This Image…</source>
        <translation>이 이미지 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Follow-up…</source>
        <translation>추적 관찰…</translation>
    </message>
    <message>
        <source>Compare this lesion&apos;s visits: aligned overlay and change figures</source>
        <translation>이 병변의 방문 비교: 정렬된 오버레이와 변화 수치</translation>
    </message>
    <message>
        <source>Why this rank?</source>
        <translation>이 순위인 이유는?</translation>
    </message>
    <message>
        <source>How this lesion compares with the patient&apos;s other lesions</source>
        <translation>이 병변을 환자의 다른 병변과 비교한 결과</translation>
    </message>
    <message>
        <source>Keep Line</source>
        <translation>선 저장</translation>
    </message>
    <message>
        <source>Store the drawn line as a measurement of this image</source>
        <translation>그린 선을 이 이미지의 측정값으로 저장</translation>
    </message>
    <message>
        <source>AI Result</source>
        <translation>AI 결과</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>소견</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Line kept (see Measurements)</source>
        <translation>선 저장됨 (측정 참조)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTile</name>
    <message>
        <source>Most unusual</source>
        <translation>가장 특이함</translation>
    </message>
    <message>
        <source>Rank 1</source>
        <translation>1순위</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>방문 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>Malignant %1 %</source>
        <translation>악성 %1 %</translation>
    </message>
    <message>
        <source>Ugly-duckling rank %1 · z %2</source>
        <translation>‘미운 오리 새끼’ 순위 %1 · z %2</translation>
    </message>
    <message>
        <source>Ugly-duckling rank pending</source>
        <translation>‘미운 오리 새끼’ 순위 대기 중</translation>
    </message>
    <message>
        <source>⚠ low confidence / unusual image</source>
        <translation>⚠ 낮은 신뢰도 / 특이한 이미지</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
    <message>
        <source>No ugly-duckling rank: one lesion</source>
        <translation>‘미운 오리 새끼’ 순위 없음: 병변 하나</translation>
    </message>
    <message>
        <source>Suspicious</source>
        <translation>의심</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::LesionTileModel</name>
    <message>
        <source>could not be analysed</source>
        <translation>분석할 수 없음</translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>아직 분석되지 않음</translation>
    </message>
    <message>
        <source>Suspicious at: %1</source>
        <translation>의심 기준: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Images…</source>
        <translation>이미지 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo Study</source>
        <translation>데모 검사 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Export View as PNG…</source>
        <translation>보기를 PNG로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Backup Store…</source>
        <translation>저장소 백업(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Store…</source>
        <translation>저장소 복원(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>환자 / 병변에 지정(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>병변 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞춤(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>실제 크기(&amp;A) (100 %)</translation>
    </message>
    <message>
        <source>Toggle &amp;Grad-CAM Overlay</source>
        <translation>Grad-CAM 오버레이 켜기/끄기(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Problems…</source>
        <translation>문제(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>Analyse &amp;Patient</source>
        <translation>환자 분석(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Analyse &amp;All</source>
        <translation>전체 분석(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Model Card…</source>
        <translation>모델 카드(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;About Dermalens</source>
        <translation>Dermalens 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;All files (*)</source>
        <translation>이미지 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.dcm *.dicom);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Export View as PNG</source>
        <translation>보기를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>기록 저장소</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>The language changes the next time Dermalens starts.</source>
        <translation>언어는 다음에 Dermalens를 시작할 때 바뀝니다.</translation>
    </message>
    <message>
        <source>Assign failed</source>
        <translation>지정하지 못했습니다</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>이 환자</translation>
    </message>
    <message>
        <source>Delete Patient</source>
        <translation>환자 삭제</translation>
    </message>
    <message>
        <source>Delete %1 with all lesions and images?</source>
        <translation>%1을(를) 모든 병변 및 이미지와 함께 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete Lesion</source>
        <translation>병변 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lesion(s) with all their images?</source>
        <translation>
            <numerusform>병변 %n개를 모든 이미지와 함께 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>이미지 삭제</translation>
    </message>
    <message>
        <source>Delete this image and its analyses?</source>
        <translation>이 이미지와 분석 결과를 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>About Dermalens</source>
        <translation>Dermalens 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;Offline dermoscopy viewer with AI decision support.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Decision support only — not a diagnosis. Not a medical device.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dermalens %1&lt;/h3&gt;&lt;p&gt;AI 의사결정 지원 기능을 갖춘 오프라인 더모스코피(피부확대경) 뷰어.&lt;/p&gt;&lt;p&gt;&lt;b&gt;의사결정 지원 전용 — 진단이 아닙니다. 의료기기가 아닙니다.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>보고서 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Export &amp;DICOM…</source>
        <translation>DICOM 내보내기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;PACS…</source>
        <translation>PACS(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Body Map</source>
        <translation>신체 맵(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Audit &amp;Trail…</source>
        <translation>감사 추적(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MainWindow</name>
    <message>
        <source>Loading the model…</source>
        <translation>모델 불러오는 중…</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>분석이 취소되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ 문제 %n건</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the SYNTHETIC demo study…</source>
        <translation>합성(SYNTHETIC) 데모 검사 생성 중…</translation>
    </message>
    <message>
        <source>No readable images found.</source>
        <translation>읽을 수 있는 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Model %1 %2 on %3</source>
        <translation>모델 %1 %2, 장치: %3</translation>
    </message>
    <message>
        <source>No AI model loaded — images can be viewed, but not analysed. %1
Choose a model in Tools &gt; Settings…</source>
        <translation>AI 모델이 로드되지 않았습니다 — 이미지를 볼 수는 있지만 분석할 수는 없습니다. %1
모델 선택: 도구 &gt; 설정…</translation>
    </message>
    <message>
        <source>No AI model loaded.</source>
        <translation>AI 모델이 로드되지 않았습니다.</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>SYNTHETIC DATA</source>
        <translation>합성 데이터(SYNTHETIC)</translation>
    </message>
    <message numerus="yes">
        <source>Analysis complete: %n image(s) analysed.</source>
        <translation>
            <numerusform>분석 완료: 이미지 %n개를 분석했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record store could not be opened: %1</source>
        <translation>기록 저장소를 열 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved the images of %n lesion(s).</source>
        <translation>
            <numerusform>병변 %n개의 이미지를 옮겼습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient deleted.</source>
        <translation>환자를 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s) deleted.</source>
        <translation>
            <numerusform>병변 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Image deleted.</source>
        <translation>이미지를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ManagementEditor</name>
    <message>
        <source>Management</source>
        <translation>관리 방침</translation>
    </message>
    <message>
        <source> months</source>
        <translation>개월 후</translation>
    </message>
    <message>
        <source>review in </source>
        <translation>재검토: </translation>
    </message>
    <message>
        <source>Review interval in months</source>
        <translation>재검토 간격 (개월)</translation>
    </message>
    <message>
        <source>Refer to (e.g. dermatosurgery)</source>
        <translation>의뢰처 (예: 피부외과)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>의뢰처</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::MeasurementList</name>
    <message>
        <source>Measure draws a ruler line on the image; Keep Line stores it for this image. Lengths are in mm once the image is calibrated (or its file states the pixel spacing).</source>
        <translation>측정은 이미지에 자 선을 그리고, 선 저장은 그 선을 이 이미지에 보관합니다. 이미지가 보정되면(또는 파일에 픽셀 간격이 명시되어 있으면) 길이는 mm 단위로 표시됩니다.</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>측정</translation>
    </message>
    <message>
        <source>Delete Measurement</source>
        <translation>측정 삭제</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>%1 mm²</source>
        <translation>%1 mm²</translation>
    </message>
    <message>
        <source>%1 px (not calibrated)</source>
        <translation>%1 px (보정 안 됨)</translation>
    </message>
    <message>
        <source>%1 px² (not calibrated)</source>
        <translation>%1 px² (보정 안 됨)</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message>
        <source>Kept %1.</source>
        <translation>저장됨: %1.</translation>
    </message>
    <message>
        <source>Measurement deleted.</source>
        <translation>측정이 삭제되었습니다.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>삭제되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ModelCardDialog</name>
    <message>
        <source>Model card</source>
        <translation>모델 카드</translation>
    </message>
    <message>
        <source>No model loaded</source>
        <translation>로드된 모델 없음</translation>
    </message>
    <message>
        <source>version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>의사결정 지원 전용 — 진단이 아닙니다.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Heatmap faithfulness</source>
        <translation>히트맵 충실도</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointChooser</name>
    <message>
        <source>Operating point</source>
        <translation>작동점</translation>
    </message>
    <message>
        <source>Malignant sensitivity</source>
        <translation>악성 민감도</translation>
    </message>
    <message>
        <source>Melanoma sensitivity</source>
        <translation>흑색종 민감도</translation>
    </message>
    <message>
        <source>Model default: %1</source>
        <translation>모델 기본값: %1</translation>
    </message>
    <message>
        <source>Custom sensitivity…</source>
        <translation>사용자 지정 민감도…</translation>
    </message>
    <message>
        <source>No model is loaded: the default threshold of 50 % applies until one is.</source>
        <translation>로드된 모델 없음: 모델이 로드될 때까지 기본 임계값 50 %가 적용됩니다.</translation>
    </message>
    <message>
        <source>Suspicious at a malignant probability of %1 or more (the model card has no validation ROC).</source>
        <translation>악성 확률이 %1 이상이면 의심으로 판정합니다 (모델 카드에 검증 ROC 없음).</translation>
    </message>
    <message>
        <source>Sensitivity %1 costs specificity %2 on the validation fold: %3 of lesions without the condition are called suspicious. Suspicious at a malignant probability of %4 or more.</source>
        <translation>민감도 %1을(를) 얻는 대신 검증 폴드에서 특이도는 %2입니다: 해당 질환이 없는 병변의 %3이(가) 의심으로 판정됩니다. 악성 확률 %4 이상에서 의심으로 판정합니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OperatingPointText</name>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>%1 % melanoma sensitivity</source>
        <translation>흑색종 민감도 %1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 % malignant sensitivity</source>
        <translation>악성 민감도 %1&#xa0;%</translation>
    </message>
    <message>
        <source>Youden (melanoma)</source>
        <translation>Youden 지수 (흑색종)</translation>
    </message>
    <message>
        <source>Youden (malignant)</source>
        <translation>Youden 지수 (악성)</translation>
    </message>
    <message>
        <source>default, threshold %1 (the model card has no validation ROC)</source>
        <translation>기본값, 임계값 %1 (모델 카드에 검증 ROC 없음)</translation>
    </message>
    <message>
        <source>%1 (sensitivity %2, specificity %3), threshold %4</source>
        <translation>%1 (민감도 %2, 특이도 %3), 임계값 %4</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OutputActions</name>
    <message>
        <source>No patient</source>
        <translation>환자 없음</translation>
    </message>
    <message>
        <source>Open a patient first.</source>
        <translation>먼저 환자를 여세요.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayBlendView</name>
    <message>
        <source>Later visit aligned onto the earlier (black: outside the later image)</source>
        <translation>이후 방문을 이전 방문에 정렬(검은색: 이후 이미지 바깥)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Blend of the aligned after image</source>
        <translation>정렬된 이후 이미지 블렌드</translation>
    </message>
    <message>
        <source>0 % shows the earlier visit, 100 % the later one, aligned</source>
        <translation>0 %는 이전 방문, 100 %는 정렬된 이후 방문</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>아직 비교 없음</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>혼합</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>깜빡임</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>스와이프</translation>
    </message>
    <message>
        <source>How the two visits are overlaid</source>
        <translation>두 방문을 겹쳐 보는 방식</translation>
    </message>
    <message>
        <source>Blend: mix the two images. Flicker: alternate them. Swipe: drag a divider, before on the left, after on the right</source>
        <translation>혼합: 두 이미지를 섞습니다. 깜빡임: 번갈아 표시합니다. 스와이프: 구분선을 끌어 왼쪽에 이전, 오른쪽에 이후를 표시합니다</translation>
    </message>
    <message>
        <source>Drag the divider: before ◀ | ▶ after</source>
        <translation>구분선을 끄세요: 이전 ◀ | ▶ 이후</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long each visit is shown</source>
        <translation>각 방문을 표시하는 시간</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Hold the image shown now</source>
        <translation>지금 표시된 이미지 고정</translation>
    </message>
    <message>
        <source>Each image for</source>
        <translation>이미지당 표시 시간</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the later visit is only scaled to the earlier one&apos;s size</source>
        <translation>정렬되지 않음(NOT ALIGNED): 이후 방문 이미지는 이전 이미지 크기에 맞춰 크기만 조정되었습니다</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::OverlayControls</name>
    <message>
        <source>Overlay opacity</source>
        <translation>오버레이 불투명도</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <source>Class explained by the heatmap</source>
        <translation>히트맵이 설명하는 클래스</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (색각 이상에 안전)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (색각 이상에 안전)</translation>
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
        <translation>이미지의 어느 부분이 모델을 선택한 클래스 쪽으로 이끌었는지 보여 주는 히트맵 (G)</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>색상 맵</translation>
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
        <translation>%1 보내기</translation>
    </message>
    <message>
        <source>Send Patient</source>
        <translation>환자 보내기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>환자 ID</translation>
    </message>
    <message>
        <source>Name (wildcards * ?)</source>
        <translation>이름 (와일드카드 * ?)</translation>
    </message>
    <message>
        <source>Study date (YYYYMMDD or a range)</source>
        <translation>검사 날짜 (YYYYMMDD 또는 범위)</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>에코(Echo)</translation>
    </message>
    <message>
        <source>Find Patients</source>
        <translation>환자 찾기</translation>
    </message>
    <message>
        <source>Find Studies</source>
        <translation>검사 찾기</translation>
    </message>
    <message>
        <source>Retrieve Selected Study</source>
        <translation>선택한 검사 가져오기</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>Another call is running.</source>
        <translation>다른 요청이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Echo to %1:%2…</source>
        <translation>%1:%2에 에코 요청 중…</translation>
    </message>
    <message>
        <source>%1 answered the echo.</source>
        <translation>%1이(가) 에코에 응답했습니다.</translation>
    </message>
    <message>
        <source>Finding patients…</source>
        <translation>환자 찾는 중…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation>
            <numerusform>환자 %n명을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding studies…</source>
        <translation>검사 찾는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n study(ies) found.</source>
        <translation>
            <numerusform>검사 %n건을 찾았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>모달리티</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>Study UID</source>
        <translation>검사 UID</translation>
    </message>
    <message>
        <source>Find studies and select one first.</source>
        <translation>먼저 검사를 찾아 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Retrieving…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) imported</source>
        <translation>
            <numerusform>이미지 %n장 가져옴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the store.</source>
        <translation>
            <numerusform>, %n장은 이미 저장소에 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieve</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Open a patient to send.</source>
        <translation>보낼 환자를 여세요.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) refused, the first: %1</source>
        <translation>
            <numerusform>객체 %n개 거부됨, 첫 번째: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) sent.</source>
        <translation>
            <numerusform>객체 %n개를 보냈습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PacsNodeEditor</name>
    <message>
        <source>New node</source>
        <translation>새 노드</translation>
    </message>
    <message>
        <source>Save Node</source>
        <translation>노드 저장</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Configured nodes</source>
        <translation>구성된 노드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>호스트 및 포트</translation>
    </message>
    <message>
        <source>Node AE title (called)</source>
        <translation>노드 AE Title (피호출, called)</translation>
    </message>
    <message>
        <source>Our AE title (calling)</source>
        <translation>이쪽 AE Title (호출, calling)</translation>
    </message>
    <message>
        <source>C-GET (no port to open)</source>
        <translation>C-GET (포트를 열 필요 없음)</translation>
    </message>
    <message>
        <source>C-MOVE to us</source>
        <translation>C-MOVE (이 워크스테이션으로)</translation>
    </message>
    <message>
        <source>C-MOVE: the port the node sends the objects to</source>
        <translation>C-MOVE: 노드가 객체를 보내는 포트</translation>
    </message>
    <message>
        <source>Retrieve with (receive port)</source>
        <translation>가져오기 방식 (수신 포트)</translation>
    </message>
    <message>
        <source>(new node)</source>
        <translation>(새 노드)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientListPanel</name>
    <message>
        <source>Search name, id or birth date</source>
        <translation>이름, ID 또는 생년월일 검색</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>환자 검색</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>Patients opened most recently</source>
        <translation>최근에 연 환자</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>‘%1’과(와) 일치하는 환자가 없습니다.</translation>
    </message>
    <message>
        <source>No patient opened yet.</source>
        <translation>아직 연 환자가 없습니다.</translation>
    </message>
    <message>
        <source>No patients yet: open images, a folder or the demo study.</source>
        <translation>아직 환자가 없습니다. 이미지, 폴더 또는 데모 검사를 여십시오.</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>%1 출생</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>병변 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>&amp;Delete Patient…</source>
        <translation>환자 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>last visit %1</source>
        <translation>최근 방문 %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PatientPage</name>
    <message>
        <source>&amp;Sort by</source>
        <translation>정렬 기준(&amp;S)</translation>
    </message>
    <message>
        <source>Ugly-duckling rank</source>
        <translation>‘미운 오리 새끼’ 순위</translation>
    </message>
    <message>
        <source>Malignant probability</source>
        <translation>악성 확률</translation>
    </message>
    <message>
        <source>Date (newest first)</source>
        <translation>날짜 (최신순)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>비교(&amp;C)</translation>
    </message>
    <message>
        <source>Select 2 to 4 lesions (Ctrl+click) to compare them side by side</source>
        <translation>병변 2~4개를 선택(Ctrl+클릭)하여 나란히 비교합니다</translation>
    </message>
    <message>
        <source>Lesions</source>
        <translation>병변</translation>
    </message>
    <message numerus="yes">
        <source>%n lesion(s)</source>
        <translation>
            <numerusform>병변 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 analysed</source>
        <translation>%2개 중 %1개 분석됨</translation>
    </message>
    <message>
        <source>ranked by how unusual each lesion looks within this patient</source>
        <translation>이 환자 내에서 각 병변이 얼마나 특이해 보이는지에 따라 순위 지정</translation>
    </message>
    <message>
        <source>ugly-duckling ranking after analysis</source>
        <translation>분석 후 ‘미운 오리 새끼’ 징후 순위 지정</translation>
    </message>
    <message>
        <source>&amp;Compare (%1)</source>
        <translation>비교 (%1)(&amp;C)</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
    <message>
        <source>&amp;Assign to Patient / Lesion…</source>
        <translation>환자 / 병변에 지정(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Lesion…</source>
        <translation>병변 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Body &amp;map</source>
        <translation>신체 맵(&amp;M)</translation>
    </message>
    <message>
        <source>Show the lesions on the front and back body diagram</source>
        <translation>앞면과 뒷면 인체 그림에 병변 표시</translation>
    </message>
    <message>
        <source>suspicious at %1</source>
        <translation>의심 기준: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::PredictionPanel</name>
    <message>
        <source>AI analysis</source>
        <translation>AI 분석</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>의사결정 지원 전용 — 진단이 아닙니다.</translation>
    </message>
    <message>
        <source>Model card…</source>
        <translation>모델 카드…</translation>
    </message>
    <message>
        <source>Intended use, limitations and measured performance of the model</source>
        <translation>모델의 사용 목적, 제한 사항 및 측정된 성능</translation>
    </message>
    <message>
        <source>No image selected.</source>
        <translation>선택된 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Unusual image: it does not resemble the images the model was trained on (e.g. not dermoscopic, ink marks, poor focus). Treat the result with caution.</source>
        <translation>특이한 이미지: 모델이 학습한 이미지와 닮지 않았습니다(예: 더모스코피 이미지가 아님, 잉크 표시, 초점 불량). 결과를 신중하게 해석하세요.</translation>
    </message>
    <message>
        <source>Low confidence: the model is uncertain between several classes.</source>
        <translation>낮은 신뢰도: 모델이 여러 클래스 사이에서 확신하지 못합니다.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>규칙: %1</translation>
    </message>
    <message>
        <source>Malignant probability: %1</source>
        <translation>악성 확률: %1</translation>
    </message>
    <message>
        <source>Uncertainty (normalised entropy): %1</source>
        <translation>불확실성 (정규화 엔트로피): %1</translation>
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
        <translation>모델: %1 %2
장치: %3 · 시간: %4 ms</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Top class: %1 (%2)</source>
        <translation>최상위 클래스: %1 (%2)</translation>
    </message>
    <message>
        <source>SUSPICIOUS at the operating point %1</source>
        <translation>의심 — 작동점 %1 기준</translation>
    </message>
    <message>
        <source>Not suspicious at the operating point %1</source>
        <translation>의심 아님 — 작동점 %1 기준</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProbabilityBar</name>
    <message>
        <source>%1 (malignant class)</source>
        <translation>%1 (악성 클래스)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ProblemsDialog</name>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>These files could not be read or analysed; the others are shown.</source>
        <translation>이 파일들은 읽거나 분석할 수 없었습니다. 나머지 파일은 표시됩니다.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RankExplanationDialog</name>
    <message>
        <source>Why this rank?</source>
        <translation>이 순위인 이유는?</translation>
    </message>
    <message>
        <source>Ranking this patient&apos;s lesions…</source>
        <translation>이 환자의 병변 순위를 매기는 중…</translation>
    </message>
    <message>
        <source>The lesions could not be ranked: %1</source>
        <translation>병변 순위를 매길 수 없습니다: %1</translation>
    </message>
    <message>
        <source>another lesion</source>
        <translation>다른 병변</translation>
    </message>
    <message>
        <source>This lesion has no rank yet: ranking needs a current analysis of it and at least two analysed lesions in the patient.</source>
        <translation>이 병변에는 아직 순위가 없습니다. 순위를 매기려면 이 병변의 현재 분석과 환자의 분석된 병변이 2개 이상 있어야 합니다.</translation>
    </message>
    <message>
        <source>%1 is ranked %2 of %3 analysed lesions of this patient.</source>
        <translation>%1은(는) 이 환자의 분석된 병변 %3개 중 %2위입니다.</translation>
    </message>
    <message>
        <source>It is flagged as the most unusual lesion.</source>
        <translation>가장 특이한 병변으로 표시되었습니다.</translation>
    </message>
    <message>
        <source>This lesion</source>
        <translation>이 병변</translation>
    </message>
    <message>
        <source>Most similar (distance %1)</source>
        <translation>가장 유사함 (거리 %1)</translation>
    </message>
    <message>
        <source>Least similar (distance %1)</source>
        <translation>가장 덜 유사함 (거리 %1)</translation>
    </message>
    <message>
        <source>Same look-alike group</source>
        <translation>같은 유사 그룹</translation>
    </message>
    <message>
        <source>&lt;b&gt;Malignant evidence:&lt;/b&gt; the model gives %1 % malignant probability; against this patient&apos;s other lesions that is %2 robust standard deviations %3 their median.</source>
        <translation>&lt;b&gt;악성 근거:&lt;/b&gt; 모델의 악성 확률은 %1 %이며, 이 환자의 다른 병변과 비교하면 그 중앙값보다 강건 표준편차의 %2배만큼 %3.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>높습니다</translation>
    </message>
    <message>
        <source>below</source>
        <translation>낮습니다</translation>
    </message>
    <message>
        <source>&lt;b&gt;Appearance:&lt;/b&gt; %1 robust standard deviations %2 unusual than this patient&apos;s typical lesion (distance to its nearest look-alikes in the model&apos;s features).</source>
        <translation>&lt;b&gt;외형:&lt;/b&gt; 이 환자의 전형적인 병변보다 강건 표준편차의 %1배만큼 %2 특이합니다 (모델 특징 공간에서 가장 가까운 유사 병변까지의 거리).</translation>
    </message>
    <message>
        <source>more</source>
        <translation>더</translation>
    </message>
    <message>
        <source>less</source>
        <translation>덜</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score:&lt;/b&gt; %1 + %2 × %3 = %4. Rank 1 is flagged &quot;most unusual&quot; when its score is at least %5 and its malignant probability at least %6 %.</source>
        <translation>&lt;b&gt;점수:&lt;/b&gt; %1 + %2 × %3 = %4. 1위 병변은 점수가 %5 이상이고 악성 확률이 %6 % 이상이면 “가장 특이함”으로 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Look-alike group:&lt;/b&gt; %n lesion(s), grouped by average-linkage clustering of the model&apos;s features (cosine distance cut at %1).</source>
        <translation>
            <numerusform>&lt;b&gt;유사 그룹:&lt;/b&gt; 병변 %n개, 모델 특징의 평균 연결 군집화로 묶음 (코사인 거리 %1에서 절단).</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision support only: the rank orders lesions for review; it is not a diagnosis.</source>
        <translation>의사결정 지원 전용 — 진단이 아닙니다: 순위는 검토할 병변의 순서를 정할 뿐입니다.</translation>
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
        <translation>환자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Select one or more lesions first.</source>
        <translation>먼저 병변을 하나 이상 선택하십시오.</translation>
    </message>
    <message>
        <source>The records, their analyses and the stored image copies are removed. This cannot be undone.</source>
        <translation>기록, 분석 결과 및 저장된 이미지 사본이 삭제됩니다. 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Whole patient: %1</source>
        <translation>환자 전체: %1</translation>
    </message>
    <message>
        <source>Current lesion: %1</source>
        <translation>현재 병변: %1</translation>
    </message>
    <message>
        <source>Report of</source>
        <translation>보고서 대상</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>De-identify (no name, identifiers, dates or free text)</source>
        <translation>비식별화 (이름, 식별자, 날짜, 자유 기술 제외)</translation>
    </message>
    <message>
        <source>Gathering the report and rendering its pages…</source>
        <translation>보고서를 수집하고 페이지를 렌더링하는 중…</translation>
    </message>
    <message>
        <source>The report cannot be made: %1</source>
        <translation>보고서를 만들 수 없습니다: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Decision support only — not a diagnosis.</source>
        <translation>
            <numerusform>%n페이지. 의사결정 지원 전용 — 진단이 아닙니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>보고서가 저장되지 않음</translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation>미리 보기가 아직 준비되지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 쓰는 중…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>저장되지 않음: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%n페이지를 %1에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail did not record it: %1</source>
        <translation>감사 추적에 기록되지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ReportService</name>
    <message>
        <source>The clinic logo %1 cannot be read; the report has none.</source>
        <translation>클리닉 로고 %1을(를) 읽을 수 없어 보고서에 로고가 들어가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::RocPlot</name>
    <message>
        <source>Validation ROC curve</source>
        <translation>검증 ROC 곡선</translation>
    </message>
    <message>
        <source>1 − specificity</source>
        <translation>1 − 특이도</translation>
    </message>
    <message>
        <source>sensitivity</source>
        <translation>민감도</translation>
    </message>
    <message>
        <source>The model card has no validation ROC: the default threshold applies.</source>
        <translation>모델 카드에 검증 ROC가 없습니다: 기본 임계값이 적용됩니다.</translation>
    </message>
    <message>
        <source>melanoma vs rest</source>
        <translation>흑색종 대 나머지</translation>
    </message>
    <message>
        <source>malignant vs benign</source>
        <translation>악성 대 양성</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>모델 폴더</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>자동 (가능하면 GPU)</translation>
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
        <translation>연산 장치</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>오버레이 불투명도</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>색상 맵</translation>
    </message>
    <message>
        <source>Per image (min-max)</source>
        <translation>이미지별 (최소-최대)</translation>
    </message>
    <message>
        <source>Fixed across a lesion&apos;s visits</source>
        <translation>병변의 모든 방문에 고정</translation>
    </message>
    <message>
        <source>Heatmap scaling</source>
        <translation>히트맵 스케일링</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>언어 (다시 시작 후 적용)</translation>
    </message>
    <message>
        <source>Jet</source>
        <translation>Jet</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (색각 이상에 안전)</translation>
    </message>
    <message>
        <source>Cividis (colour-blind safe)</source>
        <translation>Cividis (색각 이상에 안전)</translation>
    </message>
    <message>
        <source>Inferno</source>
        <translation>Inferno</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Folder of the patient records and image copies on this workstation (not a network share)</source>
        <translation>이 워크스테이션의 환자 기록과 이미지 사본 폴더(네트워크 공유 폴더 아님)</translation>
    </message>
    <message>
        <source>Record store</source>
        <translation>기록 저장소</translation>
    </message>
    <message>
        <source>Shown on every page of a report</source>
        <translation>보고서의 모든 페이지에 표시</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>클리닉 이름</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Clinic logo</source>
        <translation>클리닉 로고</translation>
    </message>
    <message>
        <source>A lesion is marked suspicious when its calibrated malignant probability reaches the threshold of this point on the model&apos;s validation ROC</source>
        <translation>병변의 보정된 악성 확률이 모델 검증 ROC에서 이 지점의 임계값에 도달하면 의심으로 표시됩니다</translation>
    </message>
    <message>
        <source>Suspicious at</source>
        <translation>의심 기준</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.svg *.bmp);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::SevenPointView</name>
    <message>
        <source>7-point score</source>
        <translation>7점 체크리스트 점수</translation>
    </message>
    <message>
        <source>7-point checklist</source>
        <translation>7점 체크리스트</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StoreMaintenance</name>
    <message>
        <source>Record store</source>
        <translation>기록 저장소</translation>
    </message>
    <message>
        <source>Back Up the Record Store Into</source>
        <translation>기록 저장소를 백업할 위치</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>백업 실패</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>백업 완료</translation>
    </message>
    <message>
        <source>The record store was backed up to %1.</source>
        <translation>기록 저장소를 %1에 백업했습니다.</translation>
    </message>
    <message>
        <source>A backup or restore is already running.</source>
        <translation>이미 백업 또는 복원이 진행 중입니다.</translation>
    </message>
    <message>
        <source>Backing up the record store…</source>
        <translation>기록 저장소 백업 중…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1에 백업됨</translation>
    </message>
    <message>
        <source>Restore a Record Store Backup</source>
        <translation>기록 저장소 백업 복원</translation>
    </message>
    <message>
        <source>Restore Store</source>
        <translation>저장소 복원</translation>
    </message>
    <message>
        <source>Restore the backup in %1 into a new store at %2 and switch to it? The store now open (%3) is kept unchanged.</source>
        <translation>%1의 백업을 %2의 새 저장소로 복원하고 그 저장소로 전환하시겠습니까? 지금 열려 있는 저장소(%3)는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>복원 실패</translation>
    </message>
    <message>
        <source>Restoring the record store…</source>
        <translation>기록 저장소 복원 중…</translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation>%1에 복원됨</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::StructuresChecklist</name>
    <message>
        <source>Not assessed</source>
        <translation>평가 안 함</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>전형적</translation>
    </message>
    <message>
        <source>Atypical</source>
        <translation>비정형</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>규칙적</translation>
    </message>
    <message>
        <source>Irregular</source>
        <translation>불규칙</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>7-point major criteria (2 points)</source>
        <translation>7점 체크리스트 주 기준 (2점)</translation>
    </message>
    <message>
        <source>Pigment network</source>
        <translation>색소망</translation>
    </message>
    <message>
        <source>Blue-whitish veil</source>
        <translation>청백색 베일</translation>
    </message>
    <message>
        <source>Vascular pattern</source>
        <translation>혈관 패턴</translation>
    </message>
    <message>
        <source>7-point minor criteria (1 point)</source>
        <translation>7점 체크리스트 부 기준 (1점)</translation>
    </message>
    <message>
        <source>Streaks / pseudopods</source>
        <translation>선조 / 위족</translation>
    </message>
    <message>
        <source>Pigmentation (blotches)</source>
        <translation>색소침착 (얼룩)</translation>
    </message>
    <message>
        <source>Dots / globules</source>
        <translation>점 / 소구</translation>
    </message>
    <message>
        <source>Regression structures</source>
        <translation>퇴행 구조</translation>
    </message>
    <message>
        <source>Other clues (not scored)</source>
        <translation>기타 단서 (점수 미반영)</translation>
    </message>
    <message>
        <source>Milia-like cysts</source>
        <translation>비립종 유사 낭종</translation>
    </message>
    <message>
        <source>Comedo-like openings</source>
        <translation>면포 유사 개구부</translation>
    </message>
    <message>
        <source>Leaf-like areas</source>
        <translation>잎 모양 구조</translation>
    </message>
    <message>
        <source>Other structures, comma separated</source>
        <translation>기타 구조, 쉼표로 구분</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelineChart</name>
    <message>
        <source>Lesion area and malignant probability over the visits</source>
        <translation>방문별 병변 면적과 악성 확률</translation>
    </message>
    <message>
        <source>Malignant probability (%)</source>
        <translation>악성 확률 (%)</translation>
    </message>
    <message>
        <source>Area (mm²)</source>
        <translation>면적 (mm²)</translation>
    </message>
    <message>
        <source>Area relative to the first visit (not calibrated)</source>
        <translation>첫 방문 대비 면적 (보정 안 됨)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Relative area</source>
        <translation>상대 면적</translation>
    </message>
    <message>
        <source>Malignant (%)</source>
        <translation>악성 (%)</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::TimelinePage</name>
    <message>
        <source>Visits of this lesion</source>
        <translation>이 병변의 방문</translation>
    </message>
    <message>
        <source>Click two visits to compare them</source>
        <translation>비교할 방문 두 개를 클릭하십시오</translation>
    </message>
    <message>
        <source>Later visit aligned onto the earlier one</source>
        <translation>이후 방문을 이전 방문에 정렬</translation>
    </message>
    <message>
        <source>◀ Lesion</source>
        <translation>◀ 병변</translation>
    </message>
    <message>
        <source>Back to the lesion (Esc)</source>
        <translation>병변으로 돌아가기(Esc)</translation>
    </message>
    <message>
        <source>Zoom and pan of the two visits are synchronised</source>
        <translation>두 방문의 확대/이동이 동기화됩니다</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>합성(SYNTHETIC)</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>추적 관찰: %1</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>방문 %1</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>날짜 미상</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>이전: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>이후: %1</translation>
    </message>
    <message>
        <source>Aligning the visits…</source>
        <translation>방문 정렬 중…</translation>
    </message>
    <message>
        <source>Comparing the visits…</source>
        <translation>방문 비교 중…</translation>
    </message>
    <message>
        <source>The visits could not be compared: %1</source>
        <translation>방문을 비교할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No aligned overlay: %1</source>
        <translation>정렬된 오버레이 없음: %1</translation>
    </message>
    <message>
        <source>Edit outlines</source>
        <translation>윤곽 편집</translation>
    </message>
    <message>
        <source>Drag the outline&apos;s vertices on either visit to correct it</source>
        <translation>어느 방문에서든 윤곽 꼭짓점을 끌어 수정합니다</translation>
    </message>
    <message>
        <source>Save outlines</source>
        <translation>윤곽 저장</translation>
    </message>
    <message>
        <source>Keep the corrected outlines and recompute the figures</source>
        <translation>수정한 윤곽을 유지하고 수치를 다시 계산합니다</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Forget the corrections not saved yet</source>
        <translation>아직 저장하지 않은 수정 사항을 버립니다</translation>
    </message>
    <message>
        <source>Outlines not saved</source>
        <translation>윤곽이 저장되지 않음</translation>
    </message>
    <message>
        <source>The corrected outlines are not saved. Drop the corrections and compare other visits?</source>
        <translation>수정한 윤곽이 저장되지 않았습니다. 수정 사항을 버리고 다른 방문을 비교하시겠습니까?</translation>
    </message>
    <message>
        <source>NOT ALIGNED: the alignment of the two images is not trusted (%1). They are shown unaligned; compare them side by side.</source>
        <translation>정렬되지 않음(NOT ALIGNED): 두 이미지의 정렬을 신뢰할 수 없습니다 (%1). 정렬하지 않은 상태로 표시되므로 나란히 비교하세요.</translation>
    </message>
    <message>
        <source>The outlines could not be saved: %1</source>
        <translation>윤곽을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>No timeline: %1</source>
        <translation>추적 관찰 없음: %1</translation>
    </message>
</context>
<context>
    <name>dermalens::ui::ViewExporter</name>
    <message>
        <source>Model: %1</source>
        <translation>모델: %1</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis.</source>
        <translation>의사결정 지원 전용 — 진단이 아닙니다.</translation>
    </message>
    <message>
        <source>Exported %1 by Dermalens</source>
        <translation>%1에 Dermalens에서 내보냄</translation>
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
        <translation>AI 의사결정 지원 기능을 갖춘 오프라인 더모스코피 판독</translation>
    </message>
    <message>
        <source>Open Images…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>JPEG, PNG, TIFF, DICOM (Ctrl+O)</source>
        <translation>JPEG, PNG, TIFF, DICOM (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>폴더 열기…</translation>
    </message>
    <message>
        <source>A patient or study folder (Ctrl+Shift+O)</source>
        <translation>환자 또는 검사 폴더 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Open Demo Study</source>
        <translation>데모 검사 열기</translation>
    </message>
    <message>
        <source>SYNTHETIC data, no patients</source>
        <translation>합성(SYNTHETIC) 데이터, 실제 환자 없음</translation>
    </message>
    <message>
        <source>Or drop files and folders onto this window.</source>
        <translation>또는 파일과 폴더를 이 창에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <source>Decision support only — not a diagnosis. Not a medical device.</source>
        <translation>의사결정 지원 전용 — 진단이 아닙니다. 의료기기가 아닙니다.</translation>
    </message>
</context>
</TS>
