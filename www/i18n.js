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
    tableHelp: 'Nhấn vào một dòng (hoặc Enter) để đến chỗ thực thể trong văn bản và xem thẻ chi tiết của nó.',
    viewHelp: 'Nhấn vào một thực thể để xem chi tiết. Bàn phím: trong văn bản chú thích, ← → đi từ thực thể này sang thực thể khác, Enter mở thẻ chi tiết, Esc đóng thẻ.',
    legendAll: 'Hiện tất cả',
    legendNone: 'Ẩn tất cả',
    search: 'Tìm thực thể',
    searchPlaceholder: 'ví dụ: ha noi',
    searchCount: (n, total, q) => `${n.toLocaleString('vi-VN')} trên ${total.toLocaleString('vi-VN')} thực thể khớp “${q}”.`,
    cardTitle: 'Chi tiết thực thể',
    cardClose: 'Đóng',
    cardText: 'văn bản',
    cardLabel: 'nhãn',
    cardOffsets: 'vị trí (UTF-16)',
    cardNoValue: 'Không có giá trị chuẩn hóa.',
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
      relative: 'tương đối', offset: 'so với ngày tham chiếu', unresolved: 'chưa có ngày tham chiếu', calendar: 'lịch', lunar: 'âm lịch', amount: 'lượng', unit: 'đơn vị',
      modifier: 'bổ nghĩa', kind: 'loại', number: 'số', year: 'năm', symbol: 'ký hiệu',
      issuer_code: 'mã cơ quan ban hành', date: 'ngày', issuer: 'cơ quan ban hành', part: 'phần',
      chapter: 'chương', section: 'mục', article: 'điều', clause: 'khoản', point: 'điểm', document: 'văn bản',
      value: 'giá trị', ordinal: 'thứ', points: 'điểm số', currency: 'tiền tệ', now_part_of: 'nay thuộc',
      expansion: 'tên đầy đủ', title: 'chức danh', note: 'ghi chú', time: 'giờ',
    },
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
    tableHelp: 'Click a row (or press Enter) to go to the entity in the text and see its card.',
    viewHelp: 'Click an entity to see its details. Keyboard: in the annotated text, ← → move from entity to entity, Enter opens its card, Esc closes it.',
    legendAll: 'Show all',
    legendNone: 'Hide all',
    search: 'Find entities',
    searchPlaceholder: 'e.g. ha noi',
    searchCount: (n, total, q) => `${n.toLocaleString('en')} of ${total.toLocaleString('en')} entities match “${q}”.`,
    cardTitle: 'Entity details',
    cardClose: 'Close',
    cardText: 'text',
    cardLabel: 'label',
    cardOffsets: 'offsets (UTF-16)',
    cardNoValue: 'No normalised value.',
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
      relative: 'relative', offset: 'from the reference date', unresolved: 'no reference date', calendar: 'calendar', lunar: 'lunar', amount: 'amount', unit: 'unit',
      modifier: 'modifier', kind: 'kind', number: 'number', year: 'year', symbol: 'symbol',
      issuer_code: 'issuer code', date: 'date', issuer: 'issuer', part: 'part', chapter: 'chapter',
      section: 'section', article: 'article', clause: 'clause', point: 'point', document: 'document',
      value: 'value', ordinal: 'ordinal', points: 'points', currency: 'currency', now_part_of: 'now part of',
      expansion: 'expansion', title: 'title', note: 'note', time: 'time',
    },
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
