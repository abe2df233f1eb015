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

/**
 * A relative date's distance from the reference date (`{amount: -1, unit: 'day'}`) in words:
 * `1 ngày trước` / `1 day ago`, `tuần này` / `this week`, `2 tháng sau` / `in 2 months`.
 */
export function offsetInWords(offset, lang) {
  if (!isObj(offset) || typeof offset.amount !== 'number' || typeof offset.unit !== 'string') return generic(offset, lang);
  const { amount: n, unit } = offset;
  const en = lang === 'en';
  const units = strings(lang).units;
  const name = Object.hasOwn(units, unit) ? units[unit] : unit;
  if (n === 0) return en ? (unit === 'day' ? 'today' : `this ${unit}`) : unit === 'day' ? 'hôm nay' : `${name} này`;
  const k = amount(Math.abs(n), lang);
  if (en) return n < 0 ? `${k} ${unit}${Math.abs(n) === 1 ? '' : 's'} ago` : `in ${k} ${unit}${n === 1 ? '' : 's'}`;
  return `${k} ${name} ${n < 0 ? 'trước' : 'sau'}`;
}

function dateValue(v, lang) {
  const keys = strings(lang).keys;
  let main;
  if (typeof v.iso === 'string') main = v.iso;
  else if (v.relative && isObj(v.offset)) return `${offsetInWords(v.offset, lang)} (${keys.unresolved})`;
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

// ---- the card: a value field by field, in words -------------------------------------------------------------

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** 1 → I, 20 → XX (for quarters and centuries, as Vietnamese writes them). */
function roman(n) {
  const table = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'],
    [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) for (; n >= v; n -= v) out += r;
  return out;
}

/** 1 → 1st, 22 → 22nd. */
function ordinalEn(n) {
  const t = n % 100;
  const suffix = t >= 11 && t <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] || 'th';
  return `${n}${suffix}`;
}

/**
 * An ISO 8601 date as chuthich writes them (`2011-11-01`, `--11-20`, `2012-03`, `--03`, `2012-Q1`, `2012`,
 * `199X` a decade, `19XX` a century, `2012-W08` a week) in words: `ngày 1 tháng 11 năm 2011` /
 * `1 November 2011`. `lunar` names the months of the lunar calendar. Anything else is returned as it is.
 */
export function dateInWords(iso, lang, lunar = false) {
  if (typeof iso !== 'string') return String(iso);
  const en = lang === 'en';
  const year = (y) => (en ? String(Number(y)) : `năm ${Number(y)}`);
  const month = (m) => {
    const n = Number(m);
    if (lunar) return en ? `lunar month ${n}` : `tháng ${n} (âm lịch)`;
    return en ? MONTHS_EN[n - 1] : `tháng ${n}`;
  };
  let m;
  if ((m = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(iso)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    const day = Number(m[3]);
    const y = m[1] === '--' ? '' : m[1];
    if (en && lunar) return `day ${day} of ${month(m[2])}${y ? ` ${year(y)}` : ''}`;
    if (en) return `${day} ${month(m[2])}${y ? ` ${year(y)}` : ''}`;
    return `ngày ${day} ${month(m[2])}${y ? ` ${year(y)}` : ''}`;
  }
  if ((m = /^(\d{4}|-)-(\d{2})$/.exec(iso)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return m[1] === '-' ? month(m[2]) : `${month(m[2])} ${year(m[1])}`;
  }
  if ((m = /^(\d{4}|-)-Q([1-4])$/.exec(iso))) {
    const q = Number(m[2]);
    const quarter = en ? `Q${q}` : `quý ${roman(q)}`;
    return m[1] === '-' ? quarter : `${quarter} ${year(m[1])}`;
  }
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) return en ? `week ${Number(m[2])} of ${m[1]}` : `tuần ${Number(m[2])} ${year(m[1])}`;
  if (/^\d{4}$/.test(iso)) return year(iso);
  if ((m = /^(\d{3})X$/.exec(iso))) return en ? `the ${m[1]}0s` : `thập niên ${m[1]}0`;
  if ((m = /^(\d{2})XX$/.exec(iso))) {
    const c = Number(m[1]) + 1;
    return en ? `the ${ordinalEn(c)} century` : `thế kỷ ${roman(c)}`;
  }
  return iso;
}

/** A time `HH:MM` in words: `9 giờ 30` / `9:30`. */
export function timeInWords(iso, lang) {
  const m = typeof iso === 'string' ? /^(\d{2}):(\d{2})$/.exec(iso) : null;
  if (!m) return String(iso);
  const h = Number(m[1]);
  if (lang === 'en') return `${h}:${m[2]}`;
  return m[2] === '00' ? `${h} giờ` : `${h} giờ ${Number(m[2])}`;
}

/** The order of a value's fields in the card; fields not named here follow in their own order. */
const FIELD_ORDER = ['kind', 'number', 'year', 'symbol', 'issuer', 'issuer_code', 'date', 'part', 'chapter', 'section',
  'article', 'clause', 'point', 'document', 'amount', 'value', 'unit', 'currency', 'iso', 'list', 'from', 'to'];

/** The field name of an ISO form: the date or time in words for DATE and TIME, the form itself elsewhere. */
const ISO_NAMES = { DATE: 'date', TIME: 'time' };

/** Flags that are notes on a date rather than fields of it. */
const DATE_NOTES = ['year_from_context', 'relative'];

/**
 * An entity's value as the card shows it: `[[field name, text], ...]` in `lang`, dates and times in words
 * (with the ISO form kept in its own field), a place's kind and the province it now belongs to, a citation's
 * kind, number, issuer and date, an abbreviation's expansion, a person's title. Empty for no value.
 */
export function valueFields(label, v, lang) {
  const s = strings(lang);
  if (v === null || v === undefined) return [];
  if (!isObj(v)) return [[s.keys.value, generic(v, lang)]];
  const name = (k) => (Object.hasOwn(s.keys, k) ? s.keys[k] : k);
  const lunar = v.calendar === 'lunar';
  const isDate = label === 'DATE';
  const out = [];
  const notes = [];
  const keys = Object.keys(v).sort((a, b) => {
    const ia = FIELD_ORDER.indexOf(a), ib = FIELD_ORDER.indexOf(b);
    return (ia < 0 ? FIELD_ORDER.length : ia) - (ib < 0 ? FIELD_ORDER.length : ib);
  });
  for (const k of keys) {
    const x = v[k];
    if (x === null || x === undefined || x === false) continue;
    if (isDate && (DATE_NOTES.includes(k) || k === 'calendar')) {
      notes.push(k === 'calendar' ? (lunar ? s.keys.lunar : String(x)) : s.keys[k]);
      continue;
    }
    let text;
    if (x === true) text = s.yes;
    else if (isDate && k === 'iso') text = dateInWords(x, lang, lunar);
    else if (isDate && k === 'offset') text = offsetInWords(x, lang);
    else if (isDate && k === 'list' && Array.isArray(x)) text = x.map((d) => dateInWords(d, lang, lunar)).join('; ');
    else if (isDate && (k === 'from' || k === 'to')) text = dateInWords(x, lang, lunar);
    else if (label === 'LEGAL_REF' && k === 'date') text = dateInWords(x, lang);
    else if (label === 'TIME' && k === 'iso') text = timeInWords(x, lang);
    else if (label === 'LOC' && k === 'kind') text = Object.hasOwn(s.kinds, x) ? s.kinds[x] : String(x);
    else if (label === 'DURATION' && k === 'amount') text = formatValue(label, { ...v, iso: undefined }, lang);
    else if (label === 'DURATION' && (k === 'unit' || k === 'modifier')) continue; // in the amount's words
    else if (typeof x === 'number') text = k === 'year' ? String(x) : amount(x, lang);
    else if (Array.isArray(x)) text = part(x);
    else if (isObj(x)) text = generic(x, lang);
    else text = String(x);
    out.push([k !== 'iso' ? name(k) : Object.hasOwn(ISO_NAMES, label) ? name(ISO_NAMES[label]) : 'ISO 8601', text]);
  }
  if (isDate && v.relative && v.iso === undefined) notes.push(s.keys.unresolved);
  if ((isDate && [v.iso, v.list, v.from, v.to].some((x) => x !== undefined)) || label === 'TIME') {
    const raw = label === 'TIME' ? v.iso : formatValue(label, { ...v, year_from_context: false, relative: false, calendar: undefined }, lang);
    if (typeof raw === 'string') out.push(['ISO 8601', raw]);
  }
  if (notes.length) out.push([s.keys.note, notes.join(', ')]);
  return out;
}
