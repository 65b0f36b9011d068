"""Spec text made safe for generated code: Python literals, docstrings and README prose.

Every spec string that lands in generated code goes through `py_literal` (code) or
`docstring`/`prose`/`markdown` (documentation); templates never paste spec text in unquoted.
"""

from __future__ import annotations

import json
from typing import Any


def py_literal(value: Any, black_style: bool = True) -> str:
    """A Python literal for a value from the spec: plain data only, nothing else.

    Spelled as black spells it (double quotes, `1e16`), so that black's single pass keeps
    the module as it is; `black_style=False` gives `repr`'s spelling, which the README's
    examples (never formatted) have always shown.
    """
    if isinstance(value, str):
        return string_literal(value) if black_style else repr(value)
    if isinstance(value, float) and black_style:
        return repr(value).replace("e+", "e")
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        inner = ", ".join(py_literal(item, black_style) for item in value)
        if isinstance(value, tuple):
            return f"({inner},)" if len(value) == 1 else f"({inner})"
        return f"[{inner}]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(k, black_style)}: {py_literal(v, black_style)}" for k, v in value.items()) + "}"
    raise TypeError(f"not a literal: {type(value).__name__}")


def string_literal(text: str) -> str:
    """`repr(text)` in black's quotes: double quotes unless they would need more escapes."""
    literal = repr(text)
    if literal[0] == '"':
        return literal  # repr picks double quotes only for text with ' and no "
    singles, doubles = text.count("'"), text.count('"')
    if doubles > singles:
        return literal
    body = literal[1:-1].replace("\\'", "'").replace('"', '\\"') if singles else literal[1:-1]
    return f'"{body}"'


def json_text(value: Any) -> str:
    """A spec value as its JSON reads in documentation: `10`, `all`, `true`, `["a", "b"]`."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _escape_for_docstring(text: str) -> str:
    """Makes text safe between triple quotes: backslashes, quotes and invisible characters."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    out = []
    for char in text:
        if char == "\n" or char == "\t" or char.isprintable():
            out.append(char)
        else:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}" if ord(char) < 0x10000 else f"\\U{ord(char):08x}")
    escaped = "".join(out).replace("\t", "    ")
    if escaped.endswith('"'):
        escaped = escaped[:-1] + '\\"'
    return escaped


def docstring(text: Any, indent: int = 4, block: bool = False, of_attribute: bool = False) -> str:
    """A complete docstring statement, indented by `indent` after its first line.

    As a `{% filter %}` block (`block=True`) the first line is indented too, because Jinja
    strips the whitespace before block tags. A docstring of a module, class or function is
    laid out as black lays one out (its common indentation removed, a quote at either end
    padded with a space); black leaves the string after an attribute (`of_attribute`) as
    it is written.
    """
    lines = [line.rstrip() for line in _escape_for_docstring(str(text).strip()).splitlines()]
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    if not lines or not lines[0]:
        lines = ["No description."]
    backslash_newline = len(lines) > 1 and any(line.endswith("\\") for line in lines)
    if not of_attribute and not backslash_newline:  # black leaves a docstring with `\` + newline alone
        lines = _as_black_lays_out(lines)
    pad = " " * indent
    lead, end = (pad, "\n") if block else ("", "")
    if len(lines) == 1:
        return f'{lead}"""{lines[0]}"""{end}'
    body = "\n".join((pad + line) if line else "" for line in lines[1:])
    return f'{lead}"""{lines[0]}\n{body}\n{pad}"""{end}'


def _as_black_lays_out(lines: list[str]) -> list[str]:
    common = min((len(line) - len(line.lstrip()) for line in lines[1:] if line), default=0)
    lines = [lines[0]] + [line[common:] for line in lines[1:]]
    if lines[0].startswith('"'):
        lines[0] = " " + lines[0]
    if len(lines) == 1 and lines[0].endswith('"'):
        lines[0] += " "
    return lines


def prose(text: Any) -> str:
    """Spec text on one line inside an existing docstring."""
    return " ".join(_escape_for_docstring(str(text)).split())


def markdown(text: Any) -> str:
    """Spec text for the generated README: one paragraph, nothing that could start a block."""
    return " ".join(str(text).replace("<", "&lt;").replace("`", "'").split())
