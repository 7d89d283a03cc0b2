"""Benchmarks run by ``make bench``: each module has ``run(corpus)`` and prints its own section."""
