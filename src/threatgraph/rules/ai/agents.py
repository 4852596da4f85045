"""Rules (being written)."""
