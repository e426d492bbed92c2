/**
 * MIME types as people know them ("PDF", "JPG"), for the file question's
 * hint and error messages, and the `accept` attribute for the file picker.
 */
import type { Translator } from '../i18n/translator.ts';

const NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/heic': 'HEIC',
  'image/heif': 'HEIF',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'application/rtf': 'RTF',
  'application/msword': 'Word (DOC)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.ms-excel': 'Excel (XLS)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (XLSX)',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/zip': 'ZIP',
};

/** File name endings the picker should offer too: some systems filter by ending, not type. */
const EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/gif': ['.gif'],
  'image/heic': ['.heic'],
  'image/heif': ['.heif'],
  'image/tiff': ['.tif', '.tiff'],
  'image/webp': ['.webp'],
  'text/plain': ['.txt'],
  'text/csv': ['.csv'],
  'application/rtf': ['.rtf'],
  'application/msword': ['.doc'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'application/zip': ['.zip'],
};

/** "PDF", "JPG", "bilder" (image/*); an unknown type by the last part of its name. */
export function fileTypeName(t: Translator, mime: string): string {
  const known = NAMES[mime];
  if (known) return known;
  if (mime === 'image/*') return t.t('questions.file.images');
  const [type = mime, subtype = ''] = mime.split('/');
  if (subtype === '*' || subtype === '') return type;
  return (subtype.split(/[.+]/).pop() ?? subtype).toUpperCase();
}

/** The names of the allowed types, each once, in the definition's order. */
export function fileTypeNames(t: Translator, accept: readonly string[]): string[] {
  return [...new Set(accept.map((m) => fileTypeName(t, m)))];
}

/** The picker's `accept`: the types and their usual endings. */
export function acceptAttribute(accept: readonly string[]): string {
  return [...new Set(accept.flatMap((m) => [m, ...(EXTENSIONS[m] ?? [])]))].join(',');
}

/** "PDF, JPG eller PNG" (or "och"), in the reader's language. */
export function listText(
  lang: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction',
): string {
  return new Intl.ListFormat(lang, { type }).format(items);
}
