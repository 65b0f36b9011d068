"""Contract tests: each spec, served by Stoplight Prism, behaves as documented.

Prism is an independent OpenAPI implementation. For every spec it must
(a) answer a correct, authenticated request with the page's example, status
and media type, and (b) reject requests that break the documented parameter
rules or omit the credentials with a 4xx. Prism answers a validation failure
with the spec's own 400 response when one is documented (Oracle, WePay),
otherwise with 422 (from the spec's `default` response for Elance, or its own
application/problem+json), and a security failure with the spec's 401 if
documented (Oracle), otherwise its own 401.

What Prism 5.16 does NOT enforce, asserted as such rather than faked:
- `type: http` schemes other than basic/bearer/digest. Elance's OAuth 1.0a
  scheme (`scheme: OAuth`) is skipped with the warning "We currently do not
  support this type of security scheme: http/oauth", so an unsigned Elance
  request is answered 200 (test_prism_skips_the_oauth1_scheme).
- Bearer tokens are checked for presence and the "Bearer" prefix only; API
  keys for presence only.
- WePay documents 403 NOT_AUTHORIZED but no 401, so missing App-Id/App-Token
  get Prism's generated 401 problem document, not the page's 403.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import httpx
import pytest
import yaml

from tests.prism import prism_mock
from tests.paths import ROOT


# Credentials are placeholders: Prism checks where they are sent, not their value.
ELANCE_AUTH = {
    "Authorization": 'OAuth realm="",oauth_signature_method="HMAC-SHA1",'
    'oauth_signature="YHpUKkLbUI6B%2B%2BUwY54rFpml2wk%3D",oauth_nonce="4c8bba92d8a91",'
    'oauth_timestamp="1284225682",oauth_token="988078256-1425962-1425962-76.99.193-fd76b324028bef6-%2B",'
    'oauth_consumer_key="8cfc475b57fee5b7dc08cc0f1d5a0fcdab409b3c",oauth_version="1.0"'
}
V3_HEADERS = {"X-Api-Token": "vY5fwetestK3gJXZH5uHCw", "Accept": "application/vnd.api+json"}
BRM_AUTH = {"Authorization": "Bearer test-access-token"}
WEPAY_HEADERS = {"Api-Version": "3.0", "App-Id": "123456", "App-Token": "stage_token"}
BRM_PAYMENT = "/payment/0.0.0.1+-item-payment+84530"
V3_PAYMENT = "/api/v3/resellers/1/payments/9714"

PrismFor = Callable[[str], httpx.Client]


@dataclass(frozen=True)
class Call:
    path: str
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Rejection:
    """A request Prism must refuse: the status it answers and the parameter it blames."""

    name: str
    call: Call
    status: int
    blames: str | None  # parameter named in Prism's violations; None for auth failures


# spec file -> (correct request, documented media type)
CORRECT = {
    "elance.yaml": (Call("/pay/getPayment?id=10396168", ELANCE_AUTH), "application/json"),
    "activeplatform_v1.yaml": (Call("/api/vendor/v1/payments/2007039.json?api_token=654321"), "application/json"),
    "activeplatform_v3.yaml": (
        Call(f"{V3_PAYMENT}?include=invoices,orders,account,payment_method,reseller,charges", V3_HEADERS),
        "application/vnd.api+json",
    ),
    "oracle_brm.yaml": (Call(BRM_PAYMENT, BRM_AUTH), "application/json"),
    "wepay.yaml": (Call("/payments?page_size=10", WEPAY_HEADERS), "application/json"),
}

REJECTIONS = {
    "elance.yaml": [
        Rejection("missing required id", Call("/pay/getPayment", ELANCE_AUTH), 422, "id"),
        Rejection("id not an integer", Call("/pay/getPayment?id=abc", ELANCE_AUTH), 422, "id"),
        Rejection("id a fraction", Call("/pay/getPayment?id=1.5", ELANCE_AUTH), 422, "id"),
    ],
    "activeplatform_v1.yaml": [
        Rejection("id not an integer", Call("/api/vendor/v1/payments/abc.json?api_token=654321"), 422, "id"),
        Rejection("missing api_token", Call("/api/vendor/v1/payments/2007039.json"), 401, None),
    ],
    "activeplatform_v3.yaml": [
        Rejection("reseller_id not an integer", Call("/api/v3/resellers/x/payments/9714", V3_HEADERS), 422, "reseller_id"),
        Rejection("payment_id not an integer", Call("/api/v3/resellers/1/payments/p1", V3_HEADERS), 422, "payment_id"),
        Rejection("include outside its enum", Call(f"{V3_PAYMENT}?include=orders,bogus", V3_HEADERS), 422, "include"),
        Rejection(
            "missing X-Api-Token",
            Call(V3_PAYMENT, {"Accept": "application/vnd.api+json"}),
            401,
            None,
        ),
    ],
    "oracle_brm.yaml": [
        Rejection("@type outside its enum", Call(f"{BRM_PAYMENT}?@type=Usage", BRM_AUTH), 400, "@type"),
        Rejection("missing bearer token", Call(BRM_PAYMENT), 401, None),
        Rejection("basic instead of bearer", Call(BRM_PAYMENT, {"Authorization": "Basic dXNlcjpwdw=="}), 401, None),
    ],
    "wepay.yaml": [
        Rejection("page_size below 1", Call("/payments?page_size=0", WEPAY_HEADERS), 400, "page_size"),
        Rejection("page_size above 50", Call("/payments?page_size=51", WEPAY_HEADERS), 400, "page_size"),
        Rejection("page_size not an integer", Call("/payments?page_size=ten", WEPAY_HEADERS), 400, "page_size"),
        Rejection("negative create_time_start", Call("/payments?create_time_start=-1", WEPAY_HEADERS), 400, "create_time_start"),
        Rejection("status outside its enum", Call("/payments?status=refunded", WEPAY_HEADERS), 400, "status"),
        Rejection(
            "missing Api-Version",
            Call("/payments", {k: v for k, v in WEPAY_HEADERS.items() if k != "Api-Version"}),
            400,
            "api-version",
        ),
        Rejection("unsupported Api-Version", Call("/payments", {**WEPAY_HEADERS, "Api-Version": "3.1"}), 400, "api-version"),
        Rejection(
            "missing App-Token",
            Call("/payments", {k: v for k, v in WEPAY_HEADERS.items() if k != "App-Token"}),
            401,
            None,
        ),
        Rejection(
            "missing App-Id",
            Call("/payments", {k: v for k, v in WEPAY_HEADERS.items() if k != "App-Id"}),
            401,
            None,
        ),
    ],
}


def load(spec_file: str) -> dict:
    return yaml.safe_load((ROOT / "specs" / spec_file).read_text())


def only_operation(doc: dict) -> dict:
    [item] = doc["paths"].values()
    [operation] = item.values()
    return operation


def first_example(media: dict) -> object:
    return next(iter(media["examples"].values()))["value"]


def violations(response: httpx.Response) -> list[dict]:
    """Prism's validation findings: in a header when it serves the spec's own error, else in its problem body."""
    if "sl-violations" in response.headers:
        return json.loads(response.headers["sl-violations"])
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        return response.json().get("validation", [])
    return []


@pytest.fixture(scope="module")
def prism() -> Iterator[PrismFor]:
    """A client for a spec's Prism; each Prism starts on first use and all stop with the module.

    (Lazily, not through an indirect module-scoped parameter: pytest would
    restart the server for every (spec, case) pair.)
    """
    with contextlib.ExitStack() as stack:
        clients: dict[str, httpx.Client] = {}

        def client_for(spec_file: str) -> httpx.Client:
            if spec_file not in clients:
                base_url = stack.enter_context(prism_mock(ROOT / "specs" / spec_file))
                clients[spec_file] = stack.enter_context(httpx.Client(base_url=base_url, timeout=10))
            return clients[spec_file]

        yield client_for


def get(client: httpx.Client, call: Call) -> httpx.Response:
    return client.get(call.path, headers=call.headers)


@pytest.mark.parametrize("spec_file", sorted(CORRECT))
def test_correct_request_gets_the_documented_example(prism: PrismFor, spec_file: str) -> None:
    call, media_type = CORRECT[spec_file]
    media = only_operation(load(spec_file))["responses"]["200"]["content"][media_type]
    response = get(prism(spec_file), call)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media_type
    assert response.json() == first_example(media)


@pytest.mark.parametrize(
    ("spec_file", "rejection"),
    [pytest.param(spec, r, id=f"{spec}-{r.name}") for spec, rs in sorted(REJECTIONS.items()) for r in rs],
)
def test_invalid_request_is_rejected(prism: PrismFor, spec_file: str, rejection: Rejection) -> None:
    response = get(prism(spec_file), rejection.call)
    assert response.status_code == rejection.status, response.text
    errors = [v for v in violations(response) if v.get("severity") == "Error"]
    if rejection.blames is None:
        # Refused for the credentials (Prism's code 401), not for a parameter.
        assert all(v.get("code") == 401 for v in errors), errors
    else:
        # A bad value is located at the parameter; a missing one at its parent, named in the message.
        assert any(
            rejection.blames in [str(part).lower() for part in v["location"]]
            or f"'{rejection.blames}'" in v["message"].lower()
            for v in errors
        ), errors


def _documented_errors() -> list:
    return [
        pytest.param(spec, code, id=f"{spec}-{code}")
        for spec in sorted(CORRECT)
        for code, response in only_operation(load(spec))["responses"].items()
        if code not in ("200", "default")
    ]


@pytest.mark.parametrize(("spec_file", "code"), _documented_errors())
def test_documented_error_example_is_served(prism: PrismFor, spec_file: str, code: str) -> None:
    """Prism serves each documented error response (asked for with `Prefer: code=`) with its example."""
    call, _ = CORRECT[spec_file]
    media = only_operation(load(spec_file))["responses"][code]["content"]["application/json"]
    response = prism(spec_file).get(call.path, headers={**call.headers, "Prefer": f"code={code}"})
    assert response.status_code == int(code)
    assert response.json() == first_example(media)


def test_prism_skips_the_oauth1_scheme(prism: PrismFor) -> None:
    """Prism 5 cannot check `type: http, scheme: OAuth`: an unsigned request is served, with a warning."""
    response = prism("elance.yaml").get("/pay/getPayment?id=10396168")
    assert response.status_code == 200
    response = prism("elance.yaml").get("/pay/getPayment")  # invalid, so Prism reports all its findings
    assert any("http/oauth" in v.get("message", "") for v in violations(response))


def test_oracle_page_media_type_is_served(prism: PrismFor) -> None:
    """The page's "application/json;charset=utf-8" is accepted although the spec keys application/json."""
    response = prism("oracle_brm.yaml").get(BRM_PAYMENT, headers={**BRM_AUTH, "Accept": "application/json;charset=utf-8"})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == "application/json"


def test_oracle_query_parameters_are_accepted(prism: PrismFor) -> None:
    response = prism("oracle_brm.yaml").get(f"{BRM_PAYMENT}?@type=PaymentOracle&fields=name,paymentItem", headers=BRM_AUTH)
    assert response.status_code == 200


def test_activeplatform_v3_refuses_plain_json(prism: PrismFor) -> None:
    """Only application/vnd.api+json is documented, so Accept: application/json is not acceptable."""
    response = prism("activeplatform_v3.yaml").get(V3_PAYMENT, headers={**V3_HEADERS, "Accept": "application/json"})
    assert response.status_code == 406


def test_wepay_range_edges_are_accepted(prism: PrismFor) -> None:
    for query in ("page_size=1", "page_size=50", "create_time_start=0&create_time_end=1510080179"):
        assert prism("wepay.yaml").get(f"/payments?{query}", headers=WEPAY_HEADERS).status_code == 200, query
