# Reference values for src/stats/hamed-rao-mann-kendall.ts: the Mann–Kendall test with the
# variance correction of Hamed & Rao (1998, J. Hydrology 204: 182–196), written here from the
# paper's formulas with base R only (pairwise slopes and `median`, `rank`, `acf`, `pnorm`,
# `qnorm`), independently of the TypeScript. The CRAN package modifiedmk is not packaged for
# Debian; its `mmkh` documents the same choices (Sen-slope detrending with times 1..n, ranks of the
# detrended series, only lags with |r_k| > qnorm(0.975)/sqrt(n)).
# Run from the project root:  Rscript test/stats/reference/make-reference-hamed-rao.R &&
#   npx prettier --write test/stats/reference/reference-hamed-rao.json
# Needs: r-base-core, r-cran-jsonlite (Debian packages). Written with R 4.2.2. Writes
# test/stats/reference/reference-hamed-rao.json; `npm test` needs no R.
source("test/stats/reference/precise-json.R")
suppressPackageStartupMessages(library(jsonlite))
set.seed(20261206)
rounded <- function(x, digits = 6) signif(x, digits)

hamed_rao <- function(y, max_lag = length(y) - 1) {
  n <- length(y)
  pairs <- combn(n, 2)
  i <- pairs[1, ]
  j <- pairs[2, ]
  S <- sum(sign(y[j] - y[i]))
  ties <- table(y)
  var_s <- (n * (n - 1) * (2 * n + 5) - sum(ties * (ties - 1) * (2 * ties + 5))) / 18
  n0 <- n * (n - 1) / 2
  n1 <- sum(ties * (ties - 1) / 2)
  tau <- S / sqrt(n0 * (n0 - n1))
  slope <- median((y[j] - y[i]) / (j - i))
  detrended <- y - slope * (1:n)
  r <- acf(rank(detrended), lag.max = max_lag, plot = FALSE)$acf[-1]
  significant <- abs(r) > qnorm(0.975) / sqrt(n)
  k <- seq_along(r)
  factor <- 1 + 2 / (n * (n - 1) * (n - 2)) *
    sum(((n - k) * (n - k - 1) * (n - k - 2) * r)[significant])
  corrected <- var_s * factor
  z <- if (S == 0) 0 else (S - sign(S)) / sqrt(corrected)
  z_plain <- if (S == 0) 0 else (S - sign(S)) / sqrt(var_s)
  list(statistic = S, tau = tau, variance = var_s, correctedVariance = corrected,
       correctionFactor = factor, significantLags = k[significant], z = z,
       pValue = 2 * pnorm(-abs(z)), plainPValue = 2 * pnorm(-abs(z_plain)))
}

# One hour of a soak test sampled every 10 s (360 points): AR(1) noise with phi = 0.9.
ar1 <- function(n, phi, sd) rounded(as.numeric(arima.sim(list(ar = phi), n, sd = sd)))
noise_ar1 <- ar1(360, 0.9, 1)
cases <- list(
  list(name = "trend with AR(1) noise", y = rounded(100 + 0.01 * (1:360) + ar1(360, 0.8, 0.5))),
  list(name = "AR(1) noise, phi 0.9, no trend", y = noise_ar1),
  list(name = "white noise", y = rounded(rnorm(120, 50, 2))),
  list(name = "ties", y = c(3, 3, 4, 4, 4, 5, 3, 5, 6, 6, 5, 7, 7, 6, 8, 8, 8, 7, 9, 9, 9, 8, 10, 10)),
  list(name = "short", y = c(2.1, 2.4, 2.2, 2.9, 3.1, 2.8, 3.5)),
  list(name = "rise and fall", y = c(1:11, 10:2))
)
out <- list(generator = paste("R", R.version$major, R.version$minor, "stats"), seed = 20261206)
out$cases <- lapply(cases, function(case) {
  list(name = case$name, y = case$y, allLags = hamed_rao(case$y),
       threeLags = hamed_rao(case$y, max_lag = 3))
})
writeLines(toJSON(precise(out), json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE),
           "test/stats/reference/reference-hamed-rao.json")
