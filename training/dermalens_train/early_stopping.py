"""Bookkeeping for model selection, early stopping and LR-on-plateau on the validation fold (fold 0).

Pure Python (no torch), so it is unit-tested without data (training/tests/test_early_stopping.py).
The state is a plain dict stored in the run state of last.pt, so --resume restores the best score,
the patience counter and the LR scale.
"""


class EarlyStopping:
    """update(score, epoch) after every evaluation; higher score is better.

    - improved (score > best + min_delta): new best, the caller saves best.pt, bad_evals = 0;
    - otherwise bad_evals += 1; lr_scale *= plateau_factor (plateau_factor 1.0 = off);
      stop when patience > 0 and bad_evals >= patience (patience 0 = never stop).
    """

    def __init__(self, patience=0, plateau_factor=1.0, min_delta=0.0, state=None):
        if patience < 0 or not 0.0 < plateau_factor <= 1.0:
            raise ValueError("patience >= 0 and 0 < plateau_factor <= 1 required")
        self.patience, self.plateau_factor, self.min_delta = patience, plateau_factor, min_delta
        self.best, self.best_epoch, self.bad_evals, self.lr_scale, self.stopped = None, None, 0, 1.0, False
        if state:
            self.load_state_dict(state)

    def update(self, score, epoch):
        """-> list of events among 'new_best', 'lr_plateau', 'early_stop'."""
        if self.best is None or score > self.best + self.min_delta:
            self.best, self.best_epoch, self.bad_evals = float(score), epoch, 0
            return ["new_best"]
        self.bad_evals += 1
        events = []
        if self.plateau_factor < 1.0:
            self.lr_scale *= self.plateau_factor
            events.append("lr_plateau")
        if self.patience and self.bad_evals >= self.patience:
            self.stopped = True
            events.append("early_stop")
        return events

    def state_dict(self):
        return {"best": self.best, "best_epoch": self.best_epoch, "bad_evals": self.bad_evals,
                "lr_scale": self.lr_scale, "stopped": self.stopped}

    def load_state_dict(self, s):
        self.best, self.best_epoch, self.bad_evals = s["best"], s["best_epoch"], s["bad_evals"]
        self.lr_scale, self.stopped = s["lr_scale"], s["stopped"]
