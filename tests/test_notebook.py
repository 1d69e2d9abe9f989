"""The notebook runs top to bottom (so it never rots) and produces its map and GeoPackage."""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_idlib_notebook_executes():
    path = ROOT / "notebooks" / "idlib_incidents.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors
    # The map cell renders inline (folium's HTML repr) and the export cell reports success.
    html_outputs = [o for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})]
    assert any("leaflet" in o["data"]["text/html"].lower() or "iframe" in o["data"]["text/html"].lower()
               for o in html_outputs)
    assert nb.cells[-1].outputs[-1]["data"]["text/plain"] == "True"
    assert (ROOT / "artifacts" / "idlib_incidents_notebook.html").stat().st_size > 10_000
