"""One module per ATLAS case study: the victim's architecture before the attack."""
