// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    // A build's staging folder and the old site it replaces sit beside the output folder while it runs.
    ignores: [
      'dist/',
      '.*.loa-next-*/',
      '.*.loa-old-*/',
      'node_modules/',
      '.astro/',
      'test/fixtures/',
      'scripts/bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^import |^\\s*//' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `interface ChannelStrings extends Record<…> {}`: how a channel adds its keys by declaration merging.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  // Test data and tool output are long sentences by nature; code lines there still keep to 120.
  {
    files: ['test/**', 'scripts/**'],
    rules: {
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true, ignoreStrings: true, ignoreTemplateLiterals: true },
      ],
    },
  },
  // Logic is plain TypeScript: Astro is imported only where Loa meets it (README, "Where the code is").
  {
    files: ['src/**/*.ts'],
    ignores: ['src/astro/**', 'src/pages/**', 'src/content.config.ts', 'src/campaign/load.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^astro($|[/:])',
              message:
                'logic imports no Astro: put the wiring in src/astro/ (integrations) or a view, and hand plain data on',
            },
          ],
        },
      ],
    },
  },
  // Code that runs in the browser: the page scripts and the service worker.
  { files: ['src/**/*.client.ts', 'src/channels/signage/sw.ts'], languageOptions: { globals: { ...globals.browser } } },
);
