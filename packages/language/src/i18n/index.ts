/** Messages and the message language alone: what the CLI needs before (or without) loading Langium. */
export * from './texts.js';
export * from './words.js';
export * from './editor-texts.js';
export { en, upperFirst, type TypoArgs } from './message-helpers.js';
export * from '../rules/index.js';
export { ruleDocUrl } from '../rules/doc-url.js';
export { ChisoLocale } from './locale.js';
