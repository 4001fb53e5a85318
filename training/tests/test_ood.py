"""Unit tests of the OOD statistics and report (no data, no model; synthetic images only).

Run from training/: /usr/bin/python3 -m unittest discover -s tests
"""
import unittest

import cv2
import numpy as np

from dermalens_train import ood


class ImageStatisticsTest(unittest.TestCase):
    def test_flat_colour(self):
        s = ood.image_statistics(np.full((48, 64, 3), (200, 120, 100), np.uint8))
        self.assertEqual(len(s), len(ood.IMAGE_STAT_NAMES))
        stat = dict(zip(ood.IMAGE_STAT_NAMES, s))
        self.assertGreater(stat["lab_a_mean"], 128)  # reddish
        for name in ("lab_l_std", "lab_a_std", "lab_b_std", "log1p_mean_abs_laplacian", "log1p_mean_gradient",
                     "saturation_std"):
            self.assertAlmostEqual(stat[name], 0.0, places=9, msg=name)
        self.assertEqual(stat["flat_fraction"], 1.0)

    def test_stripes_match_the_core_test(self):
        # tests/core/ImageStatisticsTest.cpp, StripesHaveTheirKnownTexture: same numbers in C++.
        img = np.zeros((48, 64, 3), np.uint8)
        img[:, [x for x in range(64) if x % 4 >= 2]] = 255
        stat = dict(zip(ood.IMAGE_STAT_NAMES, ood.image_statistics(img)))
        self.assertAlmostEqual(stat["log1p_mean_abs_laplacian"], np.log1p(255.0 * 62 / 64), places=9)
        self.assertAlmostEqual(stat["log1p_mean_gradient"], np.log1p(1020.0 * 62 / 64), places=9)
        self.assertAlmostEqual(stat["flat_fraction"], 2 / 64)


class DistanceAndReportTest(unittest.TestCase):
    def test_mahalanobis_over_count(self):
        d = ood.image_statistics_distances([[2.0, 4.0], [1.0, 2.0]], np.array([1.0, 2.0]), np.diag([4.0, 1.0]))
        np.testing.assert_allclose(d, [2.0, 0.0])

    def test_model_recovers_scale(self):
        x = np.random.RandomState(0).normal([5.0, -3.0], [2.0, 0.5], (5000, 2))
        mean, inv = ood.image_statistics_model(x)
        np.testing.assert_allclose(mean, [5.0, -3.0], atol=0.05)
        np.testing.assert_allclose(np.diag(np.linalg.inv(inv)), [4.0, 0.25], rtol=0.05)

    def test_skin_like_images_are_closer_than_foreign_ones(self):
        rs = np.random.RandomState(1)

        def skin():
            noise = cv2.GaussianBlur(rs.normal(0, rs.uniform(5, 25), (96, 128, 3)), (0, 0), rs.uniform(1, 3))
            return np.clip(np.array([rs.uniform(150, 230), rs.uniform(90, 160), rs.uniform(70, 140)]) + noise,
                           0, 255).astype(np.uint8)

        mean, inv = ood.image_statistics_model([ood.image_statistics(skin()) for _ in range(200)])
        near = ood.image_statistics_distances([ood.image_statistics(skin()) for _ in range(20)], mean, inv)
        far = ood.image_statistics_distances([ood.image_statistics(f(rs)) for f in ood.SYNTHETIC], mean, inv)
        self.assertLess(np.percentile(near, 90), far.min())

    def test_report_combines_the_distance_rules(self):
        kinds = ["flat", "flat", "photo", "photo"]
        val = {"embedding_distance": np.array([1.0, 1.0, 1.0]), "image_statistics_distance": np.array([1.0, 1.0, 1.0]),
               "normalized_entropy": np.array([0.1, 0.2, 0.3])}
        oo = {"embedding_distance": np.array([3.0, 0.5, 0.5, 0.5]),
              "image_statistics_distance": np.array([0.5, 3.0, 0.5, 0.5]),
              "normalized_entropy": np.array([0.1, 0.1, 0.1, 0.9])}
        thr = {"embedding_distance": 2.0, "image_statistics_distance": 2.0, "normalized_entropy": 0.5}
        rep = ood.report(val, oo, kinds, thr)
        self.assertEqual(rep["flagged_out_of_distribution"]["ood_by_kind"], {"flat": 1.0, "photo": 0.0})
        self.assertEqual(rep["flagged_out_of_distribution"]["validation"], 0.0)
        self.assertEqual(rep["flagged_either"]["ood_by_kind"]["photo"], 0.5)  # entropy catches one photo
        self.assertIn("auroc_out_of_distribution", rep)


if __name__ == "__main__":
    unittest.main()
