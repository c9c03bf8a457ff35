"""Reports → Export CLEP summary… and Prepare email to CLEP… (one module per dialog)."""
