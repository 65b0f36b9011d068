# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""API keys (`type: apiKey`) in a header, the query string or a cookie."""

from __future__ import annotations

import logging
from typing import Final

import httpx

from .auth import Credential
from .request import encode_query


class ApiKeyHeader(Credential):
    def __init__(self, header: str, value: str) -> None:
        self.header, self.secrets = header, (value,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        request.headers[self.header] = self.secrets[0]
        return request


class ApiKeyQuery(Credential):
    def __init__(self, parameter: str, value: str) -> None:
        self.parameter, self.secrets = parameter, (value,)
        self.query_parameter = parameter

    def apply(self, request: httpx.Request) -> httpx.Request:
        pair = encode_query([(self.parameter, self.secrets[0])])
        query = request.url.query.decode("ascii")
        request.url = request.url.copy_with(
            query=(f"{query}&{pair}" if query else pair).encode("ascii")
        )
        _REDACT_IN_HTTPX_LOGS.secrets.update({self.secrets[0], pair.partition("=")[2]})
        return request


class _RedactSecrets(logging.Filter):
    """httpx logs every request URL at INFO; a secret in the query string must not reach it.

    The URL holds the secret percent-encoded, so both its raw and its encoded form are hidden.
    """

    def __init__(self) -> None:
        super().__init__()
        self.secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(secret in message for secret in self.secrets):
            for secret in sorted(self.secrets, key=len, reverse=True):  # "ab" before its "a"
                message = message.replace(secret, "***")
            record.msg, record.args = message, ()
        return True


_REDACT_IN_HTTPX_LOGS: Final = _RedactSecrets()
logging.getLogger("httpx").addFilter(_REDACT_IN_HTTPX_LOGS)


class ApiKeyCookie(Credential):
    def __init__(self, cookie: str, value: str) -> None:
        self.cookie, self.secrets = cookie, (value,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        existing = request.headers.get("Cookie")
        pair = f"{self.cookie}={self.secrets[0]}"
        request.headers["Cookie"] = f"{existing}; {pair}" if existing else pair
        return request
