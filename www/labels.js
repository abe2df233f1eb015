// The labels chuthich knows, their colours and their names in the page's languages.
// COLOURS mirrors `colour` in src/html.rs (a page test checks that they agree); an unknown label is grey.

/** Every label, in the guidelines' order (Label::ALL). */
export const LABELS = [
  'DATE', 'TIME', 'DURATION', 'LEGAL_REF', 'PROVISION', 'ORG', 'LOC', 'PER', 'EVENT',
  'TERM', 'NUMBER', 'PERCENT', 'MONEY', 'QUANTITY', 'EMAIL', 'URL', 'PHONE',
];

/** Background colour of each label's highlight. */
export const COLOURS = Object.freeze({
  DATE: '#fde68a',
  TIME: '#fcd34d',
  DURATION: '#fef3c7',
  LEGAL_REF: '#bfdbfe',
  PROVISION: '#dbeafe',
  ORG: '#c7d2fe',
  LOC: '#bbf7d0',
  PER: '#fbcfe8',
  EVENT: '#ddd6fe',
  TERM: '#e9d5ff',
  NUMBER: '#e5e7eb',
  PERCENT: '#fed7aa',
  MONEY: '#a7f3d0',
  QUANTITY: '#d9f99d',
  EMAIL: '#cffafe',
  URL: '#cffafe',
  PHONE: '#cffafe',
});

/** The colour of a label not in COLOURS. */
export const UNKNOWN_COLOUR = '#d1d5db';

/** The highlight colour of `label`. */
export function colour(label) {
  return Object.hasOwn(COLOURS, label) ? COLOURS[label] : UNKNOWN_COLOUR;
}

const NAMES = {
  vi: {
    DATE: 'Ngày tháng', TIME: 'Giờ', DURATION: 'Khoảng thời gian', LEGAL_REF: 'Văn bản pháp quy',
    PROVISION: 'Điều khoản', ORG: 'Tổ chức', LOC: 'Địa danh', PER: 'Người', EVENT: 'Sự kiện',
    TERM: 'Khóa, nhiệm kỳ', NUMBER: 'Số', PERCENT: 'Tỉ lệ phần trăm', MONEY: 'Tiền', QUANTITY: 'Số lượng',
    EMAIL: 'Thư điện tử', URL: 'Địa chỉ web', PHONE: 'Điện thoại',
  },
  en: {
    DATE: 'Date', TIME: 'Time', DURATION: 'Duration', LEGAL_REF: 'Legal reference', PROVISION: 'Provision',
    ORG: 'Organisation', LOC: 'Place', PER: 'Person', EVENT: 'Event', TERM: 'Term of office', NUMBER: 'Number',
    PERCENT: 'Percentage', MONEY: 'Money', QUANTITY: 'Quantity', EMAIL: 'Email', URL: 'Web address',
    PHONE: 'Phone number',
  },
};

/** The human name of `label` in `lang` (`vi` or `en`); the label itself when unknown. */
export function labelName(label, lang) {
  const names = NAMES[lang] || NAMES.vi;
  return Object.hasOwn(names, label) ? names[label] : String(label);
}

/**
 * The highlight colour of `label` as a CSS value for element.style: the stylesheet's `--label-X` where it
 * sets one (the dark theme does), else `colour(label)`. Unknown labels share `--label-unknown`.
 */
export function colourVar(label) {
  return Object.hasOwn(COLOURS, label)
    ? `var(--label-${label}, ${COLOURS[label]})`
    : `var(--label-unknown, ${UNKNOWN_COLOUR})`;
}
