// ESLint flat config: Office.js discipline for the code that talks to Excel.
//
// The rules of eslint-plugin-office-addins catch a property read before load() and sync(),
// a load() never synced, a sync() inside a loop and Office.initialize, as errors, in
// src/workbook/office (the only module that calls the Excel JavaScript API) and in
// src/taskpane. Every TypeScript file is parsed with typescript-eslint's parser, so that
// `eslint .` parses the rest of the project without linting it.
//
// In src/taskpane (not written with these rules in mind), a plugin rule that crashes on a
// construct it does not understand prints a warning naming the rule and the file instead
// of failing the run; its findings are errors as anywhere else. In src/workbook/office a
// crash fails the run. The task pane's `eslint-disable ... react-hooks/exhaustive-deps`
// comments name a plugin that is not installed: a stand-in that checks nothing lets them
// resolve (install eslint-plugin-react-hooks to have hooks checked for real).
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const OFFICE_RULES = [
  'load-object-before-read',
  'call-sync-before-read',
  'call-sync-after-load',
  'no-context-sync-in-loop',
  'no-office-initialize',
  'test-for-null-using-isNullObject',
];

const rulesOf = (prefix) => Object.fromEntries(OFFICE_RULES.map((rule) => [`${prefix}/${rule}`, 'error']));

/** The plugin's rules, each made to warn (not crash the run) when it fails on a file. */
function tolerant(plugin) {
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    rules[name] = {
      ...rule,
      create(context) {
        const warn = (e) => console.warn(`office-addins/${name} could not check ${context.filename}: ${e instanceof Error ? e.message : String(e)}`);
        let listeners;
        try {
          listeners = rule.create(context);
        } catch (e) {
          warn(e);
          return {};
        }
        return Object.fromEntries(
          Object.entries(listeners).map(([selector, listener]) => [
            selector,
            (...args) => {
              try {
                return listener(...args);
              } catch (e) {
                warn(e);
                return undefined;
              }
            },
          ]),
        );
      },
    };
  }
  return { ...plugin, meta: { ...plugin.meta, name: 'eslint-plugin-office-addins (tolerant)' }, rules };
}

/** Stands in for eslint-plugin-react-hooks, which is not installed: checks nothing. */
const reactHooksStandIn = {
  meta: { name: 'react-hooks-stand-in' },
  rules: Object.fromEntries(['exhaustive-deps', 'rules-of-hooks'].map((name) => [name, { meta: { type: 'problem', schema: [] }, create: () => ({}) }])),
};

export default [
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'build/**', '**/*.d.ts'] },
  // Only the rules below are run: comments that disable rules of other sets are not reported
  // as unused, and typescript-eslint's rules are known so that such comments resolve.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    plugins: { '@typescript-eslint': tseslint.plugin },
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    },
  },
  {
    files: ['src/workbook/office/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: rulesOf('office-addins'),
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx,js,jsx}'],
    // The same rule names as above, so that the task pane's disable comments read the same.
    plugins: { 'office-addins': tolerant(officeAddins), 'react-hooks': reactHooksStandIn },
    rules: rulesOf('office-addins'),
  },
];
