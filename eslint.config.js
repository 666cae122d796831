// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const otherModulesInternals = {
  group: ['../*/store.js', '../*/tables.js', '../*/policy.js', '**/modules/*/store.js', '**/modules/*/tables.js', '**/modules/*/policy.js'],
  message: 'A module reaches another module only through its service.ts.',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tmp/', 'coverage/', 'web/api/schema.d.ts', 'tests/e2e/artifacts/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A dropped await inside a transaction is a data bug.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Fastify plugins are async by contract even when they await nothing.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**', 'server/**/*.test.ts', 'scripts/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/db/**', 'server/**/store.ts', 'server/**/tables.ts', 'server/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'SQL lives in store.ts (and tables in tables.ts) only.' }],
          patterns: [{ group: ['drizzle-orm/*'], message: 'SQL lives in store.ts (and tables in tables.ts) only.' }, otherModulesInternals],
        },
      ],
    },
  },
  {
    files: ['server/**/store.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherModulesInternals] }] },
  },
  {
    // Tables may name another module's table, for a foreign key only.
    files: ['server/**/tables.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ ...otherModulesInternals, group: otherModulesInternals.group.filter((g) => !g.includes('tables')) }] }] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server/**', '../../server/*'], message: 'The web talks to the server only through the API (web/api).' }] }],
    },
  },
);
