"""`python -m bot` runs the same CLI as the `qunbot` console script."""
from bot.cli import main

raise SystemExit(main())
