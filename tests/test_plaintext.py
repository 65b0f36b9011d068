"""Descriptions written in CommonMark or HTML read as plain text in docstrings."""

from __future__ import annotations

import pytest

from generator.plaintext import plain_text


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("Returns <code>200 OK</code>.", "Returns `200 OK`."),
        ("One<br/>two<br>three", "One\ntwo\nthree"),
        ("<p>First.</p><p>Second.</p>", "First.\n\nSecond."),
        ("Kinds:<ul><li>card</li><li>bank</li></ul>", "Kinds:\n\n- card\n- bank"),  # set off, as Markdown does
        ("Steps:<ol><li>ask</li><li>pay</li></ol>", "Steps:\n\n1. ask\n2. pay"),
        ('See <a href="https://example.com/x">the docs</a>.', "See the docs (https://example.com/x)."),
        ('<a href="https://example.com">https://example.com</a>', "https://example.com"),
        ("<b>Bold</b>, <i>italic</i> &amp; <strong>strong</strong> &lt;tag&gt;", "Bold, italic & strong <tag>"),
        ("See [Vendor](entity:Vendor) and [docs](https://example.com).", "See Vendor and docs (https://example.com)."),
        ("__Deprecated__: use **x** instead.", "Deprecated: use x instead."),
        ("### Notes\nText", "Notes\nText"),
        ("Line  \n\n\n\nNext", "Line\n\nNext"),
    ],
)
def test_markup_becomes_words(written: str, plain: str) -> None:
    assert plain_text(written) == plain


@pytest.mark.parametrize(
    "text",
    [
        "amount < 10 and > 2",
        "snake_case names and a_b__c stay",
        "`code` and *single stars* stay",
        "1. a list\n2. stays as written\n- and this",
        "",
    ],
)
def test_plain_text_is_left_as_written(text: str) -> None:
    assert plain_text(text) == text
