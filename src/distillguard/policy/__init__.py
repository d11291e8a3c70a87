"""distillguard.policy"""
