"""`python -m bot` runs the command line, like the `advisorbot` script."""

from bot.cli import main

main()
