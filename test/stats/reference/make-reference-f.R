# Reference values for the F distribution's upper tail (src/stats/f-survival.ts, Paulson's
# approximation, used by the bench gate to flag a benchmark whose noise the suite's prior cannot
# explain): R's own pf(..., lower.tail = FALSE) at the upper 50%, 10%, 1%, 0.1% and 0.01% points
# of F(d1, d2), d2 = Inf written as the string "Infinity". Run from the project root:
#   Rscript test/stats/reference/make-reference-f.R
# Needs: r-base-core, r-cran-jsonlite (Debian packages). Written with R 4.2.2. Writes
# test/stats/reference/reference-f.json; `npm test` needs no R.
source("test/stats/reference/precise-json.R")
suppressPackageStartupMessages(library(jsonlite))

grid <- expand.grid(p = c(0.5, 0.1, 0.01, 0.001, 1e-4),
                    d1 = c(3, 6, 8, 18, 58),
                    d2 = c(2, 5, 10, 30, 100, 400, Inf))
cases <- lapply(seq_len(nrow(grid)), function(i) {
  row <- grid[i, ]
  f <- qf(row$p, row$d1, row$d2, lower.tail = FALSE)
  list(d1 = row$d1, d2 = if (is.finite(row$d2)) row$d2 else "Infinity", f = f,
       survival = pf(f, row$d1, row$d2, lower.tail = FALSE))
})
out <- list(generator = paste0("R ", R.version$major, ".", R.version$minor), cases = cases)
writeLines(toJSON(precise(out), json_verbatim = TRUE, auto_unbox = TRUE, pretty = TRUE),
           "test/stats/reference/reference-f.json")
