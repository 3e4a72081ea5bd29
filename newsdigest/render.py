"""Stage 4 — render: one function per output format, all from ``Digest.to_dict()``.

Each returns the text for one article; the CLI writes them in order. YAML documents
start with ``---``; JSONL is one compact object per line; TSV is one row per actor,
place and event (the header is written once per run by the CLI).
"""
from __future__ import annotations

import json

FORMATS = ("yaml", "json", "jsonl", "tsv", "text")
TSV_COLUMNS = ("source", "record", "name", "kind", "country", "mentions", "date", "detail")


def render(d: dict, fmt: str) -> str:
    return _RENDERERS[fmt](d)


def to_yaml(d: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        d, Dumper=dumper, allow_unicode=True, sort_keys=False, explicit_start=True, width=100000
    )


# Characters that JSON leaves raw but line-oriented readers (Python's splitlines, some
# editors and JavaScript) take as line breaks: escaped, so one record stays one line.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def _escape_line_breaks(s: str) -> str:
    for raw, escaped in _LINE_BREAKS.items():
        if raw in s:
            s = s.replace(raw, escaped)
    return s


def to_json(d: dict) -> str:
    return _escape_line_breaks(json.dumps(d, ensure_ascii=False, indent=2)) + "\n"


def to_jsonl(d: dict) -> str:
    return _escape_line_breaks(json.dumps(d, ensure_ascii=False, separators=(",", ":"))) + "\n"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value if v is not None)
    # Tabs and line breaks inside a value would break the columns.
    return " ".join(str(value).split())


def tsv_header() -> str:
    return "\t".join(TSV_COLUMNS) + "\n"


def to_tsv(d: dict) -> str:
    """Rows: actor (detail: roles), place (detail: canonical name), event (name: trigger,
    kind: event type, date: when.date, detail: actors and places taking part)."""
    src = d.get("source")
    rows = []
    for a in d["actors"]:
        rows.append((src, "actor", a["name"], a["kind"], None, a["mentions"], None, a["roles"]))
    for p in d["places"]:
        rows.append((src, "place", p["name"], p["kind"], p["country"], p["mentions"], None, p["canonical"]))
    for e in d["events"]:
        when = e.get("when") or {}
        rows.append((src, "event", e["trigger"], e["type"], None, None, when.get("date"), e["actors"] + e["places"]))
    return "".join("\t".join(_cell(v) for v in row) + "\n" for row in rows)


def to_text(d: dict) -> str:
    """A short report for a person."""
    out = [d.get("title") or "(untitled)"]
    meta = [x for x in (d.get("dateline"), d.get("published"), d.get("language")) if x]
    if meta:
        out.append(" · ".join(meta))
    if d["summary"]:
        out += ["", " ".join(d["summary"])]
    if d["actors"]:
        out += ["", "Who:"]
        for a in d["actors"]:
            roles = f" — {', '.join(a['roles'])}" if a["roles"] else ""
            out.append(f"  {a['name']} ({a['kind']}){roles}")
    if d["places"]:
        out += ["", "Where:"]
        for p in d["places"]:
            where = ", ".join(x for x in (p["kind"], p["country"]) if x)
            out.append(f"  {p['name']} ({where})")
    if d["events"]:
        out += ["", "What happened:"]
        for e in d["events"]:
            when = (e.get("when") or {}).get("date") or (e.get("when") or {}).get("text") or "(no date)"
            who = ", ".join(e["actors"]) or "-"
            where = ", ".join(e["places"])
            out.append(f"  {when} - {e['type']} - {who} - {e['trigger']}" + (f" - {where}" if where else ""))
    if d["quotes"]:
        out += ["", "Quotes:"]
        for q in d["quotes"]:
            out.append(f"  {q['speaker'] or '?'}: \u201c{q['text']}\u201d")
    removed = ", ".join(f"{k} {v}" for k, v in d["removed"].items())
    out += ["", f"Removed: {removed or 'nothing'}", ""]
    return "\n".join(out) + "\n"


_RENDERERS = {"yaml": to_yaml, "json": to_json, "jsonl": to_jsonl, "tsv": to_tsv, "text": to_text}
