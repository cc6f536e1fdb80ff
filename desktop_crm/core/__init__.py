"""Pure pandas/numpy computations. Never imports Qt."""
