"""Serialization at the edges: the cattrs converter, model and report JSON/YAML, SARIF, OTM."""
