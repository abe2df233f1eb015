// What the entity card says (www/format.js `dateInWords`, `timeInWords`, `valueFields`) and how the search
// folds text (www/filter.js), in Node: every value shape the annotator returns, in Vietnamese and English.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dateInWords, formatValue, offsetInWords, timeInWords, valueFields } from '../../www/format.js';
import { fold, textMatcher } from '../../www/filter.js';

describe('the card in words', () => {
  it('writes every ISO date form chuthich produces in words', () => {
    const cases = [
      ['2011-11-01', 'ngày 1 tháng 11 năm 2011', '1 November 2011'],
      ['--11-20', 'ngày 20 tháng 11', '20 November'],
      ['2012-03', 'tháng 3 năm 2012', 'March 2012'],
      ['--03', 'tháng 3', 'March'],
      ['2012-Q1', 'quý I năm 2012', 'Q1 2012'],
      ['--Q4', 'quý IV', 'Q4'],
      ['2012', 'năm 2012', '2012'],
      ['0938', 'năm 938', '938'],
      ['199X', 'thập niên 1990', 'the 1990s'],
      ['19XX', 'thế kỷ XX', 'the 20th century'],
      ['20XX', 'thế kỷ XXI', 'the 21st century'],
      ['2012-W08', 'tuần 8 năm 2012', 'week 8 of 2012'],
    ];
    for (const [iso, vi, en] of cases) {
      assert.equal(dateInWords(iso, 'vi'), vi, iso);
      assert.equal(dateInWords(iso, 'en'), en, iso);
    }
    assert.equal(dateInWords('--08-15', 'vi', true), 'ngày 15 tháng 8 (âm lịch)');
    assert.equal(dateInWords('--08-15', 'en', true), 'day 15 of lunar month 8');
    // What it does not know stays as it is.
    for (const odd of ['2012-13-01', 'soon', '', '2012-Q5']) assert.equal(dateInWords(odd, 'en'), odd);
    assert.equal(dateInWords(42, 'vi'), '42');
  });

  it('writes relative dates by their offset, resolved or not', () => {
    const cases = [
      [{ amount: -1, unit: 'day' }, '1 ngày trước', '1 day ago'],
      [{ amount: 0, unit: 'day' }, 'hôm nay', 'today'],
      [{ amount: 0, unit: 'week' }, 'tuần này', 'this week'],
      [{ amount: 2, unit: 'month' }, '2 tháng sau', 'in 2 months'],
      [{ amount: -1, unit: 'year' }, '1 năm trước', '1 year ago'],
    ];
    for (const [offset, vi, en] of cases) {
      assert.equal(offsetInWords(offset, 'vi'), vi);
      assert.equal(offsetInWords(offset, 'en'), en);
    }
    const unresolved = { relative: true, offset: { amount: -1, unit: 'day' } };
    assert.equal(formatValue('DATE', unresolved, 'vi'), '1 ngày trước (chưa có ngày tham chiếu)');
    assert.deepEqual(valueFields('DATE', unresolved, 'en'), [['from the reference date', '1 day ago'], ['note', 'relative, no reference date']]);
    const resolved = { iso: '2024-03-04', relative: true, offset: { amount: -1, unit: 'day' } };
    assert.deepEqual(valueFields('DATE', resolved, 'en'), [
      ['date', '4 March 2024'], ['from the reference date', '1 day ago'], ['ISO 8601', '2024-03-04'], ['note', 'relative'],
    ]);
  });

  it('writes times in words', () => {
    assert.equal(timeInWords('09:30', 'vi'), '9 giờ 30');
    assert.equal(timeInWords('08:00', 'vi'), '8 giờ');
    assert.equal(timeInWords('09:30', 'en'), '9:30');
    assert.equal(timeInWords('noon', 'en'), 'noon');
  });

  it('lays out a date: in words, then ISO, then notes', () => {
    assert.deepEqual(valueFields('DATE', { iso: '2011-11-01' }, 'vi'),
      [['ngày', 'ngày 1 tháng 11 năm 2011'], ['ISO 8601', '2011-11-01']]);
    assert.deepEqual(valueFields('DATE', { iso: '2011-11-01' }, 'en'),
      [['date', '1 November 2011'], ['ISO 8601', '2011-11-01']]);
    assert.deepEqual(valueFields('DATE', { list: ['2012-02-16', '2012-02-17'], year_from_context: true }, 'en'), [
      ['list', '16 February 2012; 17 February 2012'], ['ISO 8601', '2012-02-16, 2012-02-17'], ['note', 'year from context'],
    ]);
    assert.deepEqual(valueFields('DATE', { from: '2024-03-01', to: '2024-03-05' }, 'vi'), [
      ['từ', 'ngày 1 tháng 3 năm 2024'], ['đến', 'ngày 5 tháng 3 năm 2024'], ['ISO 8601', '2024-03-01 → 2024-03-05'],
    ]);
    assert.deepEqual(valueFields('DATE', { iso: '--08-15', calendar: 'lunar' }, 'vi'),
      [['ngày', 'ngày 15 tháng 8 (âm lịch)'], ['ISO 8601', '--08-15'], ['ghi chú', 'âm lịch']]);
    assert.deepEqual(valueFields('DATE', { iso: '2012-02-19', relative: true }, 'en'),
      [['date', '19 February 2012'], ['ISO 8601', '2012-02-19'], ['note', 'relative']]);
    assert.deepEqual(valueFields('TIME', { iso: '09:30' }, 'vi'), [['giờ', '9 giờ 30'], ['ISO 8601', '09:30']]);
    assert.deepEqual(valueFields('TIME', { iso: '09:30' }, 'en'), [['time', '9:30'], ['ISO 8601', '09:30']]);
  });

  it("lays out a citation's kind, number, issuer and date", () => {
    const v = { kind: 'Quyết định', number: '46', symbol: 'QĐ/TW', issuer_code: 'TW', date: '2011-11-01', issuer: 'Ban Chấp hành Trung ương Đảng' };
    assert.deepEqual(valueFields('LEGAL_REF', v, 'vi'), [
      ['loại', 'Quyết định'], ['số', '46'], ['ký hiệu', 'QĐ/TW'], ['cơ quan ban hành', 'Ban Chấp hành Trung ương Đảng'],
      ['mã cơ quan ban hành', 'TW'], ['ngày', 'ngày 1 tháng 11 năm 2011'],
    ]);
    assert.deepEqual(valueFields('LEGAL_REF', { kind: 'Nghị định', number: '15', year: 2020, date: '2020-02-03' }, 'en'), [
      ['kind', 'Nghị định'], ['number', '15'], ['year', '2020'], ['date', '3 February 2020'],
    ]);
  });

  it("lays out a place's kind and the province it belongs to now, an expansion, a title, a provision", () => {
    assert.deepEqual(valueFields('LOC', { kind: 'province', now_part_of: 'Tỉnh Quảng Trị' }, 'vi'),
      [['loại', 'tỉnh/thành phố'], ['nay thuộc', 'Tỉnh Quảng Trị']]);
    assert.deepEqual(valueFields('LOC', { kind: 'province', now_part_of: 'Tỉnh Quảng Trị' }, 'en'),
      [['kind', 'province'], ['now part of', 'Tỉnh Quảng Trị']]);
    assert.deepEqual(valueFields('ORG', { expansion: 'Ủy ban nhân dân Thành phố Hồ Chí Minh' }, 'en'),
      [['expansion', 'Ủy ban nhân dân Thành phố Hồ Chí Minh']]);
    assert.deepEqual(valueFields('PER', { title: 'Tổng Bí thư' }, 'vi'), [['chức danh', 'Tổng Bí thư']]);
    assert.deepEqual(valueFields('PROVISION', { clause: [1, 2], article: 12 }, 'en'), [['article', '12'], ['clause', '1, 2']]);
    assert.deepEqual(valueFields('MONEY', { amount: 2500000000, currency: 'VND' }, 'vi'),
      [['lượng', '2.500.000.000'], ['tiền tệ', 'VND']]);
    assert.deepEqual(valueFields('DURATION', { amount: 2, unit: 'day', iso: 'P2D' }, 'vi'), [['lượng', '2 ngày'], ['ISO 8601', 'P2D']]);
    assert.deepEqual(valueFields('EVENT', { ordinal: 4 }, 'en'), [['ordinal', '4']]);
  });

  it('shows no field for no value, and anything unexpected generically', () => {
    assert.deepEqual(valueFields('ORG', null, 'vi'), []);
    assert.deepEqual(valueFields('EMAIL', undefined, 'en'), []);
    assert.deepEqual(valueFields('MYSTERY', { note: 'x', deep: { a: 1 }, flag: true, off: false }, 'en'),
      [['note', 'x'], ['deep', 'a: 1'], ['flag', 'yes']]);
    assert.deepEqual(valueFields('DATE', 'odd', 'en'), [['value', 'odd']]);
  });
});

describe('the search', () => {
  it('folds case, tone marks, diacritics and đ', () => {
    assert.equal(fold('Thành phố Hồ Chí Minh'), 'thanh pho ho chi minh');
    assert.equal(fold('ĐẢNG ỦY'), 'dang uy');
    // Decomposed input folds the same as precomposed.
    assert.equal(fold('Hà Nội'.normalize('NFD')), fold('Hà Nội'));
  });

  it('matches entity texts holding the query, whatever its accents and spacing', () => {
    const hn = { text: 'Hà Nội' };
    const hcm = { text: 'Thành phố Hồ  Chí Minh' };
    assert.equal(textMatcher(''), null);
    assert.equal(textMatcher('   '), null);
    const m = textMatcher('ha noi');
    assert.equal(m(hn), true);
    assert.equal(m(hcm), false);
    assert.equal(textMatcher('HỒ CHÍ')(hcm), true);
    assert.equal(textMatcher('ho   chi minh')(hcm), true);
    assert.equal(textMatcher('Hà Nội')({ text: 'ha noi' }), true);
  });
});
