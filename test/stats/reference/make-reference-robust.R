# Reference values for the robust, moderated comparison of the bench gate: empirical-Bayes noise
# moderation (src/stats/squeeze-variances.ts, trigamma-inverse.ts) from limma's own squeezeVar
# and trigammaInverse, and Huber's location with a known scale (src/stats/huber-location.ts) from
# robustbase's huberM. Run from the project root:  Rscript test/stats/reference/make-reference-robust.R
# Needs: r-base-core, r-cran-jsonlite, r-bioc-limma, r-cran-robustbase (Debian packages). Written
# with R 4.2.2, limma 3.54.1, robustbase 0.95-0. Writes test/stats/reference/reference-robust.json;
# `npm test` needs no R.
source("test/stats/reference/precise-json.R")
suppressPackageStartupMessages({ library(jsonlite); library(limma); library(robustbase) })
set.seed(20261124)
rounded <- function(x, digits = 6) signif(x, digits)

out <- list(generator = paste("R", R.version$major, R.version$minor,
                              "limma", as.character(packageVersion("limma")),
                              "robustbase", as.character(packageVersion("robustbase"))),
            seed = 20261124)

out$trigammaInverse <- lapply(c(1e-4, 0.01, 0.3, 1, 1.6449, 3, 100, 1e6), function(y) {
  list(y = y, x = trigammaInverse(y))
})

# Variances of log timings: chi-square draws around a CV of 10%, from a prior with d0 = 10,
# and a suite whose noise levels differ by two orders of magnitude.
chisq_variances <- function(k, df, sigma) rounded(sigma^2 * rchisq(k, df) / df)
prior_variances <- function(k, df, d0, sigma) {
  true <- sigma^2 * d0 / rchisq(k, d0)
  rounded(true * rchisq(k, df) / df)
}
cases <- list(
  list(name = "50 alike, n=10 per side", var = chisq_variances(50, 18, 0.1), df = 18),
  list(name = "50 from a d0=10 prior", var = prior_variances(50, 8, 10, 0.05), df = 8),
  list(name = "6 very different", var = rounded(c(0.002, 0.005, 0.01, 0.03, 0.08, 0.2)^2), df = 18),
  list(name = "mixed df", var = prior_variances(12, 4, 6, 0.1), df = c(4, 4, 8, 8, 18, 18, 58, 58, 2, 2, 4, 8)),
  list(name = "two", var = c(0.0004, 0.0009), df = 8),
  list(name = "identical", var = c(0.01, 0.01, 0.0101, 0.0099), df = 18)
)
out$squeezeVar <- lapply(cases, function(case) {
  fit <- squeezeVar(case$var, case$df)
  list(name = case$name, var = case$var, df = case$df,
       dfPrior = if (is.finite(fit$df.prior)) fit$df.prior else "Infinity",
       varPrior = fit$var.prior, varPost = fit$var.post)
})

# Huber location with a known scale: clean normal logs, one and two slow outliers, ties, k values.
logs <- rounded(log(100) + rnorm(10, 0, 0.1))
huber_cases <- list(
  list(name = "clean", x = logs, s = 0.1, k = 1.345),
  list(name = "one slow outlier", x = c(logs[1:9], log(100 * 2.5)), s = 0.1, k = 1.345),
  list(name = "two slow outliers, n=5", x = c(logs[1:3], log(130), log(290)), s = 0.1, k = 1.345),
  list(name = "k = 1.5", x = c(logs[1:9], log(100 * 1.4)), s = 0.1, k = 1.5),
  list(name = "k = 2, ties", x = c(1, 1, 1, 2, 2, 9), s = 1, k = 2),
  list(name = "single value", x = c(4.2), s = 0.3, k = 1.345)
)
out$huberLocation <- lapply(huber_cases, function(case) {
  c(case, list(mu = huberM(case$x, k = case$k, s = case$s, tol = 1e-14)$mu))
})
out$huberVarianceFactor <- local({
  k <- 1.345
  e2 <- integrate(function(z) pmin(pmax(z, -k), k)^2 * dnorm(z), -Inf, Inf, rel.tol = 1e-12)$value
  e2 / (2 * pnorm(k) - 1)^2
})

writeLines(toJSON(precise(out), json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE),
           "test/stats/reference/reference-robust.json")
