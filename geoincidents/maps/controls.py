"""Map controls: the legend, the time slider and the place search.

Like :mod:`geoincidents.maps.elements`, data arrive as
:func:`~geoincidents.maps.safe.script_json` and the output is added verbatim; the legend and the
search suggestions are built with ``textContent``.
"""
from __future__ import annotations

from typing import Any

import folium.plugins
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geoincidents.maps.elements import VerbatimMacro
from geoincidents.maps.safe import script_json


class LegendControl(VerbatimMacro):
    """A Leaflet control showing a legend built in the browser from ``spec``.

    Parameters
    ----------
    spec : dict
        ``{"title": str, "lines": [{"t": text, "b": bold lead, "m": muted, "sw": swatch colour,
        "bx": box colour}]}`` (all but ``t`` optional); rendered by ``geoincidents.legend``.
    position : str
        Leaflet control position.
    layer : folium Layer, optional
        Show the legend only while this layer is on the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        // Small screens: legends go under the layer control, closed (their heading opens them).
        var {{ this.get_name() }} = L.control({position: window.geoincidents.narrow({{ this._parent.get_name() }})
                                                         ? 'topright' : {{ this.js(this.position) }}});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create('div', 'gi-legend');
            var spec = {{ this.js(this.spec) }};
            window.geoincidents.legend(spec, div, window.geoincidents.narrow(map));
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

    def __init__(self, spec: dict, position: str = "bottomright", layer: Layer | None = None) -> None:
        super().__init__()
        self._name = "LegendControl"
        self.spec = spec
        self.position = position
        self.layer = layer
        self.js = script_json


class TimeSlider(VerbatimMacro):
    """A date window over every layer that shows incidents, with a play button.

    Incidents are kept when their ``date_start``-``date_end`` span overlaps the window, so a
    month-precision incident stays visible for every day of its month; undated incidents show
    only under "all dates". The window filters the incident layer, area badges, heat map and
    choropleth (``geoincidents.setWindow``). No plugin assets are needed (works offline as is).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, layer) {
            var G = window.geoincidents, lo = {{ this.day_min }}, hi = {{ this.day_max }}, timer = null;
            var ctl = L.control({position: 'bottomleft'});
            ctl.onAdd = function () {
                var div = L.DomUtil.create('div', 'gi-timeslider');
                var row = L.DomUtil.create('div', 'gi-timerow', div);
                var play = L.DomUtil.create('button', 'gi-play', row);
                play.type = 'button'; play.textContent = '\u25b6'; play.title = 'Play: move the window through the dates';
                var mode = L.DomUtil.create('select', 'gi-window', row);
                mode.title = 'Date window (filters incidents, areas, heat map and choropleth)';
                [['all', 'all dates'], ['1', '1 day to'], ['7', '7 days to'], ['30', '30 days to']].forEach(function (o) {
                    var opt = document.createElement('option'); opt.value = o[0]; opt.textContent = o[1]; mode.appendChild(opt);
                });
                var range = L.DomUtil.create('input', 'gi-range', div);
                range.type = 'range'; range.min = lo; range.max = hi; range.step = 1; range.value = hi;
                range.setAttribute('aria-label', 'Last day of the window');
                var label = L.DomUtil.create('div', 'gi-timelabel', div);
                function update() {
                    var day = parseInt(range.value, 10), w = parseInt(mode.value, 10), text;
                    range.disabled = mode.value === 'all';
                    if (mode.value === 'all') {
                        G.setWindow(null, null);
                        text = G.readable(lo) + ' \u2013 ' + G.readable(hi);
                    } else {
                        G.setWindow(day - w + 1, day);
                        text = w === 1 ? G.readable(day) : G.readable(day - w + 1) + ' \u2013 ' + G.readable(day);
                    }
                    label.textContent = text + ': ' + layer.giShown.toLocaleString('en-US') + ' of ' +
                        layer.giTotal.toLocaleString('en-US') + ' incidents' + (mode.value === 'all' ? '' : ' (undated hidden)');
                }
                function stop() { clearInterval(timer); timer = null; play.textContent = '\u25b6'; }
                L.DomEvent.on(play, 'click', function () {
                    if (timer) { stop(); return; }
                    if (mode.value === 'all' || parseInt(range.value, 10) >= hi) { range.value = lo; }
                    if (mode.value === 'all') { mode.value = '7'; }
                    // Steps no longer than the window, so no day is skipped.
                    var step = Math.max(1, Math.min(parseInt(mode.value, 10), Math.round((hi - lo) / 60)));
                    play.textContent = '\u275a\u275a';
                    update();
                    timer = setInterval(function () {
                        var next = Math.min(hi, parseInt(range.value, 10) + step);
                        range.value = next;
                        update();
                        if (next >= hi) { stop(); }
                    }, 300);
                });
                L.DomEvent.on(range, 'input', function () { update(); });
                L.DomEvent.on(mode, 'change', function () { stop(); update(); });
                L.DomEvent.disableClickPropagation(div);
                L.DomEvent.disableScrollPropagation(div);
                update();
                return div;
            };
            ctl.addTo(map);
        })({{ this._parent.get_name() }}, {{ this.layer.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, layer: Layer, day_min: int, day_max: int) -> None:
        super().__init__()
        self._name = "TimeSlider"
        self.layer = layer
        self.day_min, self.day_max = int(day_min), int(day_max)


class Layout(VerbatimMacro):
    """Small screens (< 700 px wide): the layer control starts collapsed (``geoincidents.layout``)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.geoincidents.layout({{ this._parent.get_name() }}, {{ this.control.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, control: Any) -> None:
        super().__init__()
        self._name = "Layout"
        self.control = control


class PlaceSearch(JSCSSMixin, VerbatimMacro):
    """Place search (leaflet-search) over admin areas, gazetteer places and incident places.

    The index is a GeoJSON of points with ``search`` (label), ``z`` (zoom) and ``f`` (folded
    spellings, ``|``-separated) properties: a query matches any spelling the gazetteer knows.
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
            // Rows [lon, lat, label, zoom, spellings]: GeoJSON points rebuilt here (half the bytes).
            var index = {{ this.js(this.rows) }};
            index = L.layerGroup(index.map(function (r) {
                return new Entry({type: 'Feature', geometry: {type: 'Point', coordinates: [r[0], r[1]]},
                                  properties: {search: r[2], z: r[3], f: r[4]}});
            }));
            var ctl = new L.Control.Search({
                layer: index, propertyName: 'search', initial: false, collapsed: true,
                position: 'topleft', textPlaceholder: {{ this.js(this.placeholder) }},
                marker: {icon: false, animate: true, circle: {radius: 14, weight: 3, color: '#0057b8', stroke: true, fill: false}},
                // Any spelling: the folded query inside the folded label or one of its spellings.
                filterData: function (text, records) {
                    var q = window.geoincidents.fold(text), out = {}, first = [], rest = [];
                    if (!q) { return out; }
                    Object.keys(records).forEach(function (key) {
                        var f = records[key].layer && records[key].layer.feature;
                        var names = window.geoincidents.fold(key) + '|' + (f && f.properties.f ? f.properties.f : '');
                        var at = names.indexOf(q);
                        if (at < 0) { return; }
                        (at === 0 || names.indexOf('|' + q) >= 0 ? first : rest).push(key);
                    });
                    first.concat(rest).slice(0, 30).forEach(function (key) { out[key] = records[key]; });
                    return out;
                },
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
        self.rows = [[*f["geometry"]["coordinates"], f["properties"]["search"], f["properties"]["z"],
                      f["properties"].get("f", "")] for f in index["features"]]
        self.placeholder = placeholder
        self.js = script_json
