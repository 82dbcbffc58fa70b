"""Networking devices (the Rocker switch)."""
