"""Stage 4: export, then calibrate / evaluate / OOD / card, all from the EXPORTED TorchScript module.

Validation images are read from the original JPEGs with the reference preprocessing (preprocess.py),
so the card's numbers are what `dermalens-cli evaluate` should reproduce. Probabilities used for
AUC/ECE/subgroups are the calibrated ones, softmax(logits/T), as the app shows them.
"""
import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

from . import CLASSES, calibrate, card as cardlib, data, export, metrics, ood, seal
from .malloc_tuning import keep_freed_memory
from .preprocess import decode_rgb, normalize, preprocess, resize_rgb

ENTROPY_PCT, DISTANCE_PCT, IMAGE_STATS_PCT = 95.0, 97.5, 99.0


def run_module(module, n, make_input, batch=64):
    """(logits [n,C], embeddings [n,K]) for inputs make_input(i) -> [1,3,H,W] float32."""
    logits, embs = [], []
    with torch.no_grad():
        for i in range(0, n, batch):
            x = torch.from_numpy(np.concatenate([make_input(j) for j in range(i, min(n, i + batch))]))
            f = module.features(x)
            logits.append(module.head(f).double().numpy()); embs.append(f.mean(dim=(2, 3)).double().numpy())
    return np.concatenate(logits), np.concatenate(embs)


def embedding_stats(train_emb):
    """Per-dimension mean/std over training-fold embeddings; std floored at 1 % of its median so
    near-constant channels cannot blow up the z-distance."""
    mean, std = train_emb.mean(0), train_emb.std(0)
    floor = max(0.01 * float(np.median(std)), 1e-6)
    return mean, np.maximum(std, floor), floor


def validation_metrics(logits, y, T):
    before, after = metrics.softmax(logits), metrics.softmax(logits, T)
    m = metrics.classification(after, y)
    m["ece_before_calibration"] = metrics.ece(before, y)
    m["ece_after_calibration"] = metrics.ece(after, y)
    unc = metrics.classification(before, y)
    m["uncalibrated"] = {k: unc[k] for k in ("melanoma_auc", "malignant_auc")}
    m["nll_before_calibration"], m["nll_after_calibration"] = calibrate.nll(logits, y), calibrate.nll(logits, y, T)
    m["probabilities"] = "calibrated: softmax(logits / calibration.temperature)"
    return m


def ood_block(module, spec, T, emb_stats, img_stats, val_logits, val_emb, val_img, n_per_kind=30, seed=0):
    """The card's "ood" block: statistics, thresholds on fold 0, the rule in words, and its evaluation
    on the self-made OOD set. emb_stats = (mean, std, floor); img_stats = (mean, inverse covariance)."""
    mean, std, floor = emb_stats
    items = ood.build_ood_set(n_per_kind, seed)
    o_logits, o_emb = run_module(module, len(items), lambda i: preprocess(items[i][1], spec))
    o_img = np.array([ood.image_statistics(resize_rgb(im, spec)) for _, im in items])
    val = {"embedding_distance": ood.distances(val_emb, mean, std),
           "image_statistics_distance": ood.image_statistics_distances(val_img, *img_stats),
           "normalized_entropy": ood.norm_entropy(metrics.softmax(val_logits, T))}
    oo = {"embedding_distance": ood.distances(o_emb, mean, std),
          "image_statistics_distance": ood.image_statistics_distances(o_img, *img_stats),
          "normalized_entropy": ood.norm_entropy(metrics.softmax(o_logits, T))}
    thr = {"embedding_distance": float(np.percentile(val["embedding_distance"], DISTANCE_PCT)),
           "image_statistics_distance": float(np.percentile(val["image_statistics_distance"], IMAGE_STATS_PCT)),
           "normalized_entropy": float(np.percentile(val["normalized_entropy"], ENTROPY_PCT))}
    rep = ood.report(val, oo, [k for k, _ in items], thr)
    rule = (f"out_of_distribution if the RMS z-distance of the embedding from the training-fold mean exceeds "
            f"{thr['embedding_distance']:.3f} (the {DISTANCE_PCT}th percentile on validation fold 0), or if the "
            f"Mahalanobis distance of the input's colour and texture statistics from the training folds exceeds "
            f"{thr['image_statistics_distance']:.3f} (their {IMAGE_STATS_PCT}th percentile on fold 0); low_confidence if the "
            f"normalized entropy of the calibrated probabilities exceeds {thr['normalized_entropy']:.3f} (its {ENTROPY_PCT}th "
            f"percentile on fold 0). Embedding std floored at {floor:.3g}.")
    img_mean, img_inv = img_stats
    return {"max_normalized_entropy": thr["normalized_entropy"], "embedding_mean": mean.tolist(),
            "embedding_std": std.tolist(), "max_embedding_distance": thr["embedding_distance"],
            "image_statistics": {"features": ood.IMAGE_STAT_NAMES, "mean": img_mean.tolist(),
                                 "inverse_covariance": img_inv.ravel().tolist(),
                                 "max_distance": thr["image_statistics_distance"]},
            "rule": rule, "evaluation": rep}


def read_log(run_dir):
    p = Path(run_dir) / "log.jsonl"
    return [json.loads(line) for line in open(p)] if p.exists() else []


def run_summary(run_dir):
    """Wall time, epochs, throughput, last fold-0 evaluation and epoch times of a training run."""
    log = read_log(run_dir)
    done = next((r for r in log if r["event"] == "done"), {})
    evals = [r for r in log if r["event"] == "epoch" and "val" in r]
    epochs = [r for r in log if r["event"] == "epoch" and r["epoch_s"] > 10]
    args = done.get("args", {})
    return {"arch": done.get("arch"), "input": f"{done.get('width')}x{done.get('height')}", "epochs": done.get("epochs"),
            "train_wall_s": done.get("train_wall_s"), "train_img_per_s": done.get("train_img_per_s"),
            "median_epoch_s": float(np.median([r["epoch_s"] for r in epochs])) if epochs else None,
            "last_eval_during_training": evals[-1]["val"] if evals else None,
            "hyperparameters": {k: args.get(k) for k in ("lr", "wd", "batch_size", "seed", "alpha", "kd_temp",
                                                        "weighting", "drop_path", "budget_min", "patience",
                                                        "plateau_factor")},
            "selection": done.get("selection")}  # fold-0 best score/epoch, patience counter, LR scale


def teacher_summary(teacher_run, rows, va, y_val):
    p = Path(teacher_run) / "teacher_logits.npy"
    if not p.exists():
        return run_summary(teacher_run)
    lg = np.load(p)[va].astype(np.float64)
    if np.isnan(lg).any():  # teacher logits were computed for training folds only
        return run_summary(teacher_run)
    T = calibrate.fit_temperature(lg, y_val)
    m = metrics.classification(metrics.softmax(lg, T), y_val)
    m["temperature"] = T
    return {**run_summary(teacher_run), "validation_flip_tta": {k: v for k, v in m.items() if k != "per_class_precision"}}


def bench(card, module, val_rgb):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import reference_predict  # training/reference_predict.py
    return reference_predict.bench(card, module, val_rgb)


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", required=True, help="student final.pt (last weights) or best.pt (best fold-0 evaluation)")
    p.add_argument("--teacher-run", default=None, help="teacher run dir (log.jsonl, teacher_logits.npy)")
    p.add_argument("--data-dir", default=str(data.DEFAULT_DATA_DIR))
    p.add_argument("--cache-dir", default=str(data.DEFAULT_CACHE_DIR))
    p.add_argument("--out", required=True, help="package directory to write")
    p.add_argument("--notes", default=None, help="JSON list of extra 'what was tried' entries")
    p.add_argument("--max-train", type=int, default=1000,
                   help="random training-fold images for the embedding mean/std (0 = all 8,001); 1,000 pins "
                        "each per-channel mean/std to a few % and saves minutes of CPU on the shared machine")
    p.add_argument("--max-val", type=int, default=0, help="smoke tests: limit validation images")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--no-bench", dest="bench", action="store_false", help="skip the latency/throughput measurement")
    p.add_argument("--ood-per-kind", type=int, default=12, help="synthetic OOD images per kind")
    return p.parse_args(argv)


def main(argv=None):
    a = parse_args(argv)
    keep_freed_memory()  # see malloc_tuning.py
    torch.set_num_threads(a.threads)
    t0 = time.time()
    model, meta = export.load_checkpoint(a.checkpoint)
    card = export.minimal_card(meta["arch"], meta["width"], meta["height"])
    export.write_package(export.script_model(model), a.out, card)  # model.pt is final from here on
    module = torch.jit.load(str(Path(a.out) / "model.pt"), map_location="cpu").eval()
    spec = card["input"]
    rows = data.load_labels(a.data_dir)
    tr, va = data.split(rows)
    tr_all = tr
    if a.max_train and a.max_train < len(tr):
        tr = np.sort(np.random.RandomState(0).choice(tr, a.max_train, replace=False))
    va = va[: a.max_val or None]
    y = data.labels_array(rows)
    files = [Path(a.data_dir) / rows[i]["file"] for i in va]
    val_rgb = [resize_rgb(decode_rgb(f), spec) for f in files]  # decoded once: model input and image statistics
    val_logits, val_emb = run_module(module, len(va), lambda j: normalize(val_rgb[j], spec))
    cache = data.load_images(a.data_dir, rows, spec["width"], spec["height"], a.cache_dir)
    diff = max(float(np.abs(normalize(cache[va[j]], spec) - preprocess(files[j], spec)).max()) for j in range(8))
    _, train_emb = run_module(module, len(tr), lambda j: normalize(cache[tr[j]], spec))
    T = calibrate.fit_temperature(val_logits, y[va])
    val = validation_metrics(val_logits, y[va], T)
    emb_stats = embedding_stats(train_emb)
    # colour/texture statistics: every training image (cheap), the cache is the reference resize
    img_stats = ood.image_statistics_model([ood.image_statistics(cache[i]) for i in tr_all])
    val_img = np.array([ood.image_statistics(rgb) for rgb in val_rgb])
    card["calibration"].update({"temperature": T, "nll_before": val["nll_before_calibration"], "nll_after": val["nll_after_calibration"]})
    card["ood"] = ood_block(module, spec, T, emb_stats, img_stats, val_logits, val_emb, val_img, a.ood_per_kind)
    card["ood"]["embedding_stats_images"] = int(len(tr))
    card["subgroups"] = cardlib.subgroups([rows[i] for i in va], metrics.softmax(val_logits, T), y[va])
    teacher = teacher_summary(a.teacher_run, rows, va, y[va]) if a.teacher_run else None
    notes = json.load(open(a.notes)) if a.notes else []
    perf = bench(card, module, [cache[i] for i in va[:16]]) if a.bench else None
    student = {**run_summary(Path(a.checkpoint).parent), "checkpoint": Path(a.checkpoint).name}
    fill_card(card, meta, val, teacher, student, notes, perf, diff)
    card["weights_sha256"] = export.sha256(Path(a.out) / "model.pt")
    with open(Path(a.out) / "model.json", "w") as f:
        json.dump(card, f, indent=1); f.write("\n")
    seal.seal_package(a.out)  # the card's output-changing sections into model.pt (new sha256)
    np.savez(Path(a.checkpoint).parent / "val_predictions.npz", logits=val_logits, y=y[va], image_id=[rows[i]["image_id"] for i in va])
    v = card["metrics"]["validation"]
    print(json.dumps({k: v[k] for k in ("accuracy", "balanced_accuracy", "melanoma_auc", "malignant_auc",
                                        "ece_before_calibration", "ece_after_calibration", "n_images")}
                     | {"T": T, "ood_auroc": card["ood"]["evaluation"]["auroc_out_of_distribution"], "finalize_s": round(time.time() - t0, 1)}))


def fill_card(card, meta, val, teacher, student, notes, perf, cache_diff):
    card.update({
        "name": "dermalens-efficientnet-b0-ham10000" if meta["arch"] == "efficientnet_b0" else card["name"],
        "description": f"{meta['arch']} trained from scratch on HAM10000 folds 1-4 by distillation from a fine-tuned "
                       "MobileNetV2 teacher, temperature-calibrated on fold 0.",
        "intended_use": cardlib.INTENDED_USE, "input_expectations": cardlib.INPUT_EXPECTATIONS,
        "limitations": cardlib.LIMITATIONS, "license": cardlib.LICENSE,
        "training_data": {"name": "HAM10000 (200x150 copy)", "license": "CC BY-NC-SA 4.0", "citation": cardlib.CITATION,
                          "split": "5 lesion-grouped folds (labels.csv 'fold'); trained on folds 1-4 (8,001 images), "
                                   "validated/calibrated on fold 0 (2,014 images)."},
        "metrics": {"validation": val, "targets": cardlib.targets_report(val),
                    "targets_note": cardlib.TARGETS_NOTE,
                    "evaluation_protocol": "exported TorchScript model, reference preprocessing (training/dermalens_train/"
                                           f"preprocess.py) from the original JPEGs; max |cache - reference| input diff {cache_diff:.2g}"},
        "training": {"student": student, "teacher": teacher, "what_was_tried": BASELINES + notes,
                     "recipe": RECIPE if student.get("checkpoint") != "best.pt" else RECIPE.replace(
                         "Last checkpoint, no early stopping.", "Checkpoint with the best fold-0 balanced accuracy "
                         "during training (best.pt; fold 0 is then also the selection set).")},
        "performance": perf,
    })


RECIPE = ("Teacher: torchvision MobileNetV2 from ImageNet weights (../shared/weights), 160x120, class-weighted CE. "
          "Teacher logits precomputed once (mean over 4 flip views) for the training folds. Student: EfficientNet-B0 from scratch "
          "(no EfficientNet weights offline), input 128x96, stochastic depth 0.05, loss 0.5*T^2*KL(T=3) + 0.5*weighted CE. "
          "Both: inverse-frequency class weights N/(C*n_c), AdamW wd 0.02 (none on norms/biases), batch 32, 3 % warm-up "
          "then cosine to zero at a wall-clock budget, grad clip 5, channels_last, 1-2 threads (auto), images decoded once "
          "(cv2 INTER_AREA) into RAM; batched GPU-free augmentation: any-angle rotation + h-flip + zoom 0.9-1.15 + shift "
          "(reflect padding), brightness/contrast/saturation +-10 %. Last checkpoint, no early stopping. "
          "Temperature scaling (LBFGS on NLL) on fold 0. Reproduce: training/reproduce.sh.")
BASELINES = [
    {"what": "planning baselines (../shared/brief/model-baselines.md, 160x120, 35 min each, same machine class)",
     "results": {"mobilenet_v2_imagenet_finetune": {"balanced_accuracy": 0.721, "melanoma_auc": 0.892, "malignant_auc": 0.914},
                 "efficientnet_b0_scratch": {"balanced_accuracy": 0.516, "melanoma_auc": 0.807, "malignant_auc": 0.823},
                 "efficientnet_b0_distilled_10min": {"balanced_accuracy": 0.348, "melanoma_auc": 0.843, "malignant_auc": 0.848}}},
    {"what": "student input 128x96 instead of 160x120", "why": "EfficientNet-B0 from scratch is epoch-starved on 2 cores "
     "(8 epochs -> 0.52 balanced acc in the baselines); 128x96 gives ~1.6x more epochs in the same budget."},
    {"what": "distillation CE weight 0.5 instead of 0.3", "why": "the baselines saw rare classes (df, vasc) collapse first "
     "when the CE weight was small."},
    {"what": "previous shipped model, same recipe with less compute: teacher 25 min (2 epochs), student 39 min + 11 min "
             "warm restart, on cores shared with C++ builds and before the allocator fix (malloc_tuning.py; steps were ~2x slower)",
     "results": {"balanced_accuracy": 0.565, "melanoma_auc": 0.806, "malignant_auc": 0.854, "ece_after_calibration": 0.041}},
    {"what": "OOD scores on the previous model (fold 0 vs the self-made OOD set, AUROC)",
     "results": {"embedding_rms_z_distance": 0.822, "pca_whitened_mahalanobis_k8_256": [0.834, 0.876],
                 "pca_residual_k8_256": [0.855, 0.919], "shrinkage_mahalanobis": [0.834, 0.850],
                 "class_conditional_distance": 0.490, "energy": 0.624, "max_logit": 0.611,
                 "image_statistics_mahalanobis": 0.997},
     "why": "the embedding of a from-scratch model flagged at most 64 % of the OOD set at a 2.5 % false-alarm rate; "
            "the input's colour/texture statistics flagged 95 %, so the flag uses both."},
]


if __name__ == "__main__":
    main()
