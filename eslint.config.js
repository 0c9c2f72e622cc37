import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Borders that are about what code does rather than what it imports (imports: .dependency-cruiser.cjs).
const SQL_BUILDERS =
  '/^(selectFrom|insertInto|updateTable|deleteFrom|mergeInto|selectNoFrom|with)$/';
const REPO_FILES = [
  'packages/server/src/modules/**/repo.ts',
  'packages/server/src/modules/**/*-repo.ts',
];
const NO_SQL = {
  selector: `CallExpression[callee.property.name=${SQL_BUILDERS}]`,
  message: 'SQL lives in repo files (repo.ts or *-repo.ts): call a repository function.',
};
const ONLY_BIDS_REPO = {
  selector:
    'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)$/] > Literal[value=/^bids( |$)/]',
  message: 'Only modules/calloffs/bids/repo.ts reads or writes the bids table.',
};

export default defineConfig(
  {
    ignores: [
      '**/dist/',
      '**/dist-maps/',
      'packages/server/build/',
      '**/data/',
      '**/node_modules/',
      '.tmp/',
      'test-results/',
      'packages/web/src/lib/api-types.ts',
    ],
  },
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    // All SQL of an area lives in its repo files: services and routes call them.
    files: ['packages/server/src/modules/**/*.ts'],
    ignores: REPO_FILES,
    rules: {
      'no-restricted-syntax': ['error', NO_SQL, ONLY_BIDS_REPO],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'kysely',
              importNames: ['sql'],
              message: 'SQL lives in repo files (repo.ts or *-repo.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Sealed bids: the bids table is read and written by the bids repository alone.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/modules/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ONLY_BIDS_REPO] },
  },
  {
    files: REPO_FILES,
    ignores: ['packages/server/src/modules/calloffs/bids/repo.ts'],
    rules: { 'no-restricted-syntax': ['error', ONLY_BIDS_REPO] },
  },
);
