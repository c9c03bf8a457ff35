"""The Committee Review tab."""
