"""The tutorial notebook runs top to bottom (so it never rots), from any working folder, and
produces its inline offline map, plot, GeoPackage and ACLED-style CSV."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_idlib_notebook_executes(tmp_path):
    pytest.importorskip("matplotlib")
    path = ROOT / "notebooks" / "idlib_incidents.ipynb"
    nb = nbformat.read(path, as_version=4)
    # Run from a folder outside the checkout: the notebook finds seeds/ by itself.
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    html_outputs = [o["data"]["text/html"] for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    # The inline map is the self-contained page: Leaflet inlined, nothing loaded from a CDN.
    maps = [h for h in html_outputs if "srcdoc" in h]
    assert len(maps) == 1 and "L.map(" in maps[0] and "src=&quot;https://cdn" not in maps[0]
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert images  # incidents per week
    assert nb.cells[-1].outputs[-1]["data"]["text/plain"] == "True"
    assert (ROOT / "artifacts" / "idlib_incidents_notebook.html").stat().st_size > 10_000
    assert (ROOT / "artifacts" / "idlib_incidents_notebook_acled.csv").stat().st_size > 100
