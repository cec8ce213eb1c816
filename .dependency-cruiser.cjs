/**
 * The layers, checked in `npm run lint` (docs/architecture.md explains them):
 * rules in src/core, texts in src/i18n, rule results in words in src/present, Apps Script
 * adapters in src/addon, the sidebars in src/ui, sheet templates in sheets-templates/.
 */
/** Modules of src/core that import nothing: the vocabulary the texts and templates may share. */
const CORE_LEAVES = '^src/core/(vocabulary|days|words|formula|blocks|importCodes)[.]ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes two modules one; split what both need into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'src/core holds the rules: it imports nothing outside src/core (no texts, templates, Apps Script).',
      from: { path: '^src/core/' },
      to: { pathNot: '^src/core/' },
    },
    {
      name: 'core-leaves-import-nothing',
      severity: 'error',
      comment: 'The vocabulary may be imported by texts and templates, so it imports nothing itself.',
      from: { path: CORE_LEAVES },
      to: {},
    },
    {
      name: 'i18n-knows-only-the-vocabulary',
      severity: 'error',
      comment: 'Texts may name cell values, problems and days, never a rule.',
      from: { path: '^src/i18n/' },
      to: { pathNot: ['^src/i18n/', CORE_LEAVES] },
    },
    {
      name: 'present-is-words-of-rules',
      severity: 'error',
      comment: 'src/present turns rule results into text: it imports rules and texts only.',
      from: { path: '^src/present/' },
      to: { pathNot: ['^src/(present|core|i18n)/'] },
    },
    {
      name: 'templates-stay-declarative',
      severity: 'error',
      comment:
        'Templates import texts and the core leaves (formula builder, vocabulary), nothing else of src.',
      from: { path: '^sheets-templates/' },
      to: { path: '^src/', pathNot: ['^src/i18n/', CORE_LEAVES] },
    },
    {
      name: 'ui-talks-to-the-server-by-types-only',
      severity: 'error',
      comment: 'The sidebar runs in the browser: it may know the server functions’ types, never their code.',
      from: { path: '^src/ui/' },
      to: { path: '^src/addon/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'addon-is-not-imported-by-rules',
      severity: 'error',
      from: { path: '^(src/(core|i18n|present)|sheets-templates)/' },
      to: { path: '^src/(addon|ui)/' },
    },
    {
      name: 'nothing-imports-tests',
      severity: 'error',
      comment: 'Tests import the code, never the other way round; shared tools live in tools/.',
      from: { path: '^(src|sheets-templates|scripts|tools)/' },
      to: { path: '^test/' },
    },
    {
      name: 'product-does-not-import-tools',
      severity: 'error',
      comment: 'The local workbook and scripts are for development; the add-on never ships them.',
      from: { path: '^(src|sheets-templates)/' },
      to: { path: '^(tools|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|out|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
