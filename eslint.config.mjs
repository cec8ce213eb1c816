// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'test-output/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Small rooms: a file a newcomer reads in one sitting, a function that fits a screen.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The sidebar shows what people typed: Preact puts strings in as text, and these are the ways
    // around that. The bundle holds Preact's own innerHTML (for dangerouslySetInnerHTML), so the
    // guard is here, on our code.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'The sidebar renders text only.',
        },
        {
          selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'The sidebar renders text only.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^insertAdjacentHTML$|^write(ln)?$/]',
          message: 'The sidebar renders text only.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js', '*.mjs', '.*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable' },
    },
  },
);
