"""THE Python reference preprocessing of the Dermalens model contract (core/MODEL_CONTRACT.md).

The C++ core must reproduce this bit-for-bit (within float rounding); parity tests compare the two.
"""
import cv2
import numpy as np


def decode_rgb(path):
    """Decode an image file to 8-bit RGB HxWx3 (16-bit scaled by 1/257, grey replicated, alpha dropped)."""
    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if img is None:
        raise ValueError(f"cannot decode image: {path}")
    if img.dtype == np.uint16:
        img = np.round(img.astype(np.float32) / 257.0).clip(0, 255).astype(np.uint8)
    elif img.dtype != np.uint8:
        raise ValueError(f"unsupported pixel type {img.dtype}: {path}")
    if img.ndim == 2:
        return np.repeat(img[:, :, None], 3, axis=2)
    if img.shape[2] == 4:
        return cv2.cvtColor(img, cv2.COLOR_BGRA2RGB)
    return cv2.cvtColor(img, cv2.COLOR_BGR2RGB)


def resize_rgb(rgb, spec):
    """Resize per the card: 'stretch' or 'center_crop', with INTER_AREA or INTER_LINEAR."""
    w, h = int(spec["width"]), int(spec["height"])
    interp = cv2.INTER_AREA if spec.get("interpolation", "area") == "area" else cv2.INTER_LINEAR
    if spec.get("resize", "stretch") == "stretch":
        return cv2.resize(rgb, (w, h), interpolation=interp)
    ih, iw = rgb.shape[:2]
    s = max(w / iw, h / ih)  # cover the target, keep aspect
    sw, sh = max(w, int(round(iw * s))), max(h, int(round(ih * s)))
    big = cv2.resize(rgb, (sw, sh), interpolation=interp)
    x0, y0 = (sw - w) // 2, (sh - h) // 2
    return big[y0:y0 + h, x0:x0 + w]


def normalize(rgb_resized, spec):
    """uint8 HxWx3 RGB -> float32 1x3xHxW, (pixel/scale - mean)/std in the card's colour order."""
    img = rgb_resized if spec.get("color_order", "RGB") == "RGB" else rgb_resized[:, :, ::-1]
    x = img.astype(np.float32) / np.float32(spec.get("scale", 255.0))
    x = (x - np.asarray(spec["mean"], np.float32)) / np.asarray(spec["std"], np.float32)
    return np.ascontiguousarray(x.transpose(2, 0, 1)[None])


def preprocess(path_or_rgb, input_spec):
    """Path or RGB uint8 array -> np.float32 [1,3,H,W] ready for the TorchScript module."""
    rgb = decode_rgb(path_or_rgb) if isinstance(path_or_rgb, (str, bytes)) or hasattr(path_or_rgb, "__fspath__") else path_or_rgb
    return normalize(resize_rgb(rgb, input_spec), input_spec)
