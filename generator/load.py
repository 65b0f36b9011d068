"""Reads a spec file (YAML or JSON) into plain data, and finds source positions for diagnostics.

Loading takes the fast path (the C-accelerated safe loader, or `json`), because large
third-party specs are slow to parse with positions. Positions are only needed to report a
problem, so they are found on the first lookup, without a second full parse into nodes:
- in JSON, by following the pointer through the text, skipping the values off its way with
  the C scanner of `json` (the members of each object passed are remembered for the next
  lookup);
- in YAML, from one pass over libyaml's events, which keeps the line and column of every key
  and item in nested dicts and lists.
Both give the positions ruamel's round-trip loader gives (the key of a mapping entry, the
start of a sequence item). YAML with anchors, aliases, tags, non-scalar keys or characters
that libyaml reads as line breaks and ruamel does not takes the round-trip loader itself.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]  # libyaml's parser (ruamel.yaml.clib)
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.nodes import ScalarNode

from .diagnostics import Diagnostic, InvalidInput
from .openapi import escape_pointer_token, join_pointer, pointer_tokens, unescape_pointer_token


@dataclass
class SpecDocument:
    """A loaded spec: its plain data, where it came from, and a lazy position index."""

    path: Path
    display_path: str
    text: str
    data: dict[str, Any]
    sha256: str
    _locator: JsonLocator | YamlLocator | RoundTripLocator | None = field(default=None, repr=False)

    def position(self, pointer: str) -> tuple[int, int]:
        """1-based (line, column) of the node a JSON pointer names, or of its nearest ancestor."""
        if self._locator is None:
            self._locator = _locator(self.text, is_json=self.path.suffix.lower() == ".json")
        tokens = pointer_tokens(pointer)
        line, column = self._locator.position(tokens)
        return line + 1, column + 1

    def diagnostic(self, pointer: str, message: str, **kwargs: Any) -> Diagnostic:
        line, column = self.position(pointer)
        return Diagnostic(self.display_path, line, column, message, pointer, **kwargs)


# -- positions -----------------------------------------------------------------------------
# Each locator answers 0-based (line, column) for a list of pointer tokens.

# What ruamel's reader (YAML 1.2) counts as a new line; a byte order mark takes no column.
_LINE_BREAK = re.compile("\n|\r(?!\n)")
# Line breaks only in YAML 1.1, which libyaml follows: its positions after them differ.
_LIBYAML_DISAGREES = re.compile("[\x85\u2028\u2029\ufeff]")


def _locator(text: str, is_json: bool) -> JsonLocator | YamlLocator | RoundTripLocator:
    if is_json:
        return JsonLocator(text)
    try:
        return YamlLocator(text)
    except _Unusual:
        return RoundTripLocator(text)


class JsonLocator:
    """Follows a pointer through JSON text; objects and arrays passed are indexed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._decoder = json.JSONDecoder()
        self._members: dict[int, dict[str, tuple[int, int]]] = {}  # object offset → key → (key offset, value offset)
        self._items: dict[int, list[int]] = {}  # array offset → item offsets
        self._breaks: list[int] | None = None

    def position(self, tokens: list[str]) -> tuple[int, int]:
        found = None
        offset = self._skip_space(0)
        for token in tokens:
            opening = self.text[offset : offset + 1]
            if opening == "{":
                entry = self._object(offset).get(token)
                if entry is None:
                    break
                found, offset = entry
            elif opening == "[" and token.isdigit() and int(token) < len(items := self._array(offset)):
                found = offset = items[int(token)]
            else:
                break
        return (0, 0) if found is None else self._line_column(found)

    def _skip_space(self, offset: int) -> int:
        while offset < len(self.text) and self.text[offset] in " \t\n\r":
            offset += 1
        return offset

    def _object(self, start: int) -> dict[str, tuple[int, int]]:
        if start not in self._members:
            members: dict[str, tuple[int, int]] = {}
            offset = self._skip_space(start + 1)
            while self.text[offset] == '"':
                key_offset = offset
                key, offset = self._decoder.raw_decode(self.text, offset)
                value = self._skip_space(self._skip_space(offset) + 1)  # past the colon
                members.setdefault(key, (key_offset, value))
                offset = self._skip_space(self._decoder.raw_decode(self.text, value)[1])
                offset = self._skip_space(offset + 1) if self.text[offset] == "," else offset
            self._members[start] = members
        return self._members[start]

    def _array(self, start: int) -> list[int]:
        if start not in self._items:
            items: list[int] = []
            offset = self._skip_space(start + 1)
            while self.text[offset] != "]":
                items.append(offset)
                offset = self._skip_space(self._decoder.raw_decode(self.text, offset)[1])
                offset = self._skip_space(offset + 1) if self.text[offset] == "," else offset
            self._items[start] = items
        return self._items[start]

    def _line_column(self, offset: int) -> tuple[int, int]:
        if self._breaks is None:
            self._breaks = [match.end() for match in _LINE_BREAK.finditer(self.text)]
        line = bisect.bisect_right(self._breaks, offset)
        start = self._breaks[line - 1] if line else 0
        return line, offset - start - self.text.count("\ufeff", start, offset)


class _Unusual(Exception):
    """The YAML uses a feature the event index does not model: take the round-trip loader."""


_STR_TAG = "tag:yaml.org,2002:str"


class YamlLocator:
    """One pass over libyaml's events (C, no nodes built): key → (line, column, children)."""

    def __init__(self, text: str) -> None:
        if _LIBYAML_DISAGREES.search(text) or text.lstrip().startswith("%"):
            raise _Unusual  # characters libyaml counts differently, or a version directive
        resolver = YAML(typ="rt").resolver
        parser = CParser(text)
        root: Any = None
        # Open containers: [children, key awaiting its value or None, (line, column) of that key].
        stack: list[list[Any]] = []
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, AliasEvent) or getattr(event, "anchor", None) or getattr(event, "tag", None):
                raise _Unusual
            if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
                stack.pop()
                continue
            if isinstance(event, MappingStartEvent):
                children: Any = {}
            elif isinstance(event, SequenceStartEvent):
                children = []
            elif isinstance(event, ScalarEvent):
                children = None
            else:
                continue  # stream and document boundaries
            where = (event.start_mark.line, event.start_mark.column)
            if not stack:
                root = children
            else:
                parent = stack[-1]
                if isinstance(parent[0], list):
                    parent[0].append((*where, children))
                elif parent[1] is None:  # a key
                    if not isinstance(event, ScalarEvent):
                        raise _Unusual
                    plain = event.style in ("", None)
                    is_str = not plain or resolver.resolve(ScalarNode, event.value, (True, False)) == _STR_TAG
                    parent[1], parent[2] = (event.value if is_str else _NOT_A_STRING), where
                    continue
                else:
                    parent[0].setdefault(parent[1], (*parent[2], children))
                    parent[1] = None
            if children is not None:
                stack.append([children, None, None])
        self._root = root

    def position(self, tokens: list[str]) -> tuple[int, int]:
        node = self._root
        line, column = 0, 0
        for token in tokens:
            if isinstance(node, dict) and token in node:
                line, column, node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                line, column, node = node[int(token)]
            else:
                break
        return line, column


_NOT_A_STRING = object()  # the key of a mapping entry no pointer token can name (`200:` is an int)


class RoundTripLocator:
    """ruamel's round-trip loader, which keeps a position on every node: exact, and slow."""

    def __init__(self, text: str) -> None:
        self._root = YAML(typ="rt").load(text)

    def position(self, tokens: list[str]) -> tuple[int, int]:
        node = self._root
        line, column = 0, 0
        for token in tokens:
            if isinstance(node, CommentedMap) and token in node:
                try:
                    line, column = node.lc.key(token)
                except KeyError:  # a key merged in from elsewhere (`<<: *anchor`) has no position here
                    break
                node = node[token]
            elif isinstance(node, CommentedSeq) and token.isdigit() and int(token) < len(node):
                line, column = node.lc.item(int(token))
                node = node[int(token)]
            else:
                break
        return line, column


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_document(path: Path) -> SpecDocument:
    """Parses one spec file; raises InvalidInput with a located diagnostic when it cannot."""
    shown = display_path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput([Diagnostic(shown, 1, 1, f"cannot read file: {error.strerror}")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidInput([Diagnostic(shown, 1, 1, f"not UTF-8 text: {error.reason}")])
    data = _parse(text, shown, is_json=path.suffix.lower() == ".json")
    if data is None:
        raise InvalidInput([Diagnostic(shown, 1, 1, "the file is empty")])
    if not isinstance(data, dict):
        kind = type(data).__name__
        raise InvalidInput(
            [Diagnostic(shown, 1, 1, f"the document must be a mapping, found {_yaml_kind(kind)}")]
        )
    return SpecDocument(path, shown, text, data, hashlib.sha256(raw).hexdigest())


def _yaml_kind(python_kind: str) -> str:
    return {"list": "a sequence", "str": "a string", "int": "a number", "float": "a number"}.get(
        python_kind, python_kind
    )


class _DuplicateJsonKey(Exception):
    pass


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateJsonKey
    return result


def _parse(text: str, shown: str, is_json: bool) -> Any:
    if is_json:
        try:
            return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
        except json.JSONDecodeError as error:
            raise InvalidInput(
                [Diagnostic(shown, error.lineno, error.colno, f"invalid JSON: {error.msg}")]
            )
        except _DuplicateJsonKey:
            pass  # JSON is YAML: the YAML parser below locates the duplicate key.
    kind = "JSON" if is_json else "YAML"
    try:
        return YAML(typ="safe").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = (error.problem or "").strip()
        if type(error).__name__ == "DuplicateKeyError":
            problem = problem.split(" with value")[0].replace("found duplicate key", "duplicate key")
        raise InvalidInput([Diagnostic(shown, line, column, f"invalid {kind}: {problem}")])
