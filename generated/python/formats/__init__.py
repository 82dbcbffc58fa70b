"""Parsers and writers generated from ksy/ (do not edit; run `make generate`)."""
