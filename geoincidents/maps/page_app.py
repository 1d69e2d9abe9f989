"""JavaScript that draws the incident data in the browser: incident layer, area badges, heat map,
choropleth, place labels, the shared date window and the small-screen layout.

Everything reads the one dataset of :mod:`geoincidents.maps.dataset` (``window.geoincidents.D``).
Data text is placed with ``textContent`` (through :data:`~geoincidents.maps.page_js.PAGE_JS`'s
helpers) or as DOM nodes; nothing here sets ``innerHTML`` with data.
"""
from __future__ import annotations

from geoincidents.maps.page_js import EL_JS
from geoincidents.maps.popups import TEXT_KEYS
from geoincidents.maps.safe import require_no_template, script_json

# Written without "{" directly before "{", "%" or "#": the page must hold no template syntax.
PAGE_APP_JS = require_no_template(r"""
(function () {
  var G = window.geoincidents = window.geoincidents || {};
  var DAY = 86400000, TEXT = __TEXT_KEYS__;
__EL__
  function num(n) { return Number(n).toLocaleString('en-US'); }
  G.iso = function (day) { return new Date(day * DAY).toISOString().slice(0, 10); };
  G.readable = function (day) {
    return new Date(day * DAY).toLocaleDateString('en-GB', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  };
  G.narrow = function (map) { return map.getContainer().clientWidth < 700; };
  // Letters and digits only, lower case, no accents: "Kafr-Nabl" and "kafr nabl" fold alike.
  G.fold = function (s) {
    return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9\u0600-\u06ff]+/g, '');
  };

  // A record of the dataset with its strings and ISO dates rebuilt (what G.popup reads).
  G.expand = function (r, S, extra) {
    var p = {}, k;
    for (k in r) { p[k] = r[k]; }
    TEXT.forEach(function (key) { if (key in r) { p[key] = S[r[key]]; } });
    if (r.wp) { p.wp = r.wp.map(function (i) { return S[i]; }); }
    if (r.ac) { p.ac = r.ac.map(function (i) { return S[i]; }); }
    if (r.adm) { p.adm = r.adm.map(function (a) { return [S[a[0]], S[a[1]]]; }); }
    if (r.vi) { p.vi = r.vi.map(function (v) { return [S[v[0]], v[1]]; }); }
    if (r.mu) { p.mu = r.mu.map(function (v) { return [S[v[0]], v[1]]; }); }
    if (typeof r.pub === 'number') { p.pub = G.iso(r.pub); }
    if (!('d0' in r) && r.a != null) { p.d0 = G.iso(r.a); }
    if (!('d1' in r) && r.b != null) { p.d1 = G.iso(r.b); }
    for (k in extra || {}) { p[k] = extra[k]; }
    return p;
  };

  // The date window shared by every layer that shows incidents.
  var listeners = [];
  G.keep = function () { return true; };
  G.onWindow = function (fn) { listeners.push(fn); };
  G.setWindow = function (lo, hi) {
    G.keep = lo === null ? function () { return true; } : function (p) {
      var a = p.a == null ? p.b : p.a, b = p.b == null ? p.a : p.b;
      return a != null && a <= hi && b >= lo;
    };
    listeners.forEach(function (fn) { fn(G.keep); });
  };
  G.records = function (D) {
    var out = D.points.slice();
    D.areas.forEach(function (A) { out.push.apply(out, A.recs); });
    return out;
  };

  function popupOptions() {
    return {maxWidth: Math.min(380, window.innerWidth - 60), minWidth: Math.min(240, window.innerWidth - 80),
            className: 'gi-popup', autoPanPadding: [20, 20]};
  }

  // Points (optionally clustered) and region-only incidents: one outline and count badge per area.
  G.incidentLayer = function (D, o) {
    var S = D.S, palette = D.palette, group = L.layerGroup(), areaGroup = L.layerGroup();
    // Above 10,000 points the clusters are built in chunks: the map draws before all are placed.
    // Only the first load is chunked: a date-window change re-adds at once, so a chunk still
    // pending from an earlier window can never add markers the new window hides.
    var target = o.cluster ? L.markerClusterGroup({
      chunkedLoading: D.points.length > 10000, maxClusterRadius: 50, spiderfyOnMaxZoom: true,
      chunkProgress: function (done, total) { if (done >= total) { target.options.chunkedLoading = false; } }
    }) : L.featureGroup();
    // Marker DOM is built only when Leaflet displays the marker: 50,000 markers stay cheap.
    var GiIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        var p = this.options.gi, color = palette[p.c], d = 2 * p.r;
        var mk = el('div', 'gi-mk', null, div);
        if (p.p !== 1) {
          var halo = el('div', 'gi-halo', null, mk);
          halo.style.width = halo.style.height = (d + 2 * o.halo) + 'px';
          halo.style.borderColor = color;
          halo.style.backgroundColor = color + '33';
        }
        var dot = el('div', 'gi-dot', null, mk);
        dot.style.width = dot.style.height = d + 'px';
        dot.style.backgroundColor = color;
        if (p.i !== undefined) { div.setAttribute('data-incident', p.i); }
        return div;
      }
    });
    var markers = D.points.map(function (r) {
      var size = 2 * r.r + (r.p !== 1 ? 2 * o.halo : 0);
      var m = L.marker([r.y, r.x], {
        icon: new GiIcon({html: '', className: 'gi-incident gi-prec' + r.p, gi: r, iconSize: [size, size],
                          iconAnchor: [size / 2, size / 2]}),
        riseOnHover: true
      });
      m.gi = r;
      return m;
    });
    // Popups and tooltips are bound when a marker is first touched, not for 50,000 markers up front.
    function bound(m) {
      if (!m || !m.gi || m.giBound) { return false; }
      var r = m.gi;
      m.giBound = true;
      m.bindPopup(function () { return G.popup(G.expand(r, S), palette); }, popupOptions());
      m.bindTooltip(function () { return G.tooltip(G.expand(r, S)); }, {direction: 'top'});
      return true;
    }
    target.on('click', function (e) { if (bound(e.layer)) { e.layer.openPopup(); } });
    target.on('mouseover', function (e) { if (bound(e.layer)) { e.layer.openTooltip(); } });
    var BadgeIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        el('span', null, this.options.n, div);
        div.setAttribute('data-area', this.options.g);
        return div;
      }
    });
    var areas = D.areas.map(function (A) {
      var name = S[A.n], kind = A.lv === 1 ? 'governorate' : 'district', shown = A.recs;
      var outline = L.geoJSON({type: 'Feature', geometry: D.geoms[A.g], properties: {}}, {
        style: {color: '#4a4a8a', weight: 1.5, opacity: 0.8, dashArray: '5 4', fill: false, className: 'gi-region'}
      });
      var badge = L.marker([A.y, A.x], {riseOnHover: true, zIndexOffset: 1000});
      function popup() { return G.areaPopup(name, kind, A.g, shown, S, palette); }
      [outline, badge].forEach(function (l) {
        l.bindPopup(popup, popupOptions());
        l.bindTooltip(function () {
          return el('span', null, name + ' (' + kind + '): ' + shown.length + ' region-only incident' + (shown.length === 1 ? '' : 's'));
        }, {direction: 'top', sticky: l === outline});
      });
      return {A: A, outline: outline, badge: badge, set: function (recs) {
        shown = recs;
        badge.setIcon(new BadgeIcon({html: '', className: 'gi-area-badge', n: num(recs.length), g: A.g,
                                     iconSize: null, iconAnchor: [0, 0]}));
      }};
    });
    group.addLayer(areaGroup);
    group.addLayer(target);
    group.giTotal = markers.length + D.areas.reduce(function (s, A) { return s + A.recs.length; }, 0);
    group.giFilter = function (keep) {
      var m = markers.filter(function (l) { return keep(l.gi); }), n = m.length;
      target.clearLayers();
      if (o.cluster) { target.addLayers(m); } else { m.forEach(function (l) { target.addLayer(l); }); }
      areaGroup.clearLayers();
      areas.forEach(function (a) {
        var recs = a.A.recs.filter(keep);
        n += recs.length;
        if (recs.length) { a.set(recs); areaGroup.addLayer(a.outline); areaGroup.addLayer(a.badge); }
      });
      group.giShown = n;
      return n;
    };
    group.giFilter(G.keep);
    G.onWindow(group.giFilter);
    return group;
  };

  // Popup of an area: every incident located only at this area, by date, each with its details.
  G.areaPopup = function (name, kind, code, recs, S, palette) {
    var root = el('div', 'gi-pop gi-area-pop');
    el('h4', null, name + ' (' + kind + ')', root);
    el('div', 'gi-muted', recs.length + ' incident' + (recs.length === 1 ? '' : 's') +
       ' located only at this ' + kind + ' (no place inside it), by date. Open one for its details.', root);
    recs.forEach(function (r) {
      var p = G.expand(r, S, {g: code});
      var d = el('details', 'gi-area-item', null, root);
      if (p.i !== undefined) { d.setAttribute('data-incident', p.i); }
      if (recs.length === 1) { d.open = true; }
      var s = el('summary', null, null, d);
      el('span', 'gi-sw', null, s).style.background = palette[p.c];
      s.appendChild(document.createTextNode(
        (p.d0 || 'no date') + (p.d1 && p.d1 !== p.d0 ? ' \u2013 ' + p.d1 : '') + ' \u00b7 ' +
        (p.st || 'type not given') + ' \u00b7 ' + (p.k != null ? p.k + ' killed' : 'no count given')));
      d.addEventListener('toggle', function () {
        if (d.open && d.childNodes.length === 1) { d.appendChild(G.popup(p, palette)); }
      });
      if (d.open) { d.appendChild(G.popup(p, palette)); }
    });
    return root;
  };

  // Heat map of incidents with a point (precision 1 and 2), following the date window.
  G.heatLayer = function (D, o) {
    var rows = D.points.filter(function (r) { return r.p !== 3; });
    function latlngs(keep) {
      var out = [];
      rows.forEach(function (r) {
        var w = o.fatalities ? (typeof r.k === 'number' ? r.k : 0) : 1;
        if (w > 0 && keep(r)) { out.push([r.y, r.x, w]); }
      });
      return out;
    }
    var layer = L.heatLayer(latlngs(G.keep), o.options);
    G.onWindow(function (keep) { layer.setLatLngs(latlngs(keep)); });
    return layer;
  };

  // Fatalities by area: sums of the records' best counts (record.q = area index) in the date window.
  G.choropleth = function (D, data, o) {
    var totals = [], counts = [], records = G.records(D), layer;
    function color(v) {
      var c = null;
      if (!v || v < o.classes[0][0]) { return null; }
      o.classes.forEach(function (k) { if (v >= k[0]) { c = k[1]; } });
      return c;
    }
    function style(f) {
      var fc = color(totals[f.properties.i]);
      return {fillColor: fc || '#ffffff', fillOpacity: fc ? 0.7 : 0.0, color: '#777777', weight: 0.6};
    }
    function update(keep) {
      data.features.forEach(function (f, i) { totals[i] = 0; counts[i] = 0; });
      records.forEach(function (r) {
        if (r.q == null || !keep(r)) { return; }
        counts[r.q] += 1;
        if (typeof r.k === 'number') { totals[r.q] += r.k; }
      });
      if (layer) { layer.setStyle(style); }
    }
    update(G.keep);
    layer = L.geoJSON(data, {
      style: style,
      onEachFeature: function (f, l) {
        l.bindTooltip(function () {
          var i = f.properties.i;
          return G.areaTip({n: f.properties.n, c: f.properties.c,
                            t: num(totals[i]) + ' killed in ' + num(counts[i]) + ' incidents (dates shown)'});
        }, {sticky: true});
        l.on('mouseover', function () { l.setStyle({weight: 2, color: '#000000'}); });
        l.on('mouseout', function () { layer.resetStyle(l); });
      }
    });
    G.onWindow(update);
    return layer;
  };

  // Place names drawn offline: kinds with a minimum zoom (governorates and cities always).
  G.placeLabels = function (places, minZoom) {
    var layer = L.layerGroup(), made = [], map = null;
    function update() {
      var z = map.getZoom(), b = map.getBounds().pad(0.25);
      places.forEach(function (pl, i) {
        var on = z >= (minZoom[pl[3]] || 0) && b.contains([pl[0], pl[1]]);
        if (on && !made[i]) {
          var span = el('span', null, pl[2]);
          made[i] = L.marker([pl[0], pl[1]], {pane: 'gi-labels', interactive: false, keyboard: false,
            icon: L.divIcon({html: span, className: 'gi-place gi-place-' + pl[3], iconSize: null, iconAnchor: [0, 0]})});
        }
        if (made[i]) {
          if (on && !layer.hasLayer(made[i])) { layer.addLayer(made[i]); }
          if (!on && layer.hasLayer(made[i])) { layer.removeLayer(made[i]); }
        }
      });
    }
    layer.on('add', function () {
      map = layer._map;
      if (!map.getPane('gi-labels')) {
        var pane = map.createPane('gi-labels');
        pane.style.zIndex = 450;
        pane.style.pointerEvents = 'none';
      }
      map.on('zoomend moveend', update);
      update();
    });
    layer.on('remove', function () { if (map) { map.off('zoomend moveend', update); } });
    return layer;
  };

  // Small screens: layer control collapsed, legends collapsed (their heading opens them).
  G.layout = function (map, layers) {
    if (!G.narrow(map) || !layers) { return; }
    layers.remove();
    layers.options.collapsed = true;
    layers.addTo(map);
    var box = layers.getContainer(), corner = box.parentNode;
    corner.insertBefore(box, corner.firstChild);
  };
})();
""").replace("__EL__", EL_JS).replace("__TEXT_KEYS__", script_json(list(TEXT_KEYS)))
