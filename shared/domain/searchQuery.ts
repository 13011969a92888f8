/**
 * The queue's text search as an agent types it (`docs/queue.md` "Search"): the words of the
 * text, each matched as the start of a word, all of them required, in any order and any field
 * (key, subject, message text, contact and organization names). `lab prin` finds "Label printer
 * jams"; `C-1042` finds the case C-1042 (the words `c` and `1042`).
 *
 * Nothing the agent types is FTS5 syntax: the text is cut into words exactly where SQLite's
 * `unicode61` tokenizer cuts (letters, digits and private-use characters make words; everything
 * else separates), and each word goes into the query as a quoted prefix (`"lab"* "prin"*`), so
 * quotes, `*`, `-`, `:`, parentheses, AND/OR/NOT and NEAR are plain text and never an error.
 */

export const SEARCH_MAX_WORDS = 12;
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
const MAX_WORD = 64;

/** The words of a search text, lowercased, in order, without repeats (at most SEARCH_MAX_WORDS). */
export function searchWords(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return [...new Set(words.map((w) => w.slice(0, MAX_WORD)))].slice(0, SEARCH_MAX_WORDS);
}

/**
 * The FTS5 MATCH expression for a search text, or null when it has no words (only spaces or
 * punctuation: the search does not restrict the view).
 */
export function ftsQuery(text: string): string | null {
  const words = searchWords(text);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}
