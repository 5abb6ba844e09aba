import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'coverage/', 'node_modules/', 'custom-elements.json', 'bench/.build/', 'test/hosts/*/dist/', 'test/hosts/*/.angular/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Templates must not carry inline style attributes: strict CSP hosts block them.
      'no-restricted-syntax': [
        'error',
        { selector: 'TemplateElement[value.raw=/\\sstyle=/]', message: 'No inline style attributes: use classes or custom properties (strict CSP).' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never write HTML from data: catalog text is text.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Catalog text is text: no unsafeHTML.' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.ts', '.storybook/**/*.ts', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/hostile/pages/**/*.js', 'test/bundle/pages/**/*.js', 'demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', 'no-restricted-syntax': 'off' },
  },
);
