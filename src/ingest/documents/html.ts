/**
 * A small, tolerant HTML reader for articles. It tokenises the markup itself (nothing is ever
 * evaluated: no DOM, no scripts, no URLs followed), drops the content of script, style,
 * iframe, object, template, noscript and similar elements and all comments, builds a forgiving
 * element tree (unclosed paragraphs and list items close themselves, stray end tags are
 * ignored, nesting is capped), picks the main text (`<article>`, `<main>`, `role=main`, else
 * the block with the most paragraph text), and returns it as paragraphs with the source line
 * of each, together with the metadata of `<title>`, `<meta>`, `<time datetime>` and `<html lang>`.
 */
import { decodeEntities } from './entities.ts';

export interface HtmlElement {
  name: string;
  attrs: ReadonlyMap<string, string>;
  children: HtmlNode[];
  line: number;
}
export interface HtmlText {
  text: string;
  line: number;
}
export type HtmlNode = HtmlElement | HtmlText;

/** Metadata as the page states it (raw values, not yet validated). */
export interface HtmlMetadata {
  title: string | null;
  heading: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  siteName: string | null;
  url: string | null;
}

export interface HtmlBlock {
  text: string;
  line: number;
}

/** Elements whose content is never text: skipped by the tokeniser up to their end tag. */
const SKIPPED = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'frameset',
  'applet',
  'xmp',
  'plaintext',
]);
/** Elements whose content is text but not markup (kept for the title; textarea is dropped later). */
const RCDATA = new Set(['title', 'textarea']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Start tags that close an open paragraph. */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
const BLOCKS = new Set([
  ...CLOSES_P,
  'body',
  'caption',
  'center',
  'dd',
  'dt',
  'figcaption',
  'hgroup',
  'html',
  'li',
  'summary',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
]);
/** Never part of the readable text, wherever they are. */
const DROPPED = new Set([
  'head',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'embed',
  'img',
  'picture',
]);
/** Dropped only when the main text has to be guessed (outside an article or main element). */
const PAGE_CHROME = new Set(['header', 'footer']);
const MAX_DEPTH = 256;

/** Tokenises and builds the element tree; never throws on malformed markup. */
export function parseHtml(html: string): HtmlElement {
  const newlines: number[] = [];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) newlines.push(i);
  const lineOf = (index: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const root: HtmlElement = { name: '#root', attrs: new Map(), children: [], line: 1 };
  const stack: HtmlElement[] = [root];
  const current = (): HtmlElement => stack[stack.length - 1] as HtmlElement;
  const lower = html.toLowerCase();

  const closeTo = (name: string, scopeStop: readonly string[] = []): boolean => {
    for (let k = stack.length - 1; k > 0; k -= 1) {
      const open = (stack[k] as HtmlElement).name;
      if (open === name) {
        stack.length = k;
        return true;
      }
      if (scopeStop.includes(open)) return false;
    }
    return false;
  };
  const open = (name: string, attrs: Map<string, string>, line: number): HtmlElement => {
    if (CLOSES_P.has(name))
      closeTo('p', ['div', 'section', 'article', 'main', 'td', 'th', 'li', 'blockquote']);
    if (name === 'li') closeTo('li', ['ul', 'ol']);
    if ((name === 'dt' || name === 'dd') && !closeTo('dt', ['dl'])) closeTo('dd', ['dl']);
    if (name === 'tr') closeTo('tr', ['table']);
    if ((name === 'td' || name === 'th') && !closeTo('td', ['tr', 'table'])) closeTo('th', ['tr', 'table']);
    if (name === 'option') closeTo('option', ['select']);
    const element: HtmlElement = { name, attrs, children: [], line };
    current().children.push(element);
    if (!VOID.has(name) && stack.length < MAX_DEPTH) stack.push(element);
    return element;
  };

  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart)
      current().children.push({ text: decodeEntities(html.slice(textStart, end)), line: lineOf(textStart) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt;
    const next = html[i + 1] ?? '';
    if (html.startsWith('<!--', i)) {
      flushText(i);
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      textStart = i;
      continue;
    }
    if (next === '!' || next === '?') {
      flushText(i);
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? html.length : end + 1;
      textStart = i;
      continue;
    }
    if (next === '/' && /[a-zA-Z]/u.test(html[i + 2] ?? '')) {
      flushText(i);
      const nameMatch = /^[^\s/>]+/u.exec(html.slice(i + 2, i + 66));
      const name = (nameMatch?.[0] ?? '').toLowerCase();
      const end = html.indexOf('>', i + 2);
      i = end < 0 ? html.length : end + 1;
      textStart = i;
      if (name === 'br') open('br', new Map(), lineOf(lt));
      else if (name === 'p' && !closeTo('p')) open('p', new Map(), lineOf(lt));
      else closeTo(name);
      continue;
    }
    if (!/[a-zA-Z]/u.test(next)) {
      i += 1;
      continue;
    }
    flushText(i);
    const tag = readTag(html, i);
    i = tag.end;
    textStart = i;
    const line = lineOf(lt);
    if (SKIPPED.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, i);
      i = close < 0 ? html.length : html.indexOf('>', close) < 0 ? html.length : html.indexOf('>', close) + 1;
      textStart = i;
      continue;
    }
    if (RCDATA.has(tag.name)) {
      const close = lower.indexOf(`</${tag.name}`, i);
      const contentEnd = close < 0 ? html.length : close;
      const element = open(tag.name, tag.attrs, line);
      element.children.push({ text: decodeEntities(html.slice(i, contentEnd)), line });
      closeTo(tag.name);
      i = close < 0 ? html.length : html.indexOf('>', close) < 0 ? html.length : html.indexOf('>', close) + 1;
      textStart = i;
      continue;
    }
    const element = open(tag.name, tag.attrs, line);
    if (tag.selfClosing && stack[stack.length - 1] === element && !BLOCKS.has(tag.name)) stack.pop();
  }
  flushText(html.length);
  return root;
}

function readTag(
  html: string,
  lt: number,
): { name: string; attrs: Map<string, string>; end: number; selfClosing: boolean } {
  let i = lt + 1;
  const nameMatch = /^[^\s/>]+/u.exec(html.slice(i, i + 64));
  const name = (nameMatch?.[0] ?? '').toLowerCase();
  i += nameMatch?.[0].length ?? 0;
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '>') return { name, attrs, end: i + 1, selfClosing };
    if (/\s/u.test(c)) {
      i += 1;
      continue;
    }
    if (c === '/') {
      selfClosing = html[i + 1] === '>';
      i += 1;
      continue;
    }
    const attrMatch = /^[^\s/>=]+/u.exec(html.slice(i, i + 256));
    const attrName = (attrMatch?.[0] ?? c).toLowerCase();
    i += attrMatch?.[0].length ?? 1;
    while (/\s/u.test(html[i] ?? '')) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (/\s/u.test(html[i] ?? '')) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const end = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, end < 0 ? html.length : end);
        i = end < 0 ? html.length : end + 1;
      } else {
        const m = /^[^\s>]*/u.exec(html.slice(i, i + 4096));
        value = m?.[0] ?? '';
        i += value.length;
      }
    }
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
  return { name, attrs, end: html.length, selfClosing };
}

function isElement(node: HtmlNode): node is HtmlElement {
  return 'name' in node;
}

/** All elements under `root`, in document order (iterative: deep trees are fine). */
function* elements(root: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    yield element;
    for (let k = element.children.length - 1; k >= 0; k -= 1) {
      const child = element.children[k] as HtmlNode;
      if (isElement(child)) stack.push(child);
    }
  }
}

/** The plain text of an element (whitespace collapsed). */
export function textOf(element: HtmlElement): string {
  const parts: string[] = [];
  const stack: HtmlNode[] = [element];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) parts.push(node.text);
    else if (!SKIPPED.has(node.name))
      for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k] as HtmlNode);
  }
  return parts
    .join('')
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();
}

function hidden(element: HtmlElement): boolean {
  const style = (element.attrs.get('style') ?? '').toLowerCase().replace(/\s+/gu, '');
  return (
    element.attrs.has('hidden') ||
    element.attrs.get('aria-hidden') === 'true' ||
    style.includes('display:none') ||
    style.includes('visibility:hidden')
  );
}

/** What the page says about itself. */
export function htmlMetadata(root: HtmlElement): HtmlMetadata {
  const meta: HtmlMetadata = {
    title: null,
    heading: null,
    author: null,
    published: null,
    language: null,
    siteName: null,
    url: null,
  };
  let timeDatetime: string | null = null;
  let ogTitle: string | null = null;
  for (const element of elements(root)) {
    const attr = (name: string): string | undefined => element.attrs.get(name)?.trim();
    switch (element.name) {
      case 'title':
        meta.title ??= textOf(element) || null;
        break;
      case 'h1':
        if (!hidden(element)) meta.heading ??= textOf(element) || null;
        break;
      case 'html':
        meta.language ??= attr('lang') || attr('xml:lang') || null;
        break;
      case 'time':
        timeDatetime ??= attr('datetime') || null;
        break;
      case 'link':
        if ((attr('rel') ?? '').toLowerCase().split(/\s+/u).includes('canonical'))
          meta.url ??= attr('href') || null;
        break;
      case 'meta': {
        const key = (attr('name') ?? attr('property') ?? attr('itemprop') ?? '').toLowerCase();
        const content = attr('content') ?? '';
        if (content === '') break;
        if (key === 'author' || key === 'article:author' || key === 'dc.creator') {
          if (!/^https?:/iu.test(content)) meta.author ??= content;
        } else if (
          ['article:published_time', 'datepublished', 'date', 'dc.date', 'pubdate', 'publish-date'].includes(
            key,
          )
        )
          meta.published ??= content;
        else if (key === 'og:site_name') meta.siteName ??= content;
        else if (key === 'og:url') meta.url ??= content;
        else if (key === 'og:title') ogTitle ??= content;
        break;
      }
    }
  }
  meta.published ??= timeDatetime;
  meta.title ??= ogTitle;
  return meta;
}

/** The element holding the main text. */
export function mainElement(root: HtmlElement): { element: HtmlElement; guessed: boolean } {
  const all = [...elements(root)].filter((e) => !hidden(e));
  const largest = (list: HtmlElement[]): HtmlElement | undefined =>
    list.reduce<HtmlElement | undefined>(
      (best, e) => (best === undefined || textOf(e).length > textOf(best).length ? e : best),
      undefined,
    );
  const article = largest(all.filter((e) => e.name === 'article'));
  if (article !== undefined && textOf(article).length > 0) return { element: article, guessed: false };
  const main = largest(all.filter((e) => e.name === 'main' || e.attrs.get('role') === 'main'));
  if (main !== undefined && textOf(main).length > 0) return { element: main, guessed: false };
  // The densest block: the container whose own paragraphs hold the most text, links discounted.
  let best: { element: HtmlElement; score: number } | undefined;
  for (const element of all) {
    if (DROPPED.has(element.name) || PAGE_CHROME.has(element.name)) continue;
    let score = 0;
    for (const child of element.children) {
      if (!isElement(child)) score += child.text.trim().length;
      else if (
        ['p', 'pre', 'blockquote', 'h2', 'h3', 'h4', 'ol', 'ul'].includes(child.name) &&
        !hidden(child)
      ) {
        const text = textOf(child).length;
        const links = [...elements(child)]
          .filter((e) => e.name === 'a')
          .reduce((n, a) => n + textOf(a).length, 0);
        score += text - 2 * links;
      }
    }
    if (best === undefined || score > best.score) best = { element, score };
  }
  const body = all.find((e) => e.name === 'body');
  if (best !== undefined && best.score > 0) return { element: best.element, guessed: true };
  return { element: body ?? root, guessed: true };
}

/** The readable text of `element` as blocks (paragraphs, headings, list items), each with its source line. */
export function blocksOf(element: HtmlElement, guessed: boolean): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let text = '';
  let line = element.line;
  const flush = (): void => {
    const cleaned = text
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/gu, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    if (cleaned !== '') blocks.push({ text: cleaned, line });
    text = '';
  };
  type Frame = { node: HtmlNode; exit?: boolean; pre?: boolean };
  const stack: Frame[] = [{ node: element }];
  const counters: number[] = [];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    if (!isElement(node)) {
      if (text === '' || text.trim() === '') line = node.line;
      text += frame.pre === true ? node.text.replace(/\n/gu, '\n') : node.text.replace(/[\s]+/gu, ' ');
      continue;
    }
    if (frame.exit === true) {
      if (node.name === 'ol') counters.pop();
      if (BLOCKS.has(node.name)) flush();
      continue;
    }
    if (node !== element && (DROPPED.has(node.name) || SKIPPED.has(node.name) || hidden(node))) continue;
    if (node !== element && guessed && PAGE_CHROME.has(node.name)) continue;
    if (node.name === 'br') {
      text += '\n';
      continue;
    }
    if (node.name === 'hr') {
      flush();
      continue;
    }
    if (BLOCKS.has(node.name)) flush();
    if (node.name === 'ol') counters.push(Number(node.attrs.get('start') ?? '1') - 1 || 0);
    if (node.name === 'li' && counters.length > 0) {
      const n = (counters[counters.length - 1] as number) + 1;
      counters[counters.length - 1] = n;
      text += `${n}. `;
    }
    // A footnote reference as a superscript number ("<sup>1</sup>") reads as "[1]".
    if (node.name === 'sup') {
      const inner = textOf(node);
      const m = /^\[?(\d{1,3})\]?$/u.exec(inner);
      if (m !== null) {
        text += `[${m[1]}]`;
        continue;
      }
    }
    stack.push({ node, exit: true });
    const pre = frame.pre === true || node.name === 'pre';
    for (let k = node.children.length - 1; k >= 0; k -= 1)
      stack.push({ node: node.children[k] as HtmlNode, pre });
  }
  flush();
  return blocks;
}
