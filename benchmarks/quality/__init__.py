"""The threat-quality benchmark: recall on 38 MITRE ATLAS case studies (see README.md)."""
