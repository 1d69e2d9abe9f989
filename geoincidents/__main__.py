"""``python -m geoincidents``: the command line, where the console script is not on PATH."""
from geoincidents.cli import main

raise SystemExit(main())
