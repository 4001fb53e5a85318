"""Batched on-the-fly augmentation in torch (no DataLoader workers: only 2 cores, images already in RAM)."""
import math

import torch
import torch.nn.functional as F


def geometric(x, scale=(0.9, 1.15), shift=0.05):
    """Random rotation (any angle: dermoscopy has no 'up'), h-flip, zoom, shift; reflect padding.

    One affine_grid + grid_sample per batch. The rotation is done in pixel space so 4:3 images
    are not sheared.
    """
    b, _, h, w = x.shape
    ang = torch.rand(b) * 2 * math.pi
    s = torch.empty(b).uniform_(*scale)
    flip = torch.where(torch.rand(b) < 0.5, -1.0, 1.0)
    cos, sin = torch.cos(ang) / s, torch.sin(ang) / s
    theta = torch.zeros(b, 2, 3)
    theta[:, 0, 0] = cos * flip
    theta[:, 0, 1] = -sin * (h / w)
    theta[:, 1, 0] = sin * (w / h) * flip
    theta[:, 1, 1] = cos
    theta[:, :, 2] = torch.empty(b, 2).uniform_(-shift, shift)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="reflection", align_corners=False)


def photometric(x, strength=0.1):
    """Mild brightness/contrast/saturation jitter (dermatoscopes differ in light and white balance)."""
    b = x.shape[0]
    u = lambda: torch.empty(b, 1, 1, 1).uniform_(1 - strength, 1 + strength)
    x = x * u()
    mean = x.mean(dim=(1, 2, 3), keepdim=True)
    x = (x - mean) * u() + mean
    grey = x.mean(dim=1, keepdim=True)
    x = (x - grey) * u() + grey
    return x.clamp(0, 1)


def to_input(batch_u8, mean, std, train):
    """uint8 [B,H,W,3] numpy -> normalized float [B,3,H,W] channels_last, augmented if train."""
    x = torch.from_numpy(batch_u8).permute(0, 3, 1, 2).float().div_(255.0)
    if train:
        x = photometric(geometric(x))
    x = (x - torch.tensor(mean).view(1, 3, 1, 1)) / torch.tensor(std).view(1, 3, 1, 1)
    return x.contiguous(memory_format=torch.channels_last)
