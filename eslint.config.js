// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'drizzle/', '.data/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    // Type-aware rules: a subset of recommendedTypeChecked that finds real bugs (a promise
    // nobody awaits, a promise where a boolean or void callback is expected, await on a
    // non-promise, a cast that changes nothing) without a rewrite of the whole tree.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-base-to-string': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/no-implied-eval': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    // Pages stay thin: queries live in src/lib/<domain>/ repository functions (issue #15).
    files: ['src/pages/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['drizzle-orm', 'drizzle-orm/*'], message: 'No SQL in pages: call a function of src/lib/<domain>/ instead.' },
            { group: ['**/lib/db/schema', '**/lib/db/schema.ts', '**/lib/db/rows', '**/lib/db/rows.ts'], message: 'No tables in pages: call a function of src/lib/<domain>/ instead.' },
            { group: ['**/lib/db/index', '**/lib/db/index.ts'], importNames: ['schema'], message: 'No tables in pages: call a function of src/lib/<domain>/ instead.' },
          ],
        },
      ],
    },
  },
  {
    // Scripts and benchmarks print their figures.
    files: ['scripts/**', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
