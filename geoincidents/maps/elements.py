"""Custom folium elements drawn on the map: the incident layer, choropleth areas, boundary labels.

Data reach the page only as :func:`~geoincidents.maps.safe.script_json` (escaped for
``<script>``, no template syntax), and each element's output is added to the figure
:class:`~geoincidents.maps.safe.Verbatim`, never rendered as a template a second time. Popups,
tooltips and labels are built in the browser with ``textContent``
(:mod:`geoincidents.maps.page_js`).
"""
from __future__ import annotations

import html
from typing import Any

import folium
import folium.plugins
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geoincidents.maps.page_app import PAGE_APP_JS
from geoincidents.maps.page_js import PAGE_JS
from geoincidents.maps.safe import Verbatim, inert_html, require_no_template, script_json

__all__ = ["script_json", "VerbatimMacro", "IncidentMap", "PageAssets", "Dataset", "IncidentLayer", "HeatLayer",
           "AreaLayer", "PlaceLabels"]


class VerbatimMacro(MacroElement):
    """A ``MacroElement`` whose rendered macros reach the figure verbatim.

    branca's ``MacroElement.render`` wraps each rendered macro in ``Element(text)``, which
    compiles it as a Jinja template and renders it again when the figure renders: text that
    looks like ``{{ ... }}`` would be evaluated. Here the output is added as
    :class:`~geoincidents.maps.safe.Verbatim` instead.
    """

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError("render this element inside a map (a branca Figure)")
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html), ("script", figure.script)):
            macro = module.get(part)
            if macro is not None:
                target.add_child(Verbatim(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class IncidentMap(folium.Map):
    """A ``folium.Map`` that loads only Leaflet itself.

    folium's default page also loads jQuery, Bootstrap, Font Awesome and awesome-markers, which
    our maps never use; dropping them saves ~500 kB offline and five CDN requests online.
    """

    default_js = [js for js in folium.Map.default_js if js[0] == "leaflet"]
    default_css = [css for css in folium.Map.default_css if css[0] == "leaflet_css"]
    #: Set by ``incident_map(..., offline=True)``: Jupyter then shows the self-contained page.
    _geoincidents_offline = False

    def _repr_html_(self, **kwargs: Any) -> str:
        """Inline display in Jupyter; offline maps embed every asset, so they show without a network."""
        if not self._geoincidents_offline:
            return super()._repr_html_(**kwargs)
        from geoincidents.maps.save import offline_page

        if self._parent is None:
            Figure().add_child(self)
        page = html.escape(offline_page(self))
        return ('<div style="width:100%;"><div style="position:relative;width:100%;height:0;padding-bottom:60%;">'
                '<span style="color:#565656">Make this Notebook Trusted to load map: File -> Trust Notebook</span>'
                f'<iframe srcdoc="{page}" style="position:absolute;width:100%;height:100%;left:0;top:0;'
                'border:none !important;" allowfullscreen webkitallowfullscreen mozallowfullscreen></iframe></div></div>')


class PageAssets(Element):
    """Our CSS and the DOM-building scripts (:mod:`~geoincidents.maps.page_js`, :mod:`~geoincidents.maps.page_app`), once per page."""

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "GeoincidentsAssets"
        self.css = require_no_template(css)

    def render(self, **kwargs: Any) -> None:
        header = self.get_root().header
        header.add_child(Verbatim(f"<style>{self.css}</style>"), name="geoincidents_css")
        header.add_child(Verbatim(f"<script>{PAGE_JS}{PAGE_APP_JS}</script>"), name="geoincidents_js")


def _layer_name(name: str) -> str:
    # Leaflet's layer control sets names as HTML.
    return inert_html(name)


class Dataset(VerbatimMacro):
    """The incident dataset (:mod:`geoincidents.maps.dataset`), sent once as ``window.geoincidents.D``.

    Parameters
    ----------
    payload : dict
        :meth:`geoincidents.maps.dataset.IncidentData.payload`.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var dataset = {{ this.js(this.payload) }};
        window.geoincidents.D = dataset;
        {% endmacro %}
        """
    )

    def __init__(self, payload: dict) -> None:
        super().__init__()
        self._name = "Dataset"
        self.payload = payload
        self.js = script_json


class IncidentLayer(JSCSSMixin, Layer, VerbatimMacro):
    """All incidents of the dataset as one layer: point markers (optionally clustered) and, for
    region-only incidents, one outline and count badge per area whose popup lists them all.

    Parameters
    ----------
    name : str
        Layer name in the layer control (shown as text).
    cluster : bool
        Put point markers in a Leaflet.markercluster group (needed for thousands of points).
    halo_px : int
        Width of the halo of approximate (precision 2) markers.
    show : bool
        Shown when the page opens.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = window.geoincidents.incidentLayer(window.geoincidents.D,
            {cluster: {{ this.js(this.cluster) }}, halo: {{ this.js(this.halo_px) }}});
        {% endmacro %}
        """
    )

    def __init__(self, *, name: str = "Incidents", cluster: bool = False, halo_px: int = 8, show: bool = True) -> None:
        super().__init__(name=_layer_name(name), overlay=True, control=True, show=show)
        self._name = "IncidentLayer"
        self.js = script_json
        self.cluster = bool(cluster)
        self.halo_px = int(halo_px)
        # Asset URLs come from folium's own plugin classes so they stay in step with folium.
        self.default_js = list(folium.plugins.MarkerCluster.default_js) if cluster else []
        self.default_css = list(folium.plugins.MarkerCluster.default_css) if cluster else []


class HeatLayer(JSCSSMixin, Layer, VerbatimMacro):
    """Heat map built in the browser from the dataset's points; follows the date window.

    Parameters
    ----------
    name : str
        Layer name in the layer control.
    fatalities : bool
        Weight by best fatality count (missing counts weigh 0) instead of one per incident.
    show : bool
        Shown when the page opens.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = window.geoincidents.heatLayer(window.geoincidents.D,
            {fatalities: {{ this.js(this.fatalities) }}, options: {{ this.js(this.options) }}});
        {% endmacro %}
        """
    )

    default_js = list(folium.plugins.HeatMap.default_js)

    def __init__(self, *, name: str, fatalities: bool = False, show: bool = False) -> None:
        super().__init__(name=_layer_name(name), overlay=True, control=True, show=show)
        self._name = "HeatLayer"
        self.fatalities = bool(fatalities)
        self.options = {"radius": 18, "blur": 15, "minOpacity": 0.3}
        self.js = script_json


class AreaLayer(Layer, VerbatimMacro):
    """Fatalities by admin area (choropleth), summed in the browser over the date window.

    Parameters
    ----------
    data : dict
        GeoJSON FeatureCollection; each feature's properties are ``n`` (area name), ``c``
        (P-code) and ``i`` (its index, the ``q`` of the records counted in it).
    classes : list of [float, str]
        Lower bound and fill colour of each class (ascending).
    name : str
        Layer name in the layer control.
    show : bool
        Shown when the page opens.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var data = {{ this.js(this.data) }};
            return window.geoincidents.choropleth(window.geoincidents.D, data, {classes: {{ this.js(this.classes) }}});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, data: dict, classes: list[list], *, name: str, show: bool = False) -> None:
        super().__init__(name=_layer_name(name), overlay=True, control=True, show=show)
        self._name = "AreaLayer"
        self.data = data
        self.classes = classes
        self.js = script_json


class PlaceLabels(VerbatimMacro):
    """Place names drawn offline on the parent layer (the no-tile basemap), by zoom.

    Parameters
    ----------
    labels : list of list
        ``[lat, lon, text, kind]``; ``kind`` selects the CSS class ``gi-place-<kind>``.
    min_zoom : dict
        Kind -> first zoom level at which its names show (missing kinds: always).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (group) {
            var labels = {{ this.js(this.labels) }};
            window.geoincidents.placeLabels(labels, {{ this.js(this.min_zoom) }}).addTo(group);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[list], min_zoom: dict[str, int]) -> None:
        super().__init__()
        self._name = "PlaceLabels"
        self.labels = labels
        self.min_zoom = min_zoom
        self.js = script_json
