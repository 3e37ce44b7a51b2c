// ESLint flat config: typescript-eslint's strict rules, plus the purity boundary of the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Shared layers: every gate builds on them, so none of them may import a gate. Layers point
 * down: stats ← verdict ← report ← github/io/action/history ← gates ← cli.
 */
const sharedLayers = [
  'src/stats/**',
  'src/verdict/**',
  'src/report/**',
  'src/github/**',
  'src/io/**',
  'src/action/**',
  'src/shared/**',
  'src/diff/**',
  'src/history/**',
];

/** An import of anything under src/gates, by any relative path or file name. */
const gateImport = {
  regex: '(^|/)gates(/|$)',
  message:
    'Shared layers never import a gate (layers point down: … ← github/io/action/history ← gates ← cli). Move what both need into a shared layer.',
};

/** What pure modules may not import. */
const purityPatterns = [
  { group: ['@actions/*'], message: 'Pure modules must not touch GitHub.' },
  { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*'], message: 'Pure modules do no I/O.' },
  {
    group: ['node:process', 'process'],
    message: 'Pure modules do not read the environment.',
  },
];

/** Modules that must stay pure: they take data and return data, so they run anywhere. */
const pureModules = [
  'src/stats/**',
  'src/verdict/**',
  'src/report/**',
  'src/gates/*/parse/**',
  'src/gates/*/parse.ts',
  'src/gates/*/analyze.ts',
  'src/gates/*/analyze/**',
  'src/gates/*/render.ts',
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/fixtures/', 'examples/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: pureModules,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: purityPatterns,
        },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
  // Shared layers never import a gate. Flat config replaces (does not merge) a rule's options
  // where blocks overlap, so the layers that are also pure get both lists in the block after.
  {
    files: sharedLayers,
    rules: {
      'no-restricted-imports': ['error', { patterns: [gateImport] }],
      // no-restricted-imports does not look at `import()`, which the CLI uses to load gates lazily.
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression[source.value=/${gateImport.regex.replaceAll('/', '\\/')}/]`,
          message: gateImport.message,
        },
      ],
    },
  },
  {
    files: sharedLayers.filter((layer) => pureModules.includes(layer)),
    rules: {
      'no-restricted-imports': ['error', { patterns: [...purityPatterns, gateImport] }],
    },
  },
);
