"""The package that wires channels, routing and the store into the service."""

import sys

# httpx's own command-line tool (httpx/_main.py) is imported by `import httpx` whenever click,
# rich and pygments are installed, as they are here (for typer and uvicorn): about 80 modules
# and 4 MB of every aduan process, for a tool it never runs. A None entry makes that optional
# import fail, which httpx expects (it then defines a `main` that says the CLI is missing).
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
