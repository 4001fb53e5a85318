"""HAM10000 loading: labels.csv + all images decoded once (reference preprocessing) and cached as .npy."""
import csv
import hashlib
import os
import time
from pathlib import Path

import numpy as np

from . import CLASSES, input_spec
from .preprocess import decode_rgb, resize_rgb

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT / ".." / "shared" / "data" / "ham10000"
DEFAULT_CACHE_DIR = Path(os.environ.get("DERMALENS_CACHE", Path.home() / ".cache" / "dermalens"))


def load_labels(data_dir):
    """Rows of labels.csv as dicts, plus integer class index 'y'."""
    with open(Path(data_dir) / "labels.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["y"] = CLASSES.index(r["label"])
        r["fold"] = int(r["fold"])
    return rows


def load_images(data_dir, rows, width, height, cache_dir=DEFAULT_CACHE_DIR, log=print):
    """uint8 [N,H,W,3] RGB, decoded with the reference preprocessing; cached keyed by ids+size."""
    key = hashlib.sha1(("|".join(r["image_id"] for r in rows) + f"{width}x{height}").encode()).hexdigest()[:12]
    path = Path(cache_dir) / f"ham10000_{width}x{height}_{key}.npy"
    if path.exists():
        return np.load(path)
    t0 = time.time()
    spec = input_spec(width, height)
    out = np.empty((len(rows), height, width, 3), np.uint8)
    for i, r in enumerate(rows):
        out[i] = resize_rgb(decode_rgb(Path(data_dir) / r["file"]), spec)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(str(path) + ".tmp.npy", out)
    os.replace(str(path) + ".tmp.npy", path)  # atomic: concurrent readers never see half a file
    log(f"decoded {len(rows)} images in {time.time() - t0:.1f}s -> {path}")
    return out


def split(rows, val_fold=0):
    """Index arrays (train, val): lesion-grouped folds, val = fold 0."""
    folds = np.array([r["fold"] for r in rows])
    return np.where(folds != val_fold)[0], np.where(folds == val_fold)[0]


def labels_array(rows):
    return np.array([r["y"] for r in rows], np.int64)
