"""Quoting: spec text becomes literals and docstrings, never code."""

from __future__ import annotations

import ast

import pytest

from generator.quoting import docstring, py_literal, prose

HOSTILE = [
    '"""; import os',
    "'''",
    "\\",
    "a\nb",
    "# comment",
    "{{ 7*7 }} {% if x %}",
    "__import__('os').system('echo pwned')",
    "\u2028\u2029",
    "\x00",
    "\u202egnp.exe",
    'ends with a quote"',
    "ends with a backslash\\",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_literals_evaluate_back_to_the_text(text: str) -> None:
    assert ast.literal_eval(py_literal(text)) == text


@pytest.mark.parametrize("text", HOSTILE)
def test_docstrings_stay_one_string_statement(text: str) -> None:
    module = ast.parse(f"def f():\n    {docstring(text)}\n    return 1\n")
    body = module.body[0].body  # type: ignore[attr-defined]
    assert len(body) == 2
    assert isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)


@pytest.mark.parametrize("text", HOSTILE)
def test_prose_is_one_safe_line(text: str) -> None:
    assert "\n" not in prose(text)
    module = ast.parse(f'"""{prose(text)} """')
    assert len(module.body) == 1


def test_literals_refuse_anything_but_plain_data() -> None:
    assert py_literal({"a": [1, 2.5, None, True]}) == '{"a": [1, 2.5, None, True]}'
    assert py_literal((("a", "b"),)) == '(("a", "b"),)'
    assert py_literal({"a": [1e16, "it's"]}, black_style=False) == "{'a': [1e+16, \"it's\"]}"  # the README's spelling
    with pytest.raises(TypeError):
        py_literal(object())
