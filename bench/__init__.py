"""Benchmarks: ``python bench/run.py`` times each ``bench/bench_*.py`` against its baseline."""
