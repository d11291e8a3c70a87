"""A monitor model derived from frozen ones: options that *lower* scores, joining frozen trees (with
floors under what they read: model S), and weighing a signal added after them (model P).

Side model J (`--solo-margin 0.5`) and model K (`--rotation-consumer-only`) keep model I's fitted
weights, bias and threshold and change how evidence is read: J caps each content signal below
the threshold (`scoring.contributions`), K counts IP rotation only over consumer networks
(`scoring.rotation_evidence`). Both only lower a score, so the threshold I set on its fit's
benign accounts keeps that fit's benign FPR at or under the target; no refit is involved, so the
derived model's figures on a batch differ from I's only through the option. Model N
(`--inherit-margin 2`) is model M with a smaller margin for inheriting a cluster's score through an
account's own evidence (`scan._inherited`): it lowers inherited risks only.
Model O is the one derivation that is not a lowering: model N's weighted side with J's cap on
content signals lifted for accounts that run round the clock (`--solo-margin 0.5
--solo-unless-clock`, `scoring.solo_cap_lifted`), joined with side model L's trees at L's own
threshold (`--join-trees`) instead of M's — two frozen parts, each with its own blind record
(K's weights since batch 18, L's trees since batch 20), and one new rule, checked on spent
batches 20–27 before it was frozen (bench/results/monitor_history.md). It was shipped at 0dc4ec3
and withdrawn after its first blind batch (28: 93/172 against N's 130 — the cap turned a
throwaway-account churn farm that N catches by one content signal per account into leads); N is
shipped again.
Model P (`--throwaway-through 29`) is model N plus one product it could not read: the throwaway-farm
signal (`scoring.throwaway_orgs_evidence`) times what the account takes (`throwaway*harvest`), its
free level set on the labelled traffic and its weight by a stated rule (`throwaway_weight`), not a
fit. N's weights give the product no weight and N's trees do not read it, so P scores every account
as N does except where throwaway customers of many organisations share one frame; on spent batches 1-29 it adds
batch 28's trial-churn farm (37 accounts) and no benign account (`bench/monitor_posthoc.py`).
Model Q (`--join-trees` L31) is model P with its trees replaced: side model L's recipe refitted with
every spent batch (1-31) at its own threshold, instead of M's trees (fitted through batch 20, joined
at a lower offset). Why: trees fitted before a batch caught grading, reseller and agent families on
it that P's weights and M's trees miss (saltire, cueca, didot): P's weights joined with L's trees
(fitted through 19) on batches 20-31 and with L26's (through 26) on 27-31 — batches those trees had
not seen — caught more campaign accounts at no or few more benign flags (`bench/monitor_posthoc.py`,
section "Model Q's recipe"). Shipped for blind batches 32 and 33 and withdrawn after them: on the
16M-event simulator log its trees flagged 142 of 569 nightly batch jobs (168/60,000 benign against
P's 26; bench/results/monitor_16m_model_q.json: python bench/monitor.py --scale-only --cold-cache
--calibration bench/results/monitor_calibration_q.json --results-name monitor_16m_model_q); P is shipped again.
Side model R is Q's recipe with L26's trees (through 26): the same 16M failure (168; 141 nightly jobs). Model S
(`--join-trees` L, `--trees-floor yield=0.25`) joins P's weights with L's trees (through 19), which read output yield
under 0.25 as none (`scoring.trees_input`): on the 16M log the jobs' small yield evidence, which the log's shorter
median answer gives them, is what Q's and R's trees split on; the weights read every value.
Model T (`--sharing-without pivot --trees-floor template_orgs=0.25`) is S with template sharing read only as
far as the account's own behaviour, the release pivot aside, goes (`scoring.feature_vector`): a popular tool's
users share its frame across organisations and its model upgrade, and nothing else of a pipeline (blind batch
41). Both options only lower a score. Shipped for blind batch 42 and withdrawn after it: its floor on sharing
read a night-shift label farm's small sharing evidence as none (5 accounts S's trees caught). Model U
(`--sharing-without pivot --also-join-trees` L26) is S with T's rule without the floor, and side model L26's
trees (fitted through batch 26) joined beside L's at their own threshold (`Calibration.also_trees`,
`scoring.joined_log_odds`): trees fitted at different times catch different families, and each set's
threshold was set at 0.1% on its own fit's out-of-fold benign scores. Model V (`--resample-fresh 0.4 0.6`) is U
with resampling read from fresh repeats only (`scoring.fresh_resample_evidence`): best-of-n harvesters repeat each
new prompt in one burst, evaluators re-run a bank whose items come back in other sessions. Model W
(`--resample-beside`, from V) reads the larger of V's fresh reading and U's exact one (`scoring.resample_reading`).
Model X (`--followup-reach 0.75`, from W) weighs machine-speed conversation (`scoring.followup_evidence`), a signal
added after every earlier model, by a stated rule (`followup_weight`). Side model Z (`--inherit-margin 1`, from X) lets an
account inherit a cluster's score through its own evidence only within 1 log-odds of the threshold: it lowers
inherited risks only. Side model XS (`--substream-reach 0.5`, from X) weighs a heavy key's sub-stream test
(`scoring.substream_evidence`), a signal added after every earlier model, by the same kind of stated rule. Side
model XSL (`--linked-margin 0`, from XS) passes a cluster's score to an account only linked into it, not a member of
that community, through a hard link alone: it lowers inherited risks only. Side model XP (`--payment-gate` with
`scoring.PAYMENT_GATE_XP`'s signals, from X) reads cards across organisations only as far as what the account takes or
its templates go (`Calibration.payment_gate`, `scoring.feature_vector`): an agency or router paying for its client
organisations' ordinary traffic is not a farm; it lowers scores only. Side model XH (`--network-hard-hosting 0.5`,
from X) lets shared networks (two or more common /24s) tie an account to a cluster's operator only where at least half
its requests come from hosting networks (`Calibration.network_hard_hosting`, `scan._hard_into`): a campus's students
share its /24s too; it lowers inherited risks only. Side model XC (`--resample-compared`, from X) reads a repeat of a
prompt its organisation sent to more than one model as no resampling (`Calibration.resample_compared`,
`scoring.resample_reading`): a study samples its items on the old and the new model to compare them; it lowers scores
only. Model XM (`--model-split-reach 0.5`, from X; shipped after blind batch 120) weighs a heavy key's new-model sub-stream test
(`scoring.model_split_evidence`), a signal added after every earlier model, by XS's kind of stated rule. Side model XMB
(`--resample-compared --resample-balanced`, from XM) reads off only the repeats of a balanced comparison
(`Calibration.resample_balanced`): a study gives each model a comparable number of samples, a harvester picking the
model request by request a stray copy; it lowers scores only. Side model XMK (`--resample-burst`, from XM) reads the
fresh repeats across an organisation's keys (`Calibration.resample_burst`, `features.resample_features`' burst
counts): a best-of-n harvest dealing each prompt's copies over its keys within seconds. Side model XMKB
(`--resample-burst`, from XMB) reads both: the fresh repeats across keys, less those of a balanced comparison.
Side model XMN (`--newcomer-reach 1`, from XM) weighs release-day newcomers (`scoring.newcomer_evidence`): an
account first seen in the day before the release that moved to the new model at once, its prompts unlike ordinary
users'. Side model XMC (`--crowd-median 0.5`, from XM) flags an account through its topic crowd (`monitor/crowds.py`,
`Calibration.crowd_median`): at least 20 other accounts whose prompt-embedding centroids are close to its own, with
a median own score of at least 0.5, and its own evidence within XM's inherit margin of the threshold. Side model
XMCA (`--crowd-arrived 0.65`, from XMC) flags through a crowd only one that arrived during the scan
(`Calibration.crowd_arrived`): at least 65% of it first seen more than a day after the scan's first event. Side
model XMCQ (`--crowd-arrived-quantile 0.25`, from XMCA) counts that day from the time by which a quarter of all
the scan's accounts had been seen (`Calibration.crowd_arrived_quantile`). Side model XMCP (`--crowd-phrases`, from
XMCQ) flags by the same rule through phrase crowds too (`monitor/phrases.py`, `Calibration.crowd_phrases`): the
accounts that send an account's shared phrases, short prompts many organisations send word for word and no public
corpus holds. Side model XMCD (`--crowd-partition D`, from XMCP) also flags a phrase crowd's member by the margin
alone when the crowd split its tasks (`Calibration.crowd_partition`, `crowds.repeated_share`). Side model XMCS
(`--crowd-strangers M`, from XMCD) also flags by the margin alone a member of a stranger crowd: a cluster of at
least ten accounts held by soft links alone (payment and /24 links at most 5% of its links) whose members' median
own score reaches M (`Calibration.crowd_strangers`, `crowds.stranger_crowds`). Side model XMCO
(`--operator-median M`, from XMCD) lets an identified operator that makes up at least half a cluster take the
cluster's score only if the median own score of all its accounts reaches M (`Calibration.operator_median`,
`scan.Operators.clears`). Side model XMCV (`--crowd-suspects S`, from XMCT) also flags by the margin alone an
account with at least five other accounts within the margin on its topic (centred centroids within cosine 0.6),
at least the calibration's crowd_arrived of them arrived, that split their tasks: at least 20 distinct long prompts
over it and them, at most S of them sent by two or more (`Calibration.crowd_suspects`, `crowds.suspect_crowds`).
Side model XMCR (`--replay-crowd Z PROMPTS`, from XMCW) also flags, by the crowd alone, the members of a
disjoint-replay crowd: accounts that arrived during the scan, send mostly public prompts, and overlap one another's
public prompts Z standard deviations short of chance (`Calibration.replay_crowd_z`, `monitor/replay_crowds.py`).
Side model XMCRD (`--replay-crowd Z PROMPTS --replay-crowd-ratio R`, from XMCW) reads the same crowds against each
prompt's draw rate among the accounts that are not candidates, and flags only members whose overlap with the crowd,
as a share of chance, is at most R times their share against the other candidates (`Calibration.replay_crowd_ratio`).

    python bench/monitor_derive.py bench/results/monitor_calibration_x.json \
        bench/results/monitor_calibration_xm.json --model-split-reach 0.5 \
        --note "$(python -c 'import monitor_derive as d; print(d.XM_NOTE)')"        (run from bench/; model XM)

    python bench/monitor_derive.py bench/results/monitor_calibration_xm.json \
        bench/results/monitor_calibration_xmc.json --crowd-median 0.5 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMC_NOTE)')"      (run from bench/; side model XMC)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmc.json \
        bench/results/monitor_calibration_xmca.json --crowd-arrived 0.65 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCA_NOTE)')"     (run from bench/; side model XMCA)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmca.json \
        bench/results/monitor_calibration_xmcq.json --crowd-arrived-quantile 0.25 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCQ_NOTE)')"     (run from bench/; side model XMCQ)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcq.json \
        bench/results/monitor_calibration_xmcp.json --crowd-phrases \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCP_NOTE)')"     (run from bench/; side model XMCP)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcp.json \
        bench/results/monitor_calibration_xmcd.json --crowd-partition D \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCD_NOTE)')"     (run from bench/; side model XMCD)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcd.json \
        bench/results/monitor_calibration_xmct.json --corpus-order-reach 1 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCT_NOTE)')"     (run from bench/; side model XMCT)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmct.json \
        bench/results/monitor_calibration_xmcv.json --crowd-suspects 0.05 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCV_NOTE)')"     (run from bench/; side model XMCV)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmct.json \
        bench/results/monitor_calibration_xmcto.json --operator-median 0.4 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCTO_NOTE)')"    (run from bench/; model XMCTO)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcto.json \
        bench/results/monitor_calibration_xmcw.json --crowd-suspects 0.05 --crowd-suspect-cards 5 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCW_NOTE)')"     (run from bench/; side model XMCW)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcw.json \
        bench/results/monitor_calibration_xmcr.json --replay-crowd 4 50 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCR_NOTE)')"     (run from bench/; side model XMCR)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmcw.json \
        bench/results/monitor_calibration_xmcrd.json --replay-crowd 4 30 --replay-crowd-ratio 0.75 \
        --note "$(python -c 'import monitor_derive as d; print(d.XMCRD_NOTE)')"    (run from bench/; side model XMCRD)

    python bench/monitor_derive.py bench/results/monitor_calibration_xm.json \
        bench/results/monitor_calibration_xmb.json --resample-compared --resample-balanced \
        --note "$(python -c 'import monitor_derive as d; print(d.XMB_NOTE)')"      (run from bench/; side model XMB)

    python bench/monitor_derive.py bench/results/monitor_calibration_xm.json \
        bench/results/monitor_calibration_xmk.json --resample-burst \
        --note "$(python -c 'import monitor_derive as d; print(d.XMK_NOTE)')"      (run from bench/; side model XMK)

    python bench/monitor_derive.py bench/results/monitor_calibration_xmb.json \
        bench/results/monitor_calibration_xmkb.json --resample-burst \
        --note "$(python -c 'import monitor_derive as d; print(d.XMKB_NOTE)')"     (run from bench/; side model XMKB)

    python bench/monitor_derive.py bench/results/monitor_calibration_x.json \
        bench/results/monitor_calibration_xc.json --resample-compared \
        --note "$(python -c 'import monitor_derive as d; print(d.XC_NOTE)')"        (run from bench/; side model XC)

    python bench/monitor_derive.py bench/results/monitor_calibration_xs.json \
        bench/results/monitor_calibration_xsl.json --linked-margin 0 \
        --note "$(python -c 'import monitor_derive as d; print(d.XSL_NOTE)')"      (run from bench/; side model XSL)

    python bench/monitor_derive.py bench/results/monitor_calibration_x.json \
        bench/results/monitor_calibration_xs.json --substream-reach 0.5 \
        --note "$(python -c 'import monitor_derive as d; print(d.XS_NOTE)')"        (run from bench/; side model XS)

    python bench/monitor_derive.py bench/results/monitor_calibration_w.json \
        bench/results/monitor_calibration_x.json --followup-reach 0.75 \
        --note "$(python -c 'import monitor_derive as d; print(d.X_NOTE)')"        (run from bench/; model X)

    python bench/monitor_derive.py bench/results/monitor_calibration_x.json \
        bench/results/monitor_calibration_z.json --inherit-margin 1 \
        --note "$(python -c 'import monitor_derive as d; print(d.Z_NOTE)')"        (run from bench/; side model Z)

    python bench/monitor_derive.py bench/results/monitor_calibration_s.json \
        bench/results/monitor_calibration_u.json --sharing-without pivot \
        --also-join-trees bench/results/monitor_calibration_l26.json \
        --note "$(python -c 'import monitor_derive as d; print(d.U_NOTE)')"        (run from bench/; model U)

    python bench/monitor_derive.py bench/results/monitor_calibration_u.json \
        bench/results/monitor_calibration_v.json --resample-fresh 0.4 0.6 \
        --note "$(python -c 'import monitor_derive as d; print(d.V_NOTE)')"        (run from bench/; model V)

    python bench/monitor_derive.py bench/results/monitor_calibration_v.json \
        bench/results/monitor_calibration_w.json --resample-beside \
        --note "$(python -c 'import monitor_derive as d; print(d.W_NOTE)')"        (run from bench/; model W)

    python bench/monitor_derive.py bench/results/monitor_calibration_s.json \
        bench/results/monitor_calibration_t.json --sharing-without pivot --trees-floor template_orgs=0.25 \
        --note "$(python -c 'import monitor_derive as d; print(d.T_NOTE)')"        (run from bench/; model T, withdrawn)

    python bench/monitor_derive.py bench/results/monitor_calibration_p.json \
        bench/results/monitor_calibration_s.json --join-trees bench/results/monitor_calibration_l.json \
        --trees-floor yield=0.25 \
        --note "$(python -c 'import monitor_derive as d; print(d.S_NOTE)')"        (run from bench/; model S)

    python bench/monitor_derive.py bench/results/monitor_calibration_p.json \
        bench/results/monitor_calibration_r.json --join-trees bench/results/monitor_calibration_l26.json \
        --note "$(python -c 'import monitor_derive as d; print(d.R_NOTE)')"        (run from bench/; side model R, not shipped)

    python bench/monitor_derive.py bench/results/monitor_calibration_p.json \
        bench/results/monitor_calibration_q.json --join-trees bench/results/monitor_calibration_l31.json \
        --note "$(python -c 'import monitor_derive as d; print(d.Q_NOTE)')"        (run from bench/; side model Q, shipped for batches 32-33 and withdrawn)

    python bench/monitor_derive.py bench/results/monitor_calibration_n.json \
        bench/results/monitor_calibration_p.json --throwaway-through 29 --note "$(python -c \
        'import monitor_derive as d; print(d.P_NOTE)')"        (run from bench/; the shipped model P)

    python bench/monitor_derive.py bench/results/monitor_calibration_n.json \
        bench/results/monitor_calibration_o.json --solo-margin 0.5 --solo-unless-clock \
        --join-trees bench/results/monitor_calibration_l.json --note "$(python -c \
        'import monitor_derive as d; print(d.O_NOTE)')"        (run from bench/; model O)

    python bench/monitor_derive.py bench/results/monitor_calibration_m.json \
        bench/results/monitor_calibration_n.json --inherit-margin 2 --note "$(python -c \
        'import monitor_derive as d; print(d.N_NOTE)')"        (run from bench/; model N, shipped before P)

    python bench/monitor_derive.py bench/results/monitor_calibration_i.json OUT --rotation-consumer-only \\
        --note "model K = …"      (`bench/monitor.py --write-calibration` applies K's with `K_NOTE`)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from distillguard.errors import DistillguardError  # noqa: E402
from distillguard.monitor.scoring import (  # noqa: E402
    BEHAVIOUR,
    PAYMENT_GATE_SIGNALS,
    Calibration,
    _finite,
    _finite_nonneg,
    logit,
    payment_gate_problem,
    resample_fresh_problem,
    sharing_behaviour_problem,
    trees_floor_problem,
)

K_NOTE = ("model K = model I with IP rotation counted over consumer networks only (scoring.rotation_evidence), "
          "frozen before blind batch 18 was run")


N_NOTE = ("model N = model M with an account inheriting a cluster's score through its own evidence only within "
          "2 log-odds of the threshold (inherit_margin 2.0, M's 3.0), scored with template sharing read against the "
          "log's size (scoring.sharing_free); designed on spent batches 1-22 and the 16M-event simulator log; frozen "
          "before blind batch 23 was read or run")


O_NOTE = ("model O = model N's weights, threshold and inherit margin with each content signal capped 0.5 log-odds "
          "short of the threshold unless the account runs round the clock (solo_margin 0.5, solo_unless_clock: "
          "scoring.solo_cap_lifted), joined with side model L's trees (3b7366b) at L's own threshold instead of M's; "
          "designed on spent batches 20-27; frozen before blind batch 28 was read or run")


P_NOTE = ("model P = model N with a weight for the throwaway farm (scoring.throwaway_orgs_evidence) times what "
          "the account takes (throwaway*harvest): free level twice the most any benign template reached among "
          "throwaway senders of the simulator's seeds 1-4 and spent batches 1-29, weight such that a product of "
          "0.5 alone reaches the threshold; designed on spent batches 1-29; frozen before blind batch 30 was "
          "read or run")
Q_NOTE = ("model Q = model P's weights, threshold and rules joined with side model L31's trees at L31's own "
          "threshold instead of M's (L31: side model L's recipe refitted with spent batches 1-31, python "
          "bench/monitor_fit_l.py --through 31 --name l31); designed on spent batches 1-31 (P's weights joined with "
          "trees that had not seen a batch, L's on 20-31 and L26's on 27-31: python bench/monitor_posthoc.py); "
          "frozen before blind batch 32 was read or run")
R_NOTE = ("side model R = model P's weights, threshold and rules joined with side model L26's trees (20e8407, fitted "
          "through spent batch 26) at L26's own threshold instead of M's; designed on spent batches 27-34, which "
          "L26's trees had not seen (P + L26's trees 1,085/1,206 campaign accounts at 91 benign against P's "
          "1,048 at 91; P + L's trees on 20-34 2,301/2,515 at 176 against P's 2,255 at 173: python "
          "bench/monitor_posthoc.py, section \"Model Q's recipe\"); not shipped: on the 16M-event simulator log it "
          "flagged 168/60,000 benign accounts (141 of 569 nightly batch jobs, as Q) against P's 26 (python "
          "bench/monitor.py --scale-only --cold-cache --calibration bench/results/monitor_calibration_r.json "
          "--results-name monitor_16m_model_r); a side model, frozen before blind batch 35 was read or run")
S_NOTE = ("model S = model P's weights, threshold and rules joined with side model L's trees (3b7366b, fitted "
          "through spent batch 19) at L's own threshold, the trees reading output yield under 0.25 as none "
          "(trees_floor {yield: 0.25}, scoring.trees_input: answers less than a fifth longer than the log's typical "
          "answer are no yield evidence to the trees; the weights read every value); why the floor: side models Q's "
          "and R's trees flagged about 140 of the 16M-event simulator log's 569 nightly batch jobs through a small "
          "yield evidence that the log's shorter median answer gives them and no labelled log does; designed on "
          "spent batches 20-35, which L's trees had not seen (P + L's trees 2,441/2,655 at 237 benign against P's "
          "2,349 at 234: python bench/monitor_posthoc.py, section \"Model Q's recipe\"; L's trees rather than L26's: "
          "1,211 against 1,190 on 27-35 at 152 each) and the 16M-event log; frozen before blind batch 36 was read "
          "or run")
T_NOTE = ("model T = model S with template sharing read only as far as the account's own behaviour other than "
          "the release pivot goes (sharing_behaviour: regularity, traversal, volume, no_sleep, sustained, hosting; "
          "scoring.feature_vector: min(sharing, behaviour), in its column and its product), the trees reading that "
          "gated sharing under 0.25 as none (trees_floor {template_orgs: 0.25}); why: the users of one popular tool "
          "send its frame from many organisations and move to a new model together when the tool changes its "
          "default — blind batch 41's IDE coding agent, 30 of 31 developers flagged by sharing with the pivot and "
          "nothing else of a pipeline; the trees split at any positive sharing, so without the floor a small "
          "behaviour value kept 11 of them flagged; designed on spent batches 1-41 (against S: 29 of the 30 "
          "cleared, 4 campaign accounts lost on batches 2-4 — key resale 2, free-credit churn 1, option-shuffle "
          "soft labels 1 — nothing else moves: python bench/monitor_posthoc.py, columns S and T) and the 16M-event "
          "simulator log (as S); frozen before blind batch 42 was written, read or run")
U_NOTE = ("model U = model S with template sharing read only as far as the account's own behaviour other than "
          "the release pivot goes (sharing_behaviour as model T's, without T's floor on sharing), and side model "
          "L26's trees (20e8407, fitted through spent batch 26) joined beside L's at L26's own threshold "
          "(also_trees; the same yield floor); why: T's floor cost blind batch 42 five accounts of a label farm "
          "that S's trees caught on its small sharing evidence, and on the spent batches neither set of trees had "
          "seen (27-42) L26's trees caught families L's miss — label farms and sticky-proxy graders (40, 42), "
          "best-of-n judging (38), grading and reseller families (29, 30) — while L's caught a reasoning hydra L26's "
          "miss (35); designed on spent batches 1-42 (against S on 27-42: 46 more campaign accounts, none lost, 16 "
          "fewer benign — batch 41's IDE-agent users; python bench/monitor_posthoc.py, columns S and U) and the "
          "16M-event simulator log; frozen before blind batch 43 was written, read or run")
V_NOTE = ("model V = model U with resampling read from fresh repeats only (resample_fresh [0.4, 0.6]: the share "
          "of an account's requests that repeat, back to back, a prompt its organisation sent in no other session, "
          "0 up to 0.4 and 1 at 0.6: scoring.fresh_resample_evidence over features.resample_features' "
          "n_resample_fresh); why: best-of-n harvesting was missed by every model on four blind batches (38, 46, 48, "
          "49) — a harvester repeats each new prompt a few times and keeps its share of exact repeats under the 0.7 "
          "that resampling leaves free — while evaluation teams sampling each item of a fixed bank several times "
          "were flagged on it (46, 48, 49), though their items come back in their other runs; designed on spent "
          "batches 1-49 and the simulator; frozen before blind batch 50 was written, read or run")
W_NOTE = ("model W = model V with the exact reading of resampling kept beside the fresh one (resample_beside: "
          "the larger of the two evidences, scoring.resample_reading); why: on the spent batches V was not "
          "designed on it lost samplers that re-ask the same prompts across sessions (7's soft-label sampler, "
          "part of 44's distribution sampler), which the exact reading catches; it gives back V's clearing of "
          "evaluation teams (48); designed on spent batches 1-49 and V's design data; frozen before blind "
          "batch 50 was written, read or run")
X_NOTE = ("model X = model W with a weight for machine-speed conversation (scoring.followup_evidence over "
          "behaviour.followup_features: follow-ups that carry a conversation on sooner than a ≥ 150-token answer "
          "can be read at 15 tokens a second, from accounts whose sessions open with a short prompt), by a stated "
          "rule: an evidence of 0.75 alone reaches the threshold (followup_weight); why: simulated multi-turn users "
          "(blind batch 52) were missed by every model and look like people on every per-request signal; designed "
          "on spent batches 1-53 (python bench/monitor_followups.py: evidence of 0.5 or more for 106 campaign accounts "
          "and none of 109,299 benign ones, 7 of which have some under 0.5), frozen before blind batch 54 was written, "
          "read or run")
Z_NOTE = ("side model Z = model X with an account inheriting a cluster's score through its own evidence only "
          "within 1 log-odds of the threshold (inherit_margin 1.0, X's 2.0: its own odds at least e^-1 = 0.37 of the "
          "threshold's, not e^-2 = 0.14; scan._inherited); a hard link still passes the score as before; why: on "
          "blind batches 75-77 template links to a campaign passed a cluster's score to benign accounts whose own "
          "scores were 0.39-0.6 (76: a study extension's students, 36 of 40 flagged through template clusters; "
          "77: an evaluation key); the cost, campaign members within 1-2 log-odds losing the cluster's score (N's "
          "move from 3 to 2 cost 4 accounts on batch 23), is what the blind batches written after it measure; no "
          "fit, the option only lowers scores; not shipped; designed on spent batches 1-80, frozen before blind "
          "batch 81 was written, read or run")
XS_NOTE = ("side model XS = model X with a weight for a heavy key's sub-stream (scoring.substream_evidence over "
           "substream.substream_tests: in a sample of up to 1,200 events of an account with at least 300, the "
           "requests the task-shape classifier reads as harvesting or grading get longer answers than the key's other "
           "requests, one-sided Mann-Whitney; none at p 1e-4, full at 1e-8), by a stated rule: an evidence of 0.5 "
           "(p = 1e-6) alone reaches the threshold; why: harvest riding on a product's genuine traffic (an app's own "
           "backend keys) was on every blind batch 81-88 and X caught 2 of its 29 keys; designed on spent batches "
           "81-88 (python bench/monitor_substream.py 81-88: p at most 1e-6 for 17 of the 29 riding keys; none of the 565 "
           "heavy benign accounts tested, a background account once per batch, under 0.0079; XS 18 more campaign "
           "accounts than X there and no more benign); not shipped; frozen before blind batch 89 was written, read "
           "or run")
XM_NOTE = ("side model XM = model X with a weight for a heavy key's new-model sub-stream (scoring.model_split_evidence "
           "over substream.model_split_tests: in a sample of up to 1,200 of the events since the release of an account "
           "with at least 300, the requests to the new model get longer answers than the key's other requests, beyond "
           "the population's shift (the median over accounts of their new-minus-old median log answer length), "
           "one-sided Mann-Whitney on log lengths, read only where new-model requests fill at least 2/3 of the hours "
           "since the release; none at p 1e-4, full at 1e-8), by a stated rule: an evidence of 0.5 (p = 1e-6) alone "
           "reaches the threshold; why: harvest riding on a product's own traffic was on every blind batch 105-112 "
           "and X caught 1 of its 33 keys (XS 2: the task-shape classifier reads few of the harvest's prompts as "
           "shaped), while the harvest sends its requests to the model it distils; designed on spent batches 95-112 "
           "(python bench/monitor_model_split.py 95-112: p at most 1e-6 for 22 riding keys of ten families, 1e-4 for 28; none of "
           "the 135 heavy benign accounts tested under 0.0094; the clock rule leaves out four evaluation labs' "
           "release-day sittings, p down to 1e-40 without it; XM 29 more campaign accounts than X there and no more "
           "benign); not shipped; frozen before blind batch 113 was read or run")
XMB_NOTE = ("side model XMB = model XM with a repeat of a prompt its organisation sent to a second model at least twice "
            "and at least a third as often as to the first read as no resampling (resample_compared with "
            "resample_balanced; features.resample_features' balanced counts, scoring.counted_repeats); why: XC's reading "
            "(any second model) cleared research studies that sample their items on several models but lost best-of-n "
            "harvests whose copies pick the model request by request, a stray copy or two on another model (blind "
            "batches 109-111); a study sets each model a comparable number of samples because it compares them; "
            "designed on spent batches 105-120 (python bench/monitor_balanced_repeats.py 105-120: XM 2,328 campaign "
            "and 131 benign accounts, XM with XC's reading 2,316 and 112, XMB 2,323 and 116 - it keeps 109's and "
            "110's harvests and loses 111's six_on_five 5 as XC does; half as often instead of a third: 2,323 and "
            "120); no fit, the option only lowers scores; frozen before blind batches 129-132 were committed, read or "
            "run (their writers started while it was designed; nothing of theirs read)")
XMK_NOTE = ("side model XMK = model XM with its fresh resampling reading counted across the organisation's keys "
            "(resample_burst; features.resample_features' burst counts, scoring.resample_reading): a request whose exact "
            "prompt the organisation sent on any of its keys less than 60 s before (features.BURST_GAP_S), the earlier "
            "copy answered, of a prompt whose copies form one burst; why: a best-of-n harvest that deals each prompt's "
            "copies over several keys leaves each key few back-to-back repeats and none fresh (a prompt on two keys was "
            "sent in two sessions), and XM caught 0 of 23 such accounts on blind batches 123, 125, 127 and 128; designed "
            "on spent batches 105-132 (python bench/monitor_burst_repeats.py 105-132: XM 4,067 campaign and 277 benign "
            "accounts, XMK 4,088 and 279 - 105's sidewall 6, 113's jump_throw 2, 116's two_by_two 6, 123's dos_paredes "
            "2 and 128's bote_luzea 5 more, and 2 accounts of 113's spun_yarn study; within 600 s instead of 60: 4,088 "
            "and 280, --gap 600); no fit; frozen before blind batches 133-140 were committed, read or run (their "
            "writers started while it was designed; nothing of theirs read)")
XMKB_NOTE = ("side model XMKB = side model XMB with XMK's fresh resampling reading across the organisation's keys "
             "(resample_burst on XMB's resample_compared and resample_balanced; features.resample_features' burst counts of "
             "a balanced comparison, n_resample_fresh_burst_balanced, read off as XMB reads off the back-to-back ones); why: "
             "on blind batches 133-140 XMK caught 138's six_again, best-of-n dealt over keys, and flagged 133's felly, a "
             "calibration study sampling each item in one burst on the old and the new model, which is the study XMB's "
             "reading clears; designed on spent batches 105-140 (python bench/monitor_burst_repeats.py 105-140 --out "
             "monitor_burst_repeats_105_140.md: XM 5,113 campaign and 341 benign accounts, XMK 5,139 and 345, XMB 5,099 "
             "and 301, XMKB 5,123 and 302; XMB was run on 133-140 only after their READMEs had been read); no fit; "
             "frozen before blind batches 141-148 were committed, read or run (their writers started while XMK's blind "
             "runs were under way; nothing of theirs read)")
XMN_NOTE = ("side model XMN = model XM with a weight for release-day newcomers (scoring.newcomer_evidence, 1 or 0: an "
            "account first seen less than a day before the release that sent at least 5 requests in the 24 h after it, "
            "at least 0.6 of them to the new model, with prompts unlike ordinary users' - MMD permutation p at most "
            "0.02), by a stated rule: the evidence alone reaches the threshold; why: person-like crowds - dozens of "
            "accounts, each its own organisation and card, a few dozen requests each in a person's rhythm - are the "
            "largest mass every model missed on blind batches 133-148, and some of their members register just before "
            "the release to harvest it; designed on spent batches 105-148 (python bench/monitor_newcomers.py 105-148: XM "
            "6,170 campaign and 435 benign accounts, XMN 6,327 and 457: 35 families gain, 54 of the accounts on "
            "133-148 for 1 benign one there; the thresholds were chosen there); not shipped; frozen before blind batches 149-156 were "
            "committed, read or run (their writers started while it was designed; nothing of theirs read)")
XMC_NOTE = ("side model XMC = model XM with accounts flagged through their topic crowd (crowd_median 0.5; "
            "monitor/crowds.py): an account with at least 20 other accounts whose prompt-embedding centroids, centred "
            "on the population's median centroid, are within cosine 0.6 of its own, whose median own score is at least "
            "0.5, is flagged when its own log-odds are within XM's inherit_margin (2) of the threshold - the bar for "
            "inheriting a cluster's score through evidence of its own; a stated rule, no fit; why: person-like crowds - "
            "dozens of accounts, each its own organisation, card and address, each asking its own slice of one "
            "curriculum - are the largest mass every model missed on the blind batches, and no template, payment or "
            "network links them into a cluster; designed on spent batches 121-160 (python "
            "bench/monitor_topic_crowds.py 121-160 --medians 0.4 0.5 0.6: XM 5,483 campaign and 443 benign accounts, "
            "XMC 5,952 and 495; 30 of the 52 more benign accounts are one kind, developers using an IDE coding agent "
            "(141's); the cosine, the count and the median were chosen there); not shipped; frozen before blind "
            "batches 161-168 were committed, read or run (their writers ran while it was designed; nothing of theirs "
            "read)")
XMCA_NOTE = ("side model XMCA = side model XMC with a topic crowd read only when it arrived during the scan "
             "(crowd_arrived 0.65; monitor/crowds.py): at least 65% of the crowd's accounts first seen more than a day "
             "(crowds.ARRIVED_AFTER_S) after the scan's first event; why: XMC's benign flags on its design and blind "
             "data were standing populations - a course cohort (165), developers' IDE coding agents (141), an "
             "evaluation lab's bank (167) - there from the scan's first day, while a crowd recruited for a harvest "
             "turns up while it runs; known limit: a crowd already running when the window opened looks standing; "
             "designed on spent batches 121-172 (python bench/monitor_topic_crowds.py 121-172 --medians 0.5 --arrived "
             "0.5 0.65 0.8: XM 7,184 campaign and 594 benign accounts, XMC 7,778 and 674, XMCA 7,750 and 609; the "
             "share and the day were chosen there, with 165's cohort in view); not shipped; frozen before blind "
             "batches 173-180 were committed, read or run (their writers ran while it was designed; nothing of theirs "
             "read)")
XMCQ_NOTE = ("side model XMCQ = side model XMCA with a crowd's arrivals counted from the time by which a quarter of "
             "all the scan's accounts had been seen (crowd_arrived_quantile 0.25; crowds.arrival_reference), not from "
             "the scan's first event: at least 65% of the crowd first seen more than a day after that; why: XMCA's "
             "benign flags on blind batch 183 were an office's IDE coding agents first seen on their first working "
             "day, 0.6-1.6 days after a window that opened on a weekend - an office arriving with everyone else, which "
             "a reference in the population's own arrival does not count; known limit: a crowd recruited before a "
             "quarter of the population had turned up looks standing; designed on spent batches 121-184 (python "
             "bench/monitor_topic_crowds.py 121-184 --medians 0.5 --arrived 0.65 --quantiles 0.1 0.25 0.5: XM 8,867 "
             "campaign and 749 benign accounts, XMC 9,478 and 851, XMCA 9,450 and 786, XMCQ 9,404 and 762; the "
             "quantile was chosen there, with 183's office in view); not shipped; frozen before blind batches 185-193 "
             "were committed, read or run (their writers ran while it was designed; nothing of theirs read)")
XMCP_NOTE = ("side model XMCP = model XMCQ with phrase crowds read as well (crowd_phrases; monitor/phrases.py, "
             "crowds.phrase_crowds): an account's phrase neighbours are the accounts that send at least one of its "
             "shared phrases - prompts of at most 100 characters that accounts of at least 5 organisations send word "
             "for word and no public corpus holds, at least 10% of each account's requests - and a phrase crowd of at "
             "least 20 flags a member by the topic crowds' rule (median own score 0.5, 65% arrived from the "
             "population's quarter, own evidence within the inherit margin); why: person-like crowds share no "
             "organisation, card, address or topic, but their operators' scripts put the same short lines in every "
             "member's traffic, lines no template reads (under 40 characters) and no person-made corpus holds; "
             "designed on spent batches 185-216 (python bench/monitor_phrase_crowds.py 185-216: XMCQ 3,991 campaign "
             "and 431 benign accounts, XMCP 4,050 and 431; the share and the length were chosen there among 0.1, 0.2, "
             "0.3 and 60, 100 characters, by a rule written down after 18 of the 32 batches had been looked at); not "
             "shipped; frozen before blind batches 225-232 were written")
XMCD_NOTE = ("side model XMCD = side model XMCP with phrase crowds' split read as well (crowd_partition 0.01; "
             "crowds.repeated_share, phrases.long_prompts): a phrase crowd that split its tasks - at least 50 "
             "distinct prompts longer than 100 characters among it and its neighbours, at most 1% of them sent by "
             "two or more of them - flags a member whose own evidence is within the inherit margin, without the "
             "median and arrival bars; why: a harvest does not buy one answer twice, while people who share a "
             "script's lines (a course, a team's agents, an app's presets) share its long tasks too; designed on "
             "spent batches 185-232 (python bench/monitor_phrase_crowds.py 185-232 --partition 0.005 0.01 0.02 "
             "--min-prompts 50: XMCP 6,180 campaign and 693 benign accounts, XMCD 0.01 6,292 and 693, 0.02 6,306 and "
             "698; the bar chosen there by a rule written down before the outcome was seen); not shipped; frozen "
             "before blind batches 233-240 were written")
XMCS_NOTE = ("side model XMCS = model XMCD with stranger crowds read as well (crowd_strangers 0.45; "
             "crowds.stranger_crowds): a cluster of at least 10 accounts whose payment and /24 links are at most 5% of "
             "its intra-cluster links and whose members' median own score is at least 0.45 flags a member whose own "
             "evidence is within the inherit margin, without an arrival bar; why: person-like crowds - each member its "
             "own organisation, card and home address - are the largest mass every model missed, yet they form "
             "clusters through the uncommon templates their operators hand out, held by nothing else, while the "
             "legitimate groups templates gather (courses, agencies, labs, studies, offices) share a card or a network "
             "too; designed on spent batches 185-260 (python bench/monitor_stranger_crowds.py 185-260: the share among "
             "0.05, 0.1, the size among 10, 20 and the median among 0.4, 0.45, 0.5 by a rule written down before the "
             "outcome was seen; no variant added no benign account, none added 10 or fewer, and the variant with the "
             "most campaign accounts per benign account added was taken: 546 campaign and 16 benign accounts over "
             "XMCD's 9,804 and 1,099); not shipped; frozen before blind batches 261-268 were written")
XMCO_NOTE = ("side model XMCO = model XMCD with a covering operator answering for its own evidence (operator_median 0.4; "
             "scan.Operators.clears): an identified operator (accounts tied by a card or shared networks) that makes up at "
             "least half a cluster passes the cluster's score to its accounts only if the median own score of all its "
             "accounts is at least 0.4; why: most benign accounts XMCD flags without evidence of their own are "
             "businesses on one card (a study's participants, a course, an agency's client keys) whose templates "
             "joined a few campaign accounts to their cluster, so that the campaign's members raise the pooled score "
             "the business took as its own; designed on spent batches 185-268 (python bench/monitor_covering_operators.py "
             "185-268: the bar among 0.3, 0.4, 0.5, 0.6 and the branch off, by a rule written down before the outcome "
             "was seen - the most benign accounts cleared with no campaign account lost: 125 of XMCD's 1,215 benign "
             "flags cleared, none of its 10,928 campaign accounts lost; 0.5 clears 149 and loses 4); not shipped; "
             "frozen before blind batches 269-276 were committed, read or run (their writers ran while it was designed; "
             "nothing of theirs read)")
XMCT_NOTE = ("side model XMCT = model XMCD with a stated weight for public prompts sent in the corpus's own order "
             "(scoring.corpus_order_evidence, 1 or 0: the exact Eulerian p-value of the ascents among an account's distinct "
             "sampled public-corpus prompts, in the order it first sent them, at most ORDER_P 1e-5; "
             "corpus_order.order_tests), at which the evidence alone takes the bias to the threshold; why: a harvest that "
             "replays a public corpus walks the file, each account its slice, while people who paste a popular prompt send "
             "it in no corpus's order; designed on spent batches 185-288 (python bench/monitor_corpus_order.py 185-288: the "
             "bar among 1e-5, 1e-6, 1e-7, 1e-8 by a rule written down before the outcome was seen - the largest with no "
             "background account and at most 40 of the batches' own benign accounts: 289 campaign accounts of 15 families "
             "and 12 benign accounts of six evaluation or sampling studies that replay a public prompt set in order); not "
             "shipped; frozen before blind batches 289-296 were committed, read or run (their writers ran while it was "
             "designed; nothing of theirs read)")
XMCV_NOTE = ("side model XMCV = model XMCT (shipped after blind batch 312) with suspect crowds read as well "
             "(crowd_suspects 0.05; crowds.suspect_crowds): an account within the inherit margin with at least 5 other "
             "accounts within the margin whose centred prompt-embedding centroids are within cosine 0.6 of its own, at "
             "least 0.65 of them arrived (XMCQ's reference), and at most 5% of the at least 20 distinct long prompts of "
             "it and them sent by two or more of them, is flagged by the margin alone; why: the person-like crowds the "
             "shipped model missed have few topic neighbours among all accounts but close ones among the suspects, and "
             "the course cohorts such crowds also gather paste one assignment; chosen on spent batches 249-312 by a rule "
             "written down before its grid ran (cosine 0.5/0.6/0.7, neighbours 5/10, arrival or not, share 1%/2%/5%: "
             "the most campaign accounts added with at most 1 benign per 5 on each half, 249-280 +119/+22 and 281-312 "
             "+154/+23; a first variant without the split failed its check half, +208/+46); not shipped; frozen before "
             "blind batches 313-320 were committed, read or run (their writers ran while it was designed; nothing of "
             "theirs read)")
XMCTO_NOTE = ("model XMCTO = model XMCT (shipped after blind batch 312) with side model XMCO's rule (operator_median "
              "0.4; scan.Operators.clears): a covering operator passes a cluster's score to its accounts only if the "
              "median own score of all its accounts is at least 0.4; why: XMCO's shipping rule, written down before its "
              "blind batches (clear at least one benign account XMCD flags, lose no more campaign accounts than it "
              "clears benign ones), held on blind batches 313-320 - 320's quadrophonic, a course cohort of 38 on one "
              "card, cleared, no campaign account lost - after 44 blind batches with no account apart; XMCT is XMCD "
              "with a weight, so the rule is carried onto the shipped model, as XMCO's record said it would be")
XMCW_NOTE = ("side model XMCW = model XMCTO (shipped after blind batch 320) with side model XMCV's suspect crowds "
             "(crowd_suspects 0.05, its four numbers unchanged) and a card bar (crowd_suspect_cards 5): a member is "
             "flagged through its suspect crowd only if its busiest card pays for at most 5 accounts; why: the benign "
             "accounts XMCV added on its blind batches were mostly on an organisation's card (315's quoin_post and "
             "325's reblochon course cohorts, 326's lichen translation agency, as their batches' READMEs describe them), "
             "while recruited crowds pay per key; the bar among 1, 2, 3, 5 "
             "chosen on spent batches 249-328 by a rule written down before its grid ran (the most campaign accounts "
             "added over XMCTO at at most one benign per five on each half: 5, +156/+13 on 249-288 and +179/+21 on "
             "289-328; python bench/monitor_suspect_crowds.py 249-328 --base bench/results/monitor_calibration_xmcto.json "
             "--results-name monitor_suspect_crowds_xmcw); not shipped; frozen before any blind batch after 328 was "
             "written")
XMCR_NOTE = ("side model XMCR = model XMCW (shipped after blind batch 336) with disjoint-replay crowds "
             "(replay_crowd_z 4, replay_crowd_prompts 50; monitor/replay_crowds.py): among the accounts that arrived "
             "during the scan (XMCQ's reference) and send mostly public prompts, a group whose public prompts overlap "
             "one another's far less than chance (seeded by the top eigenvector of the standardised overlap deficits, "
             "settled over three rounds at 3 standard deviations) flags by the crowd alone each of its accounts with "
             "at least 50 distinct public prompts whose deficit against the rest is at least 4 standard deviations; "
             "why: a harvest that regenerates a public chat dataset through many keys deals the corpus out, each key "
             "its own shard, and each key alone looks like a person pasting public prompts; the z and the least "
             "prompts chosen on spent batches 249-336 by a rule written down before its grid ran (z 4/5/6, prompts "
             "30/50: the most campaign members at at most one benign member per five on each half: 4 and 50, 71/9 on "
             "249-292 and 188/6 on 293-336, members counted by label; python bench/monitor_replay_crowds.py 249-336); "
             "not shipped; frozen before blind batches 337-344 were read or run (their writers ran while it was "
             "designed; nothing of theirs read)")
XMCRD_NOTE = ("side model XMCRD = model XMCW (shipped after blind batch 336) with disjoint-replay crowds judged "
              "against each prompt's draw rate (replay_crowd_z 4, replay_crowd_prompts 30, replay_crowd_ratio 0.75; "
              "monitor/replay_crowds.py): XMCR's crowds of arrived public senders, but the chance that an account "
              "sends another's public prompt is 1 - exp(-n r), r the prompt's share of the senders among the accounts "
              "that are not candidates (a prior of half a sender on every prompt the scan sent), n the account's "
              "effective draws (those that cover as many distinct prompts as it sent), each row conditional on its "
              "own prompts; a member also needs its overlap with the crowd, as a share of chance, at most 0.75 of its "
              "share against the other candidates; why: XMCR's one chance rate found a crowd of 328 benign accounts "
              "on the 16M-event log (prompts far from equally popular, heavy keys); the ratio and the least prompts "
              "chosen on spent batches 249-344 and the 16M-event log by a rule written down before its grid ran (no "
              "benign member on the 16M log, then the most campaign members at at most one benign per five on each "
              "half: 0.75 and 30, 125/2 on 249-296 and 145/0 on 297-344, none on the 16M log; python "
              "bench/monitor_replay_crowds.py 249-344 --z 4 --prompts 30,50 --ratio 0.5,0.75 --scale); not shipped; "
              "frozen before blind batches 345-352 were read or run (their writers ran while it was designed; "
              "nothing of theirs read)")
XSL_NOTE = ("side model XSL = side model XS with an account that is only linked into a cluster, not a member of that "
            "community, inheriting the cluster's score only through a hard link (linked_margin 0; members keep XS's "
            "inherit_margin 2; scan._inherited); why: students sharing an assignment template with a campaign's "
            "community inherited its score through one template link each (spent batch 89: 21 of a course's 27 "
            "benign flags; also 81, 85, 88); designed on spent batches 54-92 (python bench/monitor_linked_margin.py "
            "54-92 --margins 1 0.5 0: benign flags 520 -> 473 and campaign accounts 6,012 -> 5,998 - batch 70's "
            "best-of-n over mobile proxies, whose own community is mixed with benign accounts, lost 14 of the 15 it "
            "had through its link to another campaign's cluster; a margin of 1: 500 and 6,002); no fit, the option "
            "only lowers scores; not shipped; frozen after blind batches 93-96 were committed, before they were read "
            "or run")
XP_NOTE = ("side model XP = model X with cards across organisations read only as far as what the account takes or "
           "its templates go (payment_gate: cot, shape, judge, replay, yield, resample, template; "
           "scoring.feature_vector: min(payment, the largest of them)); why: agencies and LLM routers pay for their "
           "client organisations' keys from one card and send their ordinary traffic from shared cloud egress (spent "
           "batches 71, 93 and 95: 81 benign accounts flagged by every model; XP clears 54 of them - 95's client apps keep "
           "their app-prefixed templates); designed on spent batches 54-96 "
           "(python bench/monitor_payment_gate.py 54-96: benign flags 569 -> 515 and no campaign account lost; "
           "reading payment only as far as what an account takes, without templates: 466 benign and 169 campaign "
           "accounts lost on 54-92, farms of templated ordinary prompts); no fit, the option only lowers scores; "
           "frozen before blind batches 97-100 were committed, read or run")
XH_NOTE = ("side model XH = model X with a link of shared networks (two or more common /24s) hard only for an "
           "account at least half of whose requests come from hosting networks (network_hard_hosting 0.5; payment "
           "stays hard; scan._hard_into); why: a course cohort's students share their campus's /24s, which tied them "
           "to a 46-account cluster holding two campaign accounts and passed its pooled score to 44 of them through "
           "that 'hard' link at own scores of 0.14 (blind batch 100); designed on spent batches 54-100 (python "
           "bench/monitor_network_links.py 54-100: benign flags 752 -> 732, 100's students 20, and no campaign "
           "account lost; a share of 0.2 the same); no fit, the option only lowers inherited risks; frozen before "
           "blind batches 101-104 were committed, read or run (their writers' one-line summaries of family and kind "
           "names had been received while the design data was computing)")
XC_NOTE = ("side model XC = model X with a repeat of a prompt its organisation sent to more than one model read as no "
           "resampling (resample_compared; features.resample_features' compared counts, scoring.resample_reading); "
           "why: research studies of answer variance or agreement, which sample their items on the old and the new "
           "model to compare them, were flagged on resampling in almost every blind batch (95, 97, 98, 100-104), "
           "while a best-of-n harvest samples the model it distils; designed on spent batches 95-104 (python "
           "bench/monitor_compared_repeats.py 95-104: benign flags 311 -> 296, studies of 95, 97, 101, 102 and 103, "
           "and no campaign account lost); no fit, the option only lowers scores; frozen before blind batches "
           "105-108 were committed, read or run (their writers' one-line replies, 'batch N done: tests pass', had "
           "been received)")
THROWAWAY_REACH = 0.5  # the throwaway × harvest product that alone reaches the threshold
FOLLOWUP_REACH = 0.75  # the follow-up evidence that alone reaches the threshold (model X)


def throwaway_weight(cal: Calibration) -> float:
    """The weight of `throwaway*harvest` for a frozen model: a product of `THROWAWAY_REACH` (a farm
    at 2 × the free level whose accounts take long answers, say) alone takes the bias to the
    threshold. A rule, not a fit: on every labelled log the signal is 0 for every benign account
    (that is how the free level, `calibrate.throwaway_free_level`, is set), so a likelihood fit
    would push the weight to its bound."""
    return round((logit(cal.threshold) - cal.bias) / THROWAWAY_REACH, 5)


def followup_weight(cal: Calibration, reach: float = FOLLOWUP_REACH) -> float:
    """The weight of `followup` for a frozen model: an evidence of `reach` alone takes the bias to the
    threshold. A rule, not a fit, as `throwaway_weight`: on the spent batches no benign account reaches
    an evidence of 0.5 and 7 of 109,299 have any (`bench/monitor_followups.py`), so a likelihood fit
    would push the weight towards its bound."""
    return round((logit(cal.threshold) - cal.bias) / reach, 5)


def derive(cal: Calibration, note: str, solo_margin: float | None = None,
           rotation_consumer_only: bool = False, inherit_margin: float | None = None,
           solo_unless_clock: bool = False, join_trees: Calibration | None = None,
           throwaway: tuple[float, float] | None = None,
           trees_floor: dict[str, float] | None = None,
           sharing_behaviour: list[str] | None = None,
           also_join: list[Calibration] | None = None,
           resample_fresh: list[float] | None = None, resample_beside: bool = False,
           followup_reach: float | None = None, substream_reach: float | None = None,
           linked_margin: float | None = None, payment_gate: list[str] | None = None,
           network_hard_hosting: float | None = None, resample_compared: bool = False,
           model_split_reach: float | None = None, resample_balanced: bool = False,
           resample_burst: bool = False, newcomer_reach: float | None = None,
           crowd_median: float | None = None, crowd_arrived: float | None = None,
           crowd_arrived_quantile: float | None = None, crowd_phrases: bool = False,
           crowd_partition: float | None = None, crowd_strangers: float | None = None,
           operator_median: float | None = None, corpus_order_reach: float | None = None,
           crowd_suspects: float | None = None, crowd_suspect_cards: int | None = None,
           replay_crowd: tuple[float, int] | None = None,
           replay_crowd_ratio: float | None = None) -> Calibration:
    """`cal` with the options set (in place) and `note` appended to its source."""
    if followup_reach is not None:
        if not _finite(followup_reach) or not 0 < followup_reach <= 1:
            raise DistillguardError("--followup-reach must be in (0, 1]")
        cal.weights["followup"] = followup_weight(cal, followup_reach)
    if substream_reach is not None:
        if not _finite(substream_reach) or not 0 < substream_reach <= 1:
            raise DistillguardError("--substream-reach must be in (0, 1]")
        cal.weights["substream"] = followup_weight(cal, substream_reach)
    if model_split_reach is not None:
        if not _finite(model_split_reach) or not 0 < model_split_reach <= 1:
            raise DistillguardError("--model-split-reach must be in (0, 1]")
        cal.weights["model_split"] = followup_weight(cal, model_split_reach)
    if newcomer_reach is not None:
        if not _finite(newcomer_reach) or not 0 < newcomer_reach <= 1 or cal.weights.get("newcomer", 0.0) > 0.0:
            raise DistillguardError("--newcomer-reach must be in (0, 1], on a base that does not weigh newcomers")
        cal.weights["newcomer"] = followup_weight(cal, newcomer_reach)
    if corpus_order_reach is not None:
        if not _finite(corpus_order_reach) or not 0 < corpus_order_reach <= 1 \
                or cal.weights.get("corpus_order", 0.0) > 0.0:
            raise DistillguardError("--corpus-order-reach must be in (0, 1], on a base that does not weigh the "
                                    "corpus order")
        cal.weights["corpus_order"] = followup_weight(cal, corpus_order_reach)
    if crowd_median is not None:
        if not _finite(crowd_median) or not 0 <= crowd_median <= 1 or cal.crowd_median is not None:
            raise DistillguardError("--crowd-median must be in [0, 1], on a base that reads no topic crowd")
        cal.crowd_median = crowd_median
    if crowd_arrived is not None:
        if not _finite(crowd_arrived) or not 0 <= crowd_arrived <= 1 or cal.crowd_median is None \
                or cal.crowd_arrived is not None:
            raise DistillguardError("--crowd-arrived must be in [0, 1], on a base that reads topic crowds and not "
                                    "their arrivals")
        cal.crowd_arrived = crowd_arrived
    if crowd_arrived_quantile is not None:
        if not _finite(crowd_arrived_quantile) or not 0 <= crowd_arrived_quantile <= 1 \
                or cal.crowd_arrived is None or cal.crowd_arrived_quantile is not None:
            raise DistillguardError("--crowd-arrived-quantile must be in [0, 1], on a base that reads when its crowds "
                                    "arrived, counted from the scan's first event")
        cal.crowd_arrived_quantile = crowd_arrived_quantile
    if crowd_phrases:
        if cal.crowd_median is None or cal.crowd_phrases:
            raise DistillguardError("--crowd-phrases needs a base that reads topic crowds and not phrase crowds")
        cal.crowd_phrases = True
    if crowd_partition is not None:
        if not _finite(crowd_partition) or not 0 <= crowd_partition <= 1 or not cal.crowd_phrases \
                or cal.crowd_partition is not None:
            raise DistillguardError("--crowd-partition must be in [0, 1], on a base that reads phrase crowds and not "
                                    "their split")
        cal.crowd_partition = crowd_partition
    if crowd_strangers is not None:
        if not _finite(crowd_strangers) or not 0 <= crowd_strangers <= 1 or cal.crowd_median is None \
                or cal.crowd_strangers is not None:
            raise DistillguardError("--crowd-strangers must be in [0, 1], on a base that reads topic crowds and not "
                                    "stranger crowds")
        cal.crowd_strangers = crowd_strangers
    if crowd_suspects is not None:
        if not _finite(crowd_suspects) or not 0 <= crowd_suspects <= 1 or cal.crowd_arrived is None \
                or cal.crowd_suspects is not None:
            raise DistillguardError("--crowd-suspects must be in [0, 1], on a base that reads when its crowds arrived "
                                    "and not suspect crowds")
        cal.crowd_suspects = crowd_suspects
    if crowd_suspect_cards is not None:
        if crowd_suspect_cards < 0 or cal.crowd_suspects is None or cal.crowd_suspect_cards is not None:
            raise DistillguardError("--crowd-suspect-cards must be a whole number >= 0, with suspect crowds read "
                                    "(--crowd-suspects or a base that reads them) and no card bar yet")
        cal.crowd_suspect_cards = crowd_suspect_cards
    if replay_crowd is not None:
        z, least = replay_crowd
        if not _finite(z) or z <= 0 or least < 1 or cal.replay_crowd_z is not None:
            raise DistillguardError("--replay-crowd wants Z > 0 and PROMPTS >= 1, on a base that reads no "
                                    "disjoint-replay crowd")
        cal.replay_crowd_z, cal.replay_crowd_prompts = float(z), int(least)
    if replay_crowd_ratio is not None:
        if (not _finite(replay_crowd_ratio) or not 0 < replay_crowd_ratio <= 1 or cal.replay_crowd_z is None
                or cal.replay_crowd_ratio is not None):
            raise DistillguardError("--replay-crowd-ratio must be in (0, 1], with disjoint-replay crowds read "
                                    "(--replay-crowd or a base that reads them) and no ratio yet")
        cal.replay_crowd_ratio = float(replay_crowd_ratio)
    if operator_median is not None:
        if not _finite(operator_median) or not 0 <= operator_median <= 1 or cal.operator_median is not None:
            raise DistillguardError("--operator-median must be in [0, 1], on a base whose covering operators "
                                    "answer for nothing of their own")
        cal.operator_median = operator_median
    if throwaway is not None:
        cal.throwaway_orgs_free, cal.weights["throwaway*harvest"] = throwaway
    if join_trees is not None:
        if join_trees.trees is None or join_trees.trees_offset is not None:
            raise DistillguardError("--join-trees needs a trees-alone calibration (model L's kind)")
        # the trees at their own threshold: joined log-odds = trees' + offset reach the weights'
        # threshold exactly where the trees alone reach theirs
        cal.trees = join_trees.trees
        cal.trees_offset = round(logit(cal.threshold) - logit(join_trees.threshold), 6)
    for more in also_join or ():
        if more.trees is None or more.trees_offset is not None:
            raise DistillguardError("--also-join-trees needs a trees-alone calibration (model L's kind)")
        if cal.trees_offset is None:
            raise DistillguardError("--also-join-trees needs joined trees (the base's or --join-trees)")
        cal.also_trees = [*cal.also_trees,
                          {"trees": more.trees, "offset": round(logit(cal.threshold) - logit(more.threshold), 6)}]
    if solo_unless_clock:
        cal.solo_unless_clock = True
    if inherit_margin is not None:
        if not _finite_nonneg(inherit_margin) or inherit_margin > cal.inherit_margin:
            raise DistillguardError("--inherit-margin must be finite, ≥ 0 and at most the base model's")
        cal.inherit_margin = inherit_margin
    if linked_margin is not None:
        if not _finite_nonneg(linked_margin) or linked_margin > cal.margin_for(member=False):
            raise DistillguardError("--linked-margin must be finite, ≥ 0 and at most the base model's margin")
        cal.linked_margin = linked_margin
    if resample_compared:
        if cal.resample_compared:
            raise DistillguardError("--resample-compared: the base already reads compared repeats off")
        cal.resample_compared = True
    if resample_balanced:
        if not cal.resample_compared or cal.resample_balanced:
            raise DistillguardError("--resample-balanced needs compared repeats read off (the base's or "
                                    "--resample-compared), on a base that does not already read only balanced ones")
        cal.resample_balanced = True
    if resample_burst:
        if cal.resample_fresh is None or cal.resample_burst:
            raise DistillguardError("--resample-burst needs a fresh resampling reading (resample_fresh), on a base "
                                    "that does not already count bursts")
        cal.resample_burst = True
    if network_hard_hosting is not None:
        if not _finite(network_hard_hosting) or not 0 < network_hard_hosting <= 1 or cal.network_hard_hosting is not None:
            raise DistillguardError("--network-hard-hosting must be in (0, 1], on a base without one")
        cal.network_hard_hosting = network_hard_hosting
    if payment_gate is not None:
        if payment_gate_problem(payment_gate) or cal.payment_gate is not None:
            raise DistillguardError(f"--payment-gate: a non-empty list of content or automation signals "
                                    f"({', '.join(PAYMENT_GATE_SIGNALS)}), on a base without one")
        cal.payment_gate = list(payment_gate)
    if solo_margin is not None:
        cal.solo_margin = solo_margin
    if rotation_consumer_only:
        cal.rotation_consumer_only = True
    if trees_floor:
        bad = trees_floor_problem(trees_floor, cal.trees)
        if bad:
            raise DistillguardError(f"--trees-floor: an unknown feature, a floor outside [0, 1] or no trees "
                                    f"(the base's or --join-trees): {bad}")
        cal.trees_floor = {**cal.trees_floor, **trees_floor}
    if sharing_behaviour is not None:
        if sharing_behaviour_problem(sharing_behaviour):
            raise DistillguardError(f"--sharing-without: the behaviour left must be a non-empty part of "
                                    f"{', '.join(BEHAVIOUR)}")
        cal.sharing_behaviour = list(sharing_behaviour)
    if resample_fresh is not None:
        if resample_fresh_problem(resample_fresh):
            raise DistillguardError("--resample-fresh wants FREE FULL with 0 ≤ FREE < FULL ≤ 1")
        cal.resample_fresh = [float(v) for v in resample_fresh]
    if resample_beside:
        if cal.resample_fresh is None:
            raise DistillguardError("--resample-beside needs fresh resampling (the base's or --resample-fresh)")
        cal.resample_beside = True
    cal.source = f"{cal.source}; {note}"
    return cal


def _replay_crowd(p: argparse.ArgumentParser, values: list[str]) -> tuple[float, int]:
    try:
        return float(values[0]), int(values[1])
    except ValueError:
        p.error(f"--replay-crowd wants Z PROMPTS (a number and a whole number), got {' '.join(values)}")
        raise  # p.error exits


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("base", help="the frozen model's calibration file")
    p.add_argument("out", help="where the derived calibration goes")
    p.add_argument("--solo-margin", type=float, default=None)
    p.add_argument("--rotation-consumer-only", action="store_true")
    p.add_argument("--inherit-margin", type=float, default=None, help="at most the base model's (lowers only)")
    p.add_argument("--linked-margin", type=float, default=None,
                   help="the inherit margin of an account only linked into a cluster, not a member of it "
                        "(scan._inherited; side model XSL: 0); at most the base model's (lowers only)")
    p.add_argument("--solo-unless-clock", action="store_true",
                   help="with --solo-margin: the cap lifts for accounts running round the clock")
    p.add_argument("--join-trees", default=None, metavar="FILE",
                   help="replace the base's trees by this trees-alone calibration's, joined at its threshold")
    p.add_argument("--throwaway-through", type=int, default=None, metavar="N",
                   help="weigh the throwaway signal (`throwaway_weight`), its free level from the simulator's "
                        "seeds 1-4 and spent batches 1..N")
    p.add_argument("--trees-floor", action="append", default=[], metavar="FEATURE=FLOOR",
                   help="the trees read this evidence under FLOOR as none (scoring.trees_input); repeatable")
    p.add_argument("--also-join-trees", action="append", default=[], metavar="FILE",
                   help="join this trees-alone calibration's trees too, at its own threshold (model U); repeatable")
    p.add_argument("--sharing-without", action="append", default=[], metavar="SIGNAL",
                   help="template sharing no longer counts with this behaviour signal (scoring.feature_vector; "
                        "model T: pivot); repeatable")
    p.add_argument("--resample-fresh", nargs=2, type=float, default=None, metavar=("FREE", "FULL"),
                   help="resampling read from fresh repeats only (scoring.fresh_resample_evidence: 0 up to the "
                        "share FREE, 1 at FULL; model V: 0.4 0.6)")
    p.add_argument("--resample-beside", action="store_true",
                   help="with fresh resampling: read the larger of the fresh and the exact reading "
                        "(scoring.resample_reading; model W)")
    p.add_argument("--followup-reach", type=float, default=None, metavar="EVIDENCE",
                   help="weigh machine-speed conversation so that this follow-up evidence alone reaches the "
                        "threshold (followup_weight; model X: 0.75)")
    p.add_argument("--substream-reach", type=float, default=None, metavar="EVIDENCE",
                   help="weigh a heavy key's sub-stream test so that this evidence alone reaches the threshold "
                        "(scoring.substream_evidence; side model XS: 0.5, a p-value of 1e-6)")
    p.add_argument("--model-split-reach", type=float, default=None, metavar="EVIDENCE",
                   help="weigh a heavy key's new-model sub-stream test so that this evidence alone reaches the "
                        "threshold (scoring.model_split_evidence; side model XM: 0.5, a p-value of 1e-6)")
    p.add_argument("--payment-gate", action="append", default=None, metavar="SIGNAL",
                   help="cards across organisations count only as far as the largest of these signals goes "
                        "(scoring.feature_vector; side model XP: cot shape judge replay yield resample template); "
                        "repeatable")
    p.add_argument("--network-hard-hosting", type=float, default=None, metavar="SHARE",
                   help="a link of shared networks is hard only for an account with at least this hosting share "
                        "(scan._hard_into; side model XH: 0.5); payment stays hard")
    p.add_argument("--resample-compared", action="store_true",
                   help="a repeat of a prompt its organisation sent to more than one model is no resampling "
                        "(scoring.resample_reading; side model XC)")
    p.add_argument("--resample-balanced", action="store_true",
                   help="with compared repeats read off: only those of a balanced comparison, a prompt sent to a "
                        "second model at least twice and a third as often as to the first (features.COMPARED_MIN, "
                        "COMPARED_BALANCE; side model XMB)")
    p.add_argument("--resample-burst", action="store_true",
                   help="read the fresh repeats across the organisation's keys: a copy of a prompt sent on any key "
                        "less than features.BURST_GAP_S before, of a prompt whose copies form one burst (side model XMK)")
    p.add_argument("--newcomer-reach", type=float, default=None, metavar="EVIDENCE",
                   help="weigh release-day newcomers so that this evidence alone reaches the threshold "
                        "(scoring.newcomer_evidence, 1 or 0; side model XMN: 1)")
    p.add_argument("--crowd-median", type=float, default=None, metavar="SCORE",
                   help="flag an account through its topic crowd when the crowd's median own score reaches this "
                        "and its own evidence is within inherit_margin of the threshold (monitor.crowds; "
                        "side model XMC: 0.5)")
    p.add_argument("--crowd-arrived", type=float, default=None, metavar="SHARE",
                   help="flag through a topic crowd only when at least this share of it was first seen more than "
                        "crowds.ARRIVED_AFTER_S after the scan opened (side model XMCA: 0.65, from XMC)")
    p.add_argument("--crowd-arrived-quantile", type=float, default=None, metavar="SHARE",
                   help="count a crowd's arrivals from the time by which this share of all the scan's accounts had "
                        "been seen, not from its first event (crowds.arrival_reference; side model XMCQ: 0.25, "
                        "from XMCA)")
    p.add_argument("--crowd-phrases", action="store_true",
                   help="flag through phrase crowds too, by the topic crowds' rule (phrases.speakers, "
                        "crowds.phrase_crowds; side model XMCP, from XMCQ)")
    p.add_argument("--crowd-partition", type=float, default=None, metavar="SHARE",
                   help="flag a phrase crowd's member by the margin alone when at most this share of the crowd's "
                        "distinct long prompts is sent by two or more of its accounts (crowds.repeated_share; "
                        "side model XMCD, from XMCP)")
    p.add_argument("--crowd-strangers", type=float, default=None, metavar="MEDIAN",
                   help="flag a stranger crowd's member by the margin alone: a cluster of at least ten accounts held by "
                        "soft links alone whose members' median own score reaches MEDIAN (crowds.stranger_crowds; "
                        "side model XMCS, from XMCD)")
    p.add_argument("--operator-median", type=float, default=None, metavar="MEDIAN",
                   help="let an identified operator that makes up at least half a cluster take the cluster's score "
                        "only if the median own score of all its accounts reaches MEDIAN (scan.Operators.clears; "
                        "side model XMCO, from XMCD)")
    p.add_argument("--corpus-order-reach", type=float, default=None, metavar="EVIDENCE",
                   help="weigh public-corpus prompts sent in the corpus's order so that this evidence alone "
                        "reaches the threshold (scoring.corpus_order_evidence, 1 or 0; side model XMCT: 1, from XMCD)")
    p.add_argument("--crowd-suspects", type=float, default=None, metavar="SHARE",
                   help="flag by the margin alone an account with at least five other accounts within the margin on "
                        "its topic that arrived and split their tasks, at most this share of their long prompts sent "
                        "by two or more (crowds.suspect_crowds; side model XMCV, from XMCT)")
    p.add_argument("--replay-crowd", nargs=2, default=None, metavar=("Z", "PROMPTS"),
                   help="flag the members of disjoint-replay crowds: arrived public senders with at least PROMPTS "
                        "distinct public prompts whose overlaps with the crowd fall Z standard deviations short of "
                        "chance (side model XMCR, from the shipped XMCW; replay_crowds.py)")
    p.add_argument("--replay-crowd-ratio", type=float, default=None, metavar="RATIO",
                   help="judge disjoint-replay crowds against each prompt's draw rate among the accounts that are "
                        "not candidates, and flag only members whose overlap with the crowd, as a share of chance, is "
                        "at most RATIO times their share against the other candidates (side model XMCRD, from XMCW "
                        "with --replay-crowd)")
    p.add_argument("--crowd-suspect-cards", type=int, default=None, metavar="ACCOUNTS",
                   help="flag through a suspect crowd only an account whose busiest card pays for at most this many "
                        "accounts (side model XMCW, from the shipped XMCTO with --crowd-suspects)")
    p.add_argument("--note", required=True, help="appended to the calibration's source")
    args = p.parse_args(argv)
    try:
        cal = Calibration.load(args.base)
    except DistillguardError as exc:
        p.error(str(exc))
    if args.solo_margin is not None and not _finite_nonneg(args.solo_margin):
        p.error("--solo-margin must be a finite number ≥ 0")
    if args.solo_unless_clock and args.solo_margin is None and cal.solo_margin is None:
        p.error("--solo-unless-clock needs a --solo-margin")
    try:
        trees = Calibration.load(args.join_trees) if args.join_trees else None
        also = [Calibration.load(f) for f in args.also_join_trees]
        throwaway = None
        if args.throwaway_through is not None:
            from distillguard.monitor.calibrate import throwaway_free_level
            from monitor_fit_l import load_all, spent_through

            analyses = list(load_all(spent_through(args.throwaway_through)).values())
            throwaway = throwaway_free_level(analyses), throwaway_weight(cal)
        unknown = [x for x in args.sharing_without if x not in BEHAVIOUR]
        if unknown:
            p.error(f"--sharing-without names no behaviour signal: {', '.join(unknown)} (one of {', '.join(BEHAVIOUR)})")
        base = cal.sharing_behaviour or list(BEHAVIOUR)
        sharing = [x for x in base if x not in args.sharing_without] if args.sharing_without else None
        floors = {}
        for item in args.trees_floor:
            name, _, value = item.partition("=")
            try:
                floors[name] = float(value)
            except ValueError:
                p.error(f"--trees-floor wants FEATURE=FLOOR, got {item!r}")
        derive(cal, args.note, args.solo_margin, args.rotation_consumer_only, args.inherit_margin,
               args.solo_unless_clock, trees, throwaway, floors, sharing, also,
               args.resample_fresh, args.resample_beside, args.followup_reach,
               args.substream_reach, args.linked_margin, args.payment_gate,
               args.network_hard_hosting, args.resample_compared, args.model_split_reach,
               args.resample_balanced, args.resample_burst, args.newcomer_reach,
               args.crowd_median, args.crowd_arrived, args.crowd_arrived_quantile, args.crowd_phrases,
               args.crowd_partition, args.crowd_strangers, args.operator_median,
               args.corpus_order_reach, args.crowd_suspects, args.crowd_suspect_cards,
               None if args.replay_crowd is None else _replay_crowd(p, args.replay_crowd),
               args.replay_crowd_ratio).save(args.out)
    except DistillguardError as exc:
        p.error(str(exc))
    print(f"wrote {args.out}: {cal.source}")


if __name__ == "__main__":
    main()
