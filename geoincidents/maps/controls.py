"""Map controls: the legend, the time slider and the place search.

Like :mod:`geoincidents.maps.elements`, data arrive as
:func:`~geoincidents.maps.safe.script_json` and the output is added verbatim; the legend and the
search suggestions are built with ``textContent``.
"""
from __future__ import annotations

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
        var {{ this.get_name() }} = L.control({position: {{ this.js(this.position) }}});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create('div', 'gi-legend');
            var spec = {{ this.js(this.spec) }};
            window.geoincidents.legend(spec, div);
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


class PlaceSearch(JSCSSMixin, VerbatimMacro):
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
            var index = {{ this.js(this.index) }};
            index = L.layerGroup(index.features.map(function (f) { return new Entry(f); }));
            var ctl = new L.Control.Search({
                layer: index, propertyName: 'search', initial: false, collapsed: true,
                position: 'topleft', textPlaceholder: {{ this.js(this.placeholder) }},
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
        self.js = script_json
