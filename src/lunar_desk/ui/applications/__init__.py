"""The Applications tab: research and public-benefit applications, from draft to CLEP."""
