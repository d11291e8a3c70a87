"""Offline text sources shipped as packages (ShareGPT conversations)."""
