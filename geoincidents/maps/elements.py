"""Custom folium elements: the incident layer, HTML controls, time slider and place search.

Data reach the page only through Jinja's ``tojson`` filter, which escapes ``<``, ``>``, ``&`` and
``'``, so no text can close the ``<script>`` block. Text that Leaflet inserts as HTML
(popups, tooltips, legends, layer names) is escaped beforehand in :mod:`geoincidents.maps.popups`;
search suggestions are inserted with ``textContent``.
"""
from __future__ import annotations

import json
from typing import Any

import folium
import folium.plugins
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template


def script_json(obj: Any) -> str:
    """JSON for inside a ``<script>`` block, compact enough for 50,000 popups.

    Only two sequences can change how HTML parses script data: ``</`` (ends the block) and
    ``<!`` (starts an escaped section). Breaking both is sufficient; escaping every ``<``, ``>``
    and ``&`` as ``\\u003c`` etc. (what ``tojson`` does) made pages ~40% larger.

    Examples
    --------
    >>> script_json({"h": "</script><!-- x"})
    '{"h":"<\\\\/script><\\\\!-- x"}'
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text.replace("</", "<\\/").replace("<!", "<\\!")


class IncidentMap(folium.Map):
    """A ``folium.Map`` that loads only Leaflet itself.

    folium's default page also loads jQuery, Bootstrap, Font Awesome and awesome-markers, which
    our maps never use; dropping them saves ~500 kB offline and five CDN requests online.
    """

    default_js = [js for js in folium.Map.default_js if js[0] == "leaflet"]
    default_css = [css for css in folium.Map.default_css if css[0] == "leaflet_css"]


class CssElement(Element):
    """A ``<style>`` block in the page header (CSS from our constants only)."""

    def __init__(self, css: str) -> None:
        super().__init__()
        self._name = "GeoincidentsCss"
        self.css = css

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.header.add_child(Element(f"<style>{self.css}</style>"), name="geoincidents_css")


class HtmlControl(MacroElement):
    """A Leaflet control showing pre-escaped HTML (legends).

    If ``layer`` is given, the control is shown only while that layer is on the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create('div', {{ this.css_class|tojson }});
            div.innerHTML = {{ this.html|tojson }};
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {%- if this.layer %}
        (function (map, ctl, layer) {
            if (map.hasLayer(layer)) { ctl.addTo(map); }
            map.on('overlayadd', function (e) { if (e.layer === layer) { ctl.addTo(map); } });
            map.on('overlayremove', function (e) { if (e.layer === layer) { ctl.remove(); } });
        })({{ this._parent.get_name() }}, {{ this.get_name() }}, {{ this.layer.get_name() }});
        {%- else %}
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(self, html: str, position: str = "bottomright", css_class: str = "gi-legend",
                 layer: Layer | None = None) -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html = html
        self.position = position
        self.css_class = css_class
        self.layer = layer


class IncidentLayer(JSCSSMixin, Layer):
    """All incidents as one layer: point markers (optionally clustered) and shaded regions.

    Parameters
    ----------
    points : list of dict
        Compact records ``{y, x, c, r, p, a, b, h, t, i}``: lat, lon, palette index, radius px,
        precision, first/last day (days since 1970-01-01 or null), popup HTML, tooltip HTML,
        incident id (set as ``data-incident`` on the marker element).
    regions : list of dict
        Same without ``y, x`` but with ``g``: the key of the region geometry in ``geoms``.
    geoms : dict
        Region key -> GeoJSON geometry, stored once however many incidents share it.
    palette : list of str
        Colours indexed by ``c``.
    cluster : bool
        Put point markers in a Leaflet.markercluster group (needed for thousands of points).
    canvas_regions : bool
        Draw region polygons on a canvas (fast for thousands) rather than SVG (one DOM node each).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
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
                    if (p.i) { div.setAttribute('data-incident', p.i); }
                    return div;
                }
            });
            function bind(layer, p) {
                layer.bindPopup(function () { return p.h; }, popupOptions);
                layer.bindTooltip(function () { return p.t; }, {sticky: false, direction: 'top'});
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
            window.geoincidentsLayers[{{ this.get_name()|tojson }}] = group;
            return group;
        })();
        {% endmacro %}
        """
    )

    def __init__(self, points: list[dict], regions: list[dict], geoms: dict[str, Any],
                 palette: list[str], *, name: str = "Incidents", cluster: bool = False,
                 canvas_regions: bool = False, halo_px: int = 8, show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "IncidentLayer"
        self.points, self.regions, self.geoms, self.palette = points, regions, geoms, palette
        self.js = script_json
        self.cluster = cluster
        self.canvas_regions = canvas_regions
        self.halo_px = int(halo_px)
        # Asset URLs come from folium's own plugin classes so they stay in step with folium.
        self.default_js = list(folium.plugins.MarkerCluster.default_js) if cluster else []
        self.default_css = list(folium.plugins.MarkerCluster.default_css) if cluster else []


class TimeSlider(MacroElement):
    """A slider over days that filters an :class:`IncidentLayer` by date span.

    Incidents are kept when their ``date_start``-``date_end`` span overlaps the selected window,
    so a month-precision incident stays visible for every day of its month. Undated incidents
    show only under "all dates". No plugin assets are needed (works offline as is).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, layer) {
            var lo = {{ this.day_min }}, hi = {{ this.day_max }};
            var ctl = L.control({position: 'bottomleft'});
            function iso(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
            ctl.onAdd = function () {
                var div = L.DomUtil.create('div', 'gi-timeslider');
                var title = L.DomUtil.create('div', '', div);
                title.textContent = 'Incident dates (filters the incident layer)';
                var mode = L.DomUtil.create('select', 'gi-window', div);
                [['all', 'all dates'], ['1', 'one day'], ['7', '7 days up to'], ['30', '30 days up to']].forEach(function (o) {
                    var opt = document.createElement('option'); opt.value = o[0]; opt.textContent = o[1]; mode.appendChild(opt);
                });
                var range = L.DomUtil.create('input', 'gi-range', div);
                range.type = 'range'; range.min = lo; range.max = hi; range.step = 1; range.value = hi;
                var label = L.DomUtil.create('div', 'gi-timelabel', div);
                function update() {
                    var shown, day = parseInt(range.value, 10);
                    if (mode.value === 'all') {
                        range.disabled = true;
                        shown = layer.giFilter(null, null);
                        label.textContent = 'all dates ' + iso(lo) + ' to ' + iso(hi) + ': ' + shown + ' of ' + layer.giTotal + ' incidents';
                    } else {
                        range.disabled = false;
                        var w = parseInt(mode.value, 10);
                        shown = layer.giFilter(day - w + 1, day);
                        label.textContent = (w === 1 ? iso(day) : iso(day - w + 1) + ' to ' + iso(day)) + ': ' + shown + ' of ' + layer.giTotal + ' incidents (undated hidden)';
                    }
                }
                L.DomEvent.on(range, 'input', update);
                L.DomEvent.on(mode, 'change', update);
                L.DomEvent.disableClickPropagation(div);
                update();
                return div;
            };
            ctl.addTo(map);
        })({{ this._parent.get_name() }}, {{ this.layer.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, layer: IncidentLayer, day_min: int, day_max: int) -> None:
        super().__init__()
        self._name = "TimeSlider"
        self.layer = layer
        self.day_min, self.day_max = int(day_min), int(day_max)


class PlaceSearch(JSCSSMixin, MacroElement):
    """Place search (leaflet-search) over admin areas and incident places.

    The index is a small GeoJSON of points with ``search`` (label) and ``z`` (zoom) properties.
    Suggestions are built with ``textContent``: leaflet-search's default inserts them as HTML.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            // Invisible index entries: leaflet-search adds its layer to the map, and default
            // markers for hundreds of place names would cover the incidents.
            var Entry = L.Layer.extend({
                initialize: function (f) {
                    this.feature = f;
                    this._latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
                },
                getLatLng: function () { return this._latlng; },
                onAdd: function () { return this; },
                onRemove: function () { return this; }
            });
            var index = L.layerGroup({{ this.index|tojson }}.features.map(function (f) { return new Entry(f); }));
            var ctl = new L.Control.Search({
                layer: index, propertyName: 'search', initial: false, collapsed: true,
                position: 'topleft', textPlaceholder: {{ this.placeholder|tojson }},
                marker: {icon: false, animate: true, circle: {radius: 14, weight: 3, color: '#0057b8', stroke: true, fill: false}},
                buildTip: function (text) {
                    var li = document.createElement('li');
                    li.textContent = text;
                    return li;
                },
                moveToLocation: function (latlng, title, m) {
                    var z = latlng.layer && latlng.layer.feature ? latlng.layer.feature.properties.z : 11;
                    m.setView(latlng, z);
                }
            });
            map.addControl(ctl);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    default_js = list(folium.plugins.Search.default_js)
    default_css = list(folium.plugins.Search.default_css)

    def __init__(self, index: dict, placeholder: str = "Search places") -> None:
        super().__init__()
        self._name = "PlaceSearch"
        self.index = index
        self.placeholder = placeholder
