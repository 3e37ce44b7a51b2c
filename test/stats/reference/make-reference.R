# Reference values for the statistics core, computed with R's own functions (stats package).
# Run from the project root:  Rscript test/stats/reference/make-reference.R
# It writes test/stats/reference/reference-r.json, which the unit tests read, so `npm test`
# needs no R. Inputs are generated here with a fixed seed and stored in the JSON next to the
# expected values, so the tests never regenerate them.
# Needs: r-base-core and r-cran-jsonlite (Debian packages). Written with R 4.2.2.
source("test/stats/reference/precise-json.R")
suppressPackageStartupMessages(library(jsonlite))
set.seed(20261123)

out <- list(generator = paste("R", R.version$major, R.version$minor, "stats"), seed = 20261123)

# ---------------------------------------------------------------- samples -------------------
rounded <- function(x, digits = 6) signif(x, digits)
one_sample_cases <- list(
  list(name = "n=1", x = c(7)),
  list(name = "n=2", x = c(3, 1)),
  list(name = "four", x = c(1, 2, 3, 4)),
  list(name = "with-outlier", x = c(1, 2, 3, 4, 100)),
  list(name = "ties", x = c(5, 1, 3, 3, 3, 9, 1, 3)),
  list(name = "lognormal-30", x = rounded(rlnorm(30, log(100), 0.1))),
  list(name = "huge-1e12", x = rounded(1e12 * (1 + rnorm(20, 0, 0.01)), 12)),
  list(name = "tiny-1e-9", x = rounded(1e-9 * (1 + rnorm(20, 0, 0.01)), 12)),
  list(name = "identical", x = c(4, 4, 4, 4, 4)),
  list(name = "negative", x = c(-3.5, -1, 0, 2.25, 8, -7))
)
probabilities <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 1)
out$descriptive <- lapply(one_sample_cases, function(case) {
  x <- case$x
  result <- list(
    name = case$name, x = x,
    probabilities = probabilities,
    quantiles = unname(quantile(x, probabilities, type = 7)),
    median = median(x),
    iqr = IQR(x),
    mad = mad(x),
    tukey = {
      q <- unname(quantile(x, c(0.25, 0.75)))
      low <- q[1] - 1.5 * (q[2] - q[1])
      high <- q[2] + 1.5 * (q[2] - q[1])
      list(lowFence = low, highFence = high, outlierIndices = which(x < low | x > high) - 1)
    }
  )
  raw_mad <- mad(x, constant = 1)
  if (raw_mad > 0) {
    scores <- 0.6745 * (x - median(x)) / raw_mad
    result$madZ <- list(scores = scores, outlierIndices = which(abs(scores) > 3.5) - 1)
  }
  if (length(x) >= 2 && mean(x) != 0) result$cv <- sd(x) / mean(x)
  if (all(x > 0)) result$geometricMean <- exp(mean(log(x)))
  result
})

# ------------------------------------------------------- two-sample cases -------------------
lnorm_pair <- function(n, m, ratio = 1.1, sdlog = 0.1) {
  list(x = rounded(rlnorm(n, log(100), sdlog)), y = rounded(rlnorm(m, log(100 * ratio), sdlog)))
}
pairs <- list(
  c(list(name = "n=1 each"), list(x = c(3), y = c(5))),
  c(list(name = "n=2 each"), list(x = c(1, 2), y = c(3, 4.5))),
  c(list(name = "R help example (ties in y)"),
    list(x = c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46),
         y = c(1.15, 0.88, 0.90, 0.74, 1.21, 1.15, 1.05, 0.95, 1.10, 1.01))),
  c(list(name = "no ties 5 vs 5"), list(x = c(1.1, 2.3, 3.2, 4.7, 5.05), y = c(3.3, 4.4, 5.5, 6.6, 7.7))),
  c(list(name = "lognormal 10 vs 10"), lnorm_pair(10, 10)),
  c(list(name = "lognormal 30 vs 30"), lnorm_pair(30, 30, 1.05)),
  c(list(name = "lognormal 7 vs 12"), lnorm_pair(7, 12, 0.9)),
  c(list(name = "lognormal 49 vs 49"), lnorm_pair(49, 49, 1.02)),
  c(list(name = "lognormal 60 vs 55 (asymptotic)"), lnorm_pair(60, 55, 1.03)),
  c(list(name = "ties 12 vs 15"),
    list(x = round(rlnorm(12, log(20), 0.2)), y = round(rlnorm(15, log(22), 0.2)))),
  c(list(name = "heavy ties 25 vs 25"),
    list(x = round(rlnorm(25, log(5), 0.3)), y = round(rlnorm(25, log(6), 0.3)))),
  c(list(name = "identical samples"), list(x = c(1, 2, 3, 4, 5), y = c(1, 2, 3, 4, 5))),
  c(list(name = "huge 1e12"),
    list(x = rounded(1e12 * rlnorm(15, 0, 0.01), 12), y = rounded(1.01e12 * rlnorm(15, 0, 0.01), 12))),
  c(list(name = "tiny 1e-9"),
    list(x = rounded(1e-9 * rlnorm(15, 0, 0.01), 12), y = rounded(0.99e-9 * rlnorm(15, 0, 0.01), 12))),
  c(list(name = "complete separation 8 vs 8"), list(x = 1:8 + 0.5, y = 11:18 + 0.25))
)
alternatives <- c("two.sided", "less", "greater")
js_alt <- function(a) if (a == "two.sided") "two-sided" else a

# R's own achieved coverage of the exact Moses interval, as in wilcox.test's source.
achieved_level <- function(n_first, n_second, level) {
  qu <- qwilcox((1 - level) / 2, n_first, n_second)
  if (qu == 0) qu <- 1
  1 - 2 * pwilcox(trunc(qu) - 1, n_first, n_second)
}
has_ties <- function(x, y) length(unique(c(x, y))) < length(c(x, y))

out$twoSample <- lapply(pairs, function(case) {
  x <- case$x
  y <- case$y
  ties <- has_ties(x, y)
  exact_case <- length(x) < 50 && length(y) < 50 && !ties
  result <- list(name = case$name, x = x, y = y)
  result$mannWhitney <- lapply(alternatives, function(a) {
    auto <- suppressWarnings(wilcox.test(x, y, alternative = a))
    asym <- suppressWarnings(wilcox.test(x, y, alternative = a, exact = FALSE))
    asym_nc <- suppressWarnings(wilcox.test(x, y, alternative = a, exact = FALSE, correct = FALSE))
    list(alternative = js_alt(a), statistic = unname(auto$statistic),
         auto = list(pValue = auto$p.value, method = if (exact_case) "exact" else "asymptotic"),
         asymptotic = asym$p.value, asymptoticNoContinuity = asym_nc$p.value)
  })
  result$hodgesLehmannShift <- median(outer(y, x, "-"))
  if (!(all(c(x, y) == x[1]))) {
    result$hodgesLehmannInterval <- lapply(c(0.95, 0.9, 0.5), function(level) {
      w <- suppressWarnings(wilcox.test(y, x, conf.int = TRUE, conf.level = level, tol.root = 1e-30))
      list(level = level, lower = w$conf.int[1], upper = w$conf.int[2], rEstimate = unname(w$estimate),
           achievedLevel = if (exact_case) achieved_level(length(y), length(x), level) else level)
    })
  }
  if (all(c(x, y) > 0)) {
    w <- suppressWarnings(wilcox.test(log(y), log(x), conf.int = TRUE, tol.root = 1e-30))
    result$ratioInterval <- list(ratio = exp(median(outer(log(y), log(x), "-"))),
                                 lower = exp(w$conf.int[1]), upper = exp(w$conf.int[2]))
  }
  if (length(x) >= 2 && length(y) >= 2) {
    result$welch <- lapply(alternatives, function(a) {
      t <- t.test(x, y, alternative = a, var.equal = FALSE)
      list(alternative = js_alt(a), statistic = unname(t$statistic),
           degreesOfFreedom = unname(t$parameter), pValue = t$p.value)
    })
    if (all(c(x, y) > 0)) {
      t <- t.test(log(x), log(y))
      result$logWelch <- list(statistic = unname(t$statistic), degreesOfFreedom = unname(t$parameter),
                              pValue = t$p.value)
    }
  }
  result
})

# --------------------------------------------- exact Mann-Whitney distribution --------------
sizes <- list(c(1, 1), c(2, 3), c(4, 3), c(10, 10), c(7, 12), c(30, 30), c(49, 49), c(5, 40))
out$mannWhitneyDistribution <- lapply(sizes, function(s) {
  m <- s[1]; n <- s[2]
  qs <- unique(pmax(0, round(c(0, 1, 2, m * n * c(0.1, 0.25, 0.4, 0.5, 0.6, 0.9), m * n - 1, m * n))))
  # Not 0.5: P(U <= mn/2) is exactly 0.5 and R's running sum of doubles rounds either way there.
  ps <- c(1e-12, 0.001, 0.025, 0.05, 0.4, 0.6, 0.95, 0.975, 0.999)
  list(m = m, n = n, q = qs, cdf = pwilcox(qs, m, n), p = ps, quantile = qwilcox(ps, m, n))
})

# ---------------------------------------------------- continuous distributions --------------
zs <- c(-38, -20, -8, -3, -1.959963984540054, 0, 0.5, 3, 8)
ts <- c(-60, -10, -2.5, 0, 1.7, 4)
dfs <- c(1, 2.5, 4.41, 30, 1000)
out$distributions <- list(
  normal = list(z = zs, cdf = pnorm(zs), survival = pnorm(zs, lower.tail = FALSE)),
  normalQuantile = list(p = c(1e-300, 1e-10, 0.025, 0.5, 0.8, 0.975, 1 - 1e-10),
                        q = qnorm(c(1e-300, 1e-10, 0.025, 0.5, 0.8, 0.975, 1 - 1e-10))),
  studentT = lapply(dfs, function(df) list(df = df, t = ts, cdf = pt(ts, df),
                                           survival = pt(ts, df, lower.tail = FALSE),
                                           p = c(1e-10, 0.025, 0.8, 0.975),
                                           quantile = qt(c(1e-10, 0.025, 0.8, 0.975), df)))
)

# ------------------------------------------------------- multiple comparisons ---------------
p_sets <- list(
  c(0.01, 0.04, 0.03),
  c(0.5),
  c(0, 1, 0.02, 0.02, 0.5, 0.0001, 0.04, 0.04),
  c(0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216),
  signif(c(runif(480), rbeta(20, 0.5, 40)), 10)
)
out$pAdjust <- lapply(p_sets, function(p) list(p = p, holm = p.adjust(p, "holm"), bh = p.adjust(p, "BH")))

# ------------------------------------------------------------------- power ------------------
power_cases <- expand.grid(n = c(2, 3, 5, 10, 30, 100), cv = c(0.01, 0.05, 0.2), alpha = c(0.05, 0.01),
                           power = c(0.8, 0.9))
out$detectableChange <- lapply(seq_len(nrow(power_cases)), function(i) {
  r <- power_cases[i, ]
  sigma <- sqrt(log(1 + r$cv^2))
  # Solved for sd = 1 with a tight tolerance (the default tol is absolute on delta), then scaled.
  delta <- sigma * power.t.test(n = r$n, sd = 1, sig.level = r$alpha, power = r$power, tol = 1e-13)$delta
  list(n = r$n, cv = r$cv, alpha = r$alpha, power = r$power, change = expm1(delta))
})
size_cases <- expand.grid(change = c(0.01, 0.05, -0.05, 0.2), cv = c(0.01, 0.05, 0.2), power = c(0.8, 0.9))
out$requiredSampleSize <- lapply(seq_len(nrow(size_cases)), function(i) {
  r <- size_cases[i, ]
  sigma <- sqrt(log(1 + r$cv^2))
  n <- power.t.test(delta = abs(log1p(r$change)) / sigma, sd = 1, sig.level = 0.05, power = r$power,
                    tol = 1e-10)$n
  list(change = r$change, cv = r$cv, power = r$power, n = ceiling(n), exactN = n)
})

writeLines(toJSON(precise(out), json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE),
           "test/stats/reference/reference-r.json")
