/**
 * The bench comment as GitHub lays it out, in headless Chromium (scripts/render-comment.ts): with
 * realistic benchmark names (issue 14, item 1), every table fits the 840 px comment, so the
 * verdict and the change are never scrolled out of view. Skipped, saying so, without Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasChromium, measureComments } from '../../scripts/render-comment.js';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import { parseBenchFile } from '../../src/gates/bench/parse/parse-bench-file.js';
import { buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { renderComment } from '../../src/report/markdown.js';
import { skipWithout } from '../support/tools.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

function commentOf(base: string, head: string): string {
  const parse = (path: string) =>
    parseBenchFile({ path, text: readFileSync(new URL(path, FIXTURES), 'utf8') }).benchmarks;
  const analysis = analyzeBench(parse(base), parse(head), {
    ...defaultAnalysisOptions,
    baselineFrom: 'same-job',
  });
  const verdict = buildBenchVerdict(analysis, {
    key: 'default',
    baseline: { kind: 'files', label: `result files (${base})` },
  });
  return renderComment(verdict, { version: '0.1.0', summaryHint: 'the job summary' });
}

const chromium = !skipWithout('Chromium', hasChromium(), 'apt-get install -y chromium');

const SUITES = [
  ['Go sub-benchmarks', 'bench-names/go_decode_base.txt', 'bench-names/go_decode_head.txt'],
  [
    'pytest parametrised ids',
    'bench-names/pytest_codec_base.json',
    'bench-names/pytest_codec_head.json',
  ],
  [
    'hyperfine commands',
    'bench-names/hyperfine_codec_base.json',
    'bench-names/hyperfine_codec_head.json',
  ],
  ['short names', '../../examples/bench/base-1.json', '../../examples/bench/head-1.json'],
] as const;

const NAME = 'BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=4096-16';
/** The comparison table as it was before issue 14: the full name first, the verdict last. */
const OLD_LAYOUT = [
  '#### Regressions and improvements',
  '',
  '| Benchmark | Base (median) | Head (median) | Change (90% CI) | p (adj.) | Verdict |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  `| \`${NAME} (allocs/op)\` | 21 allocs/op | 197 allocs/op | +838.1% (+838.1% … +838.1%) | <0.001 | regressed |`,
].join('\n');

describe.skipIf(!chromium)('the bench comment in a browser, 840 px wide', () => {
  // One Chromium run lays out every comment.
  const measured = chromium
    ? measureComments([...SUITES.map(([, base, head]) => commentOf(base, head)), OLD_LAYOUT])
    : Promise.resolve([]);

  it.each(SUITES.map(([suite], index) => [suite, index] as const))(
    'fits every table of %s',
    async (_suite, index) => {
      const fits = (await measured)[index] ?? [];
      // The metrics and at least one comparison table were laid out.
      expect(fits.length).toBeGreaterThanOrEqual(2);
      for (const fit of fits) {
        expect(fit.contentWidth, fit.title).toBeGreaterThan(0);
        expect(fit.overflow, `${fit.title}: ${fit.contentWidth} px`).toBe(0);
      }
    },
    60_000,
  );

  it('tells an overflowing table: the old layout, the full name first, did not fit', async () => {
    const [fit] = (await measured)[SUITES.length] ?? [];
    expect(fit?.title).toBe('Regressions and improvements');
    expect(fit?.overflow).toBeGreaterThan(100);
  }, 60_000);
});
