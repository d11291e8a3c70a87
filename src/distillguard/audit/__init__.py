"""distillguard.audit"""
