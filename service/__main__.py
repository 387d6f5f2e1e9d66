"""`python -m service` is the `aduan` command."""

from service.cli import main

main()
