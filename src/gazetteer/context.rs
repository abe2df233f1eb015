//! Words around a name that tell whether it is a place: family names and titles before a person's name,
//! prepositions of place, and the words that make a short country name part of a common word. They are
//! interned with the gazetteer's syllables, so the matcher tests them by id.

/// Family names: after two words of a name, one of them starts a person's name (`thị trấn Lăng Cô Lê Duy Hiệp`).
pub(crate) const SURNAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "dương", "lý",
    "đào", "đoàn", "vương", "trịnh", "trương", "đinh", "lâm", "phùng", "quách", "lương", "lưu", "lò", "sùng", "triệu",
];

/// Family names and common middle names: a name right after one of them is part of a person's name
/// (`Nguyễn Thái Bình`, `Lê Thị Huế`, `Phạm Đức Thịnh`).
pub(crate) const PERSON_NAME_WORDS: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý",
    "đào", "đoàn", "vương", "trịnh", "trương", "đinh", "lâm", "phùng", "mai", "tô", "hà", "tạ", "quách", "lương", "lưu",
    "tăng", "lục", "khúc", "kiều", "lò", "sùng", "mạc", "triệu", "thân", "chu", "âu", "giáp", "văn", "thị", "hữu",
    "đình", "công", "quốc", "đức", "ngọc", "xuân", "minh", "thanh", "kim", "trọng", "bá", "duy", "quang", "thế", "như",
    "tuấn", "mạnh", "hồng", "thu", "thúy", "diệu", "bích", "khánh", "hải", "hoài",
];

/// Forms of address and titles that introduce a person's name (`chị Nga`, `ông Đức`).
pub(crate) const PERSON_TITLES: &[&str] = &[
    "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "thầy", "cậu", "dì", "mợ", "chàng", "nàng",
    "bé", "vợ", "chồng", "tên", "đồng", "chí", "gs", "ts", "pgs", "ths", "bs", "ls", "nsnd", "nsưt", "mc",
];

/// Prepositions and verbs of place: a district named alone right after one of them is a place
/// (`tại Tương Dương`, `đi Phú Quốc`, `khu vực Cầu Giấy`, `địa bàn Ba Vì`).
pub(crate) const LOCATIVES: &[&str] = &[
    "tại", "ở", "đến", "đi", "về", "từ", "qua", "thuộc", "khỏi", "ra", "vào", "tới", "sang", "quanh", "gần", "lên",
    "xuống", "trên", "khắp", "quê", "vực", "bàn", "miệt",
];

/// Words before a compass-point region that make it a direction (`phía Tây Bắc`, `gió mùa Đông Bắc`).
pub(crate) const DIRECTION_CUES: &[&str] = &["phía", "hướng", "mùa", "gió", "miền"];

/// Compass-point names that are directions after [`DIRECTION_CUES`].
pub(crate) const DIRECTIONAL: &[&str] = &["Tây Bắc", "Đông Bắc", "Đông Nam", "Tây Nam", "Đông Nam Bộ", "Tây Nam Bộ"];

/// Words before `Anh` that make it the country (elsewhere it is a pronoun or a given name).
pub(crate) const ANH_CUES: &[&str] = &["nước", "người", "sang", "tại", "ở", "đến", "từ", "thăm", "giữa"];

/// Single-syllable country names that need one of [`ANH_CUES`] before them.
pub(crate) const NEEDS_CUE: &[&str] = &["Anh"];

/// Lower-case words that make a short name at the start of a sentence a common word (`Pháp luật`, `Ý kiến`),
/// and a capitalised word inside a name chain a title or body (`Chủ tịch`, `Ủy ban`).
pub(crate) const SHORT_NAME_COMPOUNDS: &[(&str, &[&str])] = &[
    ("pháp", &["lệnh", "luật", "lý", "chế", "nhân", "y", "sư", "danh", "điển", "quyền", "trị", "định", "môn", "bảo", "khí", "thuật", "sự", "đình"]),
    ("mỹ", &["phẩm", "thuật", "nghệ", "mãn", "quan", "lệ", "nhân", "vị", "học", "miều", "cảm", "tục", "ý", "nữ", "đức"]),
    ("đức", &["tính", "độ", "hạnh", "tin", "dục", "phật", "vua", "ông", "thánh", "cha", "mẹ"]),
    ("ý", &["kiến", "nghĩa", "thức", "chí", "tưởng", "muốn", "định", "niệm", "thích", "tứ", "đồ", "nguyện", "tế"]),
    ("áo", &["dài", "mưa", "khoác", "sơ", "len", "phông", "thun", "giáp", "quần", "bà", "cưới", "choàng", "ấm", "gió", "trắng", "đen", "xanh", "đỏ", "vàng", "tím", "hồng", "mới", "cũ", "rách", "lót", "tắm", "phao", "bông"]),
    ("bỉ", &["ổi", "cực", "lậu"]),
    ("anh", &["hùng", "ấy", "em", "chị", "ta", "trai", "hào", "minh", "dũng", "tài", "em", "rể", "cả", "họ"]),
    ("nga", &["mi"]),
    ("lào", &["xào"]),
    ("séc", &[]),
    ("úc", &[]),
    ("huế", &[]),
    // Titles and bodies, which end a name after a kind word (`Lăng Chủ tịch Hồ Chí Minh`).
    ("chủ", &["tịch", "nhiệm", "tọa", "trì"]),
    ("bộ", &["trưởng", "đội", "phận"]),
    ("ủy", &["ban", "viên"]),
    ("nhà", &["nước", "máy", "văn", "thơ", "hát", "báo"]),
    ("đảng", &["ủy", "bộ", "viên"]),
    ("thủ", &["tướng", "trưởng", "đô"]),
    ("công", &["an", "ty", "đoàn"]),
    ("quân", &["đội", "khu", "đoàn", "ủy"]),
    ("bí", &["thư"]),
    ("tổng", &["thống", "giám", "bí", "công", "cục", "thư"]),
    ("hội", &["đồng", "nghị", "viên"]),
    ("ban", &["chấp", "thường", "chỉ", "quản", "tổ", "tuyên"]),
    ("trung", &["tâm", "ương", "đoàn", "tướng"]),
    ("đại", &["hội", "học", "tướng", "tá", "úy", "sứ", "biểu"]),
    ("bác", &["sĩ"]),
    ("giáo", &["sư", "viên"]),
    ("quốc", &["gia", "tế", "hội", "lộ", "phòng", "dân"]),
];

/// Lower-case function words: one of them written with a capital inside a line shows a Title Case headline.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "và", "của", "là", "có", "cho", "với", "trong", "tại", "ở", "đã", "sẽ", "được", "không", "những", "các", "một", "để",
    "khi", "từ", "đến", "ra", "vào", "theo", "trên", "về", "này", "đang", "bị", "như", "thì", "mà", "nhưng", "hay",
];

/// Capitalised words before a one-syllable name that do not make it part of a longer name (`Festival Huế`).
pub(crate) const NAME_HEADS: &[&str] = &["festival", "expo", "carnival"];

/// Words that begin an organ named after a district (`Huyện ủy Ba Vì`): followed by `ủy`.
pub(crate) const UY_HEADS: &[&str] = &["huyện", "quận", "thị", "thành", "tỉnh"];

/// Capitalised words that end a name chain after a kind word (`đường Lê Lợi Phường 5`); `Thành phố`, `Thị xã`
/// and `Thị trấn` end it too (see the matcher).
pub(crate) const CHAIN_STOPS: &[&str] = &[
    "tỉnh", "huyện", "quận", "phường", "xã", "tp", "ubnd", "hđnd", "tết", "ngày", "tháng", "năm", "quý", "ủy",
];

/// Words after a number that make it an amount, not part of a name (`10 triệu`, `5 km`).
pub(crate) const AMOUNT_WORDS: &[&str] = &[
    "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "chục", "vạn", "đồng", "người", "năm", "tháng", "ngày", "giờ", "phút",
    "km", "m", "ha", "tấn", "kg", "lần", "usd", "vnđ", "tuổi", "phần", "hộ", "căn", "chiếc",
];
