"""distillguard.intel"""
