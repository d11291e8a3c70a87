"""distillguard.gateway"""
