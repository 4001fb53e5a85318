"""Unit tests of the fold-0 model-selection bookkeeping (no data, no torch).

Run from training/: /usr/bin/python3 -m unittest discover -s tests
"""
import unittest

from dermalens_train.early_stopping import EarlyStopping


class EarlyStoppingTest(unittest.TestCase):
    def test_off_by_default(self):
        es = EarlyStopping()
        events = [es.update(s, e) for e, s in enumerate([0.5, 0.4, 0.3, 0.2, 0.1], 1)]
        self.assertEqual(events, [["new_best"], [], [], [], []])
        self.assertFalse(es.stopped)
        self.assertEqual(es.lr_scale, 1.0)
        self.assertEqual((es.best, es.best_epoch), (0.5, 1))

    def test_patience_counts_consecutive_bad_evals(self):
        es = EarlyStopping(patience=2)
        self.assertEqual(es.update(0.5, 1), ["new_best"])
        self.assertEqual(es.update(0.5, 2), [])          # equal is not an improvement
        self.assertEqual(es.update(0.6, 3), ["new_best"])  # resets the counter
        self.assertEqual(es.bad_evals, 0)
        self.assertEqual(es.update(0.55, 4), [])
        self.assertEqual(es.update(0.59, 5), ["early_stop"])
        self.assertTrue(es.stopped)
        self.assertEqual((es.best, es.best_epoch), (0.6, 3))

    def test_min_delta(self):
        es = EarlyStopping(patience=1, min_delta=0.01)
        es.update(0.5, 1)
        self.assertEqual(es.update(0.505, 2), ["early_stop"])

    def test_plateau_scales_lr(self):
        es = EarlyStopping(plateau_factor=0.5)
        es.update(0.5, 1)
        self.assertEqual(es.update(0.4, 2), ["lr_plateau"])
        es.update(0.45, 3)
        self.assertAlmostEqual(es.lr_scale, 0.25)
        es.update(0.7, 4)                                   # improvement keeps the reduced scale
        self.assertAlmostEqual(es.lr_scale, 0.25)

    def test_resume_restores_state(self):
        es = EarlyStopping(patience=3, plateau_factor=0.5)
        for e, s in enumerate([0.3, 0.6, 0.5, 0.4], 1):
            es.update(s, e)
        again = EarlyStopping(patience=3, plateau_factor=0.5, state=es.state_dict())
        self.assertEqual(again.state_dict(), es.state_dict())
        self.assertEqual(again.update(0.55, 5), ["lr_plateau", "early_stop"])

    def test_invalid(self):
        with self.assertRaises(ValueError):
            EarlyStopping(plateau_factor=0.0)
        with self.assertRaises(ValueError):
            EarlyStopping(patience=-1)


if __name__ == "__main__":
    unittest.main()
