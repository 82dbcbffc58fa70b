"""Parallels expandable disk images."""
