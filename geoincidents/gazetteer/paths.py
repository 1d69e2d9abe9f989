"""Where the built gazetteer lives: an override folder, the installed package, or a checkout."""
from __future__ import annotations

import os
from pathlib import Path

__all__ = ["data_dir"]


def data_dir() -> Path:
    """Folder of the built gazetteer: ``$GEOINCIDENTS_GAZETTEER_DIR`` if set (a rebuilt gazetteer to
    try out), else inside the installed package, or ``data/gazetteer`` in a checkout."""
    override = os.environ.get("GEOINCIDENTS_GAZETTEER_DIR")
    if override:
        if not (Path(override) / "places.parquet").exists():
            raise FileNotFoundError(f"GEOINCIDENTS_GAZETTEER_DIR={override} holds no places.parquet")
        return Path(override)
    # Installed: the wheel maps data/gazetteer/ to geoincidents/data/ (a namespace
    # package, so importlib.resources would give a MultiplexedPath, not a folder).
    installed = Path(__file__).resolve().parents[1] / "data"
    if (installed / "places.parquet").exists():
        return installed
    checkout = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
    if (checkout / "places.parquet").exists():
        return checkout
    raise FileNotFoundError(
        "The bundled gazetteer is missing: expected places.parquet in the installed package "
        f"'geoincidents.data' or in {checkout}. Rebuild it with `make gazetteer`."
    )
