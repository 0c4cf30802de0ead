// Types of search-text.js for the TypeScript build (the browser loads the .js file as is).
export const STOP_WORDS: Set<string>;
export function foldForIndex(text: string): string;
export function normaliseQuery(query: string): string;
export function phraseOf(query: string): string | null;
export function retypeset(text: string): string;
export const TYPING_PAUSE_MS: number;
export const KEY_GAPS_KEPT: number;
export function typingPause(gaps: number[]): number;
export function foldWord(word: string): string;
export function foldCase(text: string): string;
export const WORD_SEPARATOR_RE: RegExp;
export function splitWords(text: string): string[];
export function significantTerms(query: string): string[];
export function lightStem(word: string): string;
export function answersTerm(term: string, word: string): boolean;
export function nameKey(word: string): string;
export function isNameLike(word: string): boolean;
export const TOPIC_SEPARATOR: string;
export type AliasLookup = Map<string, { words: string[]; name: string; filter: string }[]>;
export function aliasLookup(rows: [string, string, string[]][]): AliasLookup;
export interface WordFilter {
  size: number;
  bits: string;
}
export function wordFilter(words: string[]): WordFilter;
export function wordPart(word: string, count: number): number;
export function mayHaveWord(filter: WordFilter | null | undefined, word: string): boolean;
export interface AliasRewrite {
  query: string;
  tags: { filter: string; name: string }[];
  rest: string;
  onlyNames: boolean;
}
export function rewriteAliases(query: string, lookup: AliasLookup): AliasRewrite | null;
