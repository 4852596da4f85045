"""AI-specific rules, one module per lifecycle area."""
