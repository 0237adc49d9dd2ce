/** Public API of @chiso/language, shared by the CLI, the language server and tests. */
export * from './chiso-module.js';
export * from './generated/ast.js';
export * from './i18n/index.js';
export * from './model/analysis.js';
export * from './model/points.js';
export * from './model/sources.js';
export * from './model/tree.js';
export * from './load.js';
export * from './outputs/criteria-json.js';
export * from './outputs/annex.js';
export * from './outputs/annex-html.js';
export * from './outputs/annex-markdown.js';
export * from './outputs/rule-words.js';
export * from './outputs/chiso-source.js';
export * from './outputs/safe-text.js';
