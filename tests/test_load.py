"""The loader: plain data out, located errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import InvalidInput
from generator.load import RoundTripLocator, join_pointer, load_document
from tests.paths import ROOT



def problems(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as raised:
        load_document(path)
    return [str(d).replace(str(tmp_path) + "/", "") for d in raised.value.diagnostics]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("syntax.yaml", "a: 1\nb: [1, 2\n", "syntax.yaml:3:1: invalid YAML: did not find expected ',' or ']'"),
        ("empty.yaml", "", "empty.yaml:1:1: the file is empty"),
        ("list.yaml", "- 1\n", "list.yaml:1:1: the document must be a mapping, found a sequence"),
        ("dup.yaml", "a:\n  x: 1\n  x: 2\n", 'dup.yaml:3:3: invalid YAML: duplicate key "x"'),
        ("dup.json", '{"a": 1,\n "a": 2}', 'dup.json:2:2: invalid JSON: duplicate key "a"'),
        ("bad.json", '{"a": }', "bad.json:1:7: invalid JSON: Expecting value"),
    ],
)
def test_unreadable_files_are_reported_with_their_location(tmp_path: Path, name: str, text: str, expected: str) -> None:
    assert problems(tmp_path, name, text) == [expected]


def test_positions_are_found_lazily_by_json_pointer(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text("openapi: 3.1.0\npaths:\n  /a/{b}:\n    get:\n      operationId: x\n", encoding="utf-8")
    document = load_document(path)
    assert document.data["paths"]["/a/{b}"]["get"]["operationId"] == "x"
    assert document.position("/paths/~1a~1{b}/get/operationId") == (5, 7)
    assert document.position("/paths/~1a~1{b}/get/missing") == (4, 5)  # nearest ancestor


def test_json_and_yaml_give_the_same_data(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"openapi": "3.1.0", "info": {"title": "T"}}')
    (tmp_path / "a.yaml").write_text("openapi: 3.1.0\ninfo:\n  title: T\n")
    assert load_document(tmp_path / "a.json").data == load_document(tmp_path / "a.yaml").data


TRICKY_YAML = (
    "openapi: 3.1.0\n"
    "info: {title: 'T', version: \"1\", x-list: [a, [b, {c: d}], []]}\n"
    "paths:\n"
    "  /a~b/{c}:\n"
    "    get:\n"
    "      responses:\n"
    "        200: {description: int key}\n"
    "        \"201\":\n"
    "          description: |\n"
    "            block\n"
    "            text: not a key\n"
    "        true: yes\n"
    "        ? complexity\n"
    "        : explicit key\n"
    "      x-plain: a\n"
    "        continued plain scalar\n"
    "      # a comment\n"
    "      '': empty key\n"
    "      x-seq:\n"
    "      - - nested\n"
    "        - {k: v}\n"
    "      -   spaced: item\n"
    "          other: 1\n"
    "components: {schemas: {A: {type: object, properties: {\"a/b\": {type: string}}}}}\n"
)

TRICKY_JSON = (
    '{"openapi": "3.1.0",\r\n "info": {"title": "line\u2028separator \\u2028 and \u0085 next", "version": "1"},\r\n'
    ' "paths": {"/a~b": {"get": {"responses": {"200": {"description": "x", "content": {}}}}}},\r\n'
    '  "x-list": [1, [2, [3, {"k": [true, null, -1.5e3]}]], {}, []],\n'
    '\t"components": {"schemas": {"A": {"properties": {"\\u00e9t\\u00e9": {"type": "string"}, "a/b": {}}}}}}\n'
)


def _every_pointer(node: object, prefix: tuple[str, ...] = ()) -> list[list[str]]:
    found = [list(prefix)]
    if isinstance(node, dict):
        found.append([*prefix, "no such key"])
        for key, value in node.items():
            found += _every_pointer(value, (*prefix, str(key)))
    elif isinstance(node, list):
        found.append([*prefix, str(len(node))])
        for index, value in enumerate(node):
            found += _every_pointer(value, (*prefix, str(index)))
    return found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("tricky.yaml", TRICKY_YAML),
        ("tricky.json", TRICKY_JSON),
        ("anchors.yaml", "a: &x {b: 1}\nc: *x\nd: [*x, &y 2, *y]\n"),
        ("breaks.yaml", "a: \"line\u2028separator\x85next\"\nb: {c: 'd\ufeff'}\ne: [f]\n"),
        *[(path.name, path.read_text(encoding="utf-8")) for path in sorted((ROOT / "specs").glob("*.yaml"))],
    ],
)
def test_positions_are_those_of_the_round_trip_loader_for_every_node(tmp_path: Path, name: str, text: str) -> None:
    """The locators that avoid a second full parse answer what ruamel's round-trip loader answers."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    document = load_document(path)
    exact = RoundTripLocator(document.text)
    for tokens in _every_pointer(document.data):
        pointer = join_pointer("", *tokens)
        line, column = exact.position(tokens)
        assert document.position(pointer) == (line + 1, column + 1), pointer


def test_yaml_with_anchors_takes_the_round_trip_loader(tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text("a: &x {b: 1}\nc: *x\nd:\n  <<: *x\n  e: 2\n", encoding="utf-8")
    document = load_document(path)
    assert document.position("/c/b") == (1, 8)  # where the alias's anchor defines `b`
    assert document.position("/d/e") == (5, 3)
    assert document.position("/d/b") == (3, 1)  # merged in: only its mapping has a position
