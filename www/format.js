// Normalised values as short readable text for the entity table and the tooltips.
// Values are plain JSON data (see the TypeScript declarations in pkg/chuthich.d.ts); anything unexpected is
// shown generically, never trusted to have a shape.

import { strings } from './i18n.js';

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function amount(n, lang) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return String(n);
  return n.toLocaleString(lang === 'en' ? 'en' : 'vi-VN', { maximumFractionDigits: 10 });
}

/** A provision part: a number, a letter, or a (nested) list of them. */
function part(p) {
  if (Array.isArray(p)) return p.map((x) => (Array.isArray(x) ? `(${part(x)})` : part(x))).join(', ');
  return String(p);
}

function generic(v, lang) {
  if (v === null || v === undefined) return strings(lang).none;
  if (Array.isArray(v)) return v.map((x) => generic(x, lang)).join(', ');
  if (!isObj(v)) return typeof v === 'boolean' ? (v ? strings(lang).yes : 'no') : String(v);
  const keys = strings(lang).keys;
  return Object.entries(v)
    .filter(([, x]) => x !== null && x !== undefined && x !== false)
    .map(([k, x]) => {
      const name = Object.hasOwn(keys, k) ? keys[k] : k;
      if (x === true) return name;
      const shown = Array.isArray(x) ? part(x) : isObj(x) ? JSON.stringify(x) : String(x);
      return `${name}: ${shown}`;
    })
    .join(' · ');
}

function dateValue(v, lang) {
  const keys = strings(lang).keys;
  let main;
  if (typeof v.iso === 'string') main = v.iso;
  else if (Array.isArray(v.list)) main = v.list.map(String).join(', ');
  else if (v.from !== undefined || v.to !== undefined) main = `${v.from ?? '…'} → ${v.to ?? '…'}`;
  else return generic(v, lang);
  const notes = [];
  if (v.year_from_context) notes.push(keys.year_from_context);
  if (v.relative) notes.push(keys.relative);
  if (v.calendar === 'lunar') notes.push(keys.lunar);
  return notes.length ? `${main} (${notes.join(', ')})` : main;
}

/** The readable form of an entity's value. */
export function formatValue(label, v, lang) {
  if (v === null || v === undefined) return strings(lang).none;
  if (!isObj(v)) return generic(v, lang);
  switch (label) {
    case 'DATE':
      return dateValue(v, lang);
    case 'TIME':
      return typeof v.iso === 'string' ? v.iso : generic(v, lang);
    case 'TERM':
      if (typeof v.value === 'number') return String(v.value);
      if (v.from !== undefined && v.to !== undefined) return `${v.from}–${v.to}`;
      return generic(v, lang);
    case 'NUMBER':
      if (typeof v.value === 'number') return amount(v.value, lang) + (v.points ? ` (${strings(lang).keys.points})` : '');
      return generic(v, lang);
    case 'PERCENT':
      return typeof v.value === 'number' ? `${amount(v.value, lang)} %` : generic(v, lang);
    case 'MONEY':
      return typeof v.amount === 'number' ? `${amount(v.amount, lang)} ${v.currency ?? ''}`.trim() : generic(v, lang);
    case 'QUANTITY':
      if (typeof v.amount === 'number') return `${amount(v.amount, lang)} ${v.unit ?? ''}`.trim();
      return generic(v, lang);
    case 'DURATION':
      if (typeof v.amount === 'number') {
        const s = strings(lang);
        let unit = typeof v.unit === 'string' ? v.unit : '';
        if (Object.hasOwn(s.units, unit)) unit = s.units[unit];
        else if (lang === 'en' && unit && v.amount !== 1) unit = unit === 'century' ? 'centuries' : `${unit}s`;
        const mod = typeof v.modifier === 'string' ? (Object.hasOwn(s.modifiers, v.modifier) ? s.modifiers[v.modifier] : v.modifier) : '';
        const text = `${mod} ${amount(v.amount, lang)} ${unit}`.trim();
        return typeof v.iso === 'string' ? `${text} (${v.iso})` : text;
      }
      return generic(v, lang);
    case 'LOC':
      if (typeof v.kind === 'string') {
        const s = strings(lang);
        const kind = Object.hasOwn(s.kinds, v.kind) ? s.kinds[v.kind] : v.kind;
        return v.now_part_of ? `${kind} · ${s.keys.now_part_of}: ${v.now_part_of}` : kind;
      }
      return generic(v, lang);
    case 'EVENT':
      return typeof v.ordinal === 'number' && Object.keys(v).length === 1
        ? `${strings(lang).keys.ordinal} ${v.ordinal}` : generic(v, lang);
    default:
      return generic(v, lang);
  }
}
