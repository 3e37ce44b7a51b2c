#!/bin/sh
# Regenerates coverage.info (LCOV) of this demo project with the real tools: gcc --coverage and
# lcov (Debian bookworm: gcc 12.2, lcov 1.16). Run from this folder: sh generate.sh
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r src test "$work/"
(cd "$work" && gcc --coverage -O0 -o calc-test src/calc.c test/main.c && ./calc-test >/dev/null &&
  lcov --quiet --capture --rc lcov_branch_coverage=1 --directory . --output-file coverage.info)
# Paths relative to this folder, as a CI job that runs here would write them.
sed "s#$work/##" "$work/coverage.info" > coverage.info
lcov --rc lcov_branch_coverage=1 --summary coverage.info
