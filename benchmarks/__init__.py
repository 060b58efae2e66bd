"""Benchmarks of followup_rules against a hand-written floor and two state-machine libraries."""
