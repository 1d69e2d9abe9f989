"""JavaScript that builds popups, tooltips, legends and labels in the browser from JSON data.

Every piece of data text is placed with ``textContent`` or ``createTextNode``; nothing here sets
``innerHTML``. Links are made only for ``http``/``https`` URLs (checked again with ``URL``). The
script defines ``window.geoincidents`` once per page (see :class:`~geoincidents.maps.elements.PageAssets`).

The popup mirrors :func:`geoincidents.maps.popups.popup_record`: each short key there is read here.
"""
from __future__ import annotations

from geoincidents.maps.safe import require_no_template, script_json
from geoincidents.maps.styles import TIME_PRECISION_LABELS

# ``el(tag, cls, text, parent)``: an element whose text is set with ``textContent``, appended to
# ``parent``. Each script of the page is its own closure, so each splices this in at ``__EL__``.
EL_JS = require_no_template(r"""
  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (parent) { parent.appendChild(e); }
    return e;
  }
""").strip("\n")

# Written without "{" directly before "{", "%" or "#": the page must hold no template syntax.
PAGE_JS = require_no_template(r"""
(function () {
  var G = window.geoincidents = window.geoincidents || {};
  var TP = __TIME_PRECISION__;
__EL__
  function txt(parent, text) { parent.appendChild(document.createTextNode(String(text))); }
  function muted(parent, text) { return el('span', 'gi-muted', text, parent); }
  function has(v) { return v !== undefined && v !== null && v !== ''; }
  function quoted(parent, text) { txt(parent, '\u201c' + text + '\u201d'); }

  // The URL if it is an absolute http(s) URL, else null (same rule as safe.safe_url).
  G.safeHref = function (url) {
    if (typeof url !== 'string') { return null; }
    url = url.trim();
    if (/[\u0000-\u0020\u007f]/.test(url)) { return null; }
    try {
      var u = new URL(url);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.host ? url : null;
    } catch (e) { return null; }
  };
  // ok: Python found the URL safe too (popups.popup_record "lk"); both checks must agree.
  function link(parent, url, text, ok) {
    var href = ok ? G.safeHref(url) : null, label = has(text) ? text : url;
    if (href === null) {
      txt(parent, label);
      // Keep the address visible (users judge sources) but never clickable.
      if (has(text) && has(url)) { muted(parent, ' (not a web link: ' + url + ')'); }
      return;
    }
    var a = el('a', null, label, parent);
    a.href = href; a.target = '_blank'; a.rel = 'noopener noreferrer nofollow';
  }
  function joinInto(parent, pieces, sep) {
    pieces.forEach(function (fill, i) { if (i) { txt(parent, sep); } fill(parent); });
  }

  function when(td, p) {
    if (!has(p.d0) && !has(p.d1)) { txt(td, 'not given'); return; }
    txt(td, !has(p.d1) || p.d1 === p.d0 ? p.d0 : (has(p.d0) ? p.d0 : '?') + ' \u2013 ' + p.d1);
    if (has(p.tp)) { muted(td, ' (' + (TP[p.tp] || p.tp) + ')'); }
    if (has(p.dt)) { txt(td, ' '); muted(td, '\u201c' + p.dt + '\u201d'); }
  }
  function killed(td, p) {
    txt(td, has(p.k) ? p.k : 'no count given');
    if (has(p.kl) || has(p.kh)) {
      muted(td, ' (range ' + (has(p.kl) ? p.kl : '?') + '\u2013' + (has(p.kh) ? p.kh : 'open') + ')');
    }
    if (has(p.kt)) { txt(td, ' from '); quoted(td, p.kt); }
    if (p.vi && p.vi.length) {
      el('br', null, null, td);
      txt(td, 'of whom: ' + p.vi.map(function (v) { return v[0] + ' ' + v[1]; }).join(', '));
      muted(td, ' (parts overlap; not a sum)');
    }
    if (has(p.vt)) { txt(td, ' from '); quoted(td, p.vt); }
    if (has(p.po)) { el('br', null, null, td); muted(td, 'already counted in incident ' + p.po); }
  }
  function resolved(td, p) {
    if (has(p.pl)) { txt(td, p.pl); }
    var codes = [];
    if (has(p.pc)) { codes.push('P-code ' + p.pc); }
    if (has(p.pid)) { codes.push('id ' + p.pid); }
    if (codes.length) {
      muted(td, ' (' + codes.join(', ') + (has(p.fty) ? ', ' + p.fty : '') + ')');
    }
  }
  function precision(td, p) {
    var given = p.pn ? ' (not given; treated as approximate)' : '';
    if (p.p === 1) { txt(td, '1 \u2013 the named place' + given); }
    else if (p.p === 2) { txt(td, '2 \u2013 near the place or part of an area; position approximate' + given); }
    else if (has(p.g)) { txt(td, '3 \u2013 only a region is named; listed at the region outline, there is no point'); }
    else { txt(td, '3 \u2013 only a region is named; region outline unavailable, marker at its centre'); }
    if (has(p.cf)) { muted(td, ' (resolver confidence ' + Number(p.cf).toFixed(2) + ')'); }
  }
  function source(td, p) {
    var title = has(p.stt) ? p.stt : p.src, parts = [];
    if (has(p.url)) { parts.push(function (t) { link(t, p.url, has(title) ? title : p.url, p.lk); }); }
    else if (has(title)) { parts.push(function (t) { txt(t, title); }); }
    if (has(p.src) && has(p.stt)) { parts.push(function (t) { txt(t, p.src); }); }
    if (has(p.pub)) { parts.push(function (t) { txt(t, 'published ' + p.pub); }); }
    if (p.ns > 1) { parts.push(function (t) { txt(t, p.ns + ' sources merged'); }); }
    joinInto(td, parts, ' \u00b7 ');
  }

  // Popup of one incident record; palette gives the colour of record.c.
  G.popup = function (p, palette) {
    var root = el('div', 'gi-pop');
    if (has(p.i)) { root.setAttribute('data-incident', p.i); }
    var h = el('h4', null, null, root);
    el('span', 'gi-sw', null, h).style.background = palette[p.c];
    txt(h, has(p.st) ? p.st : 'Incident (type not given)');
    var table = el('table', null, null, root);
    function row(label, fill) {
      var tr = document.createElement('tr');
      el('th', null, label, tr);
      var td = el('td', null, null, tr);
      fill(td);
      if (td.childNodes.length) { table.appendChild(tr); }
    }
    function plain(v) { return function (td) { if (has(v)) { txt(td, v); } }; }
    row('When', function (td) { when(td, p); });
    row('Type', function (td) {
      if (has(p.et)) { txt(td, p.et); }
      if (p.wp && p.wp.length) { txt(td, ' \u00b7 weapons: ' + p.wp.join(', ')); }
    });
    row('Killed', function (td) { killed(td, p); });
    row('Injured', plain(p.inj));
    row('Counted', plain(p.mu && p.mu.map(function (m) { return m[1] + ' ' + m[0]; }).join(', ')));
    row('Actors', plain(p.ac && p.ac.join(', ')));
    row('Place as written', function (td) { if (has(p.pw)) { quoted(td, p.pw); } });
    row('Resolved to', function (td) { resolved(td, p); });
    row('Admin units', plain(p.adm && p.adm.map(function (a) {
      return (has(a[0]) ? a[0] : '') + (has(a[1]) ? ' (' + a[1] + ')' : '');
    }).join(' \u203a ')));
    row('Precision', function (td) { precision(td, p); });
    row('Reported by', plain(p.at));
    row('Source', function (td) { source(td, p); });
    if (has(p.ev)) {
      el('div', 'gi-muted', 'Evidence:', root);
      el('blockquote', 'gi-evidence', p.ev, root);
    }
    if (has(p.i)) { el('div', 'gi-muted', 'incident ' + p.i, root); }
    return root;
  };

  // One-line tooltip: place and fatality count.
  G.tooltip = function (p) {
    var place = has(p.pl) ? p.pl : (has(p.pw) ? p.pw : 'unknown place');
    if (p.p === 3) { place += ' (region only)'; }
    return el('span', null, place + ' \u00b7 ' + (has(p.k) ? p.k + ' killed' : 'no count given'));
  };

  // Legend from {title, lines: [{t, b, m, sw, bx}]}: text, bold lead, muted, swatch/box colour.
  // The heading opens and closes it (closed from the start when collapsed is true).
  G.legend = function (spec, div, collapsed) {
    var h = el('h4', 'gi-legend-head', null, div);
    var toggle = el('button', 'gi-toggle', null, h);
    toggle.type = 'button';
    txt(toggle, spec.title);
    var body = el('div', 'gi-legend-body', null, div);
    function set(closed) {
      div.classList.toggle('gi-collapsed', closed);
      toggle.setAttribute('aria-expanded', closed ? 'false' : 'true');
    }
    toggle.addEventListener('click', function () { set(!div.classList.contains('gi-collapsed')); });
    set(!!collapsed);
    spec.lines.forEach(function (l) {
      var d = el('div', l.m ? 'gi-muted' : null, null, body);
      if (l.sw) { el('span', 'gi-sw', null, d).style.background = l.sw; }
      if (l.bx) { el('span', 'gi-box', null, d).style.background = l.bx; }
      if (has(l.b)) { el('b', null, l.b, d); }
      txt(d, l.t);
    });
    return div;
  };

  // Tooltip of a choropleth area: name (P-code) and its counts.
  G.areaTip = function (props) {
    var s = el('span', null, props.n);
    muted(s, ' (' + props.c + ')');
    el('br', null, null, s);
    txt(s, props.t);
    return s;
  };

})();
""").replace("__EL__", EL_JS).replace("__TIME_PRECISION__", script_json({str(k): v for k, v in TIME_PRECISION_LABELS.items()}))
