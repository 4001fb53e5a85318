"""Export a trained state dict as a Dermalens model package (model.pt TorchScript + model.json card).

Works for efficientnet_b0..b4 and mobilenet_v2 (DermaNet or torchvision key layout).
The exported module has forward / features / head; verify() checks them after reloading the file.
"""
import argparse
import copy
import hashlib
import json
from pathlib import Path

import torch

from . import CLASSES, CLASS_NAMES, MALIGNANT, input_spec, seal


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def classes_block():
    return [{"code": c, "name": CLASS_NAMES[c], "malignant": c in MALIGNANT} for c in CLASSES]


def script_model(model):
    """eval-mode, plain (NCHW-contiguous) weights, scripted with features/head exported."""
    m = copy.deepcopy(model).eval().to(memory_format=torch.contiguous_format)
    for p in m.parameters():
        p.requires_grad_(False)
    return torch.jit.script(m)


def verify(path, width, height, n_classes, atol=1e-5):
    """Reload model.pt and check the contract: methods, shapes, head(features(x)) == forward(x)."""
    m = torch.jit.load(str(path), map_location="cpu").eval()
    for name in ("forward", "features", "head"):
        if not hasattr(m, name):
            raise AssertionError(f"{path}: missing method {name}")
    x = torch.randn(2, 3, height, width, generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        logits, f = m(x), m.features(x)
        again = m.head(f)
    assert logits.shape == (2, n_classes), f"logits shape {tuple(logits.shape)}"
    assert f.dim() == 4 and f.shape[0] == 2, f"features shape {tuple(f.shape)}"
    assert torch.allclose(logits, again, atol=atol), "head(features(x)) != forward(x)"
    return {"feature_shape": list(f.shape[1:]), "max_abs_head_diff": float((logits - again).abs().max())}


def write_package(scripted, out_dir, card):
    """Save model.pt, verify it, fill weights_sha256 and write model.json. Returns the card."""
    out = Path(out_dir); out.mkdir(parents=True, exist_ok=True)
    pt = out / card.get("weights_file", "model.pt")
    scripted.save(str(pt), _extra_files={seal.SEAL_FILE: seal.seal_text(card)})  # CardSeal.h
    inp = card["input"]
    card["export_check"] = verify(pt, inp["width"], inp["height"], len(card["classes"]))
    card["weights_sha256"] = sha256(pt)
    with open(out / "model.json", "w") as f:
        json.dump(card, f, indent=2)
        f.write("\n")
    return card


def minimal_card(arch, width, height, temperature=1.0, name=None):
    return {
        "format_version": 1, "name": name or f"dermalens-{arch.replace('_', '-')}-ham10000",
        "version": "1.0.0", "architecture": arch, "weights_file": "model.pt", "weights_sha256": "",
        "classes": classes_block(), "input": input_spec(width, height),
        "calibration": {"method": "temperature scaling on validation fold 0", "temperature": float(temperature)},
    }


def load_checkpoint(path, arch=None):
    """final.pt ({'model','meta'}) or a bare state dict -> (DermaNet, meta)."""
    from . import models  # lazy: torchvision import is slow and make_tiny_model.py must start fast
    ck = torch.load(path, map_location="cpu")
    state, meta = (ck["model"], ck.get("meta", {})) if "model" in ck else (ck, {})
    arch = arch or meta.get("arch")
    model = models.load_state(models.build(arch, len(CLASSES)), state)
    return model.eval(), {**meta, "arch": arch}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--arch", default=None, help="efficientnet_b0..b4 or mobilenet_v2; needed for bare state dicts")
    p.add_argument("--width", type=int, default=None)
    p.add_argument("--height", type=int, default=None)
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--card", default=None, help="JSON with extra card fields to merge")
    p.add_argument("--out", required=True)
    a = p.parse_args(argv)
    model, meta = load_checkpoint(a.checkpoint, a.arch)
    card = minimal_card(meta["arch"], a.width or meta.get("width", 160), a.height or meta.get("height", 120), a.temperature)
    if a.card:
        card.update(json.load(open(a.card)))
    card = write_package(script_model(model), a.out, card)
    print(json.dumps({"out": a.out, "sha256": card["weights_sha256"], **card["export_check"]}))


if __name__ == "__main__":
    main()
