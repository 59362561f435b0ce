// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'drizzle/', '.data/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
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
