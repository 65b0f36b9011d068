"""The loader: plain data out, located errors for bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diagnostics import InvalidInput
from generator.load import load_document


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
