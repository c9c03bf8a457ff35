"""The Stewardship tab."""
