/** Briefs: the document model built from an assessment, and its Markdown, HTML and DOCX renderings. */
export { eventsInPeriod, type BriefDigest } from './digest.ts';
export {
  buildBrief,
  NOTES_PER_SENTENCE,
  type BriefInput,
  type BriefItems,
  type BriefScenario,
} from './build.ts';
export { fatalitiesByMonth, incidentReports, monthCounts, networkFigure } from './figure-data.ts';
export { localName, takesDefiniteArticle } from './names.ts';
export { briefToMarkdown } from './markdown.ts';
export { briefToHtml } from './html.ts';
export { briefToDocx } from './docx.ts';
export { footnoteText, dottedDate, noteEntries } from './footnotes.ts';
export { briefStrings, BRIEF_LANGUAGES, type BriefLanguage, type BriefStrings } from './i18n/index.ts';
export type * from './model.ts';
