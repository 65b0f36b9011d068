# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Runtime of a generated client package (internal API): decoding, requests, sending.

Everything here is generic and identical in every generated package, so a vendored copy can
be diffed and upgraded; the spec-specific parts live in `models`, `operations` and
`client`. This module gathers the parts every package uses. The optional ones, shipped only
to packages whose spec needs them, are imported from their own modules: `api_key`,
`http_auth` and `oauth1` (credentials), `pagination` and `jsonapi`.
"""

from .auth import Credential, require
from .clients import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncClient,
    Endpoint,
    Options,
    SyncClient,
)
from .decoding import (
    decode_date,
    decode_datetime,
    decode_decimal,
    decode_enum,
    decode_list,
    decode_map,
    decode_nullable,
    decode_tagged,
    decode_union,
    decode_unix_time,
    encode_any,
    encode_date,
    encode_datetime,
    encode_decimal,
    encode_enum,
    encode_unix_time,
    expect_bool,
    expect_float,
    expect_int,
    expect_object,
    expect_str,
    identity,
    is_array,
    is_object,
    missing,
)
from .exceptions import ApiError, DecodeError
from .model import UNIX_TIME, Key, Model, Tagged
from .request import (
    RawResponse,
    Request,
    check_length,
    check_range,
    expand_path,
    form_fields,
    no_content,
    serialize,
)
from .unset import UNSET, Unset

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "UNIX_TIME",
    "UNSET",
    "ApiError",
    "AsyncClient",
    "Credential",
    "DecodeError",
    "Endpoint",
    "Key",
    "Model",
    "Options",
    "RawResponse",
    "Request",
    "SyncClient",
    "Tagged",
    "Unset",
    "check_length",
    "check_range",
    "decode_date",
    "decode_datetime",
    "decode_decimal",
    "decode_enum",
    "decode_list",
    "decode_map",
    "decode_nullable",
    "decode_tagged",
    "decode_union",
    "decode_unix_time",
    "encode_any",
    "encode_date",
    "encode_datetime",
    "encode_decimal",
    "encode_enum",
    "encode_unix_time",
    "expand_path",
    "expect_bool",
    "expect_float",
    "expect_int",
    "expect_object",
    "expect_str",
    "form_fields",
    "identity",
    "is_array",
    "is_object",
    "missing",
    "no_content",
    "require",
    "serialize",
]
