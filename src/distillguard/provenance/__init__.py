"""Provenance search over the responses the gateway served (`distillguard trace`)."""
