/**
 * A minimal XML reader for KTAB's scenario files: elements, text and line numbers (no
 * namespaces, DTDs or mixed content beyond trimmed text), enough to read smp.xsd documents
 * without a dependency. Malformed markup is a ValidationError naming the line.
 */
import { ValidationError } from '../errors.ts';

export interface XmlElement {
  name: string;
  /** Trimmed text content with entities decoded. */
  text: string;
  children: XmlElement[];
  /** 1-based line of the start tag. */
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });
}

export function parseXml(source: string, file = '<input>'): XmlElement {
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  const root: XmlElement = { name: '#document', text: '', children: [], line: 1 };
  const stack: XmlElement[] = [root];
  const texts: string[][] = [[]];
  const tag =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(source); match !== null; match = tag.exec(source)) {
    const between = source.slice(last, match.index);
    if (/[<>]/.test(between))
      throw new ValidationError('malformed XML markup', {
        file,
        line: lineAt(last + between.search(/[<>]/)),
      });
    texts[texts.length - 1]!.push(decode(between));
    last = tag.lastIndex;
    if (match[1] !== undefined) {
      texts[texts.length - 1]!.push(match[1]);
      continue;
    }
    const [, , closing, name, , selfClosing] = match;
    if (name === undefined) continue; // comment, declaration or doctype
    if (closing === '/') {
      const open = stack.pop();
      const text = texts.pop();
      if (open === undefined || open.name !== name || text === undefined) {
        throw new ValidationError(`unexpected </${name}>`, { file, line: lineAt(match.index) });
      }
      open.text = text.join('').trim();
      continue;
    }
    const element: XmlElement = { name, text: '', children: [], line: lineAt(match.index) };
    stack[stack.length - 1]!.children.push(element);
    if (selfClosing !== '/') {
      stack.push(element);
      texts.push([]);
    }
  }
  if (source.slice(last).trim() !== '' || stack.length !== 1) {
    const open = stack[stack.length - 1]!;
    throw new ValidationError(`unclosed <${open.name}>`, { file, line: open.line });
  }
  const top = root.children[0];
  if (top === undefined) throw new ValidationError('no XML element found', { file, line: 1 });
  return top;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}
