"""`python -m ingest` is the `aduan` command."""

from ingest.cli import main

main()
