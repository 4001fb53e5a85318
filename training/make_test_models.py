#!/usr/bin/env python3
"""Write every model package the C++ tests need into one directory (CTest fixture make_tiny_models).

  make_test_models.py --out DIR

  DIR/tiny              make_tiny_model.py: random conforming model, 64x48, 7 classes, T = 1.5
  DIR/evidence-region   make_tiny_model.py --evidence-region: class 0 looks at top-left brightness
  DIR/no-features       a TorchScript module with forward() and head() but no features()
  DIR/five-classes      the tiny weights with a card that lists only 5 classes (the model has 7)
  DIR/staged            features() = body(x), a Sequential of three stride-2 convs (64x48 -> 8x6), the
                        card's gradcam reads body.1 (16x12) at a 96x72 heatmap input (24x18 cells)

The two broken packages have correct sha256 sums, so ModelPackage::open accepts them and the
Classifier's own checks must catch the problem.
"""
import argparse
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import torch
import torch.nn as nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dermalens_train.seal import seal_package  # noqa: E402


class NoFeatures(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 7)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc(x.mean(dim=(2, 3)))

    @torch.jit.export
    def head(self, f: torch.Tensor) -> torch.Tensor:
        return self.fc(f.mean(dim=(2, 3)))


class Staged(nn.Module):
    """DermaNet's layout (training/dermalens_train/models.py): features() = body(x), body a Sequential."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(
            nn.Sequential(nn.Conv2d(3, 8, 3, stride=2, padding=1), nn.ReLU()),
            nn.Sequential(nn.Conv2d(8, 8, 3, stride=2, padding=1), nn.ReLU()),
            nn.Sequential(nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU()))
        self.fc = nn.Linear(16, 7)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))

    @torch.jit.export
    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)

    @torch.jit.export
    def head(self, f: torch.Tensor) -> torch.Tensor:
        return self.fc(f.mean(dim=(2, 3)))


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tiny(out, *extra):
    subprocess.run([sys.executable, str(HERE / "make_tiny_model.py"), str(out), *extra], check=True)


def derived(src, dst, edit_card, weights=None):
    """Copy package `src` to `dst`, optionally replacing the weights, edit the card and re-seal."""
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    card = json.loads((dst / "model.json").read_text())
    if weights is not None:
        torch.jit.save(weights, str(dst / card["weights_file"]))
    edit_card(card)
    card["weights_sha256"] = sha256(dst / card["weights_file"])
    (dst / "model.json").write_text(json.dumps(card, indent=2))
    seal_package(dst)  # the edited card is what the weights now carry


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    out = Path(ap.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    tiny(out / "tiny")
    tiny(out / "evidence-region", "--evidence-region")
    torch.manual_seed(0)
    derived(out / "tiny", out / "no-features", lambda c: c["ood"].clear(),
            weights=torch.jit.script(NoFeatures().eval()))
    derived(out / "tiny", out / "five-classes", lambda c: c.update(classes=c["classes"][:5]))
    derived(out / "tiny", out / "staged",
            lambda c: (c["ood"].clear(), c.update(name="dermalens-tiny-staged", gradcam={"layer": "body.1", "width": 96, "height": 72})),
            weights=torch.jit.script(Staged().eval()))
    print(json.dumps({"out": str(out), "packages": sorted(p.name for p in out.iterdir())}))


if __name__ == "__main__":
    main()
