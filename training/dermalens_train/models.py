"""Model zoo with the Dermalens interface: forward(x) = head(features(x))."""
import torch
import torch.nn as nn
import torchvision

ARCHS = ["efficientnet_b0", "efficientnet_b1", "efficientnet_b2", "efficientnet_b3",
         "efficientnet_b4", "mobilenet_v2"]


class DermaNet(nn.Module):
    """Wraps a torchvision backbone: `body` = last conv block incl. activation, `classifier` = dropout+linear.

    head() does the global average pool itself so Grad-CAM's A = features(x) is the last conv block.
    """

    def __init__(self, body: nn.Module, classifier: nn.Module):
        super().__init__()
        self.body = body
        self.classifier = classifier

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))

    @torch.jit.export
    def features(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x)

    @torch.jit.export
    def head(self, f: torch.Tensor) -> torch.Tensor:
        return self.classifier(f.mean(dim=(2, 3)))


def build(arch, num_classes=7, imagenet_weights=None, drop_path=None, dropout=None):
    """torchvision model with `num_classes` outputs wrapped in DermaNet.

    imagenet_weights: optional state_dict path for the 1000-class torchvision model (MobileNetV2 only offline).
    drop_path: EfficientNet stochastic depth; short CPU schedules do better with less than the default 0.2.
    """
    if arch == "mobilenet_v2":
        m = torchvision.models.mobilenet_v2()
        if imagenet_weights:
            m.load_state_dict(torch.load(imagenet_weights, map_location="cpu"), strict=True)
    elif arch.startswith("efficientnet_b"):
        kw = {} if drop_path is None else {"stochastic_depth_prob": drop_path}
        m = getattr(torchvision.models, arch)(**kw)
        if imagenet_weights:
            m.load_state_dict(torch.load(imagenet_weights, map_location="cpu"), strict=True)
    else:
        raise ValueError(f"unknown arch {arch}; known: {ARCHS}")
    lin = m.classifier[-1]
    p = m.classifier[0].p if dropout is None else dropout
    classifier = nn.Sequential(nn.Dropout(p), nn.Linear(lin.in_features, num_classes))
    return DermaNet(m.features, classifier)


def load_state(model, state):
    """Accept DermaNet keys (body.*) or torchvision keys (features.*, classifier.1.*)."""
    if any(k.startswith("features.") for k in state):
        state = {("body." + k[len("features."):] if k.startswith("features.") else k): v
                 for k, v in state.items()}
    model.load_state_dict(state, strict=True)
    return model
