"""Paths of the real data sets kept in tests/data (sources and licences in tests/data/README.md)."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
CDNOW = DATA / "cdnow" / "CDNOW_sample.txt"
RFM_ORDERS = DATA / "rfm" / "rfm_data_orders.csv"
