"""The real-copy corpus and the code that reads and checks it (see README.md)."""
