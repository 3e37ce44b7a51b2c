/**
 * Hand-written template cases shared by template.test.ts (against checkTemplate) and
 * template-conformance.test.ts (against the real promtool). Messages are Go's text/template wording.
 */

/** A template Prometheus rejects, with our diagnostic. */
export interface InvalidTemplateCase {
  text: string;
  message: string;
  from: number;
  to: number;
}

/** Valid templates covering each construct of the language. */
export const VALID_TEMPLATES: readonly string[] = [
  'plain text, no actions',
  '{{ $labels.instance }} is down',
  '{{ $value | humanize }}',
  '{{ $value | humanizePercentage }} of {{ $externalLabels.cluster }} at {{ $externalURL }}',
  '{{- $labels.job -}} trimmed',
  '{{ if gt $value 0.5 }}high{{ else if gt $value 0.2 }}medium{{ else }}low{{ end }}',
  '{{ range $i, $l := $labels }}{{ $i }}={{ $l }} {{ end }}',
  '{{ range $labels }}{{ if eq . "x" }}{{ break }}{{ end }}{{ continue }}{{ end }}',
  '{{ with $labels.instance }}{{ . }}{{ else }}none{{ end }}',
  '{{ $x := 1 }}{{ $x = 2 }}{{ $x }}',
  // Go checks assignments to undeclared variables only when it executes the template.
  '{{ $undeclared = 1 }}',
  '{{/* a comment */}}text{{- /* trimmed comment */ -}}',
  '{{ printf "%.2f" $value }} {{ printf `%s` "raw" }}',
  '{{ with query "up" }}{{ . | first | value | humanize }}{{ end }}',
  '{{ reReplaceAll "(.*):.*" "$1" $labels.instance }}',
  '{{ $labels.instance | stripPort | toUpper }}',
  '{{ define "x" }}in define{{ end }}{{ template "x" . }}',
  '{{ len (index $labels "job") }} {{ and true false }} {{ or 1 nil }} {{ not false }}',
  "{{ -1 }} {{ 0x1F }} {{ 1.5e3 }} {{ 'a' }}",
  '{{ .Labels.job }} {{ .Value }}',
  '{{ humanizeDuration 3600 }} {{ humanizeTimestamp $value }} {{ humanize1024 $value }}',
  '{{ title "x" }} {{ toLower "X" }} {{ match "a" "b" }} {{ safeHtml "<b>" }} {{ pathPrefix }} {{ externalURL }}',
  'Not a {{"{{"}} template {{"}}"}}',
  // Go's parser lets a pipeline end in `|`.
  '{{ $value | printf "%s" | }}',
  // Letters and digits past ASCII are word characters (Go's unicode.IsLetter, IsDigit).
  '{{ $labels.naïve }} {{ $labels.zone_٣ }}',
];

/** Invalid templates, with Go's message and our offsets. */
export const INVALID_TEMPLATES: readonly InvalidTemplateCase[] = [
  { text: '{{ $foo }}', message: 'undefined variable "$foo"', from: 3, to: 7 },
  // A letter past ASCII starts a word (here a function name), a symbol past ASCII ends none.
  { text: '{{ é }}', message: 'function "é" not defined', from: 3, to: 4 },
  { text: '{{ $x€ }}', message: "bad character U+20AC '€'", from: 5, to: 6 },
  {
    text: 'Instance {{ $label.foo }} down',
    message: 'undefined variable "$label"',
    from: 12,
    to: 18,
  },
  {
    text: '{{ $labels.x | nosuchfunc }}',
    message: 'function "nosuchfunc" not defined',
    from: 15,
    to: 25,
  },
  { text: '{{ end }}', message: 'unexpected {{end}}', from: 3, to: 6 },
  { text: 'a {{ else }} b', message: 'unexpected {{else}}', from: 5, to: 9 },
  { text: '{{ if $value }}x', message: 'unexpected EOF', from: 16, to: 16 },
  { text: '{{ range $labels }}{{ if . }}x{{ end }}', message: 'unexpected EOF', from: 39, to: 39 },
  { text: '{{ $labels.x ', message: 'unclosed action', from: 0, to: 13 },
  { text: '{{ /* x */ }}', message: 'unexpected "/" in command', from: 3, to: 4 },
  { text: '{{/* x', message: 'unclosed comment', from: 2, to: 6 },
  { text: '{{/* x */ y }}', message: 'comment ends before closing delimiter', from: 9, to: 10 },
  { text: '{{ "abc }}', message: 'unterminated quoted string', from: 3, to: 10 },
  { text: '{{ `abc }}', message: 'unterminated raw quoted string', from: 3, to: 10 },
  { text: '{{ printf "%s" (humanize $value }}', message: 'unclosed left paren', from: 32, to: 34 },
  { text: '{{ humanize $value) }}', message: 'unexpected ")" in command', from: 18, to: 19 },
  { text: '{{ $value ! }}', message: 'unexpected "!" in operand', from: 10, to: 11 },
  {
    text: '{{ $value € }}',
    message: "unrecognized character in action: U+20AC '€'",
    from: 10,
    to: 11,
  },
  { text: '{{ $value é }}', message: 'function "é" not defined', from: 10, to: 11 },
  { text: '{{ ( }}', message: 'unclosed left paren', from: 5, to: 7 },
  { text: '{{ define "a" }}x', message: 'unexpected EOF', from: 17, to: 17 },
  {
    text: '{{ range $i, $j, $k := $labels }}{{end}}',
    message: 'too many declarations in range',
    from: 15,
    to: 16,
  },
  {
    text: '{{ if $value }}{{ else }}{{ else }}{{ end }}',
    message: 'expected end; found {{else}}',
    from: 28,
    to: 32,
  },
  { text: '{{ 1x }}', message: 'bad number syntax: "1x"', from: 3, to: 5 },
  { text: '{{ else if true }}', message: 'unexpected {{else}}', from: 3, to: 7 },
  { text: '{{ }}', message: 'missing value for command', from: 3, to: 5 },
  { text: '{{ if }}x{{ end }}', message: 'missing value for if', from: 6, to: 8 },
  { text: '{{ break }}', message: '{{break}} outside {{range}}', from: 3, to: 8 },
  {
    text: '{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}',
    message: 'undefined variable "$x"',
    from: 38,
    to: 40,
  },
  {
    text: '{{ define "t" }}{{ $labels }}{{ end }}',
    message: 'undefined variable "$labels"',
    from: 19,
    to: 26,
  },
  {
    text: '{{ $value | 1 }}',
    message: 'non executable command in pipeline stage 2',
    from: 14,
    to: 16,
  },
  { text: '{{ "a".b }}', message: 'unexpected . after term "\\"a\\""', from: 6, to: 8 },
  { text: '{{ template x }}', message: 'unexpected "x" in template clause', from: 12, to: 13 },
  { text: '{{ "\\q" }}', message: 'invalid syntax', from: 3, to: 7 },
];
