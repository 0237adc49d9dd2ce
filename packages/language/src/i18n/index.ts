/** Messages and the message language alone: what the CLI needs before (or without) loading Langium. */
export * from './messages.js';
export { ChisoLocale } from './locale.js';
