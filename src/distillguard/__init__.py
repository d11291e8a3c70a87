"""distillguard: watermark, restrict and share intelligence on unauthorized model distillation."""

__version__ = "0.1.0"
