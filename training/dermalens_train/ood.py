"""An out-of-distribution (OOD) test set the project can build itself, plus OOD scores and thresholds.

Kinds (seeded, 200x150 unless noted): flat colours, uniform and Gaussian noise, colour gradients,
rendered text (cv2.putText), checkerboards, screenshot-like UI mock-ups, and everyday photos from
Debian's darknet package (/usr/share/darknet/data/*.jpg: dog, eagle, giraffe, horses, ...) with random
crops. None of them is a dermoscopic image, so a useful OOD score should rank them above fold 0.
"""
import glob

import cv2
import numpy as np

from . import metrics

W, H = 200, 150
WORDS = ["Dermalens", "Patient 0042", "File Edit View", "OK", "Cancel", "lorem ipsum dolor",
         "2026-11-22", "Report", "mel 0.31", "Settings", "The quick brown fox", "ABC 123"]
DARKNET_GLOB = "/usr/share/darknet/data/*.jpg"


def _colour(rs):
    return tuple(int(v) for v in rs.randint(0, 256, 3))


def flat(rs):
    return np.full((H, W, 3), _colour(rs), np.uint8)


def noise_uniform(rs):
    return rs.randint(0, 256, (H, W, 3)).astype(np.uint8)


def noise_gaussian(rs):
    return np.clip(rs.normal(rs.uniform(60, 200), rs.uniform(10, 60), (H, W, 3)), 0, 255).astype(np.uint8)


def gradient(rs):
    a, b = np.array(_colour(rs), np.float32), np.array(_colour(rs), np.float32)
    ang = rs.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    t = (np.cos(ang) * xx / W + np.sin(ang) * yy / H)
    t = (t - t.min()) / max(t.max() - t.min(), 1e-6)
    return (a + (b - a) * t[..., None]).astype(np.uint8)


def text(rs):
    img = np.full((H, W, 3), rs.randint(200, 256), np.uint8)
    for i in range(rs.randint(2, 6)):
        cv2.putText(img, WORDS[rs.randint(len(WORDS))], (rs.randint(0, 60), 25 + 28 * i),
                    int(rs.choice([0, 2, 3, 4])), rs.uniform(0.4, 0.9), _colour(rs) if rs.rand() < 0.3 else (0, 0, 0), 1, cv2.LINE_AA)
    return img


def checkerboard(rs):
    s = rs.randint(4, 40)
    yy, xx = np.mgrid[0:H, 0:W]
    m = ((yy // s + xx // s) % 2).astype(bool)
    img = np.empty((H, W, 3), np.uint8)
    img[m], img[~m] = _colour(rs), _colour(rs)
    return img


def ui(rs):
    """Screenshot-like: light window, title bar, panels, buttons and labels."""
    img = np.full((H, W, 3), rs.randint(225, 250), np.uint8)
    cv2.rectangle(img, (0, 0), (W, 18), _colour(rs), -1)
    for _ in range(rs.randint(3, 8)):
        x, y = rs.randint(0, W - 40), rs.randint(22, H - 20)
        cv2.rectangle(img, (x, y), (x + rs.randint(25, 80), y + rs.randint(12, 30)), _colour(rs), -1 if rs.rand() < 0.6 else 1)
    cv2.putText(img, WORDS[rs.randint(len(WORDS))], (4, 13), 0, 0.4, (255, 255, 255), 1, cv2.LINE_AA)
    return img


SYNTHETIC = [flat, noise_uniform, noise_gaussian, gradient, text, checkerboard, ui]


def photos(rs, crops_per_photo=5):
    """darknet photos: the full photo plus random crops (about a quarter to all of the photo)."""
    out = []
    for path in sorted(glob.glob(DARKNET_GLOB)):
        img = cv2.cvtColor(cv2.imread(path, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
        out.append(img)
        h, w = img.shape[:2]
        for _ in range(crops_per_photo):
            s = rs.uniform(0.5, 1.0)
            ch, cw = int(h * s), int(w * s)
            y, x = rs.randint(0, h - ch + 1), rs.randint(0, w - cw + 1)
            out.append(np.ascontiguousarray(img[y:y + ch, x:x + cw]))
    return out


def build_ood_set(n_per_kind=30, seed=0):
    """[(kind, RGB uint8 image)], deterministic for a seed."""
    rs = np.random.RandomState(seed)
    items = [(f.__name__, f(rs)) for f in SYNTHETIC for _ in range(n_per_kind)]
    items += [("photo", im) for im in photos(rs)]
    return items


# Image statistics of the model's input (the resized 8-bit RGB), exactly the core's
# dermalens::imageStatistics (core/src/ImageStatistics.cpp): colour (Lab, HSV saturation) and texture
# (Laplacian, Sobel) summaries. Dermoscopy has a narrow range of these; flat colours, noise, text,
# screenshots and everyday photos fall outside it whatever the classifier's embedding says.
IMAGE_STAT_NAMES = ["lab_l_mean", "lab_a_mean", "lab_b_mean", "lab_l_std", "lab_a_std", "lab_b_std",
                    "log1p_mean_abs_laplacian", "log1p_mean_gradient", "flat_fraction",
                    "saturation_mean", "saturation_std"]


def image_statistics(rgb):
    """uint8 HxWx3 RGB (already resized for the model) -> float64 [11] in IMAGE_STAT_NAMES order."""
    lab = cv2.cvtColor(rgb, cv2.COLOR_RGB2Lab).reshape(-1, 3).astype(np.float64)
    grey = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    lap = cv2.Laplacian(grey, cv2.CV_32F, ksize=1)
    gx, gy = cv2.Sobel(grey, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(grey, cv2.CV_32F, 0, 1, ksize=3)
    mag = np.sqrt(gx.astype(np.float64) ** 2 + gy.astype(np.float64) ** 2)
    sat = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[:, :, 1].astype(np.float64)
    return np.r_[lab.mean(0), lab.std(0), np.log1p(np.abs(lap.astype(np.float64)).mean()), np.log1p(mag.mean()),
                 ((gx == 0) & (gy == 0)).mean(), sat.mean(), sat.std()]


def image_statistics_model(train_stats, ridge=1e-6):
    """Mean and inverse covariance (ridge-regularised, relative to the mean variance) of training statistics."""
    x = np.asarray(train_stats, np.float64)
    cov = np.cov(x.T)
    cov += ridge * np.trace(cov) / len(cov) * np.eye(len(cov))
    return x.mean(0), np.linalg.inv(cov)


def image_statistics_distances(stats, mean, inv_cov):
    """Mahalanobis distance per statistic, exactly the core's rule: sqrt(d^T C^-1 d / n)."""
    d = np.asarray(stats, np.float64) - mean
    return np.sqrt(np.maximum(np.einsum("ij,jk,ik->i", d, inv_cov, d), 0) / len(mean))


def distances(emb, mean, std):
    """RMS z-distance, exactly the core's rule: sqrt(mean_k ((e_k - mean_k)/std_k)^2)."""
    z = (np.asarray(emb, np.float64) - mean) / std
    return np.sqrt((z * z).mean(axis=1))


def norm_entropy(probs):
    p = np.clip(probs, 1e-300, None)
    return -(probs * np.log(p)).sum(axis=1) / np.log(probs.shape[1])


OOD_RULES = ("embedding_distance", "image_statistics_distance")


def report(val_scores, ood_scores, kinds, thresholds):
    """AUROC (OOD = positive) per score overall and per kind, and flag rates at the thresholds."""
    kinds = np.asarray(kinds)
    out = {"n_ood": int(len(kinds)), "n_validation": int(len(next(iter(val_scores.values())))),
           "kinds": {k: int((kinds == k).sum()) for k in dict.fromkeys(kinds)}}
    for name, v in val_scores.items():
        o = ood_scores[name]
        both = np.concatenate([v, o]); lab = np.r_[np.zeros(len(v), bool), np.ones(len(o), bool)]
        out[f"auroc_{name}"] = metrics.auc(both, lab)
        out[f"auroc_{name}_by_kind"] = {k: metrics.auc(np.r_[v, o[kinds == k]], np.r_[np.zeros(len(v), bool), np.ones((kinds == k).sum(), bool)])
                                        for k in out["kinds"]}
        out[f"flagged_{name}"] = {"ood": float((o > thresholds[name]).mean()), "validation": float((v > thresholds[name]).mean())}
    # the out_of_distribution flag: any distance rule over its threshold, i.e. max(score / threshold) > 1
    rules = [n for n in OOD_RULES if n in val_scores]
    if rules:
        v = np.max([val_scores[n] / thresholds[n] for n in rules], axis=0)
        o = np.max([ood_scores[n] / thresholds[n] for n in rules], axis=0)
        both = np.concatenate([v, o]); lab = np.r_[np.zeros(len(v), bool), np.ones(len(o), bool)]
        out["auroc_out_of_distribution"] = metrics.auc(both, lab)
        out["flagged_out_of_distribution"] = {"ood": float((o > 1).mean()), "validation": float((v > 1).mean()),
                                              "ood_by_kind": {k: float((o[kinds == k] > 1).mean()) for k in out["kinds"]}}
    fo = np.zeros(len(kinds), bool); fv = np.zeros(out["n_validation"], bool)
    for name in val_scores:
        fo |= ood_scores[name] > thresholds[name]; fv |= val_scores[name] > thresholds[name]
    out["flagged_either"] = {"ood": float(fo.mean()), "validation": float(fv.mean()),
                             "ood_by_kind": {k: float(fo[kinds == k].mean()) for k in out["kinds"]}}
    return out
