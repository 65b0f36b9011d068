"""The test kit's fake API and Prism agree on which requests each spec allows.

The same requests, good and bad (missing required parameters, wrong types, values out of
range or outside their enum, missing or misplaced credentials, a media type the operation
does not serve), are sent to Stoplight Prism and to the package's `testing.FakeApi`, both
over httpx. Prism accepts with a 2xx and refuses with a 4xx; the fake answers, or raises
`RequestViolation`. Every decision must be the same, except where Prism documents that it
does not check: it skips Elance's OAuth 1.0a scheme ("http/oauth" is unsupported), so it
serves an unsigned Elance request that the fake refuses. That difference is asserted as
such, not hidden.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.prism import prism_mock

from tests.test_prism_contract import (
    BRM_AUTH,
    BRM_PAYMENT,
    CORRECT,
    ELANCE_AUTH,
    REJECTIONS,
    V3_HEADERS,
    V3_PAYMENT,
    WEPAY_HEADERS,
    Call,
    PrismFor,
    prism,
)
from tests.paths import ROOT

__all__ = ["prism"]  # the contract test's fixture: one Prism per spec, started on first use

FAKE_BASE_URL = "http://fake.test"  # Prism serves each spec's paths at its root; so does this fake

# More requests than the contract test sends: name -> (call, allowed by the spec).
MORE: dict[str, list[tuple[str, Call, bool]]] = {
    "elance.yaml": [
        ("another id", Call("/pay/getPayment?id=1", ELANCE_AUTH), True),
        ("negative id", Call("/pay/getPayment?id=-7", ELANCE_AUTH), True),
        ("unknown path", Call("/pay/getInvoice?id=1", ELANCE_AUTH), False),
    ],
    "activeplatform_v1.yaml": [
        ("another id", Call("/api/vendor/v1/payments/1.json?api_token=t"), True),
        ("id a fraction", Call("/api/vendor/v1/payments/1.5.json?api_token=t"), False),
        ("token in a header instead", Call("/api/vendor/v1/payments/1.json", {"api_token": "t"}), False),
    ],
    "activeplatform_v3.yaml": [
        ("every include", Call(f"{V3_PAYMENT}?include=invoices,orders,account,payment_method,reseller,charges,corrections", V3_HEADERS), True),
        ("no include", Call(V3_PAYMENT, V3_HEADERS), True),
        ("include twice the same", Call(f"{V3_PAYMENT}?include=orders,orders", V3_HEADERS), True),  # no uniqueItems
        ("plain JSON only", Call(V3_PAYMENT, {**V3_HEADERS, "Accept": "application/json"}), False),
        ("any media type", Call(V3_PAYMENT, {**V3_HEADERS, "Accept": "*/*"}), True),
        ("token in the query instead", Call(f"{V3_PAYMENT}?X-Api-Token=t", {"Accept": "application/vnd.api+json"}), False),
    ],
    "oracle_brm.yaml": [
        ("documented @type", Call(f"{BRM_PAYMENT}?@type=PaymentOracle", BRM_AUTH), True),
        ("fields list", Call(f"{BRM_PAYMENT}?fields=name,paymentItem", BRM_AUTH), True),
        ("bearer scheme in lower case", Call(BRM_PAYMENT, {"Authorization": "bearer t"}), False),
        ("token without a scheme", Call(BRM_PAYMENT, {"Authorization": "t"}), False),
    ],
    "wepay.yaml": [
        ("page_size at its bounds", Call("/payments?page_size=1", WEPAY_HEADERS), True),
        ("page_size at its upper bound", Call("/payments?page_size=50", WEPAY_HEADERS), True),
        ("every filter", Call(
            "/payments?page=abc&create_time_start=0&create_time_end=1510080179&minimum_amount=-5"
            "&maximum_amount=99999&owner_id=o&payment_method_type=payment_bank_ca&payment_method_id=m"
            "&status=canceled&reference_id=r&expand=payment_method",
            {**WEPAY_HEADERS, "Unique-Key": "k"},
        ), True),
        ("minimum_amount not an integer", Call("/payments?minimum_amount=1.5", WEPAY_HEADERS), False),
        ("payment_method_type outside its enum", Call("/payments?payment_method_type=cash", WEPAY_HEADERS), False),
        ("create_time_end negative", Call("/payments?create_time_end=-1", WEPAY_HEADERS), False),
        ("no credentials at all", Call("/payments", {"Api-Version": "3.0"}), False),
    ],
}

# Requests the fake refuses and Prism serves, and why: Prism's own limits, not the spec's rules.
PRISM_DOES_NOT_CHECK = {
    ("elance.yaml", "unsigned request"): "Prism 5 skips `type: http, scheme: OAuth` (http/oauth)",
}
UNSIGNED = [("unsigned request", Call("/pay/getPayment?id=10396168"), False)]


def cases() -> Iterator[tuple[str, str, Call, bool]]:
    for spec_file, (call, _) in sorted(CORRECT.items()):
        yield spec_file, "the contract's correct request", call, True
    for spec_file, rejections in sorted(REJECTIONS.items()):
        for rejection in rejections:
            yield spec_file, rejection.name, rejection.call, False
    for spec_file, more in sorted(MORE.items()):
        for name, call, allowed in more:
            yield spec_file, name, call, allowed
    for name, call, allowed in UNSIGNED:
        yield "elance.yaml", name, call, allowed


def fake_accepts(spec_file: str, call: Call) -> bool:
    testing = importlib.import_module(spec_file.removesuffix(".yaml") + ".testing")
    fake = testing.FakeApi(base_url=FAKE_BASE_URL)
    with httpx.Client(transport=fake, base_url=FAKE_BASE_URL) as client:
        try:
            client.get(call.path, headers=call.headers)
        except testing.RequestViolation:
            return False
    return True


@pytest.mark.parametrize(
    ("spec_file", "name", "call", "allowed"),
    [pytest.param(*case, id=f"{case[0]}-{case[1]}") for case in cases()],
)
def test_fake_and_prism_decide_alike(prism: PrismFor, spec_file: str, name: str, call: Call, allowed: bool) -> None:
    status = prism(spec_file).get(call.path, headers=call.headers).status_code
    prism_accepts = 200 <= status < 300
    assert prism_accepts or 400 <= status < 500, status
    fake = fake_accepts(spec_file, call)
    assert fake == allowed, f"the fake {'accepts' if fake else 'refuses'} it"
    if (spec_file, name) in PRISM_DOES_NOT_CHECK:
        assert prism_accepts and not fake, PRISM_DOES_NOT_CHECK[(spec_file, name)]
    else:
        assert prism_accepts == fake, f"Prism answered {status}; the fake {'accepts' if fake else 'refuses'}"


# -- request bodies: the five specs have none, so a third-party one with a JSON body --------

PETSTORE = ROOT / "tests" / "specs" / "petstore_30.yaml"
JSON = {"Content-Type": "application/json"}
# A body that is not JSON under a JSON media type is not here: Prism 5 never answers it (the
# request times out). The fake's refusal of it is tested in test_kit_fake.py.
BODIES: list[tuple[str, str, str, dict[str, str], bytes | None, bool]] = [
    ("a new pet", "POST", "/pets", JSON, b'{"name": "Tom"}', True),
    ("every field, tag null", "POST", "/pets", JSON, b'{"name": "Tom", "tag": null, "status": "sold"}', True),
    ("name missing", "POST", "/pets", JSON, b'{"tag": "cat"}', False),
    ("name not a string", "POST", "/pets", JSON, b'{"name": 5}', False),
    ("status outside its enum", "POST", "/pets", JSON, b'{"name": "Tom", "status": "lost"}', False),
    ("no body", "POST", "/pets", {}, None, False),
    ("undocumented media type", "POST", "/pets", {"Content-Type": "text/plain"}, b'{"name": "Tom"}', False),
    ("limit and tags", "GET", "/pets?limit=100&tags=a&tags=b", {}, None, True),
    ("limit above its maximum", "GET", "/pets?limit=101", {}, None, False),
    ("one pet", "GET", "/pets/p-1", {}, None, True),
    ("deleted", "DELETE", "/pets/p-1", {}, None, True),
    ("undocumented method", "PATCH", "/pets/p-1", JSON, b"{}", False),
]


@pytest.fixture(scope="module")
def petstore_prism(petstore: ModuleType) -> Iterator[tuple[str, Any]]:
    """Prism for the petstore spec, and the package's `testing` module."""
    with prism_mock(PETSTORE) as base_url:
        yield base_url, importlib.import_module(f"{petstore.__name__}.testing")


@pytest.mark.parametrize(
    ("method", "path", "headers", "content", "allowed"),
    [pytest.param(*case[1:], id=case[0]) for case in BODIES],
)
def test_fake_and_prism_decide_alike_on_bodies(
    petstore_prism: tuple[str, Any], method: str, path: str, headers: dict[str, str], content: bytes | None, allowed: bool
) -> None:
    base_url, testing = petstore_prism
    status = httpx.request(method, base_url + path, headers=headers, content=content, timeout=10).status_code
    assert 200 <= status < 300 or 400 <= status < 500, status
    fake = testing.FakeApi(base_url=FAKE_BASE_URL)
    try:
        httpx.Client(transport=fake).request(method, FAKE_BASE_URL + path, headers=headers, content=content)
        fake_accepts_it = True
    except testing.RequestViolation:
        fake_accepts_it = False
    assert fake_accepts_it == allowed
    assert (200 <= status < 300) == fake_accepts_it, f"Prism answered {status}"
