"""Reading messy exports and writing results. Never imports Qt."""
