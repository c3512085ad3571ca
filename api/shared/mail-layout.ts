import type { Language } from './schemas.ts';

/** One part of a mail: a paragraph, a heading, a quote (someone's own words), a list or a link as a button. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'action'; label: string; url: string };

export interface MailContent {
  language: Language;
  subject: string;
  blocks: MailBlock[];
  /** Small print under a line: why the mail came, where to change that. */
  footer?: MailBlock[];
}

/** The same mail as plain text and as HTML: the one layout of every mail the app sends. */
export interface RenderedMail {
  subject: string;
  body: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Everything that goes into the HTML is escaped: names, notes and titles are what people typed. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]!);
}

function textOf(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'heading':
      return `## ${block.text}`;
    case 'quote':
      return block.text
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'action':
      return `${block.label}:\n${block.url}`;
  }
}

// Inline styles only (mail clients drop <style> and external sheets); no images, so nothing is fetched on opening.
const FONT = 'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933';

function htmlOf(block: MailBlock, small = false): string {
  const size = small ? 'font-size:13px;color:#52606d;' : '';
  const lines = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');
  switch (block.kind) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;${size}">${lines(block.text)}</p>`;
    case 'heading':
      return `<h2 style="margin:24px 0 8px;font-size:18px">${lines(block.text)}</h2>`;
    case 'quote':
      return `<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #9aa5b1;white-space:pre-wrap">${escapeHtml(block.text)}</blockquote>`;
    case 'list':
      return `<ul style="margin:0 0 16px;padding-left:20px">${block.items.map((item) => `<li>${lines(item)}</li>`).join('')}</ul>`;
    case 'action':
      return small
        ? `<p style="margin:0 0 8px;${size}"><a href="${escapeHtml(block.url)}" style="color:#1f4e8c">${escapeHtml(block.label)}</a></p>`
        : `<p style="margin:0 0 16px"><a href="${escapeHtml(block.url)}" style="display:inline-block;padding:10px 16px;background:#1f4e8c;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(block.label)}</a></p>`;
  }
}

/** Renders a mail's content as plain text and HTML, in its language. */
export function renderMail({ language, subject, blocks, footer = [] }: MailContent): RenderedMail {
  const text = [...blocks.map(textOf), ...(footer.length ? ['--', ...footer.map(textOf)] : [])].join('\n\n');
  const html =
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f5f7fa"><div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;${FONT}">` +
    `<p style="margin:0 0 24px;font-weight:bold;color:#1f4e8c">Krachtkaart</p>` +
    blocks.map((block) => htmlOf(block)).join('') +
    (footer.length
      ? `<hr style="border:0;border-top:1px solid #cbd2d9;margin:24px 0 16px">${footer.map((block) => htmlOf(block, true)).join('')}`
      : '') +
    `</div></body></html>`;
  return { subject, body: text, html };
}
