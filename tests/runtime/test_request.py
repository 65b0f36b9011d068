"""`generator.runtime.request`: what a call sends, checked and encoded before anything is sent."""

from __future__ import annotations

import dataclasses
import enum
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qsl, unquote

import httpx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from generator.runtime.decoding import identity
from generator.runtime.exceptions import ApiError, ArgumentError, DecodeError
from generator.runtime.model import Key, Model
from generator.runtime.request import (
    RawResponse,
    Request,
    check_length,
    check_range,
    cookie_header,
    encode_query,
    expand_path,
    form_fields,
    multipart_parts,
    path_segment,
    path_value,
    serialize,
    warn_deprecated,
)
from generator.runtime.unset import UNSET, Unset


class Status(str, enum.Enum):
    PAID = "paid"


class Level(int, enum.Enum):
    HIGH = 2


AT = datetime(2024, 3, 5, 10, 20, 30, tzinfo=timezone(timedelta(hours=3)))


# -- bounds --------------------------------------------------------------------------------


def test_check_range_accepts_the_bounds_themselves() -> None:
    check_range("page_size", 1, minimum=1, maximum=50)
    check_range("page_size", 50, minimum=1, maximum=50)
    check_range("ratio", 0.5, exclusive_minimum=0, exclusive_maximum=1)
    check_range("page_size", None, minimum=1)


@pytest.mark.parametrize(
    ("value", "bounds", "expected"),
    [
        (0, {"minimum": 1}, "page_size must be >= 1, got 0"),
        (51, {"maximum": 50}, "page_size must be <= 50, got 51"),
        (0, {"exclusive_minimum": 0}, "page_size must be > 0, got 0"),
        (1.0, {"exclusive_maximum": 1}, "page_size must be < 1, got 1.0"),
        (-0.5, {"minimum": 0.25, "maximum": 2}, "page_size must be >= 0.25, got -0.5"),
    ],
)
def test_check_range_refusals(value: float, bounds: dict[str, float], expected: str) -> None:
    with pytest.raises(ArgumentError) as error:
        check_range("page_size", value, **bounds)
    assert str(error.value) == expected


def test_check_length() -> None:
    check_length("ids", [1, 2], minimum=2, maximum=2)
    check_length("name", "abc", minimum=1, maximum=3)
    check_length("name", None, minimum=1)
    with pytest.raises(ArgumentError) as error:
        check_length("ids", [], minimum=1)
    assert str(error.value) == "ids must have at least 1 items or characters, got 0"
    with pytest.raises(ArgumentError) as error:
        check_length("name", "abcd", maximum=3)
    assert str(error.value) == "name must have at most 3 items or characters, got 4"


# -- path ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("a,b", "a%2Cb"),
        ("a b", "a%20b"),
        ("100%", "100%25"),
        ("{id}", "%7Bid%7D"),
        ("0.0.0.1+-item-payment+106589", "0.0.0.1+-item-payment+106589"),
        ("user@example.com", "user@example.com"),
        ("a:b;c=d&e!$'()*", "a:b;c=d&e!$'()*"),
        ("café", "caf%C3%A9"),
        ("...a", "...a"),
        (10396168, "10396168"),
        (True, "true"),
        (Status.PAID, "paid"),
        (Level.HIGH, "2"),
        (date(2024, 3, 5), "2024-03-05"),
        (AT, "2024-03-05T10:20:30+03:00"),
        (Decimal("0.00000099"), "0.00000099"),
    ],
)
def test_path_segment(value: object, segment: str) -> None:
    assert path_segment(value) == segment


@pytest.mark.parametrize("value", [".", "..", "...", "...."])
def test_path_segment_refuses_dot_only(value: str) -> None:
    with pytest.raises(ArgumentError) as error:
        path_segment(value)
    assert str(error.value) == (
        f"a path segment cannot be {value!r}: servers read it as a relative path"
    )


@given(st.text(min_size=1))
def test_path_segment_round_trips_through_unquote(text: str) -> None:
    assume(text.strip(".") != "")
    segment = path_segment(text)
    assert unquote(segment) == text
    assert not set(segment) & set("/?#, ")
    assert segment.isascii()


def test_expand_path() -> None:
    template = "/resellers/{reseller_id}/payments/{payment_id}"
    assert expand_path(template, {"reseller_id": 1, "payment_id": "a/b"}) == (
        "/resellers/1/payments/a%2Fb"
    )
    # A value that looks like another placeholder stays a value.
    assert expand_path("/{a}/{b}", {"a": "{b}", "b": "x"}) == "/%7Bb%7D/x"


def test_expand_path_refuses_empty_values() -> None:
    with pytest.raises(ArgumentError) as error:
        expand_path("/payments/{id}", {"id": ""})
    assert str(error.value) == "path parameter 'id' must not be empty"


def test_expand_path_refuses_dot_only_values() -> None:
    with pytest.raises(ArgumentError) as error:
        expand_path("/payments/{id}", {"id": ".."})
    assert str(error.value) == "a path segment cannot be '..': servers read it as a relative path"


# -- query and header parameters -----------------------------------------------------------

COLOURS = ["blue", "black", "brown"]
RGB = {"R": 100, "G": 200, "B": 150}


@pytest.mark.parametrize(
    ("value", "style", "explode", "pairs"),
    [
        # The OpenAPI "Style Examples" table, for a parameter named `color`.
        ("blue", "form", True, [("color", "blue")]),
        ("blue", "form", False, [("color", "blue")]),
        ("", "form", True, [("color", "")]),
        (COLOURS, "form", True, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        (COLOURS, "form", False, [("color", "blue,black,brown")]),
        (RGB, "form", True, [("R", "100"), ("G", "200"), ("B", "150")]),
        (RGB, "form", False, [("color", "R,100,G,200,B,150")]),
        (COLOURS, "spaceDelimited", False, [("color", "blue black brown")]),
        (COLOURS, "spaceDelimited", True, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        (COLOURS, "pipeDelimited", True, [("color", "blue"), ("color", "black"), ("color", "brown")]),
        (RGB, "spaceDelimited", False, [("color", "R 100 G 200 B 150")]),
        (COLOURS, "pipeDelimited", False, [("color", "blue|black|brown")]),
        (RGB, "pipeDelimited", False, [("color", "R|100|G|200|B|150")]),
        (RGB, "deepObject", True, [("color[R]", "100"), ("color[G]", "200"), ("color[B]", "150")]),
        ("blue", "simple", False, [("color", "blue")]),
        (COLOURS, "simple", False, [("color", "blue,black,brown")]),
        (COLOURS, "simple", True, [("color", "blue,black,brown")]),
        (RGB, "simple", False, [("color", "R,100,G,200,B,150")]),
        (RGB, "simple", True, [("color", "R=100,G=200,B=150")]),
        (tuple(COLOURS), "form", False, [("color", "blue,black,brown")]),
        ([], "form", True, []),
        ([], "form", False, [("color", "")]),
    ],
)
def test_serialize_styles(
    value: object, style: str, explode: bool, pairs: list[tuple[str, str]]
) -> None:
    assert serialize("color", value, style, explode) == pairs


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (2.5, "2.5"),
        (Status.PAID, "paid"),
        (Level.HIGH, "2"),
        (AT, "2024-03-05T10:20:30+03:00"),
        (date(2024, 3, 5), "2024-03-05"),
        (Decimal("0.00000099"), "0.00000099"),
    ],
)
def test_serialize_scalars(value: object, text: str) -> None:
    assert serialize("x", value) == [("x", text)]


def test_serialize_items_are_scalars_too() -> None:
    assert serialize("x", [True, Status.PAID, Level.HIGH, AT], "form", False) == [
        ("x", "true,paid,2,2024-03-05T10:20:30+03:00")
    ]
    assert serialize("filter", {"paid": False, "status": Status.PAID}, "deepObject") == [
        ("filter[paid]", "false"),
        ("filter[status]", "paid"),
    ]


def test_serialize_leaves_out_absent_values() -> None:
    assert serialize("x", None) == []
    assert serialize("x", UNSET) == []
    assert serialize("x", UNSET, "form", False) == []


def test_encode_query_keeps_commas_and_brackets() -> None:
    pairs = [("include", "invoices,orders"), ("filter[status]", "paid")]
    assert encode_query(pairs) == "include=invoices,orders&filter[status]=paid"


@pytest.mark.parametrize(
    ("pairs", "query"),
    [
        ([("q", "a b")], "q=a%20b"),
        ([("q", "a+b")], "q=a%2Bb"),
        ([("q", "a&b=c")], "q=a%26b%3Dc"),
        ([("q", "a/b?c#d")], "q=a%2Fb%3Fc%23d"),
        ([("q", "é")], "q=%C3%A9"),
        ([("@type", "Payment")], "%40type=Payment"),
        ([("a b", "")], "a%20b="),
        ([], ""),
    ],
)
def test_encode_query_escapes(pairs: list[tuple[str, str]], query: str) -> None:
    assert encode_query(pairs) == query


PAIRS = st.lists(st.tuples(st.text(), st.text()), max_size=6)


@given(PAIRS)
def test_encode_query_round_trips_through_parse_qsl(pairs: list[tuple[str, str]]) -> None:
    query = encode_query(pairs)
    assert query.isascii()
    assert parse_qsl(query, keep_blank_values=True, strict_parsing=False) == pairs


@given(st.lists(st.text(min_size=1), min_size=1, max_size=5))
def test_serialized_arrays_round_trip(items: list[str]) -> None:
    exploded = encode_query(serialize("ids", items, "form", True))
    assert parse_qsl(exploded, keep_blank_values=True) == [("ids", item) for item in items]
    assume(all("," not in item for item in items))
    joined = encode_query(serialize("ids", items, "form", False))
    assert parse_qsl(joined, keep_blank_values=True) == [("ids", ",".join(items))]
    assert parse_qsl(joined)[0][1].split(",") == items


@given(st.dictionaries(st.text(min_size=1), st.text(), max_size=5))
def test_deep_object_round_trips(value: dict[str, str]) -> None:
    query = encode_query(serialize("filter", value, "deepObject", True))
    assert dict(parse_qsl(query, keep_blank_values=True)) == {
        f"filter[{key}]": item for key, item in value.items()
    }


# -- form bodies ---------------------------------------------------------------------------


def test_form_fields_nest_with_brackets() -> None:
    body = {
        "amount": Decimal("10.50"),
        "capture": True,
        "card": {"number": "4242", "expiry": {"month": 12, "year": 2030}},
        "tags": ["a", "b"],
        "items": [{"sku": "x", "qty": 1}, {"sku": "y", "qty": 2}],
        "status": Status.PAID,
        "at": AT,
        "note": None,
    }
    assert form_fields(body) == [
        ("amount", "10.50"),
        ("capture", "true"),
        ("card[number]", "4242"),
        ("card[expiry][month]", "12"),
        ("card[expiry][year]", "2030"),
        ("tags[0]", "a"),
        ("tags[1]", "b"),
        ("items[0][sku]", "x"),
        ("items[0][qty]", "1"),
        ("items[1][sku]", "y"),
        ("items[1][qty]", "2"),
        ("status", "paid"),
        ("at", "2024-03-05T10:20:30+03:00"),
    ]
    assert encode_query(form_fields({"card": {"number": "4 2"}})) == "card[number]=4%202"


def test_form_fields_of_empty_containers() -> None:
    assert form_fields({}) == []
    assert form_fields({"tags": [], "card": {}}) == []


# -- the request and the raw response ------------------------------------------------------


def test_request_defaults() -> None:
    request = Request("GET", "/payments", identity)
    assert request.query == () and request.headers == () and request.form == ()
    assert isinstance(request.json, Unset)
    assert request.security == () and dict(request.errors) == {}
    assert request.accept == "application/json"
    assert request.exact_numbers is False
    with pytest.raises(AttributeError):
        request.path = "/other"  # type: ignore[misc]
    # Every request gets its own error table.
    assert Request("GET", "/a", identity).errors is not Request("GET", "/b", identity).errors


def test_raw_response_parses_once_and_only_when_asked() -> None:
    response = httpx.Response(201, json={"id": "p1"}, headers={"X-Id": "1"})
    calls: list[int] = []

    def parse() -> dict[str, str]:
        calls.append(1)
        return {"parsed": "p1"}

    raw = RawResponse(response, parse)
    assert calls == []  # nothing is parsed before `parsed` is read
    assert raw.http_response is response
    assert raw.status_code == 201 and raw.headers["x-id"] == "1"
    assert raw.content == b'{"id":"p1"}'
    assert raw.json() == {"id": "p1"}  # the plain JSON, whatever the model says
    assert calls == []
    assert raw.parsed == {"parsed": "p1"}
    assert raw.parsed is raw.parsed  # cached
    assert calls == [1]
    assert repr(raw) == "<RawResponse [201]>"


def test_raw_response_parse_errors_surface_on_parsed_only() -> None:
    response = httpx.Response(200, content=b"<html>ok</html>")
    attempts: list[int] = []

    def parse() -> object:
        attempts.append(1)
        raise DecodeError("the response body is not JSON")

    raw = RawResponse(response, parse)
    assert raw.status_code == 200 and raw.content == b"<html>ok</html>"
    for tries in (1, 2):  # a failed parse is not cached: each read raises again
        with pytest.raises(DecodeError) as error:
            _ = raw.parsed
        assert str(error.value) == "the response body is not JSON"
        assert len(attempts) == tries


# -- path styles, nested deepObject, models as values, cookies ---------------------------------


@pytest.mark.parametrize(
    ("value", "style", "explode", "segment"),
    [
        # The OpenAPI "Style Examples" table, for a path parameter named `color`.
        ("blue", "simple", False, "blue"),
        (COLOURS, "simple", False, "blue,black,brown"),
        (RGB, "simple", False, "R,100,G,200,B,150"),
        (RGB, "simple", True, "R=100,G=200,B=150"),
        ("blue", "label", False, ".blue"),
        (COLOURS, "label", False, ".blue,black,brown"),
        (COLOURS, "label", True, ".blue.black.brown"),
        (RGB, "label", False, ".R,100,G,200,B,150"),
        (RGB, "label", True, ".R=100.G=200.B=150"),
        ("blue", "matrix", False, ";color=blue"),
        (COLOURS, "matrix", False, ";color=blue,black,brown"),
        (COLOURS, "matrix", True, ";color=blue;color=black;color=brown"),
        (RGB, "matrix", False, ";color=R,100,G,200,B,150"),
        (RGB, "matrix", True, ";R=100;G=200;B=150"),
    ],
)
def test_path_value_styles(value: object, style: str, explode: bool, segment: str) -> None:
    assert path_value("color", value, style, explode) == segment


def test_path_items_are_encoded_one_by_one() -> None:
    """A `,` inside an item is encoded; the `,` between items is the list's."""
    assert path_value("ids", ["a,b", "c/d"]) == "a%2Cb,c%2Fd"
    assert expand_path("/x/{ids}/{m}", {"ids": ["a", "b"], "m": 7}, {"m": ("matrix", False)}) == "/x/a,b/;m=7"


def test_deep_object_nests_and_lists() -> None:
    value = {"created": {"gte": 1, "lt": 5}, "ids": ["a", "b"], "none": None}
    assert serialize("filter", value, "deepObject") == [
        ("filter[created][gte]", "1"),
        ("filter[created][lt]", "5"),
        ("filter[ids][]", "a"),
        ("filter[ids][]", "b"),
    ]


@dataclasses.dataclass(slots=True, kw_only=True)
class Point(Model):
    x: int
    y: int | Unset = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict[str, Any])


def test_models_are_serialized_as_their_json() -> None:
    assert serialize("point", Point(x=1, y=2), "form", True) == [("x", "1"), ("y", "2")]
    assert serialize("point", Point(x=1), "form", False) == [("point", "x,1")]
    assert serialize("p", Point(x=3), "deepObject") == [("p[x]", "3")]
    assert path_value("p", Point(x=1, y=2), "simple", True) == "x=1,y=2"


def test_cookie_header_encodes_what_would_split_it() -> None:
    assert cookie_header([("session", "a b;c,d"), ("theme", "dark")]) == "session=a%20b%3Bc%2Cd; theme=dark"


@dataclasses.dataclass(slots=True, kw_only=True)
class Upload(Model):
    file: bytes
    meta: Point | Unset = UNSET
    tags: list[str] | Unset = UNSET
    note: Annotated[str | Unset, Key("the note")] = UNSET
    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict[str, Any])


def test_multipart_parts() -> None:
    upload = Upload(file=b"\x89PNG", meta=Point(x=1), tags=["a"], note="hi", additional_properties={"n": 2})
    assert multipart_parts(upload, {"file": "image/png"}) == [
        ("file", ("file", b"\x89PNG", "image/png")),
        ("meta", (None, b'{"x":1}', "application/json")),
        ("tags", (None, b'["a"]', "application/json")),
        ("the note", (None, b"hi", None)),
        ("n", (None, b"2", None)),
    ]
    assert multipart_parts(Upload(file=b"")) == [("file", ("file", b"", "application/octet-stream"))]
    assert multipart_parts({"flag": True, "skip": None}) == [("flag", (None, b"true", None))]


def called_from_here() -> None:
    warn_deprecated("old()")


def test_warn_deprecated_points_at_the_caller_of_the_method() -> None:
    def method() -> None:  # stands for the client method that calls the request builder
        called_from_here()

    with pytest.warns(DeprecationWarning, match=r"^old\(\) is deprecated$") as caught:
        method()  # the line the warning names
    source = Path(__file__).read_text().splitlines()
    assert caught[0].filename == __file__
    assert source[caught[0].lineno - 1].strip() == "method()  # the line the warning names"
