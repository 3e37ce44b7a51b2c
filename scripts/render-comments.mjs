#!/usr/bin/env node
/**
 * Renders the PR comment of every gate's demo the way GitHub shows it and screenshots it, for
 * docs/comments.md: `node scripts/render-comments.mjs [--out docs/comments] [--only bench,…]`.
 *
 * Each demo runs the built CLI (dist/, so `npm run build` first) on the bundled example data
 * with `--markdown`; the Markdown becomes an HTML page (GitHub-flavoured Markdown by markdown-it,
 * GitHub's own stylesheet at a comment's 14 px, Mermaid charts drawn by mermaid.js, a comment
 * box 840 px wide, the width of a PR timeline) and headless Chromium screenshots it at the
 * height of the page (`apt-get install -y chromium fonts-noto-color-emoji`: without the font,
 * icons are boxes). It approximates GitHub: GitHub's renderer is not public. Whether every
 * table fits is measured by scripts/render-comment.ts, which the tests run.
 *
 * The renderer's packages are not dependencies of the project (mermaid alone is tens of
 * megabytes): they are installed on first use into a cache folder, RENDER_DEPS or one under
 * the system's temporary directory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Width of a comment in a pull request's timeline, in CSS pixels. */
const COMMENT_WIDTH = 840;

/** The demos, as the README runs them. */
const DEMOS = [
  {
    name: 'bench',
    title: 'bench: a real regression in Google Benchmark results',
    args: [
      'bench',
      '--baseline',
      'examples/bench/base-*.json',
      '--current',
      'examples/bench/head-*.json',
      '--baseline-from',
      'same-job',
    ],
  },
  {
    name: 'prom-lint',
    title: 'prom-lint: rule files the Prometheus rule loader rejects',
    args: ['prom-lint', 'examples/prom-lint/broken'],
  },
  {
    name: 'dashboard-diff',
    title: 'dashboard-diff: a job variable added to every query of a Grafana dashboard',
    args: [
      'dashboard-diff',
      '--base',
      'examples/dashboard-diff/base/k8s-views-global.json',
      '--head',
      'examples/dashboard-diff/head/k8s-views-global.json',
    ],
  },
  {
    name: 'coverage',
    title: 'coverage: an lcov report against an 80% total',
    args: ['coverage', '--report', 'examples/coverage/coverage.info', '--min-total', '80%'],
  },
  {
    name: 'soak',
    title: 'soak: an hour-long run with a slow leak',
    args: [
      'soak',
      '--input',
      'examples/soak/nightly-run.csv',
      '--slo',
      'http_req_duration_p99_ms < 250',
      '--slo',
      'error_ratio < 0.001',
    ],
  },
];

const RENDER_PACKAGES = ['markdown-it@14', 'github-markdown-css@5', 'mermaid@11'];

function main() {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'docs/comments' }, only: { type: 'string' } },
  });
  const only = values.only?.split(',');
  const demos = DEMOS.filter((demo) => only === undefined || only.includes(demo.name));
  if (demos.length === 0)
    fail(`no demo named ${values.only}; the demos: ${DEMOS.map((d) => d.name).join(', ')}`);
  if (!existsSync('dist/cli/index.mjs'))
    fail('dist/cli/index.mjs is missing: run `npm run build` first');
  if (spawnSync('chromium', ['--version']).error !== undefined) {
    fail('needs Chromium: apt-get install -y chromium fonts-noto-color-emoji');
  }
  const deps = renderDependencies();
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'kaizen-render-'));
  try {
    for (const demo of demos) {
      const markdown = join(work, `${demo.name}.md`);
      // --fail-on never: the demos hold real findings; the verdict is the picture, not the exit.
      execFileSync(
        process.execPath,
        ['dist/cli/index.mjs', ...demo.args, '--fail-on', 'never', '--markdown', markdown],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      const png = join(out, `${demo.name}.png`);
      screenshot(deps, readFileSync(markdown, 'utf8'), join(work, `${demo.name}.html`), png);
      console.log(`${demo.title}: ${png}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function fail(message) {
  console.error(`render-comments: ${message}`);
  process.exit(2);
}

/** The folder holding the renderer's packages, installed there on first use. */
function renderDependencies() {
  const deps = process.env.RENDER_DEPS ?? join(tmpdir(), 'kaizen-gates-render-deps');
  if (!existsSync(join(deps, 'node_modules', 'mermaid'))) {
    mkdirSync(deps, { recursive: true });
    writeFileSync(join(deps, 'package.json'), '{"private": true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', ...RENDER_PACKAGES], {
      cwd: deps,
      stdio: 'inherit',
    });
  }
  return deps;
}

/** GitHub's alerts (`> [!WARNING]`) as the boxes GitHub draws; markdown-it has no plugin here. */
function githubAlerts(markdown) {
  return markdown.replace(
    /^> \[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n((?:>.*\n?)*)/gm,
    (_, kind, body) =>
      `<div class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p>\n\n${body.replace(/^> ?/gm, '')}\n</div>\n`,
  );
}

function pageHtml(deps, markdown) {
  const require = createRequire(join(deps, 'package.json'));
  const MarkdownIt = require('markdown-it');
  const md = new MarkdownIt({ html: true, linkify: true });
  const fence = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) =>
    tokens[index].info.trim() === 'mermaid'
      ? `<pre class="mermaid">${md.utils.escapeHtml(tokens[index].content)}</pre>`
      : fence(tokens, index, options, env, self);
  const body = md.render(githubAlerts(markdown));
  const css = join(deps, 'node_modules/github-markdown-css/github-markdown-light.css');
  const mermaid = join(deps, 'node_modules/mermaid/dist/mermaid.min.js');
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://${css}">
<style>
body { background: #fff; margin: 0; padding: 16px; }
.comment { width: ${COMMENT_WIDTH}px; border: 1px solid #d0d7de; border-radius: 6px; }
.header { background: #f6f8fa; border-bottom: 1px solid #d0d7de; padding: 8px 16px; font: 14px sans-serif; color: #57606a; }
.markdown-body { padding: 16px; box-sizing: border-box; width: ${COMMENT_WIDTH}px; font-size: 14px; }
.alert { border-left: .25em solid #0969da; padding: .5rem 1rem; margin-bottom: 16px; }
.alert-warning { border-color: #9a6700; } .alert-caution { border-color: #d1242f; }
.alert-title { font-weight: 500; margin: 0 0 4px; }
</style></head><body>
<div class="comment"><div class="header"><b>github-actions</b> bot commented</div>
<article class="markdown-body">${body}</article></div>
<script src="file://${mermaid}"></script>
<script>mermaid.initialize({ startOnLoad: true });</script>
</body></html>`;
}

function chromium(args) {
  return execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--virtual-time-budget=5000',
      ...args,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 },
  );
}

/** Screenshots the page at its own height: a first pass measures it, the second shoots. */
function screenshot(deps, markdown, html, png) {
  const measure = `<script>window.addEventListener('load', () => setTimeout(() => {
    document.body.setAttribute('data-height', String(Math.ceil(document.querySelector('.comment').getBoundingClientRect().bottom) + 16));
  }, 1000));</script>`;
  writeFileSync(html, pageHtml(deps, markdown).replace('</body>', `${measure}</body>`));
  const width = COMMENT_WIDTH + 40;
  const dom = chromium([`--window-size=${width},1000`, '--dump-dom', `file://${html}`]);
  const height = Math.min(Number(/data-height="(\d+)"/.exec(dom)?.[1] ?? 2000), 16_000);
  rmSync(png, { force: true });
  chromium([`--window-size=${width},${height}`, `--screenshot=${png}`, `file://${html}`]);
}

main();
