import { createHash } from 'node:crypto';
import type { EntityType } from '../../model/entity.js';

/**
 * Escapes text for HTML element content and quoted attribute values: every
 * string that comes from an input file goes through here, so an article
 * containing `<script>alert(1)</script>` is shown as text.
 * Hand-written: five fixed replacements, smaller than a dependency.
 */
export function esc(s: string | number | null | undefined): string {
  if (s === null || s === undefined) return '';
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A short stable hex hash, for anchors and file names derived from ids. */
export function shortHash(s: string, n = 8): string {
  return createHash('sha1').update(s).digest('hex').slice(0, n);
}

/**
 * A readable, unique anchor/file stem for a document id:
 * `2020/dw azerbaijan` -> `2020-dw-azerbaijan-1a2b3c4d`.
 */
export function documentAnchor(id: string): string {
  const stem = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return `d-${stem ? `${stem}-` : ''}${shortHash(id)}`;
}

/** Display order, labels and colours of the entity types. */
export const TYPE_ORDER: readonly EntityType[] = ['person', 'place', 'organization', 'norp'];

/**
 * Colours chosen for contrast (WCAG AA): highlighted text is near-black
 * (#111) on a pale tint (contrast above 15:1); labels are white on a dark
 * shade (above 7:1); chart bars use a mid shade (above 4.5:1 on white).
 * The type is always also written as a label, never shown by colour alone.
 */
export const TYPE_STYLE: Record<EntityType, { label: string; long: string; tint: string; dark: string; bar: string }> = {
  person: { label: 'PERSON', long: 'Person', tint: '#ffedd5', dark: '#9a3412', bar: '#c2410c' },
  place: { label: 'PLACE', long: 'Place', tint: '#dcfce7', dark: '#166534', bar: '#15803d' },
  organization: { label: 'ORG', long: 'Organization', tint: '#dbeafe', dark: '#1e40af', bar: '#1d4ed8' },
  norp: { label: 'NORP', long: 'Nationality / group', tint: '#f3e8ff', dark: '#6b21a8', bar: '#7e22ce' },
};

/** `12345` -> `12,345`, whatever the machine locale (deterministic output). */
export function num(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
