"""Where a huge spec's models go: parts in the order calls meet them (`generator/split.py`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import codec, ir, render, split
from generator.pipeline import build_apis

SPEC = """\
openapi: 3.1.0
info: {title: Order, version: '1'}
servers: [{url: 'https://api.example.com'}]
paths:
  /alpha:
    get:
      operationId: getAlpha
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Alpha'}
  /beta:
    get:
      operationId: getBeta
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Beta'}
components:
  schemas:
    Alpha:
      type: object
      properties:
        zed: {$ref: '#/components/schemas/Zed'}
        mode: {$ref: '#/components/schemas/Mode'}
    Base:
      type: object
      properties:
        id: {type: string}
    Beta:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          properties:
            deep: {$ref: '#/components/schemas/Deep'}
    Deep:
      type: object
      properties:
        n: {type: integer}
    Mode:
      type: string
      enum: [fast, slow]
    Unused:
      type: object
      properties:
        x: {type: string}
    Zed:
      type: object
      properties:
        deep: {$ref: '#/components/schemas/Deep'}
"""


@pytest.fixture
def api(tmp_path: Path) -> ir.Api:
    spec = tmp_path / "order.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    built = build_apis([spec], all_schemas=True)
    (api,) = built.apis.values()
    return api


def test_a_small_spec_keeps_its_order_in_one_module(api: ir.Api) -> None:
    (module,) = split.model_modules(api)
    assert module.name == "models"
    assert module.defined == ["Mode", "Alpha", "Base", "Beta", "Deep", "Unused", "Zed"]


def test_parts_follow_the_calls(api: ir.Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each operation's classes, each followed by the types its fields name, operation by
    operation; a base before its subclass; what no operation reaches last."""
    monkeypatch.setattr(split, "ONE_MODULE_BUDGET", 1)
    monkeypatch.setattr(split, "PART_BUDGET", 1)  # one declaration a part: the parts' order is the order
    parts = split.model_modules(api)
    assert [part.defined for part in parts] == [["Alpha"], ["Zed"], ["Mode"], ["Base"], ["Beta"], ["Deep"], ["Unused"]]
    assert [part.name for part in parts] == [f"_part_{n}" for n in range(1, 8)]
    beta = parts[4]
    assert beta.runtime_imports == {"_part_4": ["Base"]}  # its base, from an earlier part
    assert beta.checking_imports == {"_part_6": ["Deep"]}


def test_a_module_imports_annotated_only_for_what_it_writes_with_markers() -> None:
    """A written alias is declared as text without markers; a recursive alias and fields with them."""
    tagged = ir.UnionType((ir.ModelType("Post"), ir.ModelType("Pickup")), "kind", (("post", "Post"), ("pickup", "Pickup")))
    assert codec.uses_markers(tagged)
    module = split.ModelModule("_part_2", aliases=[ir.Alias("Shipping", "", tagged)])
    assert not [line for line in render.model_imports(module) if "Annotated" in line]
    module.recursive_aliases = [ir.Alias("Route", "", ir.ListType(tagged), recursive=True)]
    assert [line for line in render.model_imports(module) if "Annotated" in line]
