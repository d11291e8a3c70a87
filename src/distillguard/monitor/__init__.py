"""distillguard.monitor"""
