//! Place data: Vietnam's provinces before and after the merger of 2025-07-01, the names of its districts and
//! communes, the countries of the world in Vietnamese, and hand-made lists of well-known places and of the kind
//! words that introduce a place. Built once (see [`get`]) into a trie over syllables: every name is split
//! by the same tokenizer as the text ([`tokens`]), each lower-case syllable gets an id, and a name is a path
//! of ids. A second, reversed trie holds the kind words (`thành phố`, `sân bay quốc tế`), read backwards from
//! the first syllable of a name. A syllable of the text is found by the key of its lower case that the syllable
//! split worked out ([`ByKey`]), without folding its text; the sets a syllable belongs to are marks on its id.
//!
//! Data (compiled in): `data/admin_units/` (MIT, from the `vietnamadminunits` package) and
//! `data/countries/` (MIT and Unicode-3.0); see the SOURCE.md files there.

pub(crate) mod context;
pub(crate) mod extra;
pub(crate) mod tokens;

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::extract::org::words::lower_key;
use crate::normalize::normalize_str;

const PROVINCES_63: &str = include_str!("../../data/admin_units/provinces_63_legacy.tsv");
const PROVINCES_34: &str = include_str!("../../data/admin_units/provinces_34_from_2025.tsv");
const MERGER: &str = include_str!("../../data/admin_units/province_merge_63_to_34.tsv");
const UNIT_NAMES: &str = include_str!("../../data/admin_units/unit_names.tsv");
const COUNTRIES: &str = include_str!("../../data/countries/countries_vi.tsv");

/// A small fast hasher for the tables (keys are short strings and pairs of ids; no untrusted-key concerns).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl Fx {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;
pub(crate) type FxSet<K> = HashSet<K, BuildHasherDefault<Fx>>;

/// What follows a kind word, and so how the name after it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum KindClass {
    /// `tỉnh`: a province.
    Province,
    /// `thành phố`, `TP`: a province for the centrally-run cities, a city otherwise.
    City,
    /// `huyện`, `thị xã`.
    District,
    /// `quận`: also with a number (`Quận 1`).
    NumberedDistrict,
    /// `Q.`: a known name or a number.
    DistrictAbbrev,
    /// `xã`.
    Commune,
    /// `phường`: also with a number.
    NumberedWard,
    /// `P.`: a known name or a number.
    WardAbbrev,
    /// `thị trấn`.
    Township,
    /// `TT.`: a known name.
    TownshipAbbrev,
    /// `đặc khu`.
    SpecialZone,
    /// `Cộng hòa`, `Vương quốc`: a country follows, and the prefix belongs to its name.
    CountryPrefix,
    /// A capitalised name follows (`sông Hồng`, `đường Kim Mã`, `Cầu Rạch Miễu 2`).
    Named,
    /// `hồ`: like [`KindClass::Named`], but a capitalised `Hồ` only before a known lake.
    Lake,
    /// `miền`: like [`KindClass::Named`], but only before a direction (`miền Trung`, `miền Tây Nam Bộ`).
    Region,
    /// Roads: a number (`Quốc lộ 1A`) or names joined by dashes (`cao tốc Hà Nội - Hải Phòng`).
    Road,
    /// Villages: a name or a number (`thôn 3`).
    Village,
    /// `bản`: a name of at least two syllables (`bản Na Tông`; not `bản Hiến pháp`).
    Hamlet,
    /// Not a kind word: a compound that ends like one (`nhu cầu`, `văn bản`).
    Skip,
}

/// A kind word's meaning.
#[derive(Clone, Copy, Debug)]
pub(crate) struct KindRule {
    /// The LOC kind it gives.
    pub kind: &'static str,
    /// How the name after it is read.
    pub class: KindClass,
}

/// Bits of [`Entry::admin`]: the unit types that bear a name.
pub(crate) mod admin {
    pub const QUAN: u8 = 1;
    pub const HUYEN: u8 = 2;
    pub const THI_XA: u8 = 4;
    pub const THANH_PHO: u8 = 8;
    pub const XA: u8 = 16;
    pub const PHUONG: u8 = 32;
    pub const THI_TRAN: u8 = 64;
    pub const DAC_KHU: u8 = 128;
    /// District level (before 2025-07-01).
    pub const DISTRICT_LEVEL: u8 = QUAN | HUYEN | THI_XA | THANH_PHO;
}

/// Bits of a syllable's context flags (see [`context`]).
pub(crate) mod flag {
    pub const PERSON_NAME: u16 = 1;
    pub const TITLE: u16 = 2;
    pub const LOCATIVE: u16 = 4;
    pub const DIRECTION_CUE: u16 = 8;
    pub const ANH_CUE: u16 = 16;
    pub const FUNCTION: u16 = 32;
    pub const NAME_HEAD: u16 = 64;
    pub const UY_HEAD: u16 = 128;
    pub const CHAIN_STOP: u16 = 256;
    pub const AMOUNT: u16 = 512;
    pub const SURNAME: u16 = 1024;
}

/// Bits of a syllable's marks ([`Gazetteer::marks`]): the sets of syllables it belongs to.
pub(crate) mod mark {
    /// Found after the first syllable of a name in lower case (`bằng` in `Đồng bằng sông Hồng`).
    pub const INNER_LOWER: u8 = 1;
    /// Part of a kind phrase.
    pub const KIND: u8 = 2;
    /// The first syllable of a name also read in lower case.
    pub const LOWER_FIRST: u8 = 4;
}

/// What the short key of a syllable ([`short_key`]) tells of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ByKey {
    /// No syllable of the tables has this key: the syllable is not one of them.
    Absent,
    /// The one syllable of the tables with this key (the syllable may still differ: compare the texts).
    One(u32),
    /// Several syllables share the key, or keys cannot be trusted: look the folded text up.
    Ask,
}

/// A map from keys that are hashes already (not 0) to ids: open addressing on the key's low bits.
#[derive(Default)]
struct KeyTable {
    /// `(key, id)`, key 0 for an empty slot; a power of two long, at most a third full.
    slots: Vec<(u32, u32)>,
}

impl KeyTable {
    fn new(map: &FxMap<u32, u32>) -> KeyTable {
        let mut slots = vec![(0, 0); (map.len() * 3).next_power_of_two()];
        let mask = slots.len() - 1;
        for (&key, &id) in map.iter().filter(|(&key, _)| key != 0) {
            let mut i = key as usize & mask;
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (key, id);
        }
        KeyTable { slots }
    }

    #[inline]
    fn get(&self, key: u32) -> Option<u32> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = key as usize & mask;
        // the table is never full: an empty slot ends the search
        while let Some(&(k, id)) = self.slots.get(i) {
            if k == key {
                return Some(id);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
        None
    }
}

/// The short form of a syllable's [`lower_key`] the tables are indexed by (0: no key).
pub(crate) fn short_key(key: u64) -> u32 {
    (key ^ (key >> 32)) as u32
}

/// A province of the 63 (before 2025-07-01) or the 34 (after).
#[derive(Debug)]
pub(crate) struct Province {
    /// Short name (`Hà Giang`).
    pub short: String,
    /// For the 29 whose names disappeared on 2025-07-01: the full name of the province that holds it now.
    pub now_part_of: Option<String>,
    /// A centrally-run city (`Thành phố Hà Nội`).
    pub central: bool,
}

/// What a name is known as.
#[derive(Clone, Debug, Default)]
pub(crate) struct Entry {
    /// Unit types bearing the name ([`admin`] bits).
    pub admin: u8,
    /// The province of this name.
    pub province: Option<u8>,
    /// The province name may stand alone (`Nghệ An`; not `Hồ Chí Minh`, a person's name).
    pub province_bare: bool,
    /// The kind when the name stands alone (countries, well-known places, cities).
    pub bare: Option<&'static str>,
    /// Bit i: syllable i must start with a capital.
    pub caps: u64,
    /// Number of tokens.
    pub len: u8,
    /// An abbreviation (`HN`): any case, must stand alone.
    pub abbrev: bool,
    /// Also a common word (`hòa bình`).
    pub common_word: bool,
    /// A compass-point name (`Tây Bắc`) that is a direction after `phía`.
    pub directional: bool,
    /// Needs a cue word before it (`nước Anh`).
    pub needs_cue: bool,
    /// Also read in lower case (`hà nội` in informal text).
    pub lower_ok: bool,
}

/// The place tables.
pub(crate) struct Gazetteer {
    syllables: FxMap<Box<str>, u32>,
    flags: Vec<u16>,
    edges: FxMap<(u32, u32), u32>,
    /// The nodes after the root, by syllable id (0: none): the first step of every walk, without hashing.
    roots: Vec<u32>,
    entries: Vec<Option<Entry>>,
    kind_edges: FxMap<(u32, u32), u32>,
    /// [`Gazetteer::roots`] of the reversed kind-word trie.
    kind_roots: Vec<u32>,
    kind_rules: Vec<Option<KindRule>>,
    lakes: FxSet<Vec<u32>>,
    compounds: FxSet<(u32, u32)>,
    /// The folded text of each syllable, by id.
    texts: Vec<Box<str>>,
    /// The [`mark`] bits of each syllable, by id.
    marks: Vec<u8>,
    /// Syllable ids by the [`short_key`] of their text ([`u32::MAX`]: several).
    by_key: KeyTable,
    /// The key of a text's syllable equals that of its folded form whenever the folded form is in the tables
    /// (see [`Gazetteer::index_keys`]), so that [`Gazetteer::by_key`] may answer.
    keys_exact: bool,
    /// Provinces, indexed by [`Entry::province`].
    pub provinces: Vec<Province>,
}

/// The tables, built on first use.
pub(crate) fn get() -> &'static Gazetteer {
    static G: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);
    &G
}

/// Splits a name into its folded syllables.
fn syllables_of(name: &str) -> Vec<String> {
    tokens::tokenize(name)
        .iter()
        .map(|t| {
            let mut s = String::new();
            tokens::fold_into(&name[t.start..t.end], &mut s);
            s
        })
        .collect()
}

/// The children of the root (node 0) of a trie, by syllable id; 0 where there is none (no edge leads back
/// to the root).
fn roots(edges: &FxMap<(u32, u32), u32>, syllables: usize) -> Vec<u32> {
    let mut roots = vec![0; syllables];
    for (&(from, id), &to) in edges {
        if let Some(r) = roots.get_mut(id as usize).filter(|_| from == 0) {
            *r = to;
        }
    }
    roots
}

fn caps_of(name: &str) -> u64 {
    tokens::tokenize(name).iter().enumerate().take(64).fold(0, |m, (i, t)| if t.upper { m | 1 << i } else { m })
}

impl Gazetteer {
    /// The id of a folded syllable (lower case, `'` apostrophes).
    pub fn syllable(&self, folded: &str) -> Option<u32> {
        self.syllables.get(folded).copied()
    }

    /// Context flags of a syllable ([`flag`] bits).
    pub fn flags(&self, id: u32) -> u16 {
        self.flags.get(id as usize).copied().unwrap_or(0)
    }

    /// The trie node after `node` (0 is the root) and syllable `id`.
    #[inline]
    pub fn step(&self, node: u32, id: u32) -> Option<u32> {
        if node == 0 {
            return self.roots.get(id as usize).copied().filter(|&n| n != 0);
        }
        self.edges.get(&(node, id)).copied()
    }

    /// What the name ending at `node` is, if a name ends there.
    pub fn entry(&self, node: u32) -> Option<&Entry> {
        self.entries.get(node as usize).and_then(|e| e.as_ref())
    }

    /// The reversed kind-word trie: the node after `node` and the syllable `id` read backwards.
    #[inline]
    pub fn kind_step(&self, node: u32, id: u32) -> Option<u32> {
        if node == 0 {
            return self.kind_roots.get(id as usize).copied().filter(|&n| n != 0);
        }
        self.kind_edges.get(&(node, id)).copied()
    }

    /// The kind word ending at `node` of the reversed trie.
    pub fn kind_rule(&self, node: u32) -> Option<KindRule> {
        self.kind_rules.get(node as usize).copied().flatten()
    }

    /// The syllables name a lake written with a capitalised `Hồ`.
    pub fn is_lake(&self, ids: &[u32]) -> bool {
        self.lakes.contains(ids)
    }

    /// The [`mark`] bits of a syllable.
    pub fn marks(&self, id: u32) -> u8 {
        self.marks.get(id as usize).copied().unwrap_or(0)
    }

    /// The folded text of a syllable.
    pub fn text(&self, id: u32) -> &str {
        self.texts.get(id as usize).map_or("", |t| t)
    }

    /// The syllable whose text has the [`short_key`] `key` (not 0), as far as the key tells.
    #[inline]
    pub fn by_key(&self, key: u32) -> ByKey {
        if !self.keys_exact {
            return ByKey::Ask;
        }
        match self.by_key.get(key) {
            None => ByKey::Absent,
            Some(u32::MAX) => ByKey::Ask,
            Some(id) => ByKey::One(id),
        }
    }

    fn mark(&mut self, s: &str, m: u8) {
        let id = self.intern(s);
        self.marks[id as usize] |= m;
    }

    /// Indexes the syllables in folded form by their keys. A text's syllable has the key of its folded form
    /// (the same letters in lower case) except where [`tokens::fold_into`] and [`lower_key`] lower a char differently (`İ`: `ı` and
    /// `i̇`): keys are not used if a syllable holds a char such a fold gives.
    fn index_keys(&mut self) {
        self.keys_exact = !self.texts.iter().any(|t| t.chars().any(|c| tokens::FOLDS_UNLIKE_KEYS.iter().any(|&(_, f)| f == c)));
        let mut ids: FxMap<u32, u32> = FxMap::default();
        for (id, t) in (0u32..).zip(&self.texts) {
            let key = short_key(lower_key(t));
            // a syllable not in its folded form (a context word written with a capital) is never looked up
            if key != 0 && tokens::folds_to(t, t) {
                ids.entry(key).and_modify(|v| *v = u32::MAX).or_insert(id);
            }
        }
        self.by_key = KeyTable::new(&ids);
    }

    /// `first second` at the start of a sentence is a common word (`Pháp luật`).
    pub fn is_compound(&self, first: u32, second: u32) -> bool {
        self.compounds.contains(&(first, second))
    }

    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&id) = self.syllables.get(s) {
            return id;
        }
        let id = self.flags.len() as u32;
        self.syllables.insert(s.into(), id);
        self.texts.push(s.into());
        self.flags.push(0);
        self.marks.push(0);
        id
    }

    /// Adds a name and returns its entry for the caller to fill.
    fn add(&mut self, name: &str) -> &mut Entry {
        let name = normalize_str(name);
        let sylls = syllables_of(&name);
        let caps = caps_of(&name);
        let mut node = 0u32;
        for (i, s) in sylls.iter().enumerate() {
            let id = self.intern(s);
            if i > 0 && caps & (1 << i.min(63)) == 0 {
                self.marks[id as usize] |= mark::INNER_LOWER;
            }
            node = match self.edges.get(&(node, id)) {
                Some(&n) => n,
                None => {
                    let n = self.entries.len() as u32;
                    self.entries.push(None);
                    self.edges.insert((node, id), n);
                    n
                }
            };
        }
        let len = sylls.len().min(255) as u8;
        let e = self.entries[node as usize].get_or_insert_with(|| Entry { caps, len, ..Entry::default() });
        e.caps &= caps;
        e
    }

    fn add_kind(&mut self, phrase: &str, rule: KindRule) {
        let sylls = syllables_of(&normalize_str(phrase));
        let mut node = 0u32;
        for s in sylls.iter().rev() {
            let id = self.intern(s);
            self.marks[id as usize] |= mark::KIND;
            node = match self.kind_edges.get(&(node, id)) {
                Some(&n) => n,
                None => {
                    let n = self.kind_rules.len() as u32;
                    self.kind_rules.push(None);
                    self.kind_edges.insert((node, id), n);
                    n
                }
            };
        }
        self.kind_rules[node as usize] = Some(rule);
    }

    fn set_flag(&mut self, words: &[&str], f: u16) {
        for w in words {
            let id = self.intern(&normalize_str(w));
            self.flags[id as usize] |= f;
        }
    }

    fn build() -> Gazetteer {
        let mut g = Gazetteer {
            syllables: FxMap::default(),
            flags: Vec::new(),
            edges: FxMap::default(),
            roots: Vec::new(),
            entries: vec![None],
            kind_edges: FxMap::default(),
            kind_roots: Vec::new(),
            kind_rules: vec![None],
            lakes: FxSet::default(),
            compounds: FxSet::default(),
            texts: Vec::new(),
            marks: Vec::new(),
            by_key: KeyTable::default(),
            keys_exact: false,
            provinces: Vec::new(),
        };
        g.build_provinces();
        g.build_units();
        g.build_countries();
        for &(name, kind) in extra::FAMOUS {
            g.add(name).bare = Some(kind);
        }
        for name in extra::COMMON_WORD_NAMES {
            g.add(name).common_word = true;
        }
        for name in context::DIRECTIONAL {
            g.add(name).directional = true;
        }
        for name in extra::LOWER_CASE_OK {
            g.add(name).lower_ok = true;
            for (i, syllable) in syllables_of(&normalize_str(name)).into_iter().enumerate() {
                g.mark(&syllable, if i == 0 { mark::LOWER_FIRST } else { mark::INNER_LOWER });
            }
        }
        for name in context::NEEDS_CUE {
            g.add(name).needs_cue = true;
        }
        for &(phrase, kind, class) in extra::KIND_PHRASES {
            g.add_kind(phrase, KindRule { kind, class });
        }
        for lake in extra::LAKES {
            let ids: Vec<u32> = syllables_of(&normalize_str(lake)).iter().map(|s| g.intern(s)).collect();
            g.lakes.insert(ids);
        }
        for &(first, seconds) in context::SHORT_NAME_COMPOUNDS {
            let a = g.intern(first);
            for s in seconds {
                let b = g.intern(s);
                g.compounds.insert((a, b));
            }
        }
        g.set_flag(context::PERSON_NAME_WORDS, flag::PERSON_NAME);
        g.set_flag(context::PERSON_TITLES, flag::TITLE);
        g.set_flag(context::LOCATIVES, flag::LOCATIVE);
        g.set_flag(context::DIRECTION_CUES, flag::DIRECTION_CUE);
        g.set_flag(context::ANH_CUES, flag::ANH_CUE);
        g.set_flag(context::FUNCTION_WORDS, flag::FUNCTION);
        g.set_flag(context::NAME_HEADS, flag::NAME_HEAD);
        g.set_flag(context::UY_HEADS, flag::UY_HEAD);
        g.set_flag(context::CHAIN_STOPS, flag::CHAIN_STOP);
        g.set_flag(context::AMOUNT_WORDS, flag::AMOUNT);
        g.set_flag(context::SURNAMES, flag::SURNAME);
        g.index_keys();
        g.roots = roots(&g.edges, g.texts.len());
        g.kind_roots = roots(&g.kind_edges, g.texts.len());
        g
    }

    /// The 63 and the 34 provinces, with the unit each disappeared one is part of now.
    fn build_provinces(&mut self) {
        let rows = |src: &'static str| {
            src.lines().skip(1).filter_map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Some((normalize_str(f.get(1)?.trim()), normalize_str(f.get(2)?.trim())))
            })
        };
        let new: Vec<(String, String)> = rows(PROVINCES_34).collect();
        // old full name → new full name
        let mut part_of: HashMap<String, String> = HashMap::new();
        for l in MERGER.lines().skip(1) {
            if let Some((to, from)) = l.split_once('\t') {
                for old in from.split(';') {
                    part_of.insert(normalize_str(old.trim()), normalize_str(to.trim()));
                }
            }
        }
        for (full, short) in rows(PROVINCES_63).chain(new.iter().cloned()) {
            if self.provinces.iter().any(|p| p.short == short) {
                continue;
            }
            let survives = new.iter().any(|(_, s)| *s == short);
            let now_part_of = if survives { None } else { part_of.get(&full).cloned() };
            let central = full.starts_with("Thành phố");
            let idx = self.provinces.len() as u8;
            self.provinces.push(Province { short: short.clone(), now_part_of, central });
            let e = self.add(&short);
            e.province = Some(idx);
            e.province_bare = true;
        }
        for &(alias, short, bare) in extra::PROVINCE_ALIASES {
            let short = normalize_str(short);
            if let Some(idx) = self.provinces.iter().position(|p| p.short == short) {
                let e = self.add(alias);
                e.province = Some(idx as u8);
                e.province_bare = bare;
            }
        }
        for &(abbr, short) in extra::PROVINCE_ABBREVIATIONS {
            let short = normalize_str(short);
            if let Some(idx) = self.provinces.iter().position(|p| p.short == short) {
                let e = self.add(abbr);
                e.province = Some(idx as u8);
                e.province_bare = true;
                e.abbrev = true;
                e.caps = 0;
            }
        }
    }

    /// District and commune names by type; district-level cities may stand alone as cities.
    fn build_units(&mut self) {
        for line in UNIT_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let Some((ty, names)) = line.split_once('\t') else { continue };
            let bit = match ty {
                "Quận" => admin::QUAN,
                "Huyện" => admin::HUYEN,
                "Thị xã" => admin::THI_XA,
                "Thành phố" => admin::THANH_PHO,
                "Xã" => admin::XA,
                "Phường" => admin::PHUONG,
                "Thị trấn" => admin::THI_TRAN,
                "Đặc khu" => admin::DAC_KHU,
                _ => continue,
            };
            for name in names.split('|') {
                if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                let e = self.add(name);
                e.admin |= bit;
                if bit == admin::THANH_PHO && e.len >= 2 && e.bare.is_none() {
                    e.bare = Some("city");
                }
            }
        }
    }

    fn build_countries(&mut self) {
        let mut names: Vec<String> = Vec::new();
        for l in COUNTRIES.lines().skip(1) {
            let f: Vec<&str> = l.split('\t').collect();
            for n in f.iter().skip(1).flat_map(|c| c.split('|')) {
                let n = n.split(" (").next().unwrap_or("").trim();
                if n.is_empty() || n.contains([',', '&', '(']) {
                    continue;
                }
                names.push(n.to_string());
            }
        }
        names.extend(extra::COUNTRY_EXTRA.iter().map(|s| s.to_string()));
        for n in names {
            let kind = extra::COUNTRY_OVERRIDES.iter().find(|(o, _)| *o == n).map_or("country", |&(_, k)| k);
            if !kind.is_empty() {
                self.add(&n).bare = Some(kind);
            }
        }
        for &(n, kind) in extra::COUNTRY_OVERRIDES {
            if !kind.is_empty() {
                self.add(n).bare = Some(kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(name: &str) -> Option<&'static Entry> {
        let g = get();
        let mut node = 0;
        for s in syllables_of(&normalize_str(name)) {
            node = g.step(node, g.syllable(&s)?)?;
        }
        g.entry(node)
    }

    #[test]
    fn provinces_and_their_successors() {
        let g = get();
        assert_eq!(g.provinces.len(), 63);
        let gone: Vec<&Province> = g.provinces.iter().filter(|p| p.now_part_of.is_some()).collect();
        assert_eq!(gone.len(), 29);
        let hg = &g.provinces[lookup("Hà Giang").unwrap().province.unwrap() as usize];
        assert_eq!(hg.now_part_of.as_deref(), Some("Tỉnh Tuyên Quang"));
        let hb = &g.provinces[lookup("Hoà Bình").unwrap().province.unwrap() as usize];
        assert_eq!(hb.now_part_of.as_deref(), Some("Tỉnh Phú Thọ"));
        assert!(g.provinces[lookup("Huế").unwrap().province.unwrap() as usize].central);
        assert!(lookup("Bà Rịa - Vũng Tàu").is_some());
    }

    #[test]
    fn syllables_are_found_by_their_keys() {
        let g = get();
        assert!(g.keys_exact);
        for id in [g.syllable("hà").unwrap(), g.syllable("nội").unwrap(), g.syllable("đắk").unwrap()] {
            assert_eq!(g.by_key(short_key(lower_key(g.text(id)))), ByKey::One(id));
            assert_eq!(g.by_key(short_key(lower_key(&g.text(id).to_uppercase()))), ByKey::One(id));
        }
        assert_eq!(g.by_key(short_key(lower_key("xyzzy"))), ByKey::Absent);
    }

    #[test]
    fn units_countries_and_kinds() {
        assert!(lookup("Mèo Vạc").unwrap().admin & admin::XA != 0);
        assert_eq!(lookup("Nhật Bản").unwrap().bare, Some("country"));
        assert_eq!(lookup("Hương Cảng").unwrap().bare, Some("city"));
        assert_eq!(lookup("Biên Hòa").unwrap().bare, Some("city"));
        assert!(lookup("Vĩnh Yên").unwrap().admin & admin::THANH_PHO != 0);
    }
}
