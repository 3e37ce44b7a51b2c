"""Reference values from SciPy for the statistics core.

Run from the project root with Debian's Python (it has SciPy; pyenv's python3 does not):

    /usr/bin/python3 test/stats/reference/make-reference.py

It reads the two-sample inputs of reference-r.json (so R and SciPy judge the same data) and
writes reference-scipy.json: a cross-check of Mann-Whitney U and Welch's t test against SciPy,
and the trend references (Theil-Sen, Mann-Kendall, least squares). Written with SciPy 1.10.1
and NumPy 1.24 (Debian 12 python3-scipy, python3-numpy).
"""

import json
import math
from pathlib import Path

import numpy as np
import scipy
from scipy import stats

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20261123)


def floats(values):
    return [float(v) for v in np.atleast_1d(values)]


def as_list(value):
    return value if isinstance(value, list) else [value]


r_reference = json.loads((HERE / "reference-r.json").read_text())

# ------------------------------------------------------------ two-sample cross-check ---------
two_sample = []
for case in r_reference["twoSample"]:
    x = np.array(as_list(case["x"]), dtype=float)
    y = np.array(as_list(case["y"]), dtype=float)
    ties = len(np.unique(np.concatenate([x, y]))) < len(x) + len(y)
    entry = {"name": case["name"], "x": floats(x), "y": floats(y), "mannWhitney": []}
    for alternative in ("two-sided", "less", "greater"):
        asym = stats.mannwhitneyu(x, y, alternative=alternative, method="asymptotic")
        result = {"alternative": alternative, "statistic": float(asym.statistic),
                  "asymptotic": float(asym.pvalue)}
        if not ties:
            result["exact"] = float(stats.mannwhitneyu(x, y, alternative=alternative, method="exact").pvalue)
        entry["mannWhitney"].append(result)
    if len(x) >= 2 and len(y) >= 2 and (np.var(x) > 0 or np.var(y) > 0):
        welch = stats.ttest_ind(x, y, equal_var=False)
        entry["welch"] = {"statistic": float(welch.statistic), "pValue": float(welch.pvalue)}
    two_sample.append(entry)

# ------------------------------------------------------------------------ trends -------------
def mann_kendall(y):
    """Mann-Kendall S, tie-corrected variance, continuity-corrected z (Hirsch, Slack & Smith 1982)."""
    n = len(y)
    s = 0.0
    for i in range(n - 1):
        s += float(np.sign(y[i + 1:] - y[i]).sum())
    _, counts = np.unique(y, return_counts=True)
    variance = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    z = 0.0 if s == 0 else (s - math.copysign(1.0, s)) / math.sqrt(variance)
    return s, variance, z, float(2 * stats.norm.sf(abs(z)))


hour = 3_600_000.0
trend_series = [
    ("n=2", np.array([0.0, 1.0]), np.array([3.0, 5.0])),
    ("n=3 increasing", np.arange(3.0), np.array([1.0, 2.0, 4.0])),
    ("linear with noise", np.arange(40.0), 100 + 0.5 * np.arange(40.0) + rng.normal(0, 2, 40).round(6)),
    ("ties in y", np.arange(25.0), np.round(rng.normal(10, 2, 25))),
    ("ties in x", np.repeat(np.arange(10.0), 3), np.round(rng.normal(0, 1, 30) + 0.3 * np.repeat(np.arange(10.0), 3), 4)),
    ("decreasing with outliers", np.arange(60.0),
     np.where(np.arange(60) % 13 == 0, 500.0, 200 - 1.5 * np.arange(60.0)) + rng.normal(0, 3, 60).round(6)),
    ("flat", np.arange(12.0), np.array([5.0, 5, 5, 5, 6, 5, 5, 4, 5, 5, 5, 5])),
    ("huge 1e12", np.arange(20.0), (1e12 * (1 + 0.001 * np.arange(20.0) + rng.normal(0, 1e-4, 20))).round(0)),
    ("tiny 1e-9", np.arange(20.0), 1e-9 * (1 - 0.002 * np.arange(20.0) + rng.normal(0, 1e-4, 20)).round(6)),
    ("irregular hours", np.sort(rng.uniform(0, 48, 30)).round(4) * hour, 50 + rng.normal(0, 1, 30).round(6)),
]
trends = []
for name, x, y in trend_series:
    entry = {"name": name, "x": floats(x), "y": floats(y), "theilSen": []}
    for level in (0.95, 0.9):
        ts = stats.theilslopes(y, x, level)
        entry["theilSen"].append({"level": level, "slope": float(ts[0]), "intercept": float(ts[1]),
                                  "lower": float(ts[2]), "upper": float(ts[3])})
    lr = stats.linregress(x, y)
    entry["leastSquares"] = {"slope": float(lr.slope), "intercept": float(lr.intercept)}
    entry["slopePercentPerHour"] = float(lr.slope * hour / np.mean(y) * 100)
    s, variance, z, p = mann_kendall(y)
    tau = stats.kendalltau(np.arange(len(y)), y)
    entry["mannKendall"] = {"statistic": s, "variance": variance, "z": z, "pValue": p,
                            "tau": float(tau.statistic if hasattr(tau, "statistic") else tau.correlation)}
    trends.append(entry)

# ------------------------------------------------------------------- smoothing --------------
from scipy import signal

smoothing = []
for name, values in [
    ("short", np.array([10.0, 20.0, 20.0, 5.0])),
    ("noisy 50", (100 + rng.normal(0, 5, 50)).round(6)),
    ("huge 1e12", (1e12 * (1 + rng.normal(0, 0.01, 20))).round(0)),
]:
    entry = {"name": name, "values": floats(values), "ewma": [], "rollingMean": []}
    for alpha in (0.1, 0.5, 1.0):
        # IIR filter y[t] = a*x[t] + (1-a)*y[t-1] with y[-1] chosen so that y[0] = x[0].
        smoothed, _ = signal.lfilter([alpha], [1.0, -(1.0 - alpha)], values, zi=[(1.0 - alpha) * values[0]])
        entry["ewma"].append({"alpha": alpha, "smoothed": floats(smoothed)})
    for size in [s for s in (1, 3, 10) if s <= len(values)]:
        entry["rollingMean"].append({"size": size, "means": floats(np.convolve(values, np.ones(size) / size, "valid"))})
    smoothing.append(entry)

out = {
    "generator": f"SciPy {scipy.__version__}, NumPy {np.__version__}",
    "twoSample": two_sample,
    "trends": trends,
    "smoothing": smoothing,
}
(HERE / "reference-scipy.json").write_text(json.dumps(out, indent=2) + "\n")
