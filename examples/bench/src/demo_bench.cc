// Example benchmarks for the kaizen-gates demo. Built twice: the baseline as is, the "head" with
// -DKAIZEN_DEMO_HEAD, which slows string joining down (a regression the gate must catch) and
// speeds the sum of squares up (an improvement). See ../README.md for the exact commands.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

static std::vector<int> RandomInts(std::size_t n) {
  std::mt19937 rng(42);
  std::vector<int> v(n);
  for (auto& x : v) x = static_cast<int>(rng());
  return v;
}

static void BM_SortVector(benchmark::State& state) {
  const auto input = RandomInts(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    auto v = input;
    std::sort(v.begin(), v.end());
    benchmark::DoNotOptimize(v.data());
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_SortVector)->Arg(1024)->Arg(16384);

static void BM_StringJoin(benchmark::State& state) {
  const std::vector<std::string> parts(static_cast<std::size_t>(state.range(0)), "kaizen");
  for (auto _ : state) {
    std::string joined;
#ifdef KAIZEN_DEMO_HEAD
    for (const auto& p : parts) joined = joined + p + ",";  // copies the whole string each time
#else
    for (const auto& p : parts) {
      joined += p;
      joined += ',';
    }
#endif
    benchmark::DoNotOptimize(joined.data());
  }
}
BENCHMARK(BM_StringJoin)->Arg(256);

static void BM_SumOfSquares(benchmark::State& state) {
  std::vector<double> v(static_cast<std::size_t>(state.range(0)));
  std::iota(v.begin(), v.end(), 1.0);
  for (auto _ : state) {
    double sum = 0;
#ifdef KAIZEN_DEMO_HEAD
    for (double x : v) sum += x * x;
#else
    for (double x : v) sum += std::pow(x, 2.5) / std::sqrt(x);
#endif
    benchmark::DoNotOptimize(sum);
  }
}
BENCHMARK(BM_SumOfSquares)->Arg(4096);

static void BM_HashLookup(benchmark::State& state) {
  std::unordered_map<int, int> map;
  const auto keys = RandomInts(static_cast<std::size_t>(state.range(0)));
  for (int k : keys) map[k] = k;
  std::size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(map.find(keys[i++ % keys.size()]));
  }
}
BENCHMARK(BM_HashLookup)->Arg(1000)->Arg(100000);

BENCHMARK_MAIN();
