"""The composition root: the app factory, the `aduan` CLI and the wiring of the features
(desk, ingest) onto the leaves (settings, store, routing, channels). Nothing imports it."""
