"""Parallels expandable disk images: read (:class:`ParallelsImage`), create, write, check."""

from .image import ParallelsImage

__all__ = ["ParallelsImage"]
