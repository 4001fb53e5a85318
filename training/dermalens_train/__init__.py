"""Dermalens training pipeline: data caching, training, distillation, calibration, OOD, export."""
CLASSES = ["akiec", "bcc", "bkl", "df", "mel", "nv", "vasc"]
CLASS_NAMES = {
    "akiec": "Actinic keratosis / intraepithelial carcinoma",
    "bcc": "Basal cell carcinoma",
    "bkl": "Benign keratosis-like lesion",
    "df": "Dermatofibroma",
    "mel": "Melanoma",
    "nv": "Melanocytic nevus",
    "vasc": "Vascular lesion",
}
MALIGNANT = {"akiec", "bcc", "mel"}
IMAGENET_MEAN = [0.485, 0.456, 0.406]
IMAGENET_STD = [0.229, 0.224, 0.225]


def input_spec(width, height):
    """The card 'input' block used for training and export (stretch, INTER_AREA, ImageNet stats)."""
    return {"width": width, "height": height, "resize": "stretch", "interpolation": "area",
            "color_order": "RGB", "scale": 255.0, "mean": IMAGENET_MEAN, "std": IMAGENET_STD}
