"""distillguard.review"""
