"""Temperature scaling (Guo et al. 2017): one scalar T fitted on fold 0 by LBFGS on the NLL."""
import numpy as np
import torch
import torch.nn.functional as F


def fit_temperature(logits, y, max_iter=200):
    """Return T > 0 minimising NLL(softmax(logits/T), y). Optimises log T so T stays positive."""
    z = torch.as_tensor(np.asarray(logits), dtype=torch.float64)
    t = torch.as_tensor(np.asarray(y), dtype=torch.long)
    log_t = torch.zeros(1, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([log_t], lr=0.1, max_iter=max_iter, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = F.cross_entropy(z / log_t.exp(), t)
        loss.backward()
        return loss

    opt.step(closure)
    return float(log_t.exp().item())


def nll(logits, y, T=1.0):
    z = torch.as_tensor(np.asarray(logits), dtype=torch.float64) / T
    return float(F.cross_entropy(z, torch.as_tensor(np.asarray(y), dtype=torch.long)))
