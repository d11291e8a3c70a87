"""distillguard.policy: jurisdiction, KYC and ownership rules → allow / review / deny with reasons.

Pure functions and dataclasses only (no DB, no network): the gateway persists state and calls in.
Modules: geo (IP → country/ASN), ownership (effective ownership through chains), states (account
state machine), engine (the policy file and its evaluation), reasoning_guard (CoT-extraction
prompt detector and reasoning stripping).
"""
