"""`layout.lay_out` splits a long line exactly as black does, for the shapes the templates emit;
`quoting` spells string literals and docstrings as black does.

Each case is laid out by `lay_out` and by black itself (the line placed in a class, a function
or an exploded call, so black sees it at the same indentation and in the same role).
"""

from __future__ import annotations

import black
import pytest

from generator.formatting import BLACK_MODE
from generator.layout import lay_out
from generator.quoting import docstring, py_literal

LONG = "SomeRatherLongModelName"


def black_layout(text: str, indent: int, kind: str) -> str:
    """What black makes of `text` at `indent` columns: a statement, or an item of an exploded
    call ("element") or of an exploded signature ("parameter")."""
    if kind == "statement":
        openers = ["class Outer:", "    def method(self):"][: indent // 4]
        source = "".join(line + "\n" for line in openers) + " " * indent + text + "\n"
        if text.startswith(("def ", "async def ", "class ")) or text.endswith(":"):
            source += " " * (indent + 4) + "pass\n"
        formatted = black.format_str(source, mode=BLACK_MODE)
        lines = formatted.splitlines(keepends=True)[len(openers) :]
        return "".join(lines[:-1] if source.endswith("pass\n") else lines)
    depth = indent // 4
    openers = [" " * 4 * level + f"call{level}(" for level in range(depth)]
    closers = [" " * 4 * level + ")" + ("," if level else "") for level in reversed(range(depth))]
    if kind == "entry":  # an item of an exploded dict
        openers[-1] = " " * 4 * (depth - 1) + ("x={" if depth > 1 else "x = {")
        closers[0] = " " * 4 * (depth - 1) + "}" + ("," if depth > 1 else "")
    if kind == "parameter":
        assert depth == 1
        openers, closers = ["def method(", "    *,"], [") -> None:", "    pass"]
    source = "\n".join(openers + [" " * indent + text] + closers) + "\n"
    formatted = black.format_str(source, mode=BLACK_MODE).splitlines(keepends=True)
    return "".join(formatted[len(openers) : len(formatted) - len(closers)])


CASES = [
    # statements: calls, returns, assignments, annotated fields, signatures, imports
    ("return self.send(operations.get_payment(reseller_id=reseller_id, payment_id=payment_id, include=include)).parsed", 8, "statement"),
    ("return self.send(operations.list_payments(" + ", ".join(f"argument_{i}=argument_{i}" for i in range(12)) + ")).parsed", 8, "statement"),
    ("return (await self.send(operations.list_payments(" + ", ".join(f"argument_{i}=argument_{i}" for i in range(5)) + "))).parsed", 8, "statement"),
    ("return await self._client.send(operations.list_payments(" + ", ".join(f"argument_{i}=argument_{i}" for i in range(6)) + "))", 8, "statement"),
    ('self.get_payment: _kit.Operation[models.PaymentDocument, GetPaymentArguments] = _kit.Operation(self, "get_payment", _json)', 8, "statement"),
    ("self.copilot_list_copilot_coding_agent_selected_repositories_for_organization: _kit.Operation[models.CopilotListCopilotCodingAgentSelectedRepositoriesForOrganizationResponse, CopilotListArguments] = _kit.Operation(self, \"copilot_list_copilot_coding_agent_selected_repositories_for_organization\", _json)", 8, "statement"),
    (f"self.list_all: _kit.PagedOperation[models.{LONG}, ListAllArguments, models.{LONG}Item] = _kit.PagedOperation(self, \"list_all\", _a, _b)", 8, "statement"),
    ('api_token_header = _rt.from_environment(api_token_header, "ACTIVEPLATFORM_V3_API_TOKEN_HEADER_WITH_A_LONG_NAME")', 8, "statement"),
    ('_rt.require_all(_REQUIRED_CREDENTIALS, {"api_token_header": api_token_header,})', 8, "statement"),
    (f'field: Annotated[list[{LONG}] | None, _rt.Key("some-wire-name")] | _rt.Unset = _rt.UNSET', 4, "statement"),
    (f"field: {LONG}Aaaaaaaaaa | Other{LONG}Bbbbbbbbbbb | None | _rt.Unset = _rt.UNSET", 4, "statement"),
    (f'field: Annotated[list[{LONG}] | None | _rt.Unset, _rt.Key("x")] = _rt.UNSET', 4, "statement"),
    (f'field: Annotated[{LONG} | {LONG}Other | None, _rt.Tagged("type", {{"a": "{LONG}", "b": "{LONG}Other"}})] | _rt.Unset = _rt.UNSET', 4, "statement"),
    (f"additional_properties: dict[str, {LONG} | {LONG}Other] = _dataclasses.field(default_factory=_rt.no_extra_keys)", 4, "statement"),
    ('_subtypes = ("@type", {"PaymentMethodRef": "PaymentMethodRef", "Cash": "Cash", "Check": "Check", "Card": "Card"})', 4, "statement"),
    (f'{LONG}Alias: TypeAlias = "list[{LONG} | {LONG}Other | {LONG}Third | {LONG}Fourth]"', 0, "statement"),
    (f'{LONG}Alias: TypeAlias = {LONG} | list["{LONG}Other"] | dict[str, "{LONG}Third"] | None', 0, "statement"),
    (f'VERY_LONG_MEMBER_NAME_OF_AN_ENUM = "a value that is far too long to fit on one line of a hundred columns at all"', 4, "statement"),
    ('x = {"a": {"type": "object", "required": ["id", "document_id", "status"], "properties": {"id": {"type": "integer"}}}}', 0, "statement"),
    ('_rt.check_type("payment_method_type", payment_method_type, (models.ListPaymentsPaymentMethodType, str))', 4, "statement"),
    ('_rt.check_range("amount", amount, minimum=1, maximum=99999999999, exclusive_minimum=False, exclusive_maximum=True)', 4, "statement"),
    ("if consumer_key is not None and consumer_secret is not None and token is not None and token_secret is not None:", 4, "statement"),
    ('found["elanceOAuth1"] = OAuth1HmacSha1(_rt.require("consumer_key", consumer_key), _rt.require("secret", secret))', 8, "statement"),
    ("return page.data_items_of_the_page if isinstance(page.data_items_of_the_page, list) else [] if page else []", 4, "statement"),
    (f"return [{LONG}.to_dict() for item0 in value] if value is not None else [item1.to_dict() for item1 in other_value]", 4, "statement"),
    (f"return {{key0: _rt.encode_datetime(item0) for key0, item0 in value_with_a_long_name_to_push_it_over.items()}}", 4, "statement"),
    (f"return _rt.decode_list(value, lambda item0: _rt.decode_map(item0, lambda item1: models.{LONG}.from_dict(item1)))", 4, "statement"),
    (f"def retrieve_business_booking_profile() -> _rt.Request[models.Retrieve{LONG}Response]:", 0, "statement"),
    (f"def list_payments(*, api_version: str | None = None, page: int | None = None, page_size: {LONG} | None = None,) -> _rt.Request[models.{LONG}]:", 0, "statement"),
    (f"def list_payments(self, *, api_version: str | None = None,) -> models.{LONG} | models.{LONG}Other | models.{LONG}Third:", 4, "statement"),
    ("def method_without_arguments(self,) -> models.PaymentCollection:", 4, "statement"),
    (f"async def list_payments(self, *, page: int | None = None,) -> _rt.RawResponse[models.{LONG} | models.{LONG}Other]:", 4, "statement"),
    (f"def _list_payments_items(page: models.{LONG}Collection) -> list[models.{LONG}Item | models.{LONG}Other]:", 0, "statement"),
    (f"def _get_interaction_restrictions_json(value: models.InteractionLimitResponse | dict[str, Any]) -> object:", 0, "statement"),
    (f"def _get_interaction_restrictions_json(value: models.InteractionLimitResponse, other: dict[str, Any]) -> object:", 0, "statement"),
    (f"def related(self, relationship: str) -> list[{LONG} | {LONG}Other | {LONG}Third]:", 4, "statement"),
    (f"class {LONG}Error(_rt.UnprocessableEntityError, TypedApiError[models.{LONG}ErrorResponse]):", 0, "statement"),
    ("from ._part_1 import " + ", ".join(f"Name{i}{LONG}" for i in range(6)), 4, "statement"),
    (f"from ._part_1 import Only{LONG}{LONG}{LONG}X", 0, "statement"),
    # items of exploded calls and signatures
    ('path=_rt.expand_path("/api/vendor/v1/payments/{id}.json", {"id": id,}),', 8, "element"),
    ('path=_rt.expand_path("/v1/accounts/{account}/external_accounts/{id}", {"account": account, "id": id}, {"id": ("label", True),}),', 8, "element"),
    ('*_rt.serialize("a_long_query_parameter_name", a_long_query_parameter_name, "deepObject", True),', 12, "element"),
    (f"json=_rt.encode_any(body_of_the_request) if body_of_the_request is not None else _rt.UNSET,", 8, "element"),
    (f"form=_rt.form_fields([item0.to_dict() for item0 in body_of_the_request]) if body_of_the_request is not None else (),", 8, "element"),
    (f"decode=lambda item0: _rt.decode_list(item0, models.{LONG}.from_dict),", 8, "element"),
    (f"decode=_rt.decode_union(value, (models.{LONG}.from_dict, _rt.expect_str), (\"{LONG}\", \"str\")),", 8, "element"),
    (f'422: _rt.decode_tagged(value, "type", {{"a": models.{LONG}.from_dict}}, (models.{LONG}.from_dict,), ("{LONG}",)),', 12, "entry"),
    ('schemes=(_kit.SchemeSpec("apiToken", "api_key_query", "api_token"),),', 4, "element"),
    ('schemes=(_kit.SchemeSpec("apiToken", "api_key_query", "api_token"), _kit.SchemeSpec("basic", "http_basic", None),),', 4, "element"),
    ('schemas={"Payment": {"type": "object", "required": ["id", "status"], "properties": {"id": {"type": "integer"}, "status": {"$ref": "#/components/schemas/PaymentStatus"}}}},', 4, "element"),
    ('examples=({"id": 2007039, "document_id": "P006131", "orders": [], "created_at": "2016-10-04T10:52:17.813+03:00", "nested": [[1, 2], [3, 4]]},),', 20, "element"),
    ('security=(("apiToken",), ("basicAuth", "oauth2"), ("aVeryLongSecuritySchemeName", "anotherVeryLongSchemeName")),', 12, "element"),
    (f'"an_environment_with_a_long_name": "https://{LONG.lower()}.example.com/api/v1/with/a/very/long/path",', 4, "entry"),
    (f"{LONG}: {LONG}Error,", 4, "entry"),
    (f'api_version: str | None = "2019-02-18-a-very-long-default-value-that-pushes-the-line-over-the-limit",', 4, "parameter"),
    (f"page_size: models.{LONG} | models.{LONG}Other | models.{LONG}Third | None = None,", 4, "parameter"),
    (f"httpx_client: httpx.Client | None = None,", 4, "parameter"),
]


@pytest.mark.parametrize(("text", "indent", "kind"), CASES, ids=[f"{kind}-{text[:40]}" for text, _, kind in CASES])
def test_a_line_is_laid_out_as_black_lays_it_out(text: str, indent: int, kind: str) -> None:
    assert lay_out(text, indent, "element" if kind == "entry" else kind) == black_layout(text, indent, kind)


def test_a_line_that_fits_is_returned_as_it_is_indented() -> None:
    assert lay_out('x = f("a", b)', 8) == '        x = f("a", b)\n'


STRINGS = ["plain", "it's", 'say "hi"', "it's \"both\"", "'\"'\"'", "back\\slash", "tab\tand\nnewline", "ünïcode ✓", ""]


@pytest.mark.parametrize("text", STRINGS)
def test_a_string_literal_is_spelled_as_black_spells_it(text: str) -> None:
    source = f"x = {py_literal(text)}\n"
    assert black.format_str(f"x = {text!r}\n", mode=BLACK_MODE) == source
    assert black.format_str(source, mode=BLACK_MODE) == source


@pytest.mark.parametrize("value", [1e16, 1.5e-07, 0.1, [1e22, {"k": (2.5e300,)}]])
def test_a_number_is_spelled_as_black_spells_it(value: object) -> None:
    source = f"x = {py_literal(value)}\n"
    assert black.format_str(source, mode=BLACK_MODE) == source


DOCSTRINGS = [
    "One line.",
    '"Quoted" at the start',
    'Quoted at the "end"',
    "First line.\n\n    Indented the same:\n    twice.",
    "First line.\n  - indented\n    - deeper",
    "Ends in a backslash\\\n  kept as written",
]


@pytest.mark.parametrize("text", DOCSTRINGS)
def test_a_docstring_is_laid_out_as_black_lays_it_out(text: str) -> None:
    source = f"class A:\n    {docstring(text, 4)}\n\n    x = 1\n"
    assert black.format_str(source, mode=BLACK_MODE) == source

