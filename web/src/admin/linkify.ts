export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string };

// Only web links; punctuation that ends a sentence is not part of the link.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]'’]+$/;

/** Splits plain text into runs of text and web links, so links in an e-mail body can be shown clickable (as text, never HTML). */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    if (link.length <= 'https://'.length) continue;
    if (match.index > position) parts.push({ kind: 'text', text: text.slice(position, match.index) });
    parts.push({ kind: 'link', text: link });
    position = match.index + link.length;
  }
  if (position < text.length) parts.push({ kind: 'text', text: text.slice(position) });
  return parts;
}
