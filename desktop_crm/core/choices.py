"""The names users choose from (schemes, presets, channels, layouts, time units), without pandas.

They live apart from the modules that compute with them so that `desktop-crm --help` can list the
choices without importing pandas, scipy or scikit-learn (see tests/test_cli_startup.py).
"""

from __future__ import annotations

# scheme name -> column of the customer table holding its segment
SCHEMES: dict[str, str] = {
    "rfm": "rfm_segment",
    "lifecycle": "lifecycle_segment",
    "abc": "abc_class",
    "price": "price_segment",
    "category": "top_category",
    "cluster": "cluster",
    "clv": "clv_band",
}
DYNAMIC_SCHEMES = ("rfm", "lifecycle")  # schemes with snapshots, transitions and journeys
RFM_PRESETS = ("standard", "rfm-package")  # the RFM segment tables of rfm_rules.PRESETS
CHANNELS = ("any", "phone", "email", "card", "none")  # the contact a target list needs; "card": loaded on the card
LAYOUTS = ("table", "segments")  # a target list as one table, or one sheet per segment
UNITS = {"W": 7.0, "D": 1.0}  # time units of the lifetime-value fit, in days
