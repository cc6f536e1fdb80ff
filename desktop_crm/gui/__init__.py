"""The Qt desktop app. Only this package imports Qt."""
