// Import: .txt files opened with the button (UTF-8, UTF-8 with a BOM, UTF-16 LE and BE with a BOM) load
// exactly their text; a Windows-1258 file, broken UTF-16 and a binary file are refused with a clear message
// and the current text kept; a file dropped on the text pane (a drop event with a DataTransfer) loads the
// same way; and a text too long for the text area is edited page by page while the whole is annotated.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED, missing, start, openPage, waitRendered } from './helpers.mjs';
import { openWithStub, repeatText, waitDrawn } from './io-helpers.mjs';
import { LARGE, splitPages } from '../../www/paged-input.js';

const skip = missing() || false;

/** A text with Vietnamese letters, emoji (surrogate pairs), CRLF and a tab: what a file must give back. */
const TEXT = 'Quyết định số 46-QĐ/TW ngày 1-11-2011 😀\r\nThành phố Hồ Chí Minh\t👍🏽 “ngoặc”\n';

/** `text` as UTF-16 bytes, little- or big-endian, after a byte-order mark. */
function utf16(text, bigEndian) {
  const out = Buffer.alloc(2 + 2 * text.length);
  out.writeUInt16LE(0xfeff, 0);
  if (bigEndian) out.swap16();
  for (let i = 0; i < text.length; i++) {
    if (bigEndian) out.writeUInt16BE(text.charCodeAt(i), 2 + 2 * i);
    else out.writeUInt16LE(text.charCodeAt(i), 2 + 2 * i);
  }
  return out;
}

/** “Việt Nam, Hà Nội” in Windows-1258: base letters with combining tone marks (0xF2 is the dot below). */
const CP1258 = Buffer.from([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d, 0x2c, 0x20, 0x48, 0xe0, 0x20, 0x4e, 0xf4, 0xf2, 0x69]);

/** What the text area shows of TEXT: a text area turns CRLF into LF (the annotated text keeps the CR). */
const SHOWN = TEXT.replaceAll('\r\n', '\n');

const file = (name, buffer) => ({ name, mimeType: 'text/plain', buffer });
const status = (page) => page.textContent('#status');

describe('paged-input.js', () => {
  it('cuts a long text into pages that join back into it, at newlines, spaces or between code points', () => {
    const text = repeatText(SEED, 300_000);
    const pages = splitPages(text, 10_000);
    assert.equal(pages.join(''), text);
    assert.ok(pages.length >= 30 && pages.slice(0, -1).every((p) => p.endsWith('\n') && p.length >= 10_000 && p.length <= 11_001));
    const spaced = 'ab '.repeat(5000);
    assert.ok(splitPages(spaced, 1000).every((p, k, all) => k === all.length - 1 || p.endsWith(' ')));
    const emoji = '😀'.repeat(3000);
    const cut = splitPages(emoji, 1001);
    assert.equal(cut.join(''), emoji);
    assert.ok(cut.every((p) => [...p].every((c) => c === '😀')), 'no pair cut in two');
    assert.deepEqual(splitPages('short', 1000), ['short']);
  });
});

describe('import into the page', { skip }, () => {
  let env;
  before(async () => { env = await start(); });
  after(async () => { await env?.close(); });

  it('opens a UTF-8 file with the Open button, and says so', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open-file')]);
      await chooser.setFiles(file('văn bản.txt', Buffer.from(TEXT, 'utf8')));
      await waitDrawn(page, TEXT.length);
      assert.equal(await page.inputValue('#input'), SHOWN);
      assert.equal(await page.textContent('#view'), TEXT);
      // The file's text is what is annotated and exported, CR and all.
      const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      const doc = JSON.parse(readFileSync(await d.path(), 'utf8'));
      assert.equal(doc.text, TEXT);
      assert.ok(doc.entities.some((e) => e.text === 'Thành phố Hồ Chí Minh' && TEXT.slice(e.start, e.end) === e.text), 'EXTRACTORS: LOC');
      assert.match(await status(page), /^Đã mở “văn bản\.txt” \(UTF-8, 77 ký tự\)\./);
      assert.equal(await page.getAttribute('#status', 'data-notice'), 'info');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('reads UTF-8 with a BOM and UTF-16 LE and BE with a BOM to the same text', async () => {
    const { context, page } = await openPage(env);
    try {
      for (const [name, bytes, enc] of [
        ['bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]), 'UTF-8 BOM'],
        ['le.txt', utf16(TEXT, false), 'UTF-16LE BOM'],
        ['be.txt', utf16(TEXT, true), 'UTF-16BE BOM'],
      ]) {
        await page.setInputFiles('#file', file(name, bytes));
        await page.waitForFunction((n) => document.getElementById('status').textContent.includes(n), name);
        await waitDrawn(page, TEXT.length);
        assert.equal(await page.textContent('#view'), TEXT, name);
        assert.equal(await page.inputValue('#input'), SHOWN, name);
        assert.match(await status(page), new RegExp(`“${name}” \\(${enc}, `));
        // cleared before the next file, so that the next wait cannot see this file's drawing (same length)
        await page.click('#clear');
        await waitDrawn(page, 0);
      }
    } finally {
      await context.close();
    }
  });

  it('refuses Windows-1258, broken UTF-16 and binary files with a clear message, keeping the text', async () => {
    const { context, page, log } = await openPage(env);
    try {
      const cases = [
        ['cp1258.txt', CP1258, /^Không mở được “cp1258\.txt”: tệp không phải UTF-8 hay UTF-16 có BOM \(có thể là Windows-1258, TCVN3 hay VNI\)\. Hãy lưu lại tệp dưới dạng UTF-8 rồi mở lại\. Văn bản đang có được giữ nguyên\./],
        ['lone.txt', Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0xdc]), /^Không mở được “lone\.txt”: tệp có BOM UTF-16 nhưng nội dung không phải UTF-16 hợp lệ\./],
        ['odd.txt', Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00]), /“odd\.txt”: tệp có BOM UTF-16 nhưng/],
        ['nobom16.txt', Buffer.from('Hà Nội', 'utf16le'), /“nobom16\.txt”: tệp chứa byte NUL: không phải tệp văn bản \(hoặc là UTF-16 không có BOM\)\./],
        ['ảnh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /“ảnh\.png”: tệp chứa byte NUL/],
      ];
      for (const [name, bytes, message] of cases) {
        await page.setInputFiles('#file', file(name, bytes));
        await page.waitForFunction((n) => document.getElementById('status').textContent.includes(`“${n}”`), name);
        assert.match(await status(page), message);
        assert.equal(await page.getAttribute('#status', 'data-notice'), 'error');
        assert.equal(await page.inputValue('#input'), SEED, 'nothing lost');
        assert.equal(await page.textContent('#view'), SEED);
      }
      // Red and bold, so that it is seen.
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('status')).color), 'rgb(185, 28, 28)');
      // Stays until the text is edited.
      await page.waitForTimeout(300);
      assert.match(await status(page), /ảnh\.png/);
      await page.focus('#input');
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      assert.doesNotMatch(await status(page), /ảnh\.png/);
      assert.equal(await page.getAttribute('#status', 'data-notice'), '');
      // In English.
      await page.click('#lang');
      await page.setInputFiles('#file', file('cp1258.txt', CP1258));
      await page.waitForFunction(() => document.getElementById('status').textContent.includes('cp1258'));
      assert.match(await status(page), /^Could not open “cp1258\.txt”: it is not UTF-8, nor UTF-16 with a BOM \(perhaps Windows-1258, TCVN3 or VNI\)\. Save it as UTF-8 and open it again\. The current text is kept\./);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('opens a file dropped on the text pane, showing the drop hint while dragging', async () => {
    const { context, page, log } = await openPage(env);
    try {
      assert.equal(await page.isVisible('#drop-hint'), true);
      assert.match(await page.textContent('#drop-hint'), /kéo thả một tệp \.txt/);
      /** Dispatches a drag event carrying a file (`bytes`, an array) onto the text area. */
      const drag = (type, name, bytes) => page.evaluate(({ type, name, bytes }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
        const ev = new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true });
        document.getElementById('input').dispatchEvent(ev);
        return ev.defaultPrevented;
      }, { type, name, bytes });
      const bytes = [...Buffer.from(TEXT, 'utf8')];
      assert.equal(await drag('dragenter', 'kéo.txt', bytes), true, 'the drop is accepted');
      assert.equal(await drag('dragover', 'kéo.txt', bytes), true);
      assert.equal(await page.evaluate(() => document.querySelector('.input-pane').classList.contains('dropping')), true);
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('input')).outlineStyle), 'dashed');
      assert.equal(await drag('drop', 'kéo.txt', bytes), true, 'the browser does not open the file itself');
      await page.waitForFunction(() => document.getElementById('input').value.startsWith('Quyết'));
      await waitDrawn(page, TEXT.length);
      assert.equal(await page.textContent('#view'), TEXT);
      assert.equal(await page.evaluate(() => document.querySelector('.input-pane').classList.contains('dropping')), false);
      assert.match(await status(page), /Đã mở “kéo\.txt”/);
      // A dropped file that is not UTF-8 is refused the same way.
      await drag('drop', 'cp.txt', [...CP1258]);
      await page.waitForFunction(() => document.getElementById('status').textContent.includes('“cp.txt”'));
      assert.equal(await page.inputValue('#input'), SHOWN);
      // Dragged text (not a file) is left to the text area.
      const textDrop = await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.setData('text/plain', 'x');
        const ev = new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true });
        document.getElementById('input').dispatchEvent(ev);
        return ev.defaultPrevented;
      });
      assert.equal(textDrop, false);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('edits a text longer than the text area takes page by page, annotating the whole', async () => {
    const { context, page, log } = await openWithStub(env);
    try {
      const long = repeatText(SEED, LARGE + 100_000);
      assert.ok(long.length > LARGE);
      await page.setInputFiles('#file', file('dài.txt', Buffer.from(long, 'utf8')));
      await waitDrawn(page, long.length);
      const pages = splitPages(long);
      assert.equal(await page.isVisible('#pager'), true);
      assert.equal(await page.inputValue('#input'), pages[0]);
      assert.match(await page.textContent('#page-info'), new RegExp(`^Văn bản dài: ô hiện phần 1/${pages.length} \\(ký tự 1–`));
      assert.equal(await page.isDisabled('#page-prev'), true);
      // An edit on the first page, then the second page, then back: the edit is kept, and annotated.
      await page.focus('#input');
      await page.keyboard.press('ControlOrMeta+Home');
      await page.keyboard.type('Mở đầu. ');
      await waitDrawn(page, long.length + 8);
      await page.click('#page-next');
      assert.equal(await page.inputValue('#input'), pages[1]);
      assert.match(await page.textContent('#page-info'), new RegExp(`phần 2/${pages.length}`));
      await page.click('#page-prev');
      assert.equal(await page.inputValue('#input'), `Mở đầu. ${pages[0]}`);
      const viewStart = await page.evaluate(() => document.getElementById('view').textContent.slice(0, 40));
      assert.equal(viewStart, `Mở đầu. ${long}`.slice(0, 40));
      const marks = await page.locator('#view mark.ent[data-label="LOC"]').count();
      assert.equal(marks, long.split('Thành phố Hồ Chí Minh').length - 1, 'every page annotated');
      // The export is of the whole text.
      const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
      assert.equal(JSON.parse(readFileSync(await d.path(), 'utf8')).text, `Mở đầu. ${long}`);
      // Loading the sample leaves the paged mode.
      await page.click('#sample');
      await waitRendered(page);
      assert.equal(await page.isVisible('#pager'), false);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  it('takes a paste that makes the text too long into pages too', async () => {
    const { context, page } = await openWithStub(env);
    try {
      const long = repeatText(SEED, LARGE + 10_000);
      await page.evaluate((t) => navigator.clipboard.writeText(t), long);
      await page.focus('#input');
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.press('ControlOrMeta+V');
      await waitDrawn(page, SEED.length + long.length);
      assert.equal(await page.isVisible('#pager'), true);
      assert.equal(await page.inputValue('#input'), splitPages(SEED + long)[0]);
    } finally {
      await context.close();
    }
  });
});
