#!/usr/bin/env python3
"""Python reference inference for a Dermalens model package (TorchScript + reference preprocessing).

  reference_predict.py PACKAGE_DIR IMAGE [IMAGE ...]       one JSON object per line per image
  reference_predict.py PACKAGE_DIR --bench [IMAGE ...]     latency / throughput JSON (2 threads)

Per image: raw logits, uncalibrated softmax, calibrated probabilities softmax(logits/T), normalized
entropy, embedding RMS z-distance, image-statistics distance and the two flags exactly as core/MODEL_CONTRACT.md defines them.
Used for the C++ parity test (|p_cpp - p_py| <= 1e-4) and as the Python eager baseline in benchmarks.
"""
import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dermalens_train import ood as oodlib  # noqa: E402
from dermalens_train.malloc_tuning import keep_freed_memory  # noqa: E402
from dermalens_train.preprocess import decode_rgb, normalize, preprocess, resize_rgb  # noqa: E402


def load_package(pkg_dir):
    pkg = Path(pkg_dir)
    card = json.loads((pkg / "model.json").read_text())
    module = torch.jit.load(str(pkg / card.get("weights_file", "model.pt")), map_location="cpu").eval()
    return card, module


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


def analyse(card, module, resized):
    """All per-image outputs for one uint8 RGB image already resized per the card (resize_rgb)."""
    x = normalize(resized, card["input"])
    with torch.no_grad():
        f = module.features(torch.from_numpy(x))
        logits = module.head(f)[0].double().numpy()
    emb = f.mean(dim=(2, 3))[0].double().numpy()
    T = float(card["calibration"]["temperature"])
    p = softmax(logits / T)
    ent = float(-(p * np.log(np.clip(p, 1e-300, None))).sum() / math.log(len(p)))
    out = {"logits": logits.tolist(), "uncalibrated_probabilities": softmax(logits).tolist(),
           "probabilities": p.tolist(), "predicted": card["classes"][int(p.argmax())]["code"],
           "normalized_entropy": ent}
    ood = card.get("ood", {})
    out["low_confidence"] = bool(ent > ood.get("max_normalized_entropy", float("inf")))
    if "embedding_mean" in ood:
        z = (emb - np.asarray(ood["embedding_mean"])) / np.asarray(ood["embedding_std"])
        out["embedding_distance"] = float(np.sqrt(np.mean(z * z)))
        out["out_of_distribution"] = bool(out["embedding_distance"] > ood["max_embedding_distance"])
    stats = ood.get("image_statistics")
    if stats:
        n = len(stats["mean"])
        inv = np.asarray(stats["inverse_covariance"], np.float64).reshape(n, n)
        d = oodlib.image_statistics_distances(oodlib.image_statistics(resized)[None], np.asarray(stats["mean"]), inv)
        out["image_statistics_distance"] = float(d[0])
        out["out_of_distribution"] = bool(out.get("out_of_distribution", False) or d[0] > stats["max_distance"])
    return out


def bench(card, module, images, reps=20, batch=32, seconds=3.0):
    """Median single-image latency (preprocess + forward) and batched forward throughput."""
    torch.set_num_threads(2)
    spec = card["input"]
    if not images:
        images = [np.random.RandomState(0).randint(0, 256, (150, 200, 3), np.uint8)]
    lat = []
    for i in range(reps + 3):
        t0 = time.perf_counter()
        with torch.no_grad():
            module(torch.from_numpy(preprocess(images[i % len(images)], spec)))
        lat.append(time.perf_counter() - t0)
    xb = torch.randn(batch, 3, spec["height"], spec["width"])
    with torch.no_grad():
        module(xb)
        t0 = time.perf_counter(); n = 0
        while time.perf_counter() - t0 < seconds:
            module(xb); n += batch
    return {"single_image_latency_ms_median": 1000 * statistics.median(lat[3:]),
            "batch": batch, "throughput_img_per_s": n / (time.perf_counter() - t0), "threads": 2,
            "torch": torch.__version__}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("package")
    ap.add_argument("images", nargs="*")
    ap.add_argument("--bench", action="store_true")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    keep_freed_memory()  # same allocator settings as the C++ core (TorchModel.cpp), for a fair benchmark
    torch.set_num_threads(a.threads)
    card, module = load_package(a.package)
    if a.bench:
        print(json.dumps(bench(card, module, a.images)))
        return
    for path in a.images:
        rec = {"file": path, **analyse(card, module, resize_rgb(decode_rgb(path), card["input"]))}
        print(json.dumps(rec), flush=True)


if __name__ == "__main__":
    main()
