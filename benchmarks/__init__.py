"""Benchmarks for the Afterview site: build cost, catalog scale, composer latency and page weight.

Run them with `python -m benchmarks.run`; numbers live here and in docs/reference/performance.md,
never in the test suite.
"""
