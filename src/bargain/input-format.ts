/**
 * Recognises which bargaining input a file holds — KTAB SMP XML, KTAB SMP CSV (scenario line
 * with actor and dimension counts) or a BDM actor table — from its name and first lines.
 */
import { splitCsv } from './csv-lines.ts';

export type BargainingInputFormat = 'ktab-xml' | 'ktab-csv' | 'bdm-csv';

export function detectInputFormat(text: string, file = ''): BargainingInputFormat {
  if (file.toLowerCase().endsWith('.xml') || text.trimStart().startsWith('<')) return 'ktab-xml';
  const [first] = splitCsv(text.split(/\r?\n/).slice(0, 3).join('\n'));
  const cells = first?.cells ?? [];
  const isCount = (cell: string | undefined) => cell !== undefined && /^\d+$/.test(cell);
  return isCount(cells[2]) && isCount(cells[3]) ? 'ktab-csv' : 'bdm-csv';
}
