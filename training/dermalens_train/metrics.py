"""Classification metrics without sklearn (not packaged on the target Debian image)."""
import numpy as np

from . import CLASSES, MALIGNANT


def softmax(logits, T=1.0):
    z = np.asarray(logits, np.float64) / T
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def auc(scores, positives):
    """ROC AUC via the Mann-Whitney U statistic with average ranks for ties; None if one class missing."""
    scores, positives = np.asarray(scores, np.float64), np.asarray(positives, bool)
    n_pos, n_neg = positives.sum(), (~positives).sum()
    if n_pos == 0 or n_neg == 0:
        return None
    order = np.argsort(scores, kind="mergesort")
    s = scores[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):  # average rank over tied runs
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[i:j + 1] = (i + j) / 2.0 + 1
        i = j + 1
    r = np.empty(len(s)); r[order] = ranks
    return float((r[positives].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def ece(probs, y, bins=15):
    """Expected calibration error of the top-1 confidence, equal-width bins."""
    conf, pred = probs.max(axis=1), probs.argmax(axis=1)
    correct = (pred == y).astype(np.float64)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (conf > lo) & (conf <= hi)
        if m.any():
            total += m.mean() * abs(conf[m].mean() - correct[m].mean())
    return float(total)


def malignant_prob(probs):
    idx = [i for i, c in enumerate(CLASSES) if c in MALIGNANT]
    return probs[:, idx].sum(axis=1)


def classification(probs, y):
    """accuracy, balanced accuracy (mean recall over classes present), per-class recall/precision, AUCs."""
    y = np.asarray(y)
    pred = probs.argmax(axis=1)
    recall, precision = {}, {}
    for i, c in enumerate(CLASSES):
        if (y == i).any():
            recall[c] = float((pred[y == i] == i).mean())
        precision[c] = float((y[pred == i] == i).mean()) if (pred == i).any() else 0.0
    mal = np.isin(y, [CLASSES.index(c) for c in MALIGNANT])
    return {
        "accuracy": float((pred == y).mean()),
        "balanced_accuracy": float(np.mean(list(recall.values()))) if recall else None,
        "per_class_recall": recall,
        "per_class_precision": precision,
        "melanoma_auc": auc(probs[:, CLASSES.index("mel")], y == CLASSES.index("mel")),
        "malignant_auc": auc(malignant_prob(probs), mal),
        "n_images": int(len(y)),
    }
