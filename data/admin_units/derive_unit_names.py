#!/usr/bin/env python3
"""Derives unit_names.tsv (shipped, compiled into the crate) from the full tables of
/work/shared/data/lexicons/admin_units (wards_legacy.tsv, wards_from_2025.tsv, districts_legacy.tsv).

Output: one line per unit type, `type<TAB>name|name|...`, names deduplicated and sorted, the type word
stripped from the official name (`Xã Yên Viên` -> `Yên Viên`). Types: Quận, Huyện, Thị xã, Thành phố
(district level before 2025-07-01), Xã, Phường, Thị trấn, Đặc khu (commune level, before and after).
Codes and the province of each unit are dropped: the extractor only needs the names and their levels.

Usage: python3 derive_unit_names.py /work/shared/data/lexicons/admin_units > unit_names.tsv
"""
import csv
import sys
import unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/lexicons/admin_units"
TYPES = ["Quận", "Huyện", "Thị xã", "Thành phố", "Xã", "Phường", "Thị trấn", "Đặc khu"]
names = {t: set() for t in TYPES}


def add(row):
    t, name = row["type"], row["name"]
    if not t or not name:
        return
    name = unicodedata.normalize("NFC", name).strip()
    # The type word, in any case (a few names read `Thành phố Thành Phố Bắc Kạn`), possibly twice.
    while name.lower().startswith(t.lower() + " "):
        name = name[len(t) + 1:].strip()
    names[t].add(name.strip())


for f in ["districts_legacy.tsv", "wards_legacy.tsv", "wards_from_2025.tsv"]:
    with open(f"{src}/{f}", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            add(row)

print("# Names of Vietnamese administrative units below province level, by type (see derive_unit_names.py)")
for t in TYPES:
    print(t + "\t" + "|".join(sorted(names[t])))
