"""Custom folium elements drawn on the map: the incident layer, choropleth areas, boundary labels.

Data reach the page only as :func:`~geoincidents.maps.safe.script_json` (escaped for
``<script>``, no template syntax), and each element's output is added to the figure
:class:`~geoincidents.maps.safe.Verbatim`, never rendered as a template a second time. Popups,
tooltips and labels are built in the browser with ``textContent``
(:mod:`geoincidents.maps.page_js`).
"""
from __future__ import annotations

from typing import Any

import folium
import folium.plugins
from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geoincidents.maps.page_js import PAGE_JS
from geoincidents.maps.safe import Verbatim, inert_html, require_no_template, script_json

__all__ = ["script_json", "VerbatimMacro", "IncidentMap", "PageAssets", "IncidentLayer", "AreaLayer",
           "BoundaryLabels"]


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


class PageAssets(Element):
    """Our CSS and the DOM-building script (:data:`~geoincidents.maps.page_js.PAGE_JS`), once per page."""

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "GeoincidentsAssets"
        self.css = require_no_template(css)

    def render(self, **kwargs: Any) -> None:
        header = self.get_root().header
        header.add_child(Verbatim(f"<style>{self.css}</style>"), name="geoincidents_css")
        header.add_child(Verbatim(f"<script>{PAGE_JS}</script>"), name="geoincidents_js")


def _layer_name(name: str) -> str:
    # Leaflet's layer control sets names as HTML.
    return inert_html(name)


class IncidentLayer(JSCSSMixin, Layer, VerbatimMacro):
    """All incidents as one layer: point markers (optionally clustered) and shaded regions.

    Parameters
    ----------
    points : list of dict
        Records ``{y, x, c, r, p, a, b, i}`` plus the popup fields of
        :func:`geoincidents.maps.popups.popup_record`: lat, lon, palette index, radius px,
        precision, first/last day (days since 1970-01-01 or null), incident id (set as
        ``data-incident`` on the marker element).
    regions : list of dict
        Same without ``y, x`` but with ``g``: the key of the region geometry in ``geoms``.
    geoms : dict
        Region key -> GeoJSON geometry, stored once however many incidents share it.
    palette : list of str
        Colours indexed by ``c``.
    name : str
        Layer name in the layer control (shown as text).
    cluster : bool
        Put point markers in a Leaflet.markercluster group (needed for thousands of points).
    canvas_regions : bool
        Draw region polygons on a canvas (fast for thousands) rather than SVG (one DOM node each).
    halo_px : int
        Width of the halo of approximate (precision 2) markers.
    show : bool
        Shown when the page opens.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var G = window.geoincidents;
            var palette = {{ this.js(this.palette) }};
            var points = {{ this.js(this.points) }};
            var regions = {{ this.js(this.regions) }};
            var geoms = {{ this.js(this.geoms) }};
            var group = L.layerGroup();
            var target = {% if this.cluster %}L.markerClusterGroup({chunkedLoading: false, maxClusterRadius: 50, spiderfyOnMaxZoom: true}){% else %}L.layerGroup(){% endif %};
            var regionGroup = L.layerGroup();
            var renderer = {% if this.canvas_regions %}L.canvas({padding: 0.5}){% else %}L.svg(){% endif %};
            var popupOptions = {maxWidth: 380, minWidth: 240, className: 'gi-popup', autoPanPadding: [20, 20]};
            // Marker DOM is built only when Leaflet displays the marker: 50,000 markers stay cheap.
            var GiIcon = L.DivIcon.extend({
                createIcon: function (old) {
                    var div = L.DivIcon.prototype.createIcon.call(this, old);
                    var p = this.options.gi, color = palette[p.c], d = 2 * p.r;
                    var mk = document.createElement('div');
                    mk.className = 'gi-mk';
                    if (p.p !== 1) {
                        var halo = document.createElement('div');
                        halo.className = 'gi-halo';
                        halo.style.width = halo.style.height = (d + 2 * {{ this.halo_px }}) + 'px';
                        halo.style.borderColor = color;
                        halo.style.backgroundColor = color + '33';
                        mk.appendChild(halo);
                    }
                    var dot = document.createElement('div');
                    dot.className = 'gi-dot';
                    dot.style.width = dot.style.height = d + 'px';
                    dot.style.backgroundColor = color;
                    mk.appendChild(dot);
                    div.appendChild(mk);
                    if (p.i !== undefined) { div.setAttribute('data-incident', p.i); }
                    return div;
                }
            });
            // Popups and tooltips are DOM nodes built from the record when first opened.
            function bind(layer, p) {
                layer.bindPopup(function () { return G.popup(p, palette); }, popupOptions);
                layer.bindTooltip(function () { return G.tooltip(p); }, {sticky: false, direction: 'top'});
            }
            var markers = points.map(function (p) {
                var size = 2 * p.r + (p.p !== 1 ? 2 * {{ this.halo_px }} : 0);
                var m = L.marker([p.y, p.x], {
                    icon: new GiIcon({html: '', className: 'gi-incident gi-prec' + p.p, gi: p,
                                      iconSize: [size, size], iconAnchor: [size / 2, size / 2]}),
                    riseOnHover: true
                });
                bind(m, p);
                m.gi = p;
                return m;
            });
            var shapes = regions.map(function (p) {
                var color = palette[p.c];
                var layer = L.geoJSON({type: 'Feature', geometry: geoms[p.g], properties: {}}, {
                    renderer: renderer,
                    style: {color: color, weight: 2, dashArray: '6 4', fillColor: color, fillOpacity: 0.18,
                            className: 'gi-incident gi-region'}
                });
                bind(layer, p);
                layer.gi = p;
                return layer;
            });
            group.addLayer(regionGroup);
            group.addLayer(target);
            // Show the incidents whose date span overlaps [lo, hi] (days); null shows all.
            group.giFilter = function (lo, hi) {
                function keep(l) {
                    if (lo === null) { return true; }
                    var p = l.gi;
                    if (p.a === null && p.b === null) { return false; }
                    var a = p.a === null ? p.b : p.a, b = p.b === null ? p.a : p.b;
                    return a <= hi && b >= lo;
                }
                var m = markers.filter(keep), s = shapes.filter(keep);
                target.clearLayers();
                regionGroup.clearLayers();
                {% if this.cluster %}target.addLayers(m);{% else %}m.forEach(function (l) { target.addLayer(l); });{% endif %}
                s.forEach(function (l) { regionGroup.addLayer(l); });
                group.giShown = m.length + s.length;
                return group.giShown;
            };
            group.giTotal = markers.length + shapes.length;
            group.giFilter(null, null);
            window.geoincidentsLayers = window.geoincidentsLayers || {};
            window.geoincidentsLayers[{{ this.js(this.get_name()) }}] = group;
            return group;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, points: list[dict], regions: list[dict], geoms: dict[str, Any],
                 palette: list[str], *, name: str = "Incidents", cluster: bool = False,
                 canvas_regions: bool = False, halo_px: int = 8, show: bool = True) -> None:
        super().__init__(name=_layer_name(name), overlay=True, control=True, show=show)
        self._name = "IncidentLayer"
        self.points, self.regions, self.geoms, self.palette = points, regions, geoms, palette
        self.js = script_json
        self.cluster = cluster
        self.canvas_regions = canvas_regions
        self.halo_px = int(halo_px)
        # Asset URLs come from folium's own plugin classes so they stay in step with folium.
        self.default_js = list(folium.plugins.MarkerCluster.default_js) if cluster else []
        self.default_css = list(folium.plugins.MarkerCluster.default_css) if cluster else []


class AreaLayer(Layer, VerbatimMacro):
    """Filled admin areas (the fatalities choropleth) with text tooltips built in the browser.

    Parameters
    ----------
    data : dict
        GeoJSON FeatureCollection; each feature's properties are ``fc`` (fill colour or null),
        ``n`` (area name), ``c`` (P-code) and ``t`` (the counts line of the tooltip).
    name : str
        Layer name in the layer control.
    show : bool
        Shown when the page opens.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var G = window.geoincidents, layer;
            var data = {{ this.js(this.data) }};
            layer = L.geoJSON(data, {
                style: function (f) {
                    var fc = f.properties.fc;
                    return {fillColor: fc || '#ffffff', fillOpacity: fc ? 0.7 : 0.0, color: '#777777', weight: 0.6};
                },
                onEachFeature: function (f, l) {
                    l.bindTooltip(function () { return G.areaTip(f.properties); }, {sticky: true});
                    l.on('mouseover', function () { l.setStyle({weight: 2, color: '#000000'}); });
                    l.on('mouseout', function () { layer.resetStyle(l); });
                }
            });
            return layer;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, data: dict, *, name: str, show: bool = False) -> None:
        super().__init__(name=_layer_name(name), overlay=True, control=True, show=show)
        self._name = "AreaLayer"
        self.data = data
        self.js = script_json


class BoundaryLabels(VerbatimMacro):
    """Permanent text labels (area names) added to the parent layer, e.g. the no-tile basemap.

    Parameters
    ----------
    labels : list of list
        ``[lat, lon, text, kind]``; ``kind`` selects the CSS class ``gi-label-<kind>``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (group) {
            var G = window.geoincidents;
            var labels = {{ this.js(this.labels) }};
            labels.forEach(function (l) {
                L.circleMarker([l[0], l[1]], {radius: 0, opacity: 0, fill: false, interactive: false})
                    .bindTooltip(G.label(l[2]), {permanent: true, direction: 'center', className: 'gi-label gi-label-' + l[3]})
                    .addTo(group);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[list]) -> None:
        super().__init__()
        self._name = "BoundaryLabels"
        self.labels = labels
        self.js = script_json
