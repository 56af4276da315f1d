"""Training code for ghatna's Hindi spaCy pipeline (see training/README.md)."""
