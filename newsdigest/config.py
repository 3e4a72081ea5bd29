"""A user's configuration: extra page furniture and extra places, as data only.

Read from ``--config FILE`` or, when that is not given, from
``$XDG_CONFIG_HOME/newsdigest/config.yaml`` (``~/.config/newsdigest/config.yaml``)
if it exists. Parsed with YAML's safe loader and validated; every error names the
file, the line and the key::

    furniture:                     # same keys as newsdigest/lang/*/furniture.yaml
      exact: {share: ["Kongsi ke Facebook"]}
      starts: {related-links: ["Bacaan lanjut"]}
      inline_tail: {follow-prompt: ["Ikuti saluran kami"]}
      contains_short: {app-promo: ["Muat turun di App Store"]}
      credit_sources: ["Berita Contoh"]
    places:
      - {name: "Kampung Contoh", kind: town, country: MY}
"""
from __future__ import annotations

import os
import re

_REASON = re.compile(r"[a-z][a-z-]{0,40}$")
_COUNTRY = re.compile(r"[A-Z]{2}$")
_REASON_MAPS = ("exact", "starts", "inline_tail", "contains_short")
_LISTS = ("caption_markers", "caption_phrases", "credit_sources", "byline_prefixes")
_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map"))
_PLACE_KINDS = ("country", "state", "region", "city", "town", "landmark", "other")


class ConfigError(Exception):
    """One line: ``FILE: line N: KEY: reason``."""


def default_path() -> str:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "newsdigest", "config.yaml")


def load_config(path: str | os.PathLike | None) -> dict | None:
    """The validated config ({"furniture": {...}, "places": [...]}), or None when no path
    was given and no default file exists."""
    explicit = path is not None
    p = os.fspath(path) if explicit else default_path()
    if not explicit and not os.path.isfile(p):
        return None
    try:
        with open(p, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        raise ConfigError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{p}: cannot read ({e})") from None
    return _Validator(p).document(text)


def apply(config: dict | None) -> None:
    """Make the config's furniture and places part of this process's language data."""
    if not config:
        return
    from newsdigest import gazetteer, lang
    from newsdigest.clean.furniture import furniture

    if config.get("furniture"):
        lang.set_user_pack("furniture", config["furniture"])
        furniture.cache_clear()
    if config.get("places"):
        from newsdigest.analyse import places

        gazetteer.add_entries([
            gazetteer.GazEntry(name=p["name"], canonical=p.get("canonical") or p["name"], kind=p["kind"],
                               country=p.get("country"), population=int(p.get("population") or 0))
            for p in config["places"]
        ])
        places.clear_cache()  # the recogniser memoises look-ups


class _Validator:
    def __init__(self, filename: str):
        self.filename = filename

    def fail(self, node, key: str, reason: str):
        line = node.start_mark.line + 1 if node is not None else 1
        raise ConfigError(f"{self.filename}: line {line}: {key}: {reason}")

    def document(self, text: str) -> dict:
        import yaml

        try:
            root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            where = f"line {mark.line + 1}" if mark else "line ?"
            raise ConfigError(f"{self.filename}: {where}: (document): not valid YAML ({getattr(e, 'problem', e)})") from None
        if root is None:
            return {}
        self.refuse_tags(root)
        out: dict = {}
        for key_node, value in self.mapping(root, "(top level)"):
            key = key_node.value
            if key == "furniture":
                out["furniture"] = self.furniture(value)
            elif key == "places":
                out["places"] = self.places(value)
            else:
                self.fail(key_node, key, "unknown key (expected furniture or places)")
        return out

    def refuse_tags(self, root) -> None:
        """Data only: a node with an explicit non-standard tag (!!python/...) is refused."""
        stack = [root]
        while stack:
            node = stack.pop()
            if node.tag not in _PLAIN_TAGS:
                self.fail(node, "(document)", f"tag {node.tag} is not allowed")
            if isinstance(node.value, list):
                for item in node.value:
                    stack.extend(item if isinstance(item, tuple) else (item,))

    def mapping(self, node, key: str):
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.fail(node, key, "expected a mapping")
        for k, v in node.value:
            if not isinstance(k, yaml.ScalarNode):
                self.fail(k, key, "keys must be plain words")
            yield k, v

    def strings(self, node, key: str) -> list[str]:
        import yaml

        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, key, "expected a list of strings")
        out = []
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
                self.fail(item, key, "expected a non-empty string")
            out.append(item.value)
        return out

    def furniture(self, node) -> dict:
        out: dict = {}
        for k, v in self.mapping(node, "furniture"):
            key = f"furniture.{k.value}"
            if k.value in _REASON_MAPS:
                reasons = {}
                for rk, rv in self.mapping(v, key):
                    if not _REASON.match(rk.value):
                        self.fail(rk, f"{key}.{rk.value}", "a reason is a lower-case word such as share or ad")
                    reasons[rk.value] = self.strings(rv, f"{key}.{rk.value}")
                out[k.value] = reasons
            elif k.value in _LISTS:
                out[k.value] = self.strings(v, key)
            else:
                self.fail(k, key, f"unknown key (expected one of {', '.join(_REASON_MAPS + _LISTS)})")
        return out

    def places(self, node) -> list[dict]:
        import yaml

        if not isinstance(node, yaml.SequenceNode):
            self.fail(node, "places", "expected a list of places")
        out = []
        for i, item in enumerate(node.value):
            key = f"places[{i}]"
            place: dict = {}
            for k, v in self.mapping(item, key):
                if not isinstance(v, yaml.ScalarNode):
                    self.fail(v, f"{key}.{k.value}", "expected a single value")
                place[k.value] = (v.value, v)
            for required in ("name", "kind"):
                if required not in place or not place[required][0].strip():
                    self.fail(item, key, f"missing {required}")
            for k, (value, v) in place.items():
                if k == "kind" and value not in _PLACE_KINDS:
                    self.fail(v, f"{key}.kind", f"expected one of {', '.join(_PLACE_KINDS)}")
                elif k == "country" and value and not _COUNTRY.match(value):
                    self.fail(v, f"{key}.country", "expected an ISO 3166-1 alpha-2 code such as MY")
                elif k == "population" and not (value.isascii() and value.isdigit()):
                    self.fail(v, f"{key}.population", "expected a whole number")
                elif k not in ("name", "kind", "country", "canonical", "population"):
                    self.fail(v, f"{key}.{k}", "unknown key")
            out.append({k: (value or None) for k, (value, _) in place.items()})
        return out
