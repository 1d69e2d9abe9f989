"""Lazy public names for a package (PEP 562): each imported from its module on first use.

``geoincidents`` and ``geoincidents.read`` use it so that importing them stays cheap (no
pandas, geopandas or lxml) until a name that needs them is asked for.
"""
from __future__ import annotations

import importlib
from typing import Any, Callable

__all__ = ["lazy_exports"]


def lazy_exports(namespace: dict[str, Any],
                 exports: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's module ``__getattr__`` and ``__dir__`` for ``exports`` (public name -> defining module).

    ``namespace`` is the package's ``globals()``: a name, once imported, is stored there so the
    next lookup is a plain attribute. ``__dir__`` lists the package's ``__all__``.

    Examples
    --------
    >>> ns = {"__name__": "demo", "__all__": ["sqrt"]}
    >>> getattr_, dir_ = lazy_exports(ns, {"sqrt": "math"})
    >>> getattr_("sqrt")(4.0), "sqrt" in ns, dir_()
    (2.0, True, ['sqrt'])
    """
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return namespace["__all__"]

    return __getattr__, __dir__
