"""qcow2 images: reading guest data, snapshots, bitmaps, and checking."""

from .image import CorruptImageError, EncryptedImageError, Mapping, Qcow2Image, UnsupportedFeatureError

__all__ = ["Qcow2Image", "Mapping", "CorruptImageError", "EncryptedImageError", "UnsupportedFeatureError"]
