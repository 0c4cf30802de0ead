// Types of highlight.js for the TypeScript build (the browser loads the .js file as is).
export const WORD_CHAR: string;
export const WORD_RE: RegExp;
export function markWords(root: unknown, terms: string[]): unknown[];
