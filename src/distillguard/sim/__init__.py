"""distillguard.sim"""
