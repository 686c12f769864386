"""Command modules of the `samsim` CLI; each defines `register(app)`. Shared helpers live in
`common.py`."""
