"""The `vllm_xargs` names shared by the gateway (which sets them) and the vLLM processor (which
reads them), kept apart from `integrations.vllm` so the gateway never imports torch for them."""

XARG_ACCOUNT = "dg_account"  # the calling account's id
XARG_EPOCH = "dg_epoch"  # the master key epoch the gateway serves (rotated-away ones are refused)
