"""distillguard.watermark"""
