# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""OAuth 1.0a request signing (RFC 5849) with HMAC-SHA1, done by oauthlib."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, Protocol

import httpx
from oauthlib import oauth1

from .auth import Credential

OAuthMethod = Literal[
    "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"
]
OAUTH_METHODS: Final[dict[str, OAuthMethod]] = {
    "CONNECT": "CONNECT",
    "DELETE": "DELETE",
    "GET": "GET",
    "HEAD": "HEAD",
    "OPTIONS": "OPTIONS",
    "PATCH": "PATCH",
    "POST": "POST",
    "PUT": "PUT",
    "TRACE": "TRACE",
}


class OAuth1Signer(Protocol):
    """`oauth1.Client` as this module uses it: its stub leaves the result of `sign` untyped."""

    def sign(
        self,
        uri: str,
        http_method: OAuthMethod,
        body: str | None,
        headers: Mapping[str, str] | None,
    ) -> tuple[str, dict[str, str], str | None]: ...


class OAuth1HmacSha1(Credential):
    """OAuth 1.0a, HMAC-SHA1 (RFC 5849), signed by oauthlib: a fresh nonce and timestamp per send."""

    def __init__(
        self, consumer_key: str, consumer_secret: str, token: str, token_secret: str
    ) -> None:
        self.consumer_key, self.token = consumer_key, token
        self.secrets = (consumer_secret, token_secret)

    def apply(self, request: httpx.Request) -> httpx.Request:
        body = request.content or None
        form = request.headers.get("Content-Type") == "application/x-www-form-urlencoded"
        _, headers, _ = self._signer().sign(
            str(request.url),
            http_method=OAUTH_METHODS[request.method],
            body=body.decode() if body and form else None,
            headers=(
                {"Content-Type": "application/x-www-form-urlencoded"} if body and form else None
            ),
        )
        request.headers["Authorization"] = headers["Authorization"]
        return request

    def _signer(self) -> OAuth1Signer:
        return oauth1.Client(
            self.consumer_key,
            client_secret=self.secrets[0],
            resource_owner_key=self.token,
            resource_owner_secret=self.secrets[1],
            signature_method=oauth1.SIGNATURE_HMAC_SHA1,
        )
