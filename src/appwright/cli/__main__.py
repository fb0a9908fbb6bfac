"""``python -m appwright.cli``: the command line without the installed script."""

from appwright.cli import main

main()
