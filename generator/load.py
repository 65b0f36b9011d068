"""Reads a spec file (YAML or JSON) into plain data, and finds source positions for diagnostics.

Loading takes the fast path (the C-accelerated safe loader, or `json`), because large
third-party specs are slow to parse with positions. Positions are only needed to report a
problem, so the round-trip parser, which keeps line and column for every node, runs lazily
on the first lookup.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError

from .diagnostics import Diagnostic, InvalidInput


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


def resolve(document: dict[str, Any], item: Any) -> Any:
    """Follows local `$ref`s (to parameters, responses, bodies…) to the object they name."""
    seen = 0
    while isinstance(item, dict) and isinstance(item.get("$ref"), str) and seen < 32:
        seen += 1
        node: Any = document
        for token in item["$ref"].partition("#")[2].split("/")[1:]:
            token = unescape_pointer_token(token)
            node = node.get(token) if isinstance(node, dict) else None
        item = node
    return item


@dataclass
class SpecDocument:
    """A loaded spec: its plain data, where it came from, and a lazy position index."""

    path: Path
    display_path: str
    text: str
    data: dict[str, Any]
    sha256: str
    _positioned: Any = field(default=None, repr=False)

    def position(self, pointer: str) -> tuple[int, int]:
        """1-based (line, column) of the node a JSON pointer names, or of its nearest ancestor."""
        if self._positioned is None:
            self._positioned = YAML(typ="rt").load(self.text)
        node = self._positioned
        line, column = 1, 1
        tokens = [unescape_pointer_token(t) for t in pointer.split("/")[1:]] if pointer else []
        for token in tokens:
            if isinstance(node, CommentedMap) and token in node:
                line, column = node.lc.key(token)
                line, column = line + 1, column + 1
                node = node[token]
            elif isinstance(node, CommentedSeq) and token.isdigit() and int(token) < len(node):
                line, column = node.lc.item(int(token))
                line, column = line + 1, column + 1
                node = node[int(token)]
            else:
                break
        return line, column

    def diagnostic(self, pointer: str, message: str, **kwargs: Any) -> Diagnostic:
        line, column = self.position(pointer)
        return Diagnostic(self.display_path, line, column, message, pointer, **kwargs)


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
