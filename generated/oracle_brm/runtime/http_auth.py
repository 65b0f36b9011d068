# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""HTTP authentication (`type: http`): bearer tokens and basic username/password."""

from __future__ import annotations

import base64

import httpx

from .auth import Credential


class HttpBearer(Credential):
    def __init__(self, token: str) -> None:
        self.secrets = (token,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        request.headers["Authorization"] = f"Bearer {self.secrets[0]}"
        return request


class HttpBasic(Credential):
    def __init__(self, username: str, password: str) -> None:
        self.username, self.secrets = username, (password,)

    def apply(self, request: httpx.Request) -> httpx.Request:
        token = base64.b64encode(f"{self.username}:{self.secrets[0]}".encode()).decode()
        request.headers["Authorization"] = f"Basic {token}"
        return request
