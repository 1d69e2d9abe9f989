"""Inline every JavaScript and CSS asset of a rendered map, from the ``folium-offline`` package.

``folium-offline`` (import name ``offlinefolium``) ships the exact files folium links to, keyed by
the same CDN URLs. We render the map with folium as usual, then replace each ``<script src>`` and
``<link rel=stylesheet>`` by the embedded copy. The URL is the contract: folium pins library
versions in its URLs, so a copy found under the same URL is the same file. Versions are checked
at runtime so a folium upgrade cannot silently ship a page that still needs the network.
"""
from __future__ import annotations

import re
import warnings
from typing import Any

import folium
from branca.element import Element

#: Installed by ``pip install 'geoincidents[offline]'``.
PACKAGE = "folium-offline"


class OfflineAssetsError(RuntimeError):
    """folium-offline is missing, or does not match folium for an asset the map uses."""


def _version_tuple(version: str, n: int = 3) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:n]:
        digits = re.match(r"\d+", piece)
        parts.append(int(digits.group()) if digits else 0)
    return tuple(parts)


def asset_store() -> dict[str, str]:
    """URL -> file content from folium-offline, after checking it matches folium.

    Raises
    ------
    OfflineAssetsError
        If folium-offline is not installed or was built for another folium minor version.
    """
    try:
        import offlinefolium
        from offlinefolium import elements as off_elements
    except ImportError as exc:
        raise OfflineAssetsError(
            f"offline maps embed their JavaScript/CSS from the {PACKAGE} package, which is not "
            f"installed: pip install 'geoincidents[offline]' (or '{PACKAGE}=={folium.__version__}.*')"
        ) from exc
    off_version = getattr(offlinefolium, "__version__", "unknown")
    if _version_tuple(off_version, 2) != _version_tuple(folium.__version__, 2):
        raise OfflineAssetsError(
            f"{PACKAGE} {off_version} does not match folium {folium.__version__}: install "
            f"'{PACKAGE}=={folium.__version__}.*' so the embedded assets are the ones folium expects"
        )
    if _version_tuple(off_version) != _version_tuple(folium.__version__):
        warnings.warn(f"{PACKAGE} {off_version} was built for a different folium patch release than "
                      f"{folium.__version__}; assets are matched by their versioned URLs", stacklevel=3)
    store = getattr(off_elements, "_res", None)
    if not isinstance(store, dict) or not store:
        raise OfflineAssetsError(f"{PACKAGE} {off_version} has no embedded asset table (offlinefolium.elements._res)")
    return store


def used_assets(root: Element) -> dict[str, str]:
    """URL -> name of the element class that links it, for every asset in the map's tree."""
    out: dict[str, str] = {}
    stack: list[Any] = [root]
    while stack:
        el = stack.pop()
        for _, url in list(getattr(el, "default_js", [])) + list(getattr(el, "default_css", [])):
            out.setdefault(url, type(el).__name__)
        stack.extend(getattr(el, "_children", {}).values())
    return out


_SCRIPT = re.compile(r'<script\s+src="(?P<url>[^"]+)"\s*>\s*</script>', re.I)
_LINK = re.compile(r'<link\s+rel="stylesheet"\s+href="(?P<url>[^"]+)"\s*/?>', re.I)
_REMOTE = re.compile(r'<(?:script|link)\b[^>]*\b(?:src|href)="(?:https?:)?//', re.I)


def _safe_js(code: str) -> str:
    # Inside <script>, "</script" would end the block and "<!--" changes how it is parsed;
    # "<\/" and "<\!--" mean the same in JavaScript strings and regexes.
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.I).replace("<!--", "<\\!--")


_CSS_URL = re.compile(r"url\(\s*(['\"]?)(?!data:|#)[^)'\"]*\1\s*\)", re.I)


def _safe_css(code: str) -> str:
    # Relative url(...) references (e.g. leaflet-search's images/loader.gif) would resolve
    # next to the HTML file and fail; folium-offline embeds none of them, so drop them.
    code = _CSS_URL.sub("none", code)
    return re.sub(r"</(style)", r"<\\/\1", code, flags=re.I)


def inline_assets(page: str, map_root: Element | None = None) -> str:
    """Replace CDN ``<script>``/``<link>`` tags in ``page`` by inline copies from folium-offline.

    Parameters
    ----------
    page : str
        Rendered HTML of a folium map.
    map_root : Element, optional
        The map, to name the plugin in error messages.

    Raises
    ------
    OfflineAssetsError
        If an asset has no embedded copy, or any remote script/stylesheet remains.
    """
    store = asset_store()
    owners = used_assets(map_root) if map_root is not None else {}
    missing: list[str] = []

    def fetch(url: str) -> str | None:
        if url.startswith("//"):
            url = "https:" + url
        content = store.get(url)
        if content is None:
            missing.append(url)
        return content

    def script(match: re.Match) -> str:
        content = fetch(match.group("url"))
        return match.group(0) if content is None else f"<script>{_safe_js(content)}</script>"

    def link(match: re.Match) -> str:
        content = fetch(match.group("url"))
        return match.group(0) if content is None else f"<style>{_safe_css(content)}</style>"

    page = _LINK.sub(link, _SCRIPT.sub(script, page))
    if missing:
        lines = [f"  {url} (used by {owners.get(url, 'unknown element')})" for url in missing]
        raise OfflineAssetsError(
            f"{PACKAGE} has no embedded copy of these assets needed by folium {folium.__version__}:\n"
            + "\n".join(lines) + f"\nUpgrade {PACKAGE} to match folium, or drop the plugin for offline maps."
        )
    leftover = _REMOTE.search(page)
    if leftover:
        raise OfflineAssetsError(f"a remote asset is still linked after inlining: {page[leftover.start():leftover.start() + 200]!r}")
    return page
