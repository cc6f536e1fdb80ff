"""How a palette looks to people with a colour-vision deficiency, and how far apart its colours are.

The simulation is Machado, Oliveira & Fernandes (2009) at full severity (dichromacy), applied in
linear sRGB; distances are CIEDE2000 in CIELAB (D65). Pure numpy: the palette test and the theme use it
without a display.
"""

from __future__ import annotations

import itertools

import numpy as np

MACHADO = {
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
    ),
    "tritanopia": np.array(
        [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
    ),
}
_D65 = np.array([0.95047, 1.0, 1.08883])
_RGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
)


def rgb(hex_colours: list[str] | tuple[str, ...]) -> np.ndarray:
    """'#rrggbb' texts as an (n, 3) array of sRGB values in 0..1."""
    return np.array([[int(h.lstrip("#")[k : k + 2], 16) / 255 for k in (0, 2, 4)] for h in hex_colours])


def _linear(srgb: np.ndarray) -> np.ndarray:
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _gamma(linear: np.ndarray) -> np.ndarray:
    linear = np.clip(linear, 0, 1)
    return np.where(linear <= 0.0031308, linear * 12.92, 1.055 * linear ** (1 / 2.4) - 0.055)


def simulate(srgb: np.ndarray, deficiency: str) -> np.ndarray:
    """The sRGB colours as a person with `deficiency` (a key of MACHADO) sees them."""
    return _gamma(_linear(srgb) @ MACHADO[deficiency].T)


def lab(srgb: np.ndarray) -> np.ndarray:
    """sRGB (0..1) to CIELAB under D65."""
    xyz = _linear(srgb) @ _RGB_TO_XYZ.T / _D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.column_stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]), 200 * (f[:, 1] - f[:, 2])])


def delta_e2000(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """CIEDE2000 colour difference between Lab rows of `a` and `b` (Sharma, Wu & Dalal 2005)."""
    l1, a1, b1 = a.T
    l2, a2, b2 = b.T
    c_bar = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p, h2p = np.degrees(np.arctan2(b1, a1p)) % 360, np.degrees(np.arctan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    dh = np.where(dh > 180, dh - 360, np.where(dh < -180, dh + 360, dh))
    dh = np.where(c1p * c2p == 0, 0, dh)
    big_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_bar, c_bar_p = (l1 + l2) / 2, (c1p + c2p) / 2
    h_sum = h1p + h2p
    h_bar = np.where(
        c1p * c2p == 0,
        h_sum,
        np.where(np.abs(h1p - h2p) <= 180, h_sum / 2, np.where(h_sum < 360, (h_sum + 360) / 2, (h_sum - 360) / 2)),
    )
    t = (
        1
        - 0.17 * np.cos(np.radians(h_bar - 30))
        + 0.24 * np.cos(np.radians(2 * h_bar))
        + 0.32 * np.cos(np.radians(3 * h_bar + 6))
        - 0.20 * np.cos(np.radians(4 * h_bar - 63))
    )
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / np.sqrt(20 + (l_bar - 50) ** 2)
    s_c, s_h = 1 + 0.045 * c_bar_p, 1 + 0.015 * c_bar_p * t
    rotation = np.sin(np.radians(60 * np.exp(-(((h_bar - 275) / 25) ** 2))))
    r_t = -2 * np.sqrt(c_bar_p**7 / (c_bar_p**7 + 25**7)) * rotation
    return np.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (big_h / s_h) ** 2 + r_t * (dc / s_c) * (big_h / s_h))


def min_distance(hex_colours: list[str] | tuple[str, ...], deficiency: str | None = None) -> float:
    """The smallest CIEDE2000 distance between any two of the colours (as seen with `deficiency`)."""
    colours = rgb(hex_colours)
    if deficiency is not None:
        colours = simulate(colours, deficiency)
    points = lab(colours)
    pairs = np.array(list(itertools.combinations(range(len(points)), 2)))
    return float(delta_e2000(points[pairs[:, 0]], points[pairs[:, 1]]).min())
