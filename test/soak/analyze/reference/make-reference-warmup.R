# Reference values for detectWarmup (src/gates/soak/analyze/warmup.ts), written independently
# from its description in base R: MSER-5 (White 1997; White, Cobb & Spratt 2000) on batch means
# of 5 points, after removing the Theil–Sen slope of the second half's batch means; truncation
# searched over the first half; among equal criteria the smallest truncation.
#
# Run from the project root (Debian: apt-get install -y r-base-core):
#   Rscript test/soak/analyze/reference/make-reference-warmup.R
# writes test/soak/analyze/reference/reference-warmup.json (deterministic: no random numbers).

mser_drift <- function(t, v) {
  m <- length(v) %/% 5
  if (m < 8) return(0)
  group <- rep(seq_len(m), each = 5)
  idx <- seq_len(5 * m)
  tb <- as.numeric(tapply(t[idx] - t[1], group, mean)) / 3600
  vb <- as.numeric(tapply(v[idx], group, mean))
  last <- m %/% 2 # largest truncation, in batches (0-based)
  x <- tb[(last + 1):m]
  y <- vb[(last + 1):m]
  slopes <- c()
  for (i in seq_along(x)) for (j in seq_along(x)) if (x[i] > x[j]) slopes <- c(slopes, (y[i] - y[j]) / (x[i] - x[j]))
  drift <- median(slopes)
  r <- vb - drift * tb
  criterion <- sapply(0:last, function(d) {
    rest <- r[(d + 1):m]
    sum((rest - mean(rest))^2) / length(rest)^2
  })
  d <- which(criterion == min(criterion))[1] - 1
  if (d == 0) return(0)
  min(t[5 * d + 1] - t[1], (t[length(t)] - t[1]) / 2)
}

# One hour at 10 s: a memory ramp (τ 150 s, 40% deep), a GC sawtooth (period 110 s, 2% of the
# level) and deterministic wiggles standing in for noise; with no drift, with 3%/h, and a step.
i <- 0:360
t <- 1800000000 + 10 * i
wiggle <- 0.004 * sin(0.7 * i) + 0.003 * sin(2.3 * i + 1)
saw <- 0.02 * (((10 * i + 37) %% 110) / 110 - 0.5)
ramp <- -0.4 * exp(-(10 * i) / 150)
cases <- list(
  flat = 200e6 * (1 + ramp + saw + wiggle),
  leak = 200e6 * (1 + 0.03 * (10 * i) / 3600 + ramp + saw + wiggle),
  step = ifelse(i < 37, 50, 100) + sin(1.3 * i)
)

num <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ", "), "]")
entries <- sapply(names(cases), function(name) {
  v <- cases[[name]]
  sprintf('  "%s": { "t": %s, "v": %s, "warmup": %s }', name, num(t), num(v), sprintf("%.17g", mser_drift(t, v)))
})
out <- paste0("{\n", paste(entries, collapse = ",\n"), "\n}\n")
writeLines(out, "test/soak/analyze/reference/reference-warmup.json", sep = "")
