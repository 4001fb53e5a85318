"""Seal a model package: copy the card sections that change what the model outputs into the
weights file (a TorchScript extra file), then refresh the card's weights_sha256.

The app refuses a package whose card no longer matches its seal (core/src/model/CardSeal.h), so
a card edited after export -- another temperature, normalisation or threshold -- cannot change
predictions silently. Run it after any intended edit of a sealed section:

    /usr/bin/python3 -m dermalens_train.seal resources/models/efficientnet_b0_ham10000
"""
import argparse
import hashlib
import json
from pathlib import Path

import torch

# Keep in sync with kSealedSections in core/src/model/CardSeal.cpp.
SEALED_SECTIONS = ("classes", "input", "calibration", "ood", "gradcam", "roc")
SEAL_FILE = "dermalens_card_seal.json"


def seal_text(card):
    return json.dumps({"format": 1, "sections": {k: card[k] for k in SEALED_SECTIONS if k in card}})


def card_indent(text):
    """The card's indentation (the shipped card uses 1, generated ones 2), to keep diffs small."""
    second = text.splitlines()[1] if "\n" in text else ""
    return max(1, len(second) - len(second.lstrip(" ")))


def seal_package(model_dir):
    """Seals model_dir in place; returns the new weights sha256."""
    d = Path(model_dir)
    text = (d / "model.json").read_text()
    card = json.loads(text)
    pt = d / card.get("weights_file", "model.pt")
    module = torch.jit.load(str(pt))
    torch.jit.save(module, str(pt), _extra_files={SEAL_FILE: seal_text(card)})
    card["weights_sha256"] = hashlib.sha256(pt.read_bytes()).hexdigest()
    with open(d / "model.json", "w") as f:
        json.dump(card, f, indent=card_indent(text), ensure_ascii=False)
        f.write("\n")
    return card["weights_sha256"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("model_dir")
    a = ap.parse_args()
    print(json.dumps({"model_dir": a.model_dir, "weights_sha256": seal_package(a.model_dir)}))


if __name__ == "__main__":
    main()
