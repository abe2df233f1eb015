// The page's words in Vietnamese (the default) and English.
// Elements carry `data-i18n="key"` (text), `data-i18n-label="key"` (aria-label) or
// `data-i18n-placeholder="key"`; `apply` fills them in.

export const STRINGS = {
  vi: {
    title: 'chuthich — chú thích văn bản tiếng Việt',
    subtitle: 'Chú thích văn bản tiếng Việt',
    switchLang: 'English',
    switchLangLabel: 'Switch to English',
    controls: 'Điều khiển',
    refDate: 'Ngày tham chiếu',
    loadSample: 'Nạp văn bản mẫu',
    clear: 'Xóa',
    download: 'Tải kết quả JSON',
    boundaries: 'Ranh giới từ và câu',
    inputTitle: 'Văn bản',
    placeholder: 'Dán hoặc gõ văn bản tiếng Việt vào đây…',
    viewTitle: 'Chú thích',
    viewLabel: 'Văn bản đã chú thích',
    legendTitle: 'Nhãn',
    legendHelp: 'Bỏ chọn một nhãn để ẩn nó.',
    tableTitle: 'Thực thể',
    tableHelp: 'Nhấn vào một dòng (hoặc Enter) để đến chỗ thực thể trong văn bản.',
    colIndex: '#',
    colLabel: 'Nhãn',
    colText: 'Văn bản',
    colValue: 'Giá trị chuẩn hóa',
    colOffsets: 'Vị trí',
    footer: 'Mọi xử lý diễn ra ngay trong trình duyệt (WebAssembly); văn bản không được gửi đi đâu.',
    loading: 'Đang tải bộ chú thích…',
    working: 'Đang chú thích…',
    rendering: 'Đang hiển thị…',
    done: (n, ms) => `${n.toLocaleString('vi-VN')} thực thể · ${ms.toLocaleString('vi-VN')} ms`,
    failed: (msg) => `Lỗi: ${msg}`,
    empty: 'Chưa có văn bản.',
    noEntities: 'Không có thực thể nào.',
    more: (shown, total) => `Đang hiện ${shown.toLocaleString('vi-VN')} trên ${total.toLocaleString('vi-VN')} dòng.`,
    hiddenRows: (n) => `${n.toLocaleString('vi-VN')} thực thể thuộc nhãn đang ẩn.`,
    showMore: (n) => `Hiện thêm ${n.toLocaleString('vi-VN')} dòng`,
    goTo: (label, text) => `Đến ${label} “${text}”`,
    none: '—',
    yes: 'có',
    units: {
      second: 'giây', minute: 'phút', hour: 'giờ', day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý',
      year: 'năm', decade: 'thập kỷ', century: 'thế kỷ',
    },
    modifiers: {
      more: 'hơn', about: 'khoảng', almost: 'gần', at_least: 'ít nhất', at_most: 'nhiều nhất', less: 'chưa đến',
      only: 'chỉ',
    },
    kinds: {
      country: 'quốc gia', province: 'tỉnh/thành phố', city: 'thành phố', district: 'quận, huyện',
      ward: 'phường', commune: 'xã', region: 'vùng', street: 'đường phố', river: 'sông', mountain: 'núi',
      sea: 'biển', island: 'đảo', landmark: 'địa điểm', other: 'khác',
    },
    keys: {
      iso: 'ISO', list: 'danh sách', from: 'từ', to: 'đến', year_from_context: 'năm theo ngữ cảnh',
      relative: 'tương đối', calendar: 'lịch', lunar: 'âm lịch', amount: 'lượng', unit: 'đơn vị',
      modifier: 'bổ nghĩa', kind: 'loại', number: 'số', year: 'năm', symbol: 'ký hiệu',
      issuer_code: 'mã cơ quan ban hành', date: 'ngày', issuer: 'cơ quan ban hành', part: 'phần',
      chapter: 'chương', section: 'mục', article: 'điều', clause: 'khoản', point: 'điểm', document: 'văn bản',
      value: 'giá trị', ordinal: 'thứ', points: 'điểm số', currency: 'tiền tệ', now_part_of: 'nay thuộc',
      expansion: 'tên đầy đủ', title: 'chức danh',
    },
    // Import (import.js, encoding.js, paged-input.js) and export (export.js, export-formats.js).
    openFile: 'Mở tệp .txt…',
    dropHint: 'hoặc kéo thả một tệp .txt (UTF-8 hoặc UTF-16) vào ô văn bản.',
    fileReading: (name) => `Đang đọc “${name}”…`,
    fileOpened: (name, enc, n) => `Đã mở “${name}” (${enc}, ${n.toLocaleString('vi-VN')} ký tự).`,
    fileRefused: (name, reason) => `Không mở được “${name}”: ${{
      encoding: 'tệp không phải UTF-8 hay UTF-16 có BOM (có thể là Windows-1258, TCVN3 hay VNI). Hãy lưu lại tệp dưới dạng UTF-8 rồi mở lại.',
      utf16: 'tệp có BOM UTF-16 nhưng nội dung không phải UTF-16 hợp lệ.',
      binary: 'tệp chứa byte NUL: không phải tệp văn bản (hoặc là UTF-16 không có BOM).',
    }[reason]} Văn bản đang có được giữ nguyên.`,
    fileTooBig: (name, mb) => `Không mở “${name}”: tệp ${mb.toLocaleString('vi-VN')} MB, quá 64 MB. Văn bản đang có được giữ nguyên.`,
    fileUnreadable: (name) => `Không đọc được “${name}”. Văn bản đang có được giữ nguyên.`,
    pagePrev: '‹ Phần trước',
    pageNext: 'Phần sau ›',
    pageInfo: (k, n, from, to, total) => `Văn bản dài: ô hiện phần ${k}/${n} (ký tự ${from.toLocaleString('vi-VN')}–`
      + `${to.toLocaleString('vi-VN')} trên ${total.toLocaleString('vi-VN')}) để gõ không bị chậm; chú thích là của cả văn bản.`,
    exportTitle: 'Xuất kết quả',
    exportFormat: 'Định dạng',
    fmtJson: 'JSON (của chuthich)',
    fmtSpacy: 'JSON spaCy / displaCy',
    fmtCsv: 'CSV các thực thể (Excel)',
    fmtConll: 'CoNLL BIO theo từ',
    fmtHtml: 'HTML tô màu',
    downloadAs: (f) => `Tải kết quả ${f}`,
    copy: 'Sao chép',
    copied: (f) => `Đã sao chép ${f} vào bộ nhớ tạm.`,
    copyFailed: (msg) => `Không sao chép được: ${msg}`,
    nothingToExport: 'Chưa có kết quả để xuất.',
    htmlSummary: (n) => `${n.toLocaleString('vi-VN')} thực thể, chú thích bằng chuthich.`,
  },
  en: {
    title: 'chuthich — Vietnamese text annotator',
    subtitle: 'Vietnamese text annotator',
    switchLang: 'Tiếng Việt',
    switchLangLabel: 'Chuyển sang tiếng Việt',
    controls: 'Controls',
    refDate: 'Reference date',
    loadSample: 'Load the sample',
    clear: 'Clear',
    download: 'Download JSON',
    boundaries: 'Word and sentence boundaries',
    inputTitle: 'Text',
    placeholder: 'Paste or type Vietnamese text here…',
    viewTitle: 'Annotation',
    viewLabel: 'Annotated text',
    legendTitle: 'Labels',
    legendHelp: 'Untick a label to hide it.',
    tableTitle: 'Entities',
    tableHelp: 'Click a row (or press Enter) to go to the entity in the text.',
    colIndex: '#',
    colLabel: 'Label',
    colText: 'Text',
    colValue: 'Normalised value',
    colOffsets: 'Offsets',
    footer: 'Everything runs in your browser (WebAssembly); the text is sent nowhere.',
    loading: 'Loading the annotator…',
    working: 'Annotating…',
    rendering: 'Rendering…',
    done: (n, ms) => `${n.toLocaleString('en')} entities · ${ms.toLocaleString('en')} ms`,
    failed: (msg) => `Error: ${msg}`,
    empty: 'No text yet.',
    noEntities: 'No entities.',
    more: (shown, total) => `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} rows.`,
    hiddenRows: (n) => `${n.toLocaleString('en')} entities have a hidden label.`,
    showMore: (n) => `Show ${n.toLocaleString('en')} more rows`,
    goTo: (label, text) => `Go to ${label} “${text}”`,
    none: '—',
    yes: 'yes',
    units: {},
    modifiers: {
      more: 'more than', about: 'about', almost: 'almost', at_least: 'at least', at_most: 'at most',
      less: 'less than', only: 'only',
    },
    kinds: {},
    keys: {
      iso: 'ISO', list: 'list', from: 'from', to: 'to', year_from_context: 'year from context',
      relative: 'relative', calendar: 'calendar', lunar: 'lunar', amount: 'amount', unit: 'unit',
      modifier: 'modifier', kind: 'kind', number: 'number', year: 'year', symbol: 'symbol',
      issuer_code: 'issuer code', date: 'date', issuer: 'issuer', part: 'part', chapter: 'chapter',
      section: 'section', article: 'article', clause: 'clause', point: 'point', document: 'document',
      value: 'value', ordinal: 'ordinal', points: 'points', currency: 'currency', now_part_of: 'now part of',
      expansion: 'expansion', title: 'title',
    },
    // Import (import.js, encoding.js, paged-input.js) and export (export.js, export-formats.js).
    openFile: 'Open a .txt file…',
    dropHint: 'or drop a .txt file (UTF-8 or UTF-16) on the text box.',
    fileReading: (name) => `Reading “${name}”…`,
    fileOpened: (name, enc, n) => `Opened “${name}” (${enc}, ${n.toLocaleString('en')} characters).`,
    fileRefused: (name, reason) => `Could not open “${name}”: ${{
      encoding: 'it is not UTF-8, nor UTF-16 with a BOM (perhaps Windows-1258, TCVN3 or VNI). Save it as UTF-8 and open it again.',
      utf16: 'it has a UTF-16 BOM but is not valid UTF-16.',
      binary: 'it holds NUL bytes: not a text file (or UTF-16 without a BOM).',
    }[reason]} The current text is kept.`,
    fileTooBig: (name, mb) => `Not opening “${name}”: ${mb.toLocaleString('en')} MB is over 64 MB. The current text is kept.`,
    fileUnreadable: (name) => `Could not read “${name}”. The current text is kept.`,
    pagePrev: '‹ Previous part',
    pageNext: 'Next part ›',
    pageInfo: (k, n, from, to, total) => `Long text: the box shows part ${k}/${n} (characters ${from.toLocaleString('en')}–`
      + `${to.toLocaleString('en')} of ${total.toLocaleString('en')}) so that typing stays fast; the annotation is of the whole text.`,
    exportTitle: 'Export',
    exportFormat: 'Format',
    fmtJson: 'JSON (chuthich’s own)',
    fmtSpacy: 'spaCy / displaCy JSON',
    fmtCsv: 'CSV of entities (Excel)',
    fmtConll: 'CoNLL BIO over words',
    fmtHtml: 'Highlighted HTML',
    downloadAs: (f) => `Download ${f}`,
    copy: 'Copy',
    copied: (f) => `Copied the ${f} to the clipboard.`,
    copyFailed: (msg) => `Could not copy: ${msg}`,
    nothingToExport: 'Nothing to export yet.',
    htmlSummary: (n) => `${n.toLocaleString('en')} entities, annotated by chuthich.`,
  },
};

/** The strings of `lang` (Vietnamese when unknown). */
export function strings(lang) {
  return STRINGS[lang] || STRINGS.vi;
}

/** Fills in every `data-i18n` element under `root` in `lang`. */
export function apply(root, lang) {
  const s = strings(lang);
  for (const el of root.querySelectorAll('[data-i18n]')) {
    const v = s[el.dataset.i18n];
    if (typeof v === 'string') el.textContent = v;
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    const v = s[el.dataset.i18nLabel];
    if (typeof v === 'string') el.setAttribute('aria-label', v);
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    const v = s[el.dataset.i18nPlaceholder];
    if (typeof v === 'string') el.placeholder = v;
  }
}
