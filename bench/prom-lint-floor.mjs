// The least any Node.js linter built on lezer-promql does with a rule file: start Node, read the
// YAML (js-yaml: no positions, no checks), parse every expression, print the count. The
// benchmark runs it beside prom-lint and promtool to show what of prom-lint's time is the
// platform's and what is its own. Reads every document, and the groups of a PrometheusRule's
// spec, as prom-lint does.
import { readFileSync } from 'node:fs';
import { parser } from '@prometheus-io/lezer-promql';
import yaml from 'js-yaml';

let expressions = 0;
for (const document of yaml.loadAll(readFileSync(process.argv[2], 'utf8'))) {
  const groups = document?.groups ?? document?.spec?.groups ?? [];
  for (const group of groups) {
    for (const rule of group.rules ?? []) {
      parser.parse(String(rule.expr));
      expressions += 1;
    }
  }
}
process.stdout.write(`${expressions}\n`);
