"""`newsdigest top`: counts across digests."""
from __future__ import annotations

import json

from conftest import SAMPLES


def _digest(source, published=None, actors=(), places=(), events=()):
    return {
        "schema": "1.0", "source": source, "published": published,
        "actors": [{"name": n, "kind": k, "mentions": m} for n, k, m in actors],
        "places": [{"name": n, "kind": k, "country": c, "canonical": can, "mentions": m}
                   for n, k, c, can, m in places],
        "events": [{"type": t, "trigger": t} for t in events],
    }


DIGESTS = [
    _digest("a", "2024-05-01", actors=[("Anwar Ibrahim", "person", 3), ("Bernama", "organisation", 1)],
            places=[("Johor Bahru", "city", "MY", "Johor Bahru", 2), ("Malaysia", "country", "MY", "Malaysia", 1)],
            events=["flood", "flood", "statement"]),
    _digest("b", "2024-05-03", actors=[("anwar  ibrahim", "person", 1), ("Anwar Ibrahim", "person", 1)],
            places=[("JB", "city", "MY", "Johor Bahru", 1), ("Georgetown", "city", "GY", None, 1)],
            events=["visit"]),
    _digest("c", "2024-06-10", actors=[("Bernama", "organisation", 2)],
            places=[("Georgetown", "city", "MY", "George Town", 1)], events=["flood"]),
]


def _write(path, digests, tail=""):
    path.write_text("".join(json.dumps(d) + "\n" for d in digests) + tail, encoding="utf-8")


def test_actors_merged_by_name(tmp_path):
    from newsdigest.batch.top import count

    rows = count(DIGESTS, "actors")
    assert rows == [
        {"name": "Anwar Ibrahim", "kind": "person", "articles": 2, "mentions": 5},
        {"name": "Bernama", "kind": "organisation", "articles": 2, "mentions": 3},
    ]


def test_places_by_canonical_name_and_country():
    from newsdigest.batch.top import count

    rows = count(DIGESTS, "places")
    assert rows[0] == {"name": "Johor Bahru", "country": "MY", "kind": "city", "articles": 2, "mentions": 3}
    # the same spelling in another country is another place
    assert {(r["name"], r["country"]) for r in rows[1:]} == {("Malaysia", "MY"), ("Georgetown", "GY"),
                                                             ("George Town", "MY")}


def test_events_and_types():
    from newsdigest.batch.top import count

    assert count(DIGESTS, "events") == [
        {"type": "flood", "events": 3, "articles": 2},
        {"type": "statement", "events": 1, "articles": 1},
        {"type": "visit", "events": 1, "articles": 1},
    ]
    types = {(r["record"], r["kind"]): (r["count"], r["articles"]) for r in count(DIGESTS, "types")}
    assert types[("actor", "person")] == (3, 2) and types[("place", "city")] == (4, 3)
    assert types[("event", "flood")] == (3, 2)


def test_cli_limit_formats_dates_and_a_truncated_last_line(cli, tmp_path):
    out = tmp_path / "digests.jsonl"
    _write(out, DIGESTS, tail='{"schema":"1.0","source":"d","act')
    r = cli(["top", out, "--limit", "1"])
    assert r.exit_code == 0
    assert r.stdout == "name\tkind\tarticles\tmentions\nAnwar Ibrahim\tperson\t2\t5\n"
    r = cli(["top", out, "--by", "events", "--format", "json", "--since", "2024-06-01"])
    assert json.loads(r.stdout) == [{"type": "flood", "events": 1, "articles": 1}]
    r = cli(["top", "-", "--by", "places", "--until", "2024-05-02", "--no-header"], input=out.read_text())
    assert r.stdout.splitlines()[0] == "Johor Bahru\tMY\tcity\t1\t2"
    assert cli(["top", tmp_path / "missing.jsonl"]).exit_code == 1
    assert cli(["top", out, "--by", "colours"]).exit_code == 2


def test_batch_then_top_in_one_pipe(cli, tmp_path):
    r = cli(["batch", SAMPLES, "-o", "-", "-j", "1", "-q"])
    assert r.exit_code == 0
    t = cli(["top", "-", "--by", "places", "--limit", "0", "--format", "json"], input=r.stdout)
    rows = json.loads(t.stdout)
    digests = [json.loads(x) for x in r.stdout.splitlines()]
    assert sum(row["mentions"] for row in rows) == sum(p["mentions"] for d in digests for p in d["places"])
    assert all(row["articles"] >= 1 for row in rows)
    assert rows == sorted(rows, key=lambda row: -row["articles"]) or rows[0]["articles"] >= rows[-1]["articles"]
