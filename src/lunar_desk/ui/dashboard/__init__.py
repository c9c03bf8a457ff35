"""The Dashboard tab."""
