import type { ImportedSection, ImportPreview } from '../../../shared/import/import-schema';

/** Only the letters of a text: Chinese characters, digits and Latin letters (punctuation may change). */
export function letters(text: string): string {
  return text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');
}

function sectionText(s: ImportedSection): string[] {
  return [s.number, s.heading, ...s.paragraphs, ...s.children.flatMap(sectionText)];
}

export function resultText(preview: ImportPreview): string {
  return [preview.title, ...preview.opening, ...preview.sections.flatMap(sectionText), preview.signature ?? '', preview.date ?? ''].join(
    '\n',
  );
}

/** Every sentence of the source with Chinese in it, minus the page furniture the test names. */
export function sourceSentences(source: string, debris: string[]): string[] {
  return source
    .split(/[\n。！？!?；]/u)
    .map((s) => s.trim())
    .filter((s) => /\p{Script=Han}/u.test(s) && !debris.some((d) => s.includes(d)));
}

/** Sentences of the source whose letters do not appear, in order, in the imported result. */
export function lostSentences(source: string, preview: ImportPreview, debris: string[]): string[] {
  const haystack = letters(resultText(preview));
  return sourceSentences(source, debris).filter((s) => !haystack.includes(letters(s)));
}
