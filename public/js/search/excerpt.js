// @ts-check
import { spellForReader } from './spelling.js';

/** @typedef {{ text: string, mark: boolean }} ExcerptPiece */

/**
 * Pagefind's excerpt as pieces of plain text, marked where the query matched. Its text is the
 * page text with entities decoded, so it must be inserted as text, never as HTML; only the
 * <mark> tags Pagefind added are read.
 * @param {string} excerpt  e.g. "<mark>Ďoàn</mark> viên"
 * @returns {ExcerptPiece[]}  e.g. [{ text: "Đoàn", mark: true }, { text: " viên", mark: false }]
 */
export function excerptPieces(excerpt) {
  /** @type {ExcerptPiece[]} */
  const pieces = [];
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) pieces.push({ text: spellForReader(part), mark });
  }
  return pieces;
}
