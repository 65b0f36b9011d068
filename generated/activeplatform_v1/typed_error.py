"""`TypedApiError`: the base of the exception class of each documented error status.

Copied verbatim into every generated package beside `runtime.py`. Each class in the
package's `errors.py` subclasses it with the documented body type as its type argument, so
`exc.error` is typed precisely per class without restating the property in each.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar, cast

from .runtime import ApiError

E = TypeVar("E")


class TypedApiError(ApiError, Generic[E]):
    """A documented error status: `error` is the body parsed into its documented type."""

    checked_as: ClassVar[tuple[type[Any], ...] | None] = ()
    """The classes the parsed body must be an instance of to be `error`; None where no
    isinstance check can tell the documented type (then the body is `error` as parsed)."""

    @property
    def error(self) -> E | None:
        """The parsed error body, or None when the body was not the documented one."""
        if self.checked_as is None or isinstance(self._error, self.checked_as):
            return cast("E | None", self._error)
        return None
