"""Spec descriptions, written in CommonMark or HTML, as plain text for docstrings and READMEs.

Vendors write `<code>`, `<br/>`, `<ul><li>`, `**bold**` and `[links](url)` in their
descriptions; a docstring shows them raw. Here tags become the text they stand for (a line
break, a `- ` item, `code` in backticks, a link as `text (url)`), entities are decoded, and
CommonMark's emphasis, headings and links are reduced to their words. What is left reads
the same in `help()` and in an editor. Other text is left exactly as written.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\(\s*<?([^()\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")

_BREAKS = {"br": "\n", "p": "\n\n", "div": "\n", "tr": "\n", "table": "\n", "pre": "\n"}
_BLOCKS = {f"h{level}" for level in range(1, 7)} | {"ul", "ol", "blockquote", "dl"}
_CODE = {"code", "tt", "kbd", "samp"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []  # href of each open <a>, "" for none
        self.lists: list[str] = []  # "ul" or "ol" of each open list
        self.counters: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAKS:
            self.parts.append(_BREAKS[tag])
        elif tag in _BLOCKS:
            self.parts.append("\n\n" if not tag.endswith("l") else "\n")
            if tag in ("ul", "ol"):
                self.lists.append(tag)
                self.counters.append(0)
        elif tag == "li":
            if self.lists and self.lists[-1] == "ol":
                self.counters[-1] += 1
                self.parts.append(f"\n{'  ' * (len(self.lists) - 1)}{self.counters[-1]}. ")
            else:
                self.parts.append(f"\n{'  ' * max(len(self.lists) - 1, 0)}- ")
        elif tag in _CODE:
            self.parts.append("`")
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _CODE:
            self.parts.append("`")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href.startswith(("http://", "https://")) and not "".join(self.parts).endswith(href):
                self.parts.append(f" ({href})")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.counters.pop()
            self.parts.append("\n")
        elif tag in _BLOCKS or tag == "p":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _without_tags(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


def _link(match: re.Match[str]) -> str:
    label, url = match.group(1), match.group(2)
    if url.startswith(("http://", "https://")) and url != label:
        return f"{label} ({url})" if label else url
    return label


def plain_text(text: str) -> str:
    """A description as plain text: tags, entities and CommonMark markup made into words."""
    if not text:
        return text
    if _TAG.search(text):
        text = _without_tags(text)
    text = _LINK.sub(_link, text)
    text = _EMPHASIS.sub(r"\2", text)
    text = _HEADING.sub(r"\1", text)
    lines = [line.rstrip() for line in text.splitlines()]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
