"""The SQLite library: database, collections and speeches, annotations, search index."""
