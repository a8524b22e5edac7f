// @ts-check
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const nodePatterns = [{ group: ['node:*'], message: 'Node built-ins belong to the main process.' }];

/** The layer boundaries of architecture §1, enforced so that nobody has to remember them. */
export default tseslint.config(
  { ignores: ['.vite/**', 'out/**', 'node_modules/**', 'reports/**', 'test-results/**', 'tests/smoke/**', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', importNames: ['ipcMain'], message: 'Only src/main/ipc/register-electron.ts registers ipcMain handlers.' },
            { name: 'electron', importNames: ['ipcRenderer'], message: 'Only src/main/preload.ts may use ipcRenderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/ipc/register-electron.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: 'Only the preload may use ipcRenderer.' }] }],
    },
  },
  {
    files: ['src/main/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only register-electron.ts may use ipcMain.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to main only through the api client.' }, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer has no Node.' }))],
          patterns: [...nodePatterns, { group: ['**/main/**', '*/main', '../main'], message: 'The renderer never imports main-process code.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'src/shared is pure: no Electron.' }, ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is pure: no Node.' }))],
          patterns: [...nodePatterns, { group: ['**/main/**', '**/renderer/**', 'react', 'react-dom', 'antd'], message: 'src/shared depends on no other layer.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'process', 'Buffer', 'require'],
    },
  },
);
