"""Put the validation ROC section that `dermalens-cli evaluate` wrote (card_roc.json) into a
model card as its "roc" key; the rest of the card stays as it is.

    dermalens-cli evaluate --model M --csv labels.csv --where fold=0 --out E
    python3 training/add_card_roc.py E/card_roc.json M/model.json
"""
import json
import sys
from pathlib import Path


def main(roc_file: str, card_file: str) -> None:
    roc = json.loads(Path(roc_file).read_text())
    card = json.loads(Path(card_file).read_text())
    for curve in roc["curves"]:
        points = curve["points"]
        assert all(a["threshold"] >= b["threshold"] for a, b in zip(points, points[1:])), "not monotone"
    card["roc"] = roc
    with open(card_file, "w") as f:
        json.dump(card, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
