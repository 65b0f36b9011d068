"""Spec text is untrusted: it must land in generated code as data, never as code."""

from __future__ import annotations

import ast
import importlib
import json
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import generate_packages

PAYLOADS = [
    '"""', "'''", "\\", "\n", "# ", "{{ 7*7 }}", "{% raw %}", "__import__('os').system('touch PWNED')",
    "\u2028", "\u2029", "\x00", "\u202e", "\r",
]
HOSTILE = "x" + "".join(PAYLOADS) + "y"


def spec(text: str, name: str = "prop") -> dict[str, Any]:
    """A small spec with `text` in every position that reaches generated code."""
    return {
        "openapi": "3.1.0",
        "info": {"title": text, "version": text, "description": text, "x-note": text},
        "servers": [{"url": "https://example.com/" + text, "description": text}],
        "paths": {
            "/items/{id}": {
                "get": {
                    "operationId": "getItem",
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}, "description": text},
                        {"name": name, "in": "query", "schema": {"type": "string", "default": text}, "description": text},
                        {"name": "kind", "in": "header", "schema": {"type": "string", "enum": [text, "b"]}},
                    ],
                    "responses": {
                        "200": {
                            "description": text,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}, "example": {name: text}}},
                        },
                        "404": {"description": text, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "description": text,
                    "properties": {
                        name: {"type": "string", "description": text, "example": text},
                        "status": {"type": "string", "enum": [text, "ok"], "description": text},
                    },
                }
            }
        },
    }


def generate(tmp_path: Path, document: dict[str, Any]) -> dict[str, bytes]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "api.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = generate_packages([path])
    assert not result.errors, [str(d) for d in result.errors]
    return result.packages["api"]


class _Normalize(ast.NodeTransformer):
    """Erases what spec text may legitimately change: string constants and names from the spec."""

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        return ast.Constant(value="S") if isinstance(node.value, str) else node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.Name(id="N", ctx=node.ctx)

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for attribute in ("name", "attr", "arg", "id"):
            if isinstance(getattr(node, attribute, None), str):
                setattr(node, attribute, "N")
        return super().generic_visit(node)


def shape(source: bytes) -> str:
    tree = _Normalize().visit(ast.parse(source))
    return ast.dump(tree, annotate_fields=False)


def modules(files: dict[str, bytes]) -> dict[str, bytes]:
    return {name: data for name, data in files.items() if name.endswith(".py")}


def test_hostile_text_changes_no_code(tmp_path: Path) -> None:
    benign = modules(generate(tmp_path / "a", spec("plain text")))
    hostile = modules(generate(tmp_path / "b", spec(HOSTILE + "z" * 100_000)))
    assert benign.keys() == hostile.keys()
    for name in benign:
        assert shape(benign[name]) == shape(hostile[name]), name


def test_importing_a_hostile_package_runs_nothing_from_the_spec(tmp_path: Path, monkeypatch: Any) -> None:
    out = tmp_path / "out"
    for name, data in generate(tmp_path, spec(HOSTILE)).items():
        (out / "api" / name).parent.mkdir(parents=True, exist_ok=True)
        (out / "api" / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(out))
    for module in ("api", "api.models", "api.client", "api.operations", "api.errors"):
        sys.modules.pop(module, None)
        importlib.import_module(module)
    assert not (tmp_path / "PWNED").exists()
    models = importlib.import_module("api.models")
    item = models.Item.from_dict({"prop": HOSTILE, "status": HOSTILE})
    assert item.to_dict() == {"prop": HOSTILE, "status": HOSTILE}
    assert item.status == models.ItemStatus(HOSTILE)
    for module in [m for m in sys.modules if m == "api" or m.startswith("api.")]:
        del sys.modules[module]


TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT)
def test_any_text_in_any_position_keeps_the_code_shape(tmp_path: Path, text: str) -> None:
    # Blank text is no text: a description of spaces documents nothing, and gets no docstring.
    blank = not text.strip()
    reference = modules(generate(tmp_path / "ref", spec(" " if blank else "plain text")))
    generated = modules(generate(tmp_path / "gen", spec(text or " ")))
    for name, source in generated.items():
        compile(source, name, "exec")
        assert shape(source) == shape(reference[name]), name
