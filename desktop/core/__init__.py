"""Plain-Python core of Pizhu: importing, storage, anchoring, search, export. Never imports Qt."""
