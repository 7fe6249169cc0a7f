"""One module per ``workbench`` subcommand; each does the I/O for a library function."""
