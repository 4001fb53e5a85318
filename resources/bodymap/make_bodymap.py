#!/usr/bin/env python3
"""Writes front.svg and back.svg: the body diagram of the body map (ui/src/widgets/BodyMapView).

The frame is 500 x 1000 (x, y in core/include/dermalens/followup/BodyMap.h times 500 and 1000),
so a point of the drawing lands in the region box the core names. The outline is one closed
Catmull-Rom curve through the points below (the viewer's left half, mirrored). Run it again
after changing a point: python3 make_bodymap.py
"""
from pathlib import Path

W = 500
# Viewer's left half, from the neck down the outside of the arm, back up its inside, down the
# flank and round the leg to the crotch.
HALF = [
    (229, 108), (227, 140), (222, 154),                      # neck
    (200, 163), (178, 170),                                  # trapezius
    (156, 176), (136, 188), (124, 210),                      # shoulder
    (118, 250), (113, 300), (109, 325),                      # outer upper arm to the elbow
    (103, 380), (99, 430), (98, 452),                        # outer forearm to the wrist
    (94, 478), (95, 515), (101, 540), (112, 553), (124, 550),  # hand, fingertips
    (131, 528), (134, 495), (136, 470), (135, 452),          # inner hand to the wrist
    (139, 400), (146, 345), (150, 322),                      # inner forearm
    (155, 280), (160, 248), (167, 232),                      # inner upper arm, armpit
    (170, 262), (174, 320), (183, 380), (186, 410),          # flank, waist
    (182, 460), (180, 500), (179, 540),                      # hip
    (181, 610), (186, 690), (190, 740),                      # outer thigh, knee
    (190, 790), (193, 835), (200, 900), (206, 935),          # calf, ankle
    (200, 960), (197, 985), (206, 997), (226, 998), (240, 990),  # foot
    (240, 960), (237, 935), (234, 880), (235, 820),          # inner ankle, calf
    (239, 745), (243, 660), (246, 590), (250, 556),          # inner knee, thigh, crotch
]


def outline():
    right = [(W - x, y) for x, y in reversed(HALF[:-1])]
    return HALF + right


def smooth_path(points):
    """A closed Catmull-Rom spline through `points` as cubic Bezier segments."""
    n = len(points)
    d = [f"M {points[0][0]:.1f} {points[0][1]:.1f}"]
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C {c1[0]:.1f} {c1[1]:.1f} {c2[0]:.1f} {c2[1]:.1f} {p2[0]:.1f} {p2[1]:.1f}")
    return " ".join(d) + " Z"


def mirrored(d_left):
    """The same detail line on both sides: `d_left` is written for the viewer's left."""
    return [d_left, mirror(d_left)]


def mirror(d):
    out, numbers = [], 0
    for token in d.split():
        if token.isalpha():
            out.append(token)
            numbers = 0
            continue
        value = float(token)
        out.append(f"{W - value:g}" if numbers % 2 == 0 else token)
        numbers += 1
    return " ".join(out)


FRONT_DETAILS = (
    mirrored("M 226 168 Q 200 178 174 180")          # clavicle
    + mirrored("M 182 262 Q 212 294 244 272")        # pectoral fold
    + mirrored("M 188 466 Q 214 512 244 548")        # inguinal fold
    + mirrored("M 202 726 Q 215 736 228 726")        # knee
)
BACK_DETAILS = (
    ["M 250 166 L 250 470"]                          # spine
    + mirrored("M 192 196 Q 202 252 228 266")        # scapula
    + ["M 250 480 L 250 556"]                        # gluteal cleft
    + mirrored("M 184 566 Q 214 580 246 564")        # gluteal fold
    + mirrored("M 202 738 Q 215 728 228 738")        # popliteal crease
)


def svg(title, details, navel):
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<!-- Dermalens {title.lower()}: written by make_bodymap.py (500 x 1000 frame, '
        'regions in core/include/dermalens/followup/BodyMap.h). -->',
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 500 1000" width="500" height="1000">',
        f'  <title>{title}</title>',
        '  <g fill="#eef1f5" stroke="#6b7785" stroke-width="2.5" stroke-linejoin="round">',
        f'    <path d="{smooth_path(outline())}"/>',
        '    <ellipse cx="207" cy="64" rx="7" ry="13"/>',
        '    <ellipse cx="293" cy="64" rx="7" ry="13"/>',
        '    <ellipse cx="250" cy="60" rx="41" ry="54"/>',
        '  </g>',
        '  <g fill="none" stroke="#a3adb8" stroke-width="1.6" stroke-linecap="round">',
    ]
    lines += [f'    <path d="{d}"/>' for d in details]
    if navel:
        lines.append('    <circle cx="250" cy="418" r="3"/>')
    lines += ['  </g>', '</svg>', '']
    return "\n".join(lines)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    (here / "front.svg").write_text(svg("Body map, front", FRONT_DETAILS, True))
    (here / "back.svg").write_text(svg("Body map, back", BACK_DETAILS, False))
