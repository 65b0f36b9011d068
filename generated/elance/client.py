# Generated from an OpenAPI document. Do not edit: run `make generate` instead.
# Source: specs/elance.yaml (sha256 e24f630c3f2b940a7396a58e2059c9d24e914bf7ef5bc8150ca795e5b595b605)
# Generator: generator 0.1.0 (black 26.10.1, datamodel-code-generator 0.89.0, jinja2 3.1.6, ruamel.yaml 0.19.1)
"""`Client` (sync) and `AsyncClient` (async) for the Elance Developer API - pay/getPayment API.

Each operation is a method of both, with its real signature and docstring.
`client.with_raw_response.get_payment(...)` answers with the whole `RawResponse`
(status, headers, and the body parsed only when `parsed` is read) instead of the parsed body.
"""

from __future__ import annotations


import httpx

from . import errors, models, operations
from . import runtime as _rt
from .runtime.oauth1 import OAuth1HmacSha1

__version__ = "1.0.0"
"""This package's own version (`info.x-client-version` in the spec)."""
API_VERSION = "1"
"""The version of the API the spec describes (`info.version`)."""
USER_AGENT = "elance/1.0.0 httpx/" + httpx.__version__
DEFAULT_BASE_URL: str | None = "https://api.elance.com/api"
"""The spec's first server, its variables at their defaults (None: the spec names none)."""
ENVIRONMENTS: dict[str, str] = {}
"""The servers the spec lists, by the name `environment=` picks them with."""


def _credentials(
    *,
    consumer_key: str | None,
    consumer_secret: str | None,
    token: str | None,
    token_secret: str | None,
) -> dict[str, _rt.Credential]:
    found: dict[str, _rt.Credential] = {}
    if (
        consumer_key is not None
        and consumer_secret is not None
        and token is not None
        and token_secret is not None
    ):
        found["elanceOAuth1"] = OAuth1HmacSha1(
            _rt.require("consumer_key", consumer_key),
            _rt.require("consumer_secret", consumer_secret),
            _rt.require("token", token),
            _rt.require("token_secret", token_secret),
        )
    return found


_CREDENTIAL_HINTS: dict[str, str] = {
    "elanceOAuth1": "consumer_key (or $ELANCE_CONSUMER_KEY) + consumer_secret (or $ELANCE_CONSUMER_SECRET) + token (or $ELANCE_TOKEN) + token_secret (or $ELANCE_TOKEN_SECRET)",
}
_REQUIRED_CREDENTIALS: dict[str, str] = {
    "consumer_key": "ELANCE_CONSUMER_KEY",
    "consumer_secret": "ELANCE_CONSUMER_SECRET",
    "token": "ELANCE_TOKEN",
    "token_secret": "ELANCE_TOKEN_SECRET",
}


class Client(_rt.SyncClient):
    """Synchronous client for the Elance Developer API - pay/getPayment API.

    Args:
        consumer_key: OAuth 1.0a consumer key, used to sign every request with HMAC-SHA1. Read from `$ELANCE_CONSUMER_KEY` when not given.
        consumer_secret: OAuth 1.0a consumer secret, used to sign every request with HMAC-SHA1. Read from `$ELANCE_CONSUMER_SECRET` when not given.
        token: OAuth 1.0a token, used to sign every request with HMAC-SHA1. Read from `$ELANCE_TOKEN` when not given.
        token_secret: OAuth 1.0a token secret, used to sign every request with HMAC-SHA1. Read from `$ELANCE_TOKEN_SECRET` when not given.
        base_url: Where the API lives (default: $ELANCE_BASE_URL, else https://api.elance.com/api).
        timeout: Seconds (or an `httpx.Timeout`) per request; by default 60 s, 5 s to connect, or the `httpx_client`'s own.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        lenient: Decode answers that do not fit their model anyway: missing fields UNSET, ill-typed values as received, a warning logged once per field.
        httpx_client: An `httpx.Client` to send with, its headers, params, auth, timeout and event hooks applying; the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS
    _credential_hints = _CREDENTIAL_HINTS

    def __init__(
        self,
        *,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        token: str | None = None,
        token_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.Client | None = None,
    ) -> None:
        consumer_key = _rt.from_environment(consumer_key, "ELANCE_CONSUMER_KEY")
        consumer_secret = _rt.from_environment(consumer_secret, "ELANCE_CONSUMER_SECRET")
        token = _rt.from_environment(token, "ELANCE_TOKEN")
        token_secret = _rt.from_environment(token_secret, "ELANCE_TOKEN_SECRET")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "consumer_key": consumer_key,
                "consumer_secret": consumer_secret,
                "token": token,
                "token_secret": token_secret,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ELANCE_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(
                consumer_key=consumer_key,
                consumer_secret=consumer_secret,
                token=token,
                token_secret=token_secret,
            ),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return ClientWithRawResponse(self)

    def get_payment(
        self,
        *,
        id: int,
    ) -> models.GetPaymentResponse:
        """Retrieve a payment record by its payment ID.

        Returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed. pay/getPayment is an authenticated method. It requires a Developer API key and an OAuth Consumer Secret, both issued by Elance. "This method does not support the JSONP response format."

        `GET /pay/getPayment`

        Args:
            id: The unique ID, assigned by Elance, to the requested payment object. This ID is obtained from the paymentIds array of the InvoiceData object, which is returned by both the pay/getBilling and pay/getInvoice methods.

        Returns `models.GetPaymentResponse`; raises UnexpectedStatusError (default).
        """
        return self.send(operations.get_payment(id=id)).parsed


class ClientWithRawResponse:
    """`Client`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get_payment(
        self,
        *,
        id: int,
    ) -> _rt.RawResponse[models.GetPaymentResponse]:
        """Retrieve a payment record by its payment ID.

        Returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed. pay/getPayment is an authenticated method. It requires a Developer API key and an OAuth Consumer Secret, both issued by Elance. "This method does not support the JSONP response format."

        `GET /pay/getPayment`

        Args:
            id: The unique ID, assigned by Elance, to the requested payment object. This ID is obtained from the paymentIds array of the InvoiceData object, which is returned by both the pay/getBilling and pay/getInvoice methods.

        Returns the `RawResponse`, whose `parsed` is `models.GetPaymentResponse`; raises UnexpectedStatusError (default).
        """
        return self._client.send(operations.get_payment(id=id))


class AsyncClient(_rt.AsyncClient):
    """Asynchronous client for the Elance Developer API - pay/getPayment API.

    Args:
        consumer_key: OAuth 1.0a consumer key, used to sign every request with HMAC-SHA1. Read from `$ELANCE_CONSUMER_KEY` when not given.
        consumer_secret: OAuth 1.0a consumer secret, used to sign every request with HMAC-SHA1. Read from `$ELANCE_CONSUMER_SECRET` when not given.
        token: OAuth 1.0a token, used to sign every request with HMAC-SHA1. Read from `$ELANCE_TOKEN` when not given.
        token_secret: OAuth 1.0a token secret, used to sign every request with HMAC-SHA1. Read from `$ELANCE_TOKEN_SECRET` when not given.
        base_url: Where the API lives (default: $ELANCE_BASE_URL, else https://api.elance.com/api).
        timeout: Seconds (or an `httpx.Timeout`) per request; by default 60 s, 5 s to connect, or the `httpx_client`'s own.
        max_retries: Retries of safe requests on connection errors, 408, 429 and 5xx; 0 disables.
        lenient: Decode answers that do not fit their model anyway: missing fields UNSET, ill-typed values as received, a warning logged once per field.
        httpx_client: An `httpx.AsyncClient` to send with, its headers, params, auth, timeout and event hooks applying; the client then never closes it.
    """

    _user_agent = USER_AGENT
    _status_errors = errors.BY_STATUS
    _credential_hints = _CREDENTIAL_HINTS

    def __init__(
        self,
        *,
        consumer_key: str | None = None,
        consumer_secret: str | None = None,
        token: str | None = None,
        token_secret: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = _rt.DEFAULT_MAX_RETRIES,
        lenient: bool = False,
        httpx_client: httpx.AsyncClient | None = None,
    ) -> None:
        consumer_key = _rt.from_environment(consumer_key, "ELANCE_CONSUMER_KEY")
        consumer_secret = _rt.from_environment(consumer_secret, "ELANCE_CONSUMER_SECRET")
        token = _rt.from_environment(token, "ELANCE_TOKEN")
        token_secret = _rt.from_environment(token_secret, "ELANCE_TOKEN_SECRET")
        _rt.require_all(
            _REQUIRED_CREDENTIALS,
            {
                "consumer_key": consumer_key,
                "consumer_secret": consumer_secret,
                "token": token,
                "token_secret": token_secret,
            },
        )
        base = _rt.resolve_base_url(
            base_url,
            None,
            ENVIRONMENTS,
            "ELANCE_BASE_URL",
            DEFAULT_BASE_URL,
        )
        super().__init__(
            _rt.Options(base_url=base, timeout=timeout, max_retries=max_retries, lenient=lenient),
            _credentials(
                consumer_key=consumer_key,
                consumer_secret=consumer_secret,
                token=token,
                token_secret=token_secret,
            ),
            httpx_client,
        )

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same operations, answering with the whole `RawResponse` instead of the parsed body."""
        return AsyncClientWithRawResponse(self)

    async def get_payment(
        self,
        *,
        id: int,
    ) -> models.GetPaymentResponse:
        """Retrieve a payment record by its payment ID.

        Returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed. pay/getPayment is an authenticated method. It requires a Developer API key and an OAuth Consumer Secret, both issued by Elance. "This method does not support the JSONP response format."

        `GET /pay/getPayment`

        Args:
            id: The unique ID, assigned by Elance, to the requested payment object. This ID is obtained from the paymentIds array of the InvoiceData object, which is returned by both the pay/getBilling and pay/getInvoice methods.

        Returns `models.GetPaymentResponse`; raises UnexpectedStatusError (default).
        """
        return (await self.send(operations.get_payment(id=id))).parsed


class AsyncClientWithRawResponse:
    """`AsyncClient`'s operations answering with the whole `RawResponse`: status, headers, content."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get_payment(
        self,
        *,
        id: int,
    ) -> _rt.RawResponse[models.GetPaymentResponse]:
        """Retrieve a payment record by its payment ID.

        Returns a description for a specific payment, including the payment amount, the payment method used, and the date the payment was processed. pay/getPayment is an authenticated method. It requires a Developer API key and an OAuth Consumer Secret, both issued by Elance. "This method does not support the JSONP response format."

        `GET /pay/getPayment`

        Args:
            id: The unique ID, assigned by Elance, to the requested payment object. This ID is obtained from the paymentIds array of the InvoiceData object, which is returned by both the pay/getBilling and pay/getInvoice methods.

        Returns the `RawResponse`, whose `parsed` is `models.GetPaymentResponse`; raises UnexpectedStatusError (default).
        """
        return await self._client.send(operations.get_payment(id=id))
