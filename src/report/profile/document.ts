/**
 * The actor profile laid out as the brief's document model, so that the brief's Markdown, HTML
 * and DOCX renderers write it: each section's notes become labels, its entries a list.
 */
import type { Block, BriefDocument, Section } from '../model.ts';
import type { ActorProfile } from './model.ts';

export function profileDocument(profile: ActorProfile): BriefDocument {
  const sections: Section[] = profile.sections.map((s) => ({
    id: s.id,
    heading: s.heading,
    factual: s.factual,
    blocks: [
      ...s.notes.map((text): Block => ({ kind: 'label', text })),
      ...(s.entries.length === 0
        ? []
        : [
            { kind: 'list', items: s.entries.map((e) => ({ text: e.text, notes: e.notes })) } satisfies Block,
          ]),
    ],
  }));
  return {
    lang: profile.lang,
    generated: profile.generated,
    title: profile.title,
    stamp: profile.stamp,
    ...(profile.review === null ? {} : { review: profile.review }),
    provenance: profile.provenance,
    sections,
    footnotes: profile.footnotes,
    notesHeading: profile.notesHeading,
    figures: {
      eventsByMonth: { months: [], types: [] },
      prospects: [],
      fatalitiesByMonth: { months: [], series: [], rangeLabel: '' },
      network: { nodes: [], edges: [], friendly: '', hostile: '' },
      ticks: [],
    },
    labels: profile.labels,
    // Profiles draw no figures, so the DOCX renderer never writes a figure as a table.
    tables: {
      note: '',
      columns: { month: '', series: '', best: '', range: '', pair: '', tie: '', weight: '' },
    },
  };
}
