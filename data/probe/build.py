#!/usr/bin/env python3
"""Turns probe.txt (one record a line, entities marked `[LABEL{value-json} text]`, nesting allowed; the value may hold lists) into
probe.jsonl in the format of data/annotated/dev.jsonl. Run: python3 data/probe/build.py"""
import json, pathlib, re

here = pathlib.Path(__file__).parent
out = []
for n, line in enumerate((here / "probe.txt").read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        continue
    text, ents, stack, i = "", [], [], 0
    while i < len(line):
        m = re.match(r"\[([A-Z_]+)(?=[{ ])", line[i:])
        if m:
            j, value = i + m.end(), None
            if line[j] == "{":  # the value: any JSON object, lists (`[...]`) included
                value, j = json.JSONDecoder().raw_decode(line, j)
            assert line[j] == " ", f"line {n}: no space after the mark at {i}"
            stack.append((m.group(1), value, len(text)))
            i = j + 1
        elif line[i] == "]" and stack:
            label, value, start = stack.pop()
            e = {"label": label, "start": start, "end": len(text), "text": text[start:]}
            if value is not None:
                e["value"] = value
            ents.append(e)
            i += 1
        else:
            text += line[i]
            i += 1
    assert not stack, f"line {n}: unclosed mark"
    ents.sort(key=lambda e: (e["start"], -e["end"]))
    out.append(json.dumps({"id": f"probe-{n:03}", "text": text, "entities": ents}, ensure_ascii=False))
(here / "probe.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
print(f"{len(out)} records")
