#!/usr/bin/env bash
# Regenerates the example results: builds src/demo_bench.cc twice (base, and head with
# -DKAIZEN_DEMO_HEAD) and runs them interleaved, 5 rounds of 4 repetitions per side, as the
# same-job A/B workflow recommends. Needs g++ and Debian's libbenchmark-dev.
set -euo pipefail
cd "$(dirname "$0")"
build=$(mktemp -d)
g++ -O2 -std=c++17 src/demo_bench.cc -o "$build/base" -lbenchmark -lpthread
g++ -O2 -std=c++17 -DKAIZEN_DEMO_HEAD src/demo_bench.cc -o "$build/head" -lbenchmark -lpthread
rm -f base-*.json head-*.json
for round in 1 2 3 4 5; do
  for side in base head; do
    "$build/$side" --benchmark_repetitions=4 --benchmark_min_time=0.05 \
      --benchmark_out="$side-$round.json" --benchmark_out_format=json >/dev/null
  done
done
rm -rf "$build"
