"""Export writers, one module per format; each is a pure function of the data."""
