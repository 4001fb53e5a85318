#!/usr/bin/env python3
"""Write a TINY conforming Dermalens model package for C++ tests (no data, no network, < 5 s).

  make_tiny_model.py OUT_DIR [--evidence-region] [--seed 0]

Default: random (seeded) 2-conv network, input 64x48, 7 HAM10000 classes, temperature 1.5, with OOD
statistics so every card field the core reads is present.

--evidence-region: a model whose class-0 (akiec) logit depends ONLY on brightness in the TOP-LEFT
quadrant, built so Grad-CAM for class 0 must peak there:
  * features() = [ReLU(bright detector) * top-left mask, ReLU(random conv channels)], where the bright
    detector is a fixed 1x1 conv summing R+G+B of the normalized input with a negative bias, so it fires on
    bright pixels; the fixed mask (a buffer) zeroes it outside the top-left quadrant of the feature map.
  * head() = global average pool + linear; the class-0 row has a large positive weight on the bright
    channel and 0 on every other channel.
  So Grad-CAM for class 0: weights w = mean(dy0/dA) are positive only for the bright channel, the map is
  ReLU(w * A_bright), which is zero outside the top-left quadrant and positive inside it wherever the
  image is bright. A test should use an image that is bright (e.g. white) in the top-left quadrant:
  the map is then high there and 0 elsewhere, and p(akiec) grows with the top-left brightness.
"""
import argparse
import json
import os
import sys
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0":
    # TorchScript serializes some module constants in set order (string-hash dependent):
    # fix the hash seed so the same --seed gives a byte-identical model.pt (and sha256).
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})

import cv2  # noqa: E402
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dermalens_train import ood as oodlib  # noqa: E402
from dermalens_train.export import minimal_card, write_package  # noqa: E402

W, H, C, K = 64, 48, 7, 8


class TinyNet(nn.Module):
    def __init__(self, evidence_region: bool):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.conv2 = nn.Conv2d(8, K - 1, 3, stride=2, padding=1)
        self.bright = nn.Conv2d(3, 1, 4, stride=4)  # 48x64 -> 12x16, same grid as conv2's output
        self.fc = nn.Linear(K, C)
        mask = torch.zeros(1, 1, H // 4, W // 4)
        mask[..., : H // 8, : W // 8] = 1.0  # top-left quadrant of the 12x16 feature map
        self.register_buffer("mask", mask if evidence_region else torch.ones_like(mask))
        with torch.no_grad():
            self.bright.weight.fill_(1.0 / 48)  # mean over 4x4x3 of the normalized input
            self.bright.bias.fill_(-0.5)        # fires above roughly mid-grey brightness
            if evidence_region:
                self.fc.weight[0].zero_()
                self.fc.weight[0, 0] = 8.0
                self.fc.weight[1:, 0] = 0.0
                self.fc.bias[0] = -1.0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))

    @torch.jit.export
    def features(self, x: torch.Tensor) -> torch.Tensor:
        b = torch.relu(self.bright(x)) * self.mask
        g = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        return torch.cat([b, g], dim=1)

    @torch.jit.export
    def head(self, f: torch.Tensor) -> torch.Tensor:
        return self.fc(f.mean(dim=(2, 3)))


def ood_stats(model, seed):
    """Embedding mean/std over seeded random images, so the core's OOD path has real numbers."""
    g = torch.Generator().manual_seed(seed + 1)
    with torch.no_grad():
        e = model.features(torch.randn(64, 3, H, W, generator=g)).mean(dim=(2, 3))
    std = e.std(0).clamp(min=1e-3)
    return {"max_normalized_entropy": 0.95, "embedding_mean": e.mean(0).tolist(),
            "embedding_std": std.tolist(), "max_embedding_distance": 3.0,
            "rule": "tiny test model: out of distribution if RMS z-distance > 3 or image-statistics distance > 4; "
                    "low confidence if normalized entropy > 0.95"}


def image_statistics(seed, n=64):
    """Colour/texture statistics of seeded smooth skin-toned images, so the core's image rule has real
    numbers: such images pass it, flat colours and uniform noise do not."""
    rs = np.random.RandomState(seed + 2)
    stats = []
    for _ in range(n):
        base = np.array([rs.uniform(150, 230), rs.uniform(90, 160), rs.uniform(70, 140)])
        noise = cv2.GaussianBlur(rs.normal(0, rs.uniform(5, 25), (H, W, 3)), (0, 0), rs.uniform(1, 3))
        stats.append(oodlib.image_statistics(np.clip(base + noise, 0, 255).astype(np.uint8)))
    mean, inv = oodlib.image_statistics_model(stats)
    return {"features": oodlib.IMAGE_STAT_NAMES, "mean": mean.tolist(),
            "inverse_covariance": inv.ravel().tolist(), "max_distance": 4.0}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--evidence-region", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    torch.set_num_threads(1)
    model = TinyNet(a.evidence_region).eval()
    name = "dermalens-tiny-evidence-region" if a.evidence_region else "dermalens-tiny-test"
    card = minimal_card("tiny_cnn", W, H, temperature=1.5, name=name)
    card.update({"version": "0.0.1", "ood": {**ood_stats(model, a.seed), "image_statistics": image_statistics(a.seed)},
                 "intended_use": "software tests only; random weights, not a medical model",
                 "license": "same as the Dermalens source"})
    card = write_package(torch.jit.script(model), a.out, card)
    print(json.dumps({"out": a.out, "sha256": card["weights_sha256"]}))


if __name__ == "__main__":
    main()
