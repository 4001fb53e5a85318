// The follow-up records together: findings, measurements, lesion contours, body-map position.
#pragma once

#include "dermalens/records/BodyMapPosition.h"
#include "dermalens/records/Finding.h"
#include "dermalens/records/ImagePoint.h"
#include "dermalens/records/LesionContour.h"
#include "dermalens/records/Measurement.h"
