"""Reference values from SciPy for the single-value judgement of the bench gate.

Run from the project root with a Python that has SciPy (Debian: python3-scipy):

    python3 test/stats/reference/make-reference-student-t-fit.py

Writes reference-student-t-fit.json:
- `fits`: scipy.stats.t.fit(x, floc=0) (maximum likelihood of a Student t centred on 0, degrees
  of freedom and scale free) on seeded normal and heavy-tailed samples, with a tight Nelder-Mead
  (xtol = ftol = 1e-12) so that the optimizer's stopping rule does not limit the comparison;
  the log-likelihood at SciPy's optimum is written too (scipy.stats.t.logpdf summed).
- `quantiles`: scipy.stats.t.ppf and t.sf at fractional degrees of freedom, the predictive
  reference distributions src/gates/bench/single-value.ts evaluates.
- `singleValue`: a lone benchmark judged against its stored runs with the fallback t(3)
  reference, computed from the definitions in src/gates/bench/single-value.ts with NumPy/SciPy.
- `tailTests`: the likelihood-ratio test of src/stats/student-t-tail-test.ts on leave-one-out
  prediction residuals of seeded normal and t(3) groups of runs.
Written with SciPy 1.17.1 and NumPy 2 (the repository's pyenv python3).
"""

import json
from pathlib import Path

import numpy as np
from scipy import optimize, stats

HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(20261207)


def tight(func, x0, args=(), disp=0):
    return optimize.fmin(func, x0, args=args, xtol=1e-12, ftol=1e-12, maxiter=100000,
                         maxfun=100000, disp=0)


def floats(values):
    return [float(v) for v in np.atleast_1d(values)]


samples = [
    ("normal, n = 300", rng.normal(0, 1.3, 300)),
    ("t(3), n = 500", 0.8 * rng.standard_t(3, 500)),
    ("t(1.5), n = 200", 2.0 * rng.standard_t(1.5, 200)),
    ("t(6), n = 40", rng.standard_t(6, 40)),
    ("normal, n = 25, small scale", rng.normal(0, 0.02, 25)),
]
fits = []
for name, x in samples:
    x = np.round(x, 10)
    df, loc, scale = stats.t.fit(x, floc=0, optimizer=tight)
    fits.append({
        "name": name,
        "x": floats(x),
        "df": float(df),
        "scale": float(scale),
        "logLikelihood": float(np.sum(stats.t.logpdf(x, df, loc=0, scale=scale))),
    })

quantiles = []
for df in (1.3, 2.7, 3.3, 4.5, 7.7, 12.25, 40.5):
    for p in (0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999):
        quantiles.append({"df": df, "p": p, "quantile": float(stats.t.ppf(p, df))})
    for t in (0.5, 2.0, 5.0, 12.0):
        quantiles.append({"df": df, "t": t, "survival": float(stats.t.sf(t, df))})

# A lone benchmark judged against its stored runs with the fallback reference, t(3) at scale 1
# (fewer than 100 leave-one-out residuals): the median and the sample sd (ddof = 1) of the log
# runs, the predictive scale sd * sqrt(1 + 1/m), the one-sided p-value of "worse", the upper end
# of the 90% predictive interval and the noise bound at alpha = 0.05 (one benchmark).
single_value = []
for runs, head in (
    (np.round(100 * np.exp(rng.normal(0, 0.05, 10)), 6), 121.0),
    (np.round(250 * np.exp(rng.normal(0, 0.2, 30)), 6), 400.0),
    (np.round(3e6 * np.exp(rng.normal(0, 0.02, 6)), 3), 3.1e6),
):
    logs = np.log(runs)
    se = np.std(logs, ddof=1) * np.sqrt(1 + 1 / len(logs))
    shift = np.log(head) - np.median(logs)
    assert shift > 0
    single_value.append({
        "runs": floats(runs), "head": head, "threshold": 0.1,
        "pWorse": float(stats.t.sf(shift / se, 3)),
        "ratioUpper": float(np.exp(shift + stats.t.ppf(0.95, 3) * se)),
        "noiseBound": float(np.expm1(stats.t.ppf(1 - 0.05, 3) * se)),
    })

# The likelihood-ratio test of src/stats/student-t-tail-test.ts: leave-one-out prediction
# residuals of groups of stored runs (each value minus the mean of the others, over their sd
# (ddof = 1) * sqrt(1 + 1/k)), normal theory t(k - 1) at scale 1 against the t fitted with
# t.fit(floc = 0); the statistic 2 * (fitted - normal) log-likelihood and chi2.sf(., 2); and the
# largest |residual| with the Bonferroni p-value sum(2 * t.sf(largest, df_i)), at most 1.
def loo_residuals(groups):
    residuals, dfs = [], []
    for g in groups:
        for j in range(len(g)):
            others = np.delete(g, j)
            k = len(others)
            residuals.append((g[j] - others.mean()) / (others.std(ddof=1) * np.sqrt(1 + 1 / k)))
            dfs.append(k - 1)
    return np.array(residuals), np.array(dfs, dtype=float)


tail_tests = []
for name, groups in (
    ("normal, 20 benchmarks x 10 runs", [rng.normal(0, 0.05, 10) for _ in range(20)]),
    ("t(3), 15 benchmarks x 12 runs", [0.05 * rng.standard_t(3, 12) for _ in range(15)]),
    ("normal, unequal runs 6..14", [rng.normal(0, 0.1, 6 + i % 9) for i in range(18)]),
):
    r, dfs = loo_residuals([np.round(g, 12) for g in groups])
    df, loc, scale = stats.t.fit(r, floc=0, optimizer=tight)
    fitted = float(np.sum(stats.t.logpdf(r, df, loc=0, scale=scale)))
    normal = float(np.sum(stats.t.logpdf(r, dfs)))
    lr = max(0.0, 2 * (fitted - normal))
    tail_tests.append({
        "name": name, "residuals": floats(r), "degreesOfFreedom": floats(dfs),
        "normalTheoryLogLikelihood": normal, "fittedLogLikelihood": fitted,
        "likelihoodRatio": lr, "pValue": float(stats.chi2.sf(lr, 2)),
        "largest": float(np.max(np.abs(r))),
        "extremePValue": float(min(1.0, np.sum(2 * stats.t.sf(np.max(np.abs(r)), dfs)))),
    })

out = {"generator": "SciPy " + __import__("scipy").__version__ + ", NumPy " + np.__version__,
       "seed": 20261207, "fits": fits, "quantiles": quantiles,
       "singleValue": single_value, "tailTests": tail_tests}
(HERE / "reference-student-t-fit.json").write_text(json.dumps(out, indent=2) + "\n")
