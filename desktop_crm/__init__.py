"""Desktop CRM: offline customer segmentation for loyalty-card data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("desktop-crm")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+local"
