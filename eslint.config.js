// @ts-check
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

/**
 * Interface text has one way in: a code from the domain, translated by the catalogue in
 * src/lib/i18n/. A `zh ? … : …` or an inline `{ zh, en }` anywhere else is a second way.
 */
const oneCatalogue = [
  {
    selector: "ConditionalExpression[test.type='Identifier'][test.name='zh']",
    message: 'Translate through the catalogue (t(key)) instead of a `zh ? … : …` ternary.',
  },
  {
    // The page's locale (`locale`, `lang`, `Astro.locals.locale`); a text's own language
    // (`language`) chooses typography, not words, and stays allowed.
    selector: "ConditionalExpression > BinaryExpression.test[left.name='locale']",
    message: 'Translate through the catalogue (t(key)) instead of a ternary on the locale.',
  },
  {
    selector: "ConditionalExpression > BinaryExpression.test[left.property.name='locale']",
    message: 'Translate through the catalogue (t(key)) instead of a ternary on the locale.',
  },
  {
    selector: "ObjectExpression[properties.length=2]:has(> Property[key.name='zh']):has(> Property[key.name='en'])",
    message: 'Interface text belongs in the catalogue (src/lib/i18n/, see its README); return a code from domain code.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'coverage/', 'drizzle/', '.data/'] },
  ...tseslint.configs.recommended,
  // .astro files are pages and components: the same rules as the TypeScript they contain.
  ...astro.configs['flat/recommended'],
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
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: [
      // The catalogue itself.
      'src/lib/i18n/**',
      // The parser's problem catalogue: permanent codes with both texts, shown by the CLI
      // without a locale and merged into the interface catalogue as `parse.<code>`.
      'src/lib/legislation/problems.ts',
      // The site's identity is configuration in both languages (content/site.yaml), not interface text.
      'src/lib/config/site.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', ...oneCatalogue] },
  },
  {
    // Pages stay thin: a form post is read against a schema by src/lib/web/form-action.ts
    // (runFormAction / runFormActions), never field by field in the page (issue #15). The
    // public comment page's post goes through src/lib/web/comment-page-post.ts instead: the
    // direct route (src/lib/web/intake-route.ts) takes most of them before Astro.
    files: ['src/pages/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...oneCatalogue,
        {
          selector: "CallExpression[callee.property.name='formData']",
          message: 'Read form posts with runFormAction / runFormActions (src/lib/web/form-action.ts) and a schema, not request.formData().',
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
