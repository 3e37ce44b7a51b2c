/**
 * promtool's testdata rules_large.yml (prometheus/prometheus cmd/promtool/testdata, Apache-2.0):
 * 10,002 recording rules, regenerated instead of copied (1.2 MB). Its first and last rules
 * repeat, as in the original.
 */
export function rulesLargeYaml(): string {
  const lines = ['groups:', '  - name: example', '    rules:'];
  const record = (n: number): void => {
    lines.push(
      `      - record: job:http_inprogress_requests:sum:${n}`,
      '        expr: vector(1)',
      '        labels:',
      `          job: job${n}`,
    );
  };
  record(1);
  for (let n = 1; n <= 10_000; n += 1) record(n);
  record(10_000);
  return `${lines.join('\n')}\n`;
}
