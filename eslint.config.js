// ESLint flat config: typescript-eslint's strict rules, plus the purity boundary of the core.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that must stay pure: they take data and return data, so they run anywhere. */
const pureModules = [
  'src/stats/**',
  'src/verdict/**',
  'src/report/**',
  'src/gates/*/parse/**',
  'src/gates/*/parse.ts',
  'src/gates/*/analyze.ts',
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
          patterns: [
            { group: ['@actions/*'], message: 'Pure modules must not touch GitHub.' },
            { group: ['node:fs', 'fs', 'node:fs/*', 'fs/*'], message: 'Pure modules do no I/O.' },
            {
              group: ['node:process', 'process'],
              message: 'Pure modules do not read the environment.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process'],
    },
  },
);
