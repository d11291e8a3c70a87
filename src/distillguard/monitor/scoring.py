"""Risk: bounded per-signal evidences → a non-negative logistic model → a threshold calibrated to a
target benign false-positive rate.

Evidences are in [0, 1] and mean "how far beyond ordinary traffic". Shares (CoT, task shape,
replay, templates, hosting…) are compared with a **population reference** taken from the scanned
log itself — the account-weighted mean over the accounts at or below the 75th percentile of that
share — so the monitor adapts to a provider's own benign mix instead of carrying the simulator's
(a log whose ordinary users all replay public prompts makes replay say nothing). Proportions are
shrunk towards the reference (pseudo-count SHRINK) so a 3-request account cannot look extreme.

Signals come in three groups — what is asked (content), how it is sent (automation), who with
(coordination) — and the model also sees the products of the group maxima, so "narrow content AND
pipeline-like sending" can weigh more than either alone. Weights are fitted with non-negative
L2-regularised logistic regression (`fit_weights`) on labelled traffic; negative weights are
forbidden so no signal can ever *lower* risk (an attacker cannot buy innocence by adding noise).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import numpy as np

from distillguard.errors import DistillguardError
from distillguard.monitor.embed import pvalue_evidence

SHRINK = 5.0
GROUPS = {
    "content": ("cot", "shape", "judge", "mmd", "narrow", "replay", "yield", "resample"),
    "automation": (
        "template",
        "diversity",
        "regularity",
        "traversal",
        "volume",
        "no_sleep",
        "sustained",
        "hosting",
        "pivot",
    ),
    "coordination": ("payment", "cohort", "rotation"),
    "sharing": ("template_orgs",),
}
# How a request is sent is also how every legitimate 24/7 service sends it (the first blind batch:
# enterprise RAG, game NPC dialogue and localisation services run around the clock from clouds
# with templated prompts). So automation has no weight of its own: it counts only through its
# products with content and with coordination evidence.
# One uncommon template sent by many organisations ("sharing") is coordination only when the
# senders also *behave* like pipelines: the students of one course share their assignment's
# template across hundreds of organisations too (the first blind batch's university course),
# and a template is itself automation evidence, so sharing × templates would count one fact
# twice. Sharing therefore has no weight of its own and no part in the other products: it counts
# only through its product with the behaviour signals (automation minus template and diversity).
BEHAVIOUR = tuple(s for s in GROUPS["automation"] if s not in ("template", "diversity"))
GROUPED = tuple(s for group in GROUPS.values() for s in group)
INTERACTIONS = (
    "content*automation",
    "content*coordination",
    "automation*coordination",
    "sharing*behaviour",
)
# Signals and products added after the grouped model take no part in the group maxima or their
# products and are read *after* the interactions, so a frozen calibration (its weights, its trees'
# feature positions) scores exactly as before: a file that does not name a later feature gives it
# weight 0. `throwaway` (model P): one uncommon template sent by the throwaway accounts of many
# organisations (`throwaway_orgs_evidence`); it has no weight of its own and counts only through
# `throwaway*harvest`, its product with the content signals that say what an account *takes* —
# long answers, harvesting shapes, grading, CoT, public prompts, resampling — not with the
# embedding signals, which any account sending one template maxes (a course's students who each
# do the assignment once, in their own organisations, send one uncommon template in one sitting
# too: `test_students_who_each_do_the_assignment_once_are_not_a_farm`).
HARVEST = tuple(s for s in GROUPS["content"] if s not in ("mmd", "narrow"))
# Side model XP: what cards across organisations count with (`Calibration.payment_gate`). One card
# paying for many organisations' keys is what a distiller's account farm leaves — and what every agency,
# reseller and LLM router leaves for its client organisations (blind batches 71's router, 93's agency,
# 95's: 81 benign accounts flagged by payment with hosting and round-the-clock load). The farms took
# something or sent templates as well; the agencies' clients send ordinary, short-answer traffic.
PAYMENT_GATE_SIGNALS = GROUPS["content"] + GROUPS["automation"]
PAYMENT_GATE_XP = (*HARVEST, "template")
# `followup` (model X): machine-speed follow-ups (`behaviour.followup_features`,
# `followup_evidence`) — a conversation carried on faster than its answers can be read; a main
# effect by a stated rule (`bench/monitor_derive.py --followup-reach`), not a fit.
# `substream` (side model XS): a heavy key's shaped requests served differently from its other
# requests (`substream.substream_tests`, `substream_evidence`) — a harvest riding on a product's
# genuine traffic; a main effect by a stated rule (`bench/monitor_derive.py --substream-reach`).
# `model_split` (model XM, shipped after blind batch 120): the same question split by model instead of by task shape — a heavy
# key's new-model requests served longer answers than its other requests since the release, beyond
# the population's shift, along the clock (`substream.model_split_tests`, `model_split_evidence`;
# `bench/monitor_derive.py --model-split-reach`).
# `newcomer` (side model XMN): an account first seen in the day before a release that moved to the new
# model at once, its prompts unlike ordinary users' (`newcomer_evidence`) — a person-like crowd member
# registered ahead of the release to harvest it; a main effect by a stated rule
# (`bench/monitor_derive.py --newcomer-reach`).
# `corpus_order` (model XMCT, shipped after blind batch 312): public-corpus prompts sent in the corpus's own order
# (`corpus_order.order_tests`, `corpus_order_evidence`) — a replay walking the file; a main effect by a
# stated rule (`bench/monitor_derive.py --corpus-order-reach`).
LATER_SIGNALS = ("throwaway", "followup", "substream", "model_split", "newcomer", "corpus_order")
LATER_INTERACTIONS = ("throwaway*harvest",)
SIGNALS = GROUPED + LATER_SIGNALS
FEATURES = GROUPED + INTERACTIONS + LATER_SIGNALS + LATER_INTERACTIONS
NO_MAIN_EFFECT = (*GROUPS["automation"], *GROUPS["sharing"], *LATER_SIGNALS)
# What a trees fit reads (bench/monitor_fit_l.py, monitor_fit_m.py): the grouped signals and their
# products, not the later ones. A later signal's weight is a stated rule because every benign account
# of the labelled traffic has none of it (its free level is set that way), and trees fitted on it
# learn "any of it is a campaign" — an L31 fitted on every feature flagged the course whose students
# each do the assignment once (`test_students_who_each_do_the_assignment_once_are_not_a_farm`). A
# leading part of FEATURES, so `trees.validate` accepts such trees and the weights still read the rest.
TREE_FEATURES = GROUPED + INTERACTIONS
SHARE_KEYS = {  # reference share name → (numerator column, denominator column)
    "cot": ("n_cot", "n_cot_scored"),
    "shape": ("n_shape", "n_sampled"),
    "judge": ("n_judge", "n_sampled"),
    "replay": ("n_replay", "n_sampled"),
    "template": ("n_templated", "n_sampled"),
}
TEMPLATE_ORGS_FREE = 8  # the least number of organisations one uncommon template may reach without
#                        being evidence; a calibration raises it to twice the most any benign
#                        template reached in its labelled traffic (`Calibration.template_orgs_free`):
#                        independent customers of one integration share its frame by chance
#                        (the simulator's support bots reach 8: bench/monitor_diagnose.py)
THROWAWAY_ORGS_FREE = 4  # organisations whose throwaway accounts may send one uncommon template without
#                         it being evidence; a calibration sets it to twice the most any benign
#                         template reached in its labelled traffic (`Calibration.throwaway_orgs_free`)
SHARING_POPULATION = 3000  # accounts: every labelled log the free level was set on had fewer
#                            (simulator splits 2,600, blind batches 2,089–2,786), so there it is
#                            the calibrated count; a larger log scales it (`sharing_free`)
MMD_RESOLUTION = 1 / 200
NARROW_RESOLUTION = 1 / 401


def _default_weights() -> dict[str, float]:
    """Uncalibrated: content, coordination and interactions; automation only through them."""
    w = {s: 0.0 if s in NO_MAIN_EFFECT else 1.0 for s in SIGNALS}
    w.update({i: 3.0 for i in INTERACTIONS + LATER_INTERACTIONS})
    return w


@dataclass
class Calibration:
    """Model weights, threshold and inheritance rules; see docs/monitor.md for how they were set."""

    threshold: float = 0.5
    target_fpr: float = 0.001
    weights: dict[str, float] = field(default_factory=_default_weights)
    bias: float = -4.0
    cluster_min_size: int = 3
    inherit_margin: float = 3.0  # an account inherits a cluster's score without a hard link only
    #                              if its own log-odds are within this of the threshold's (own
    #                              odds ≥ threshold odds / e³ ≈ 1/20): evidence of its own, not
    #                              mere similarity; below it only payment or infrastructure beyond
    #                              NAT size ties an account to its cluster
    # the margin for an account that is *not a member* of the cluster, only linked into it (an edge
    # into another community: typically one template it shares with some of its members); None: the
    # same inherit_margin as members. Side model XSL: 0 — a linked account inherits only through a hard
    # link, or as a member of its own community (`scan._inherited`)
    linked_margin: float | None = None
    # a link of shared networks (two or more common /24s) is hard only for an account at least this
    # share of whose requests come from hosting networks; payment stays hard. None: every such link is
    # hard, as every model before XH. Why: the students of one campus share its /24s as a farm shares
    # its cloud's, and only the farm's are rented (`scan._hard_into`)
    network_hard_hosting: float | None = None
    reference: dict[str, float] = field(default_factory=dict)  # optional fixed reference shares
    ignored: list[str] = field(default_factory=list)  # signals read as 0 (ablation)
    template_orgs_free: float = 2.0 * TEMPLATE_ORGS_FREE  # see template_orgs_evidence
    throwaway_orgs_free: float = THROWAWAY_ORGS_FREE  # see throwaway_orgs_evidence
    solo_margin: float | None = None  # see `contributions`: None lets one content signal flag alone
    # with a solo_margin: the cap lifts as the account runs round the clock (`solo_cap_lifted`);
    # False keeps every content signal capped whatever the account's rhythm
    solo_unless_clock: bool = False
    rotation_consumer_only: bool = False  # see `rotation_evidence`: False counts every network alike
    # monotone boosted trees over FEATURES (`monitor/trees.py`); when set they replace weights and
    # bias in `score` and `contributions` (the weights stay for readers that only know weights)
    trees: dict | None = None
    # with trees: None — the trees replace the weights; a number — the two models *join*: an
    # account's log-odds is the larger of the weighted model's and the trees' plus this offset, so
    # either model over its own threshold flags (see `joined_log_odds`)
    trees_offset: float | None = None
    # with trees: feature → floor; the trees read an evidence under its floor as none (`trees_input`)
    trees_floor: dict[str, float] = field(default_factory=dict)
    # with joined trees: more frozen trees joined the same way, each {"trees": …, "offset": …} at its
    # own threshold (`joined_log_odds`); they read the same `trees_floor`
    also_trees: list[dict] = field(default_factory=list)
    # the behaviour signals template sharing counts with (`feature_vector`); None: every one of
    # BEHAVIOUR. Models T and U leave out the release pivot (`SHARING_BEHAVIOUR_T`)
    sharing_behaviour: list[str] | None = None
    # [free, full]: resampling read from *fresh* repeats only (`fresh_resample_evidence`, the repeats
    # of prompts its organisation sent in no other session): 0 up to the share `free`, 1 at `full`.
    # None: every back-to-back repeat over RESAMPLE_FREE (`resample_evidence`), as every model before V
    resample_fresh: list[float] | None = None
    # with resample_fresh: True reads resampling as the larger of the fresh reading and the exact one
    # every model before V reads (`resample_reading`; model W), so a sampler re-asking its prompts
    # across sessions still counts; False: the fresh reading alone (model V)
    resample_beside: bool = False
    # True: a repeat of a prompt its organisation sent to more than one model is no resampling
    # (`features.resample_features`' compared counts, `resample_reading`): a study comparing the old
    # and the new model samples its items on both, a best-of-n harvest the distilled model only.
    # False: every repeat counts, as every model before XC
    resample_compared: bool = False
    # with resample_compared: True reads off only the repeats of a *balanced* comparison — a prompt its
    # organisation sent to a second model at least COMPARED_MIN times and a third as often as to the
    # first (`features.resample_features`' balanced counts). False: any second model, as XC
    # (side model XMB: a harvester's stray copy on another model no longer hides its best-of-n)
    resample_balanced: bool = False
    # with resample_fresh: True reads the fresh repeats across an organisation's keys — a copy of a
    # prompt the organisation sent on any key less than BURST_GAP_S before, of a prompt whose copies
    # form one burst (`features.resample_features`' burst counts). False: back-to-back repeats on one
    # key of a prompt sent in one session, as every model before XMK (side model XMK: a best-of-n
    # harvest that deals its copies over several keys). With resample_compared (side model XMKB) the
    # fresh burst repeats of a (balanced) comparison are read off as well
    resample_burst: bool = False
    # the signals that say what an account takes or that it runs a pipeline; set, cards across
    # organisations count only as far as the largest of them goes (`feature_vector`). None: payment as
    # measured, as every model before XP. Side model XP: `PAYMENT_GATE_XP`
    payment_gate: list[str] | None = None
    # set: an account is flagged through its topic crowd — at least `crowds.CROWD_NEIGHBOURS` accounts
    # whose prompt-embedding centroids are close to its own, with a median own score of at least this —
    # when its own evidence is within `inherit_margin` of the threshold (`crowds.flagged_through_crowd`).
    # None: no crowd is read, as every model before XMC (and the file keeps no such field)
    crowd_median: float | None = None
    # set (side model XMCA; needs crowd_median): the crowd must also have arrived during the scan — at
    # least this share of its neighbours first seen more than `crowds.ARRIVED_AFTER_S` after the scan's
    # first event. None: arrivals are not read, as every model before XMCA (the file keeps no such field)
    crowd_arrived: float | None = None
    # set (model XMCQ, shipped after blind batch 208 until XMCD after 248; needs crowd_arrived): arrivals are counted from the time by which this share
    # of the scan's accounts had first been seen (`crowds.arrival_reference`), not from its first event.
    # None: from the scan's first event, as XMCA (the file keeps no such field)
    crowd_arrived_quantile: float | None = None
    # true (side model XMCP, model XMCD, shipped after blind batch 248, and XMCT after 312; needs crowd_median): an account is also flagged through its phrase crowd —
    # the accounts that send its shared phrases, short prompts many organisations send word for word
    # and no public corpus holds (`phrases.speakers`, `crowds.phrase_crowds`) — by the topic crowd's
    # rule (median, arrivals, margin). False: no phrase crowd is read (the file keeps no such field)
    crowd_phrases: bool = False
    # set (model XMCD, shipped after blind batch 248, and XMCT after 312; needs crowd_phrases): a phrase crowd that split its tasks — at least
    # `crowds.PARTITION_MIN_PROMPTS` distinct long prompts, at most this share of them sent by two or more
    # of its accounts (`crowds.repeated_share`) — flags its members without the median and arrival bars,
    # by the margin alone. None: no split is read (the file keeps no such field)
    crowd_partition: float | None = None
    # set (side model XMCS; needs crowd_median): an account is also flagged through its stranger crowd — a
    # cluster of at least `crowds.STRANGER_MIN_SIZE` accounts held by soft links alone (payment and /24
    # links at most `crowds.STRANGER_HARD_SHARE` of its links, `crowds.stranger_crowds`) whose members'
    # median own score reaches this — by the margin alone (no arrival bar). None: no stranger crowd is
    # read (the file keeps no such field)
    crowd_strangers: float | None = None
    # set (side model XMCV and the shipped XMCW; needs crowd_arrived): an account is also flagged through its suspect crowd — at
    # least `crowds.SUSPECT_NEIGHBOURS` other accounts within the inherit margin whose centroids are within
    # `crowds.SUSPECT_COSINE` of its own, at least `crowd_arrived` of them arrived, and at most this share of
    # their distinct long prompts (at least `crowds.SUSPECT_MIN_PROMPTS`) sent by two or more of them
    # (`crowds.suspect_crowds`) — by the margin alone. None: no suspect crowd is read (the file keeps no such field)
    crowd_suspects: float | None = None
    # set (the shipped model XMCW; needs crowd_suspects): an account is flagged through its suspect crowd only if its
    # busiest card pays for at most this many accounts (the row's `card_accounts`; no card: 0) — an organisation's
    # card (a course's, an agency's) answers through its cluster. None: no such bar (the file keeps no such field)
    crowd_suspect_cards: int | None = None
    # set (side model XMCR; with replay_crowd_prompts): an account is flagged as a member of a
    # disjoint-replay crowd — arrived public senders whose public prompts overlap one another's this
    # many standard deviations short of chance (`replay_crowds.disjoint_crowds`) — by the crowd alone.
    # None: no such crowd is read (the file keeps no such field)
    replay_crowd_z: float | None = None
    # with replay_crowd_z: the distinct public prompts a member needs at least
    replay_crowd_prompts: int | None = None
    # set (side model XMCRD; with replay_crowd_z): the crowds' chance is each prompt's draw rate among the
    # accounts that are not candidates, and a member's overlap with its crowd, as a share of chance, is at
    # most this times its share against the other candidates (`replay_crowds` says why). None: XMCR's one
    # chance rate and no such bar (the file keeps no such field)
    replay_crowd_ratio: float | None = None
    # set (side model XMCO, model XMCTO after blind batch 320, and the shipped XMCW after 336): an identified operator (hard-link component, `scan.Operators`) that makes up at
    # least half a cluster passes the cluster's score to its accounts only if the median own score of all
    # its accounts reaches this: the pooled score is its own only as far as its own accounts bear it out,
    # not where a few campaign accounts that templates joined to a business raise it. None: the covering
    # operator inherits as before (the file keeps no such field)
    operator_median: float | None = None
    source: str = "uncalibrated defaults"

    @classmethod
    def load(cls, path: str | Path | None = None) -> Calibration:
        try:
            if path is None:
                text = (
                    resources.files("distillguard.monitor")
                    .joinpath("calibration.json")
                    .read_text("utf-8")
                )
            else:
                text = Path(path).read_text(encoding="utf-8")
            data = json.loads(text)
            known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
            cal = cls(**known)
        except FileNotFoundError:
            if path is None:
                return cls()
            raise DistillguardError(f"calibration file not found: {path}") from None
        except (json.JSONDecodeError, TypeError, AttributeError) as exc:
            raise DistillguardError(f"calibration file {path} is not valid: {exc}") from None
        if not isinstance(cal.weights, dict):
            raise DistillguardError(f"calibration file {path}: weights must be an object")
        bad = [k for k, v in cal.weights.items() if not _finite_nonneg(v)]
        scalars = (cal.bias, cal.threshold, cal.inherit_margin, cal.template_orgs_free, cal.throwaway_orgs_free)
        optional_ok = all(v is None or _finite_nonneg(v) for v in (cal.solo_margin, cal.linked_margin)) and (
            cal.network_hard_hosting is None or (_finite(cal.network_hard_hosting) and 0 <= cal.network_hard_hosting <= 1)
        ) and all(v is None or (_finite(v) and 0 <= v <= 1) for v in (
            cal.crowd_median, cal.crowd_arrived, cal.crowd_arrived_quantile)) and (
            cal.crowd_arrived is None or cal.crowd_median is not None
        ) and (cal.crowd_arrived_quantile is None or cal.crowd_arrived is not None)
        free_ok = all(_finite(v) and v >= 1 for v in (cal.template_orgs_free, cal.throwaway_orgs_free))
        if bad or not all(_finite(v) for v in scalars) or not free_ok or not optional_ok:
            raise DistillguardError(
                f"calibration file {path}: non-finite or negative values (weights {bad}, or bias, "
                "threshold, inherit_margin, template_orgs_free and throwaway_orgs_free ≥ 1, "
                "solo_margin and linked_margin ≥ 0 or null, network_hard_hosting, crowd_median, crowd_arrived and "
                "crowd_arrived_quantile in [0, 1] or null, crowd_arrived only with crowd_median, "
                "crowd_arrived_quantile only with crowd_arrived)"
            )
        if not isinstance(cal.rotation_consumer_only, bool):
            raise DistillguardError(f"calibration file {path}: rotation_consumer_only must be true or false")
        if not isinstance(cal.crowd_phrases, bool) or (cal.crowd_phrases and cal.crowd_median is None):
            raise DistillguardError(f"calibration file {path}: crowd_phrases must be true or false, and true only with crowd_median")
        if cal.crowd_partition is not None and not (
            not isinstance(cal.crowd_partition, bool) and _finite(cal.crowd_partition)
            and 0 <= cal.crowd_partition <= 1 and cal.crowd_phrases is True
        ):
            raise DistillguardError(
                f"calibration file {path}: crowd_partition must be in [0, 1] or null, and set only with crowd_phrases"
            )
        if cal.crowd_strangers is not None and not (
            not isinstance(cal.crowd_strangers, bool) and _finite(cal.crowd_strangers)
            and 0 <= cal.crowd_strangers <= 1 and cal.crowd_median is not None
        ):
            raise DistillguardError(
                f"calibration file {path}: crowd_strangers must be in [0, 1] or null, and set only with crowd_median"
            )
        if cal.crowd_suspects is not None and not (
            not isinstance(cal.crowd_suspects, bool) and _finite(cal.crowd_suspects)
            and 0 <= cal.crowd_suspects <= 1 and cal.crowd_arrived is not None
        ):
            raise DistillguardError(
                f"calibration file {path}: crowd_suspects must be in [0, 1] or null, and set only with crowd_arrived"
            )
        if cal.crowd_suspect_cards is not None and not (
            isinstance(cal.crowd_suspect_cards, int) and not isinstance(cal.crowd_suspect_cards, bool)
            and cal.crowd_suspect_cards >= 0 and cal.crowd_suspects is not None
        ):
            raise DistillguardError(
                f"calibration file {path}: crowd_suspect_cards must be a whole number >= 0 or null, and set only "
                "with crowd_suspects"
            )
        if (cal.replay_crowd_z is None) != (cal.replay_crowd_prompts is None) or (cal.replay_crowd_z is not None and not (
            not isinstance(cal.replay_crowd_z, bool) and _finite(cal.replay_crowd_z) and cal.replay_crowd_z > 0
            and isinstance(cal.replay_crowd_prompts, int) and not isinstance(cal.replay_crowd_prompts, bool)
            and cal.replay_crowd_prompts >= 1
        )):
            raise DistillguardError(
                f"calibration file {path}: replay_crowd_z (finite, > 0) and replay_crowd_prompts (a whole number "
                ">= 1) are set together or both null"
            )
        if cal.replay_crowd_ratio is not None and not (
            not isinstance(cal.replay_crowd_ratio, bool) and _finite(cal.replay_crowd_ratio)
            and 0 < cal.replay_crowd_ratio <= 1 and cal.replay_crowd_z is not None
        ):
            raise DistillguardError(
                f"calibration file {path}: replay_crowd_ratio must be in (0, 1] or null, and set only with replay_crowd_z"
            )
        if cal.operator_median is not None and not (
            not isinstance(cal.operator_median, bool) and _finite(cal.operator_median)
            and 0 <= cal.operator_median <= 1
        ):
            raise DistillguardError(f"calibration file {path}: operator_median must be in [0, 1] or null")
        if not isinstance(cal.solo_unless_clock, bool) or (cal.solo_unless_clock and cal.solo_margin is None):
            raise DistillguardError(
                f"calibration file {path}: solo_unless_clock must be true or false, and true only with a solo_margin"
            )
        # a string here would be read as substrings (`"cot" in "cotx"`), anything else crash a scan
        if not isinstance(cal.ignored, list) or not all(s in SIGNALS for s in cal.ignored):
            raise DistillguardError(f"calibration file {path}: ignored must list signal names")
        if cal.trees is not None:
            from distillguard.monitor.trees import validate

            why = validate(cal.trees, FEATURES)
            if not why and cal.solo_margin is not None and cal.trees_offset is None:
                # a cap on weighted terms: trees that replace the weights have none to cap (joined
                # trees keep the weighted model beside them, and that side is capped)
                why = "solo_margin applies to the weighted model: with trees it needs trees_offset (joined)"
            if not why and cal.trees_offset is not None and not _finite(cal.trees_offset):
                why = "trees_offset must be a finite number or null"
            if why:
                raise DistillguardError(f"calibration file {path}: {why}")
        elif cal.trees_offset is not None:
            raise DistillguardError(f"calibration file {path}: trees_offset needs trees (set it to null)")
        why = also_trees_problem(cal.also_trees, cal.trees_offset)
        if why:
            raise DistillguardError(f"calibration file {path}: also_trees: {why}")
        if sharing_behaviour_problem(cal.sharing_behaviour):
            raise DistillguardError(
                f"calibration file {path}: sharing_behaviour must be null or a non-empty list of behaviour signals "
                f"({', '.join(BEHAVIOUR)})"
            )
        if payment_gate_problem(cal.payment_gate):
            raise DistillguardError(
                f"calibration file {path}: payment_gate must be null or a non-empty list of content or automation "
                f"signals ({', '.join(PAYMENT_GATE_SIGNALS)})"
            )
        if resample_fresh_problem(cal.resample_fresh):
            raise DistillguardError(
                f"calibration file {path}: resample_fresh must be null or [free, full] with 0 ≤ free < full ≤ 1"
            )
        if not isinstance(cal.resample_compared, bool):
            raise DistillguardError(f"calibration file {path}: resample_compared must be true or false")
        if not isinstance(cal.resample_balanced, bool) or (cal.resample_balanced and not cal.resample_compared):
            raise DistillguardError(f"calibration file {path}: resample_balanced must be true or false, "
                                    "and true only with resample_compared")
        if not isinstance(cal.resample_burst, bool) or (cal.resample_burst and cal.resample_fresh is None):
            raise DistillguardError(f"calibration file {path}: resample_burst must be true or false, and true "
                                    "only with a resample_fresh")
        if not isinstance(cal.resample_beside, bool) or (cal.resample_beside and cal.resample_fresh is None):
            raise DistillguardError(
                f"calibration file {path}: resample_beside must be true or false, and true only with a resample_fresh"
            )
        if trees_floor_problem(cal.trees_floor, cal.trees):
            raise DistillguardError(
                f"calibration file {path}: trees_floor must map feature names to floors in [0, 1], and needs trees"
            )
        return cal

    def margin_for(self, member: bool) -> float:
        """The inherit margin of a cluster's member, or of an account only linked into it
        (`linked_margin`, falling back to `inherit_margin`): what `scan._inherited` reads."""
        if member or self.linked_margin is None:
            return self.inherit_margin
        return self.linked_margin

    def save(self, path: str | Path) -> None:
        data = asdict(self)
        for optional in ("crowd_median", "crowd_arrived", "crowd_arrived_quantile", "crowd_partition",
                         "crowd_strangers", "crowd_suspects", "crowd_suspect_cards", "operator_median",
                         "replay_crowd_z", "replay_crowd_prompts", "replay_crowd_ratio"):  # files of models that do not read it stay as they were
            if data[optional] is None:
                del data[optional]
        if not data["crowd_phrases"]:
            del data["crowd_phrases"]
        trees = data.pop("trees")
        also = data.pop("also_trees")
        text = json.dumps(data, indent=2)
        if trees is not None:  # thousands of node values: one compact line, not one line each
            text = text[:-2] + ',\n  "trees": ' + json.dumps(trees, separators=(",", ":")) + "\n}"
        text = text[:-2] + ',\n  "also_trees": [' + ",\n    ".join(
            json.dumps(item, separators=(",", ":")) for item in also) + "]\n}"
        Path(path).write_text(text + "\n", encoding="utf-8")


def also_trees_problem(items, trees_offset) -> str | None:
    """What is wrong with `also_trees` (None when nothing is): each item is {"trees": exported
    trees, "offset": a finite number}, and they join only where the main trees join (an offset)."""
    if not isinstance(items, list):
        return "must be a list"
    if items and trees_offset is None:
        return "more trees join only joined trees (trees_offset set)"
    from distillguard.monitor.trees import validate

    for i, item in enumerate(items):
        if not isinstance(item, dict) or set(item) != {"trees", "offset"} or not _finite(item["offset"]):
            return f"item {i} must be {{trees, offset}} with a finite offset"
        why = validate(item["trees"], FEATURES)
        if why:
            return f"item {i}: {why}"
    return None


def sharing_behaviour_problem(signals) -> bool:
    """Whether a `sharing_behaviour` is unusable: set, it must be a non-empty list of BEHAVIOUR
    signals (a string would be read letter by letter). One check for a loaded file and for
    `bench/monitor_derive.py --sharing-without`."""
    return signals is not None and not (isinstance(signals, list) and signals and all(s in BEHAVIOUR for s in signals))


def payment_gate_problem(signals) -> bool:
    """Whether a `payment_gate` is unusable: set, it must be a non-empty list of PAYMENT_GATE_SIGNALS
    (a string would be read letter by letter). One check for a loaded file and for
    `bench/monitor_derive.py --payment-gate`."""
    return signals is not None and not (
        isinstance(signals, list) and signals and all(s in PAYMENT_GATE_SIGNALS for s in signals)
    )


def resample_fresh_problem(pair) -> bool:
    """Whether a `resample_fresh` is unusable: set, it must be two numbers 0 ≤ free < full ≤ 1
    (a string or a bare number would crash the first scan that reads it)."""
    if pair is None:
        return False
    if not isinstance(pair, list) or len(pair) != 2 or not all(_finite(v) and not isinstance(v, bool) for v in pair):
        return True
    return not 0.0 <= pair[0] < pair[1] <= 1.0


def trees_floor_problem(floors, trees) -> list | None:
    """What is wrong with a `trees_floor` (None when nothing is): not an object, a name that is no
    feature, a floor outside [0, 1], or floors without trees to read them. One check for a loaded
    file and for `bench/monitor_derive.py --trees-floor`."""
    if not isinstance(floors, dict):
        return [floors]
    bad = [k for k, v in floors.items() if not (k in FEATURES and _finite(v) and 0 <= v <= 1)]
    if bad:
        return bad
    return ["(no trees)"] if floors and trees is None else None


def _finite(v) -> bool:
    return isinstance(v, int | float) and math.isfinite(v)


def _finite_nonneg(v) -> bool:
    return _finite(v) and v >= 0


def _shrunk(k: float, n: float, p0: float) -> float:
    return (k + SHRINK * p0) / (n + SHRINK)


def _excess(p: float, p0: float) -> float:
    return float(max(0.0, p - p0) / max(1e-9, 1.0 - p0))


def _share(row: dict, key: str) -> tuple[float, float]:
    num, den = SHARE_KEYS[key]
    return float(row.get(num) or 0.0), float(row.get(den) or 0.0)


def population_reference(rows: list[dict]) -> dict[str, float]:
    """Reference shares from the scanned accounts: account-weighted mean over the accounts at or
    below the 75th percentile of each share (robust to up to a quarter of accounts being
    campaigns), plus the median volume and the reference hosting and pivot shares."""

    def trimmed(values: list[float]) -> float:
        if not values:
            return 0.0
        arr = np.asarray(values, dtype=np.float64)
        return float(arr[arr <= np.quantile(arr, 0.75)].mean())

    ref = {}
    for key in SHARE_KEYS:
        shares = [k / n for k, n in (_share(r, key) for r in rows) if n > 0]
        ref[key] = min(0.95, trimmed(shares))
    ref["hosting"] = min(0.95, trimmed([float(r.get("hosting_share") or 0.0) for r in rows]))
    pivots = [float(r.get("pivot_share") or 0.0) for r in rows if (r.get("n_window") or 0) >= 3]
    ref["pivot"] = min(0.95, trimmed(pivots))
    events = [float(r.get("n_events") or 1) for r in rows] or [1.0]
    ref["median_events"] = float(np.median(events))
    answers = [float(r.get("mean_completion_tokens") or 0) for r in rows]
    answers = [a for a in answers if a > 0]
    ref["median_completion"] = float(np.median(answers)) if answers else 0.0
    return ref


def evidences(row: dict, ref: dict[str, float]) -> dict[str, float]:
    """Per-signal evidence in [0, 1] from an account's (or a cluster's pooled) raw signals."""
    out: dict[str, float] = {}
    for key in SHARE_KEYS:
        k, n = _share(row, key)
        out[key] = _excess(_shrunk(k, n, ref[key]), ref[key]) if n > 0 else 0.0
    n = float(row.get("n_sampled") or 0)
    low_div = n - float(row.get("n_templates") or n)
    out["diversity"] = _excess(_shrunk(low_div, n, 0.1), 0.1) if n > 0 else 0.0
    n_embedded = row.get("n_embedded") or 0
    out["mmd"] = (
        float(pvalue_evidence(np.array([row["mmd_p"]]), MMD_RESOLUTION)[0]) if n_embedded else 0.0
    )
    out["narrow"] = (
        float(pvalue_evidence(np.array([row["narrow_p"]]), NARROW_RESOLUTION)[0])
        if n_embedded
        else 0.0
    )
    events = float(row.get("n_events") or 0)
    gaps, cv = row.get("n_gaps") or 0, row.get("gap_cv")
    out["regularity"] = (
        float(np.clip((0.7 - cv) / 0.6, 0, 1) * min(1.0, gaps / 20.0))
        if gaps >= 5 and cv is not None
        else 0.0
    )
    distinct = float(row.get("distinct_prompts") or 0)
    unique = distinct / events if events else 0.0
    out["traversal"] = float(
        np.clip((unique - 0.8) / 0.2, 0, 1) * np.clip(math.log10(max(events, 1) / 50) / 1.3, 0, 1)
    )
    out["resample"] = resample_reading(row, ref)[0]
    out["yield"] = yield_evidence(
        float(row.get("mean_completion_tokens") or 0.0), ref.get("median_completion", 0.0), events
    )
    median = max(1.0, ref.get("median_events", 1.0))
    out["volume"] = float(np.clip((math.log10(max(events, 1) / median) - 1.0) / 1.5, 0, 1))
    days, sleep = row.get("active_days") or 0, row.get("sleep_gap_h")
    out["no_sleep"] = (
        float(np.clip((6.0 - sleep) / 6.0, 0, 1)) if days >= 2 and events >= 30 and sleep is not None else 0.0
    )
    out["sustained"] = float(np.clip(((row.get("longest_run_h") or 0.0) - 3.0) / 9.0, 0, 1))
    hosting = float(row.get("hosting_share") or 0.0)
    out["hosting"] = _excess(hosting, ref["hosting"]) * min(1.0, events / 20.0)
    out["rotation"] = rotation_evidence(
        float(row.get("n_ip24") or 0), events, hosting, bool(ref.get("rotation_consumer_only"))
    )
    window = row.get("n_window") or 0
    out["pivot"] = (
        _excess(row.get("pivot_share") or 0.0, ref["pivot"]) * min(1.0, window / 10.0)
        if window >= 3
        else 0.0
    )
    out["payment"] = float(np.clip(((row.get("card_orgs") or 1) - 1) / 4.0, 0, 1))
    out["template_orgs"] = template_orgs_evidence(
        row.get("template_orgs"), ref.get("template_orgs_free", TEMPLATE_ORGS_FREE)
    ) * sharing_volume(events, median)
    out["throwaway"] = throwaway_orgs_evidence(
        row.get("throwaway_orgs"), ref.get("throwaway_orgs_free", THROWAWAY_ORGS_FREE)
    )
    opening = row.get("opening_prompt_tokens")
    out["followup"] = followup_evidence(
        float(row.get("n_quick_followups") or 0.0),
        float(row.get("n_read_pairs") or 0.0),
        None if opening is None else float(opening),
    )
    out["substream"] = substream_evidence(row.get("substream_p"))
    out["model_split"] = model_split_evidence(row.get("split_p"))
    out["newcomer"] = newcomer_evidence(row, ref.get("release_ts"))
    out["corpus_order"] = corpus_order_evidence(row.get("order_p"))
    cohort_p = row.get("cohort_p")
    out["cohort"] = (
        float(np.clip((-math.log10(max(cohort_p, 1e-300)) - 2.0) / 4.0, 0, 1))
        if cohort_p is not None
        else 0.0
    )
    if "sync" in row:  # clusters: synchronised activity is coordination evidence too
        out["cohort"] = max(out["cohort"], sync_evidence(float(row["sync"])))
    return out


def rotation_evidence(ip24: float, events: float, hosting: float, consumer_only: bool) -> float:
    """IP rotation: many distinct /24 networks for few requests each. A residential-proxy pool
    gives every request a new consumer address so that a harvest looks like many home users; that
    is evidence of evasion. Serverless functions and hosted CI runners get a fresh *cloud* address
    per job by design (batch 17's code-review bot: a new Azure address for almost every request,
    flagged by rotation alone under model I). With `consumer_only` (a calibration's
    `rotation_consumer_only`), rotation counts only the share of requests from consumer networks
    (1 − hosting share), so a cloud pool's turnover is not read as a proxy's."""
    if not events:
        return 0.0
    value = float(np.clip((ip24 / events - 0.2) / 0.5, 0, 1) * min(1.0, ip24 / 10.0))
    return value * (1.0 - min(1.0, max(0.0, hosting))) if consumer_only else value


# Models T and U: the release pivot is not behaviour that makes template sharing coordination. The users of
# one popular tool send its fixed frame from every organisation *and* move to the new model together
# when the tool changes its default — blind batch 41's IDE coding agent, 27 organisations of
# developers with their own keys, flagged 30/31 by sharing with the pivot and nothing else behaving
# like a pipeline; the farms sharing was built for (batches 2–4) also run round the clock or walk a grid.
SHARING_BEHAVIOUR_T = tuple(s for s in BEHAVIOUR if s != "pivot")


def feature_vector(
    ev: dict[str, float],
    ignored: list[str] | tuple[str, ...] = (),
    sharing_behaviour: list[str] | tuple[str, ...] | None = None,
    payment_gate: list[str] | tuple[str, ...] | None = None,
) -> np.ndarray:
    """The model's input row: the grouped signals, their products, the later signals.
    `sharing_behaviour` (a calibration's): the behaviour signals template sharing counts with. Set,
    sharing is read only as far as that behaviour goes — min(sharing, behaviour), in its own column
    (which the trees read) and in its product — so a shared frame is coordination only for accounts
    that also behave like pipelines by those signals. None: the product with every BEHAVIOUR signal
    and the column as measured, as every model before T.
    `payment_gate` (a calibration's, side model XP): cards across organisations read only as far as
    the largest of those signals goes — min(payment, gate), in its column and in every product — so
    one card paying for many organisations is coordination only for accounts that also take something
    (long answers, harvesting shapes, grading, CoT, public prompts, resampling) or send templates.
    An agency or router pays for its client organisations' keys and sends their ordinary traffic."""
    if ignored:
        ev = {k: 0.0 if k in ignored else v for k, v in ev.items()}
    if payment_gate is not None:
        ev = {**ev, "payment": min(ev["payment"], max(ev[s] for s in payment_gate))}
    if sharing_behaviour is None:
        behaviour = max(ev[s] for s in BEHAVIOUR)
    else:
        behaviour = max(ev[s] for s in sharing_behaviour)
        ev = {**ev, "template_orgs": min(ev["template_orgs"], behaviour)}
    g = {name: max(ev[s] for s in signals) for name, signals in GROUPS.items()}
    inter = [
        g["content"] * g["automation"],
        g["content"] * g["coordination"],
        g["automation"] * g["coordination"],
        g["sharing"] * behaviour,
    ]
    later = [ev[s] for s in LATER_SIGNALS] + [ev["throwaway"] * max(ev[s] for s in HARVEST)]
    return np.array([ev[s] for s in GROUPED] + inter + later, dtype=np.float64)


SOLO_CAPPED = GROUPS["content"]  # the signals a legitimate business can max out on its own


def solo_cap(cal: Calibration) -> float | None:
    """The most log-odds one content signal may add: `solo_margin` short of what the bias needs to
    reach the threshold, so no content signal flags an account on its own (None: no cap)."""
    if cal.solo_margin is None:
        return None
    return max(0.0, logit(cal.threshold) - cal.bias - cal.solo_margin)


def contributions(ev: dict[str, float], cal: Calibration) -> dict[str, float]:
    """Each feature's log-odds (with trees: what it adds given the others, `trees.occlusion`).
    With a `solo_margin`, every content signal is capped below the threshold: one line of content
    evidence is a lead, a flag needs a second one (another content signal, an interaction, a hard
    coordination link). Why: each content signal has a legitimate
    business that maxes it alone — in six blind batches in a row (10–15) a whole benign kind was
    flagged by output yield and nothing else (edtech worked solutions, a QA team's JSON fixtures),
    and CoT demand, grading and resampling each have their honest counterparts (homework apps, eval
    vendors, best-of-n evaluators). Coordination (payment, rotation) and the interactions are
    corroborated by construction and stay uncapped. With `solo_unless_clock` the cap lifts for an
    account that runs round the clock (`solo_cap_lifted`)."""
    return attribution(ev, cal)[0]


def attribution(ev: dict[str, float], cal: Calibration, reading: Reading | None = None) -> tuple[dict[str, float], str]:
    """(`contributions`, `scored_by`) from one reading of the models: a scan needs both for
    every account, and with joined trees each reading is a traversal of every tree. `reading`: the
    one `read` already gave for this account (the scan has it), so no second reading; it names
    the trees that decided, whose occlusions explain the score."""
    x = feature_vector(ev, cal.ignored, cal.sharing_behaviour, cal.payment_gate)
    _, by, trees = reading or _reading(x, cal)
    if trees is not None:
        from distillguard.monitor.trees import occlusion  # what each adds given the others, ≥ 0

        return dict(zip(FEATURES, occlusion(trees, trees_input(x, cal)), strict=True)), by
    return _weighted(x, cal), by


def trees_input(x: np.ndarray, cal: Calibration) -> list[float]:
    """The feature row as the trees read it: an evidence under its `trees_floor` is none. Why: the
    evidences are read against the scanned log's own population, so their small values move with
    the log's mix, and a tree splits at any value where a weight only multiplies it. On the 16M-event
    simulator log (29% campaign accounts) the median answer is shorter than in any labelled log, so
    nightly batch jobs whose answers sit at the batches' median got a small output-yield evidence there
    and next to none in every batch — and side models Q's and R's trees, which split at such small
    values, flagged about 140 of the log's 569 jobs (docs/monitor.md, side model R; model S). The
    weights keep reading every value: a weight times a small evidence stays small."""
    row = x.tolist()
    for name, floor in cal.trees_floor.items():
        i = _FEATURE_AT[name]
        if row[i] < floor:
            row[i] = 0.0
    return row


_FEATURE_AT = {f: i for i, f in enumerate(FEATURES)}


_NO_SLEEP_AT = FEATURES.index("no_sleep")  # round the clock: no daily idle stretch of 6 h over ≥ 2 days


def solo_cap_lifted(term: float, cap: float, clock: float) -> float:
    """A content signal's weighted term under the solo cap, lifted by round-the-clock evidence
    `clock` ∈ [0, 1] (the `no_sleep` signal): `cap` at 0 (a lead, as side model J), the whole term
    at 1. Why: on the blind batches the benign accounts that one content signal alone flagged were
    mostly people and office-hours businesses — a law firm's contract reviews, launch-day
    sign-ups, a course lab (batches 25–26: output yield alone) — while the operation the issue
    asks to catch through open-ended signals (`test_monitor_generalize`'s legal-drafting harvest)
    sends round the clock. A long unbroken run (`sustained`) is not read as round the clock: a
    nightly job or an office day has one. Non-decreasing in the term and in `clock`: more evidence
    never lowers a score. Side model O's rule, not the shipped default: on its first blind batch
    (28) it turned a 73-account trial-churn farm — throwaway accounts each caught by one content
    signal, with nothing linking them — into leads (bench/results/monitor_history.md)."""
    return min(term, cap + clock * term)


def _weighted(x: np.ndarray, cal: Calibration) -> dict[str, float]:
    out = {f: cal.weights.get(f, 0.0) * v for f, v in zip(FEATURES, x, strict=True)}
    cap = solo_cap(cal)
    if cap is not None:
        clock = float(x[_NO_SLEEP_AT]) if cal.solo_unless_clock else 0.0
        for f in SOLO_CAPPED:
            out[f] = solo_cap_lifted(out[f], cap, clock)
    return out


def _weighted_log_odds(x: np.ndarray, cal: Calibration) -> float:
    return cal.bias + float(sum(_weighted(x, cal).values()))


class Reading(NamedTuple):
    """One reading of a calibration's models for one account (`read`)."""

    risk: float  # a probability
    by: str  # "weights" or "trees": which model gave it (`scored_by`)
    trees: dict | None  # the trees that gave it (their occlusions explain it), None for the weights


_LogOdds = tuple[float, str, "dict | None"]  # (log-odds, "weights" or "trees", the trees that gave them)


def joined_log_odds(x: np.ndarray, cal: Calibration) -> _LogOdds:
    """(log-odds, which model gave them, the trees if trees did) of a calibration whose trees join its
    weights (`trees_offset` set): the larger of the weighted model's log-odds and the trees' plus the
    offset (and each of `also_trees`' plus its own). Why a union and not one model: on the spent blind
    batches the trees caught grading, agent and reseller families the weights miss and lost
    low-and-slow ones the weights catch (docs/monitor.md, model M); the offset puts the trees' own
    threshold at the weighted model's. Trees fitted at different times catch different families
    (model U: L's trees a reasoning hydra of batch 35, L26's the label farms of batches 40 and 42)."""
    from distillguard.monitor.trees import log_odds

    row = trees_input(x, cal)
    best: _LogOdds = (_weighted_log_odds(x, cal), "weights", None)
    for trees, offset in [(cal.trees, cal.trees_offset), *((t["trees"], t["offset"]) for t in cal.also_trees)]:
        z = log_odds(trees, row) + float(offset or 0.0)
        if z > best[0]:
            best = (z, "trees", trees)
    return best


def _reading(x: np.ndarray, cal: Calibration) -> _LogOdds:
    """The models' log-odds for feature row `x`: the weights, the trees alone, or both joined."""
    if cal.trees is None:
        return _weighted_log_odds(x, cal), "weights", None
    if cal.trees_offset is None:
        from distillguard.monitor.trees import log_odds

        return log_odds(cal.trees, trees_input(x, cal)), "trees", cal.trees
    return joined_log_odds(x, cal)


def read(ev: dict[str, float], cal: Calibration) -> Reading:
    """An account's risk (a probability), which model gave it and the trees that did: one
    traversal of every tree, which `attribution` reuses."""
    z, by, trees = _reading(feature_vector(ev, cal.ignored, cal.sharing_behaviour, cal.payment_gate), cal)
    return Reading(float(1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))), by, trees)


def scored_by(ev: dict[str, float], cal: Calibration) -> str:
    """Which model gave an account's own log-odds — "weights" or "trees" — so an analyst reads its
    `contributions` right: the weights' terms add up, the trees' are occlusions (signals together)."""
    return read(ev, cal).by


def scored(ev: dict[str, float], cal: Calibration) -> tuple[float, str]:
    """(risk, which model gave it — "weights" or "trees") from one reading of the models: with
    joined trees the reading that scores an account also decides between them."""
    risk, by, _ = read(ev, cal)
    return risk, by


def score(ev: dict[str, float], cal: Calibration) -> float:
    return scored(ev, cal)[0]


def logit(p: float) -> float:
    p = min(max(p, 1e-12), 1 - 1e-12)
    return math.log(p / (1 - p))


def yield_evidence(mean_completion: float, reference: float, events: float) -> float:
    """Output yield: answers longer than the population's typical answer. A distiller pays for
    outputs and wants long, complete ones (reasoning, full solutions, long documents); the
    provider's own model writes them, so a campaign cannot shorten them without losing what it
    came for. Legitimate pipelines mostly want short outputs (labels, alt text, replies). 0 at or
    below the reference, 1 at twice it; weighted by volume like the other per-account shares."""
    if reference <= 0 or mean_completion <= reference:
        return 0.0
    return float(np.clip(math.log2(mean_completion / reference), 0.0, 1.0) * min(1.0, events / 20.0))


RESAMPLE_FREE = 0.7  # share of back-to-back repeats a product can need: ≈ 3 copies of a prompt


def resample_evidence(n_resample: float, events: float) -> float:
    """Resampling: the share of an account's requests that repeat, within a session, the exact
    prompt it sent just before and got an answer to. Estimating a model's output *distribution*
    (soft labels, best-of-n, self-consistency votes) needs many samples of one prompt; a product
    needs at most a regeneration or an evaluator's best-of-3 (share ≤ 2/3). 0 up to
    `RESAMPLE_FREE`, 1 at 0.9 (≈ 10 copies per prompt); weighted by volume (full at 50 requests)."""
    return _repeat_share_evidence(n_resample, events, RESAMPLE_FREE, 0.2)


def _repeat_share_evidence(repeats: float, events: float, free: float, span: float) -> float:
    """The ramp both resampling readings share: 0 up to a share `free` of the account's requests,
    1 at `free + span`, weighted by volume (full at 50 requests)."""
    if events <= 0:
        return 0.0
    return float(np.clip((repeats / events - free) / span, 0.0, 1.0) * min(1.0, events / 50.0))


def fresh_resample_evidence(n_fresh: float, events: float, free: float, full: float) -> float:
    """Resampling read from fresh repeats (model V): the share of an account's requests that
    repeat, back to back, a prompt its organisation sent in no other session — 0 up to `free`,
    1 at `full`; weighted by volume (full at 50 requests). Why a lower free share than
    `resample_evidence`'s: an evaluator's re-run bank is not fresh (and a retry after an error is
    no repeat at all), so what is left for a product is a regeneration of some answers, while a
    best-of-n harvest repeats most new prompts (the harvesters of blind batches 46, 48 and 49).
    A sampler that re-asks the same prompts across sessions is read as not fresh: model V loses
    batch 7's and part of 44's (docs/monitor.md, side model V)."""
    return _repeat_share_evidence(n_fresh, events, free, full - free)


def fresh_resample_reference(pair: list[float] | None, beside: bool = False,
                             compared: bool = False, balanced: bool = False,
                             burst: bool = False) -> dict[str, float]:
    """The reference entries that switch `evidences` to fresh resampling (none for a model
    without `resample_fresh`, so its documents are as before); `beside` (model W) adds the entry
    that keeps the exact reading beside the fresh one (`resample_reading`); `compared` (side model
    XC) the entry that reads repeats of prompts sent to several models as none; `balanced` (side
    model XMB) narrows that to prompts sent to a second model about as often as to the first."""
    ref = {"resample_compared": 1.0} if compared else {}
    if compared and balanced:
        ref["resample_balanced"] = 1.0
    if pair is None:
        return ref
    ref |= {"resample_fresh_free": float(pair[0]), "resample_fresh_full": float(pair[1])}
    if burst:
        ref["resample_burst"] = 1.0
    return {**ref, "resample_beside": 1.0} if beside else ref


def counted_repeats(row: dict, name: str, ref: dict[str, float]) -> float:
    """An account's count `name` of back-to-back repeats, less those of prompts its organisation
    sent to more than one model when the model reads them off (`resample_compared`, side model XC) —
    only those of a balanced comparison with `resample_balanced` (side model XMB)."""
    count = float(row.get(name) or 0.0)
    if ref.get("resample_compared"):
        kind = "balanced" if ref.get("resample_balanced") else "compared"
        count -= float(row.get(f"{name}_{kind}") or 0.0)
    return max(count, 0.0)


def fresh_repeats_name(ref: dict[str, float]) -> str:
    """The count the fresh resampling reading reads: the repeats across the organisation's keys for
    side model XMK (`resample_burst`), the back-to-back ones on one key for every model before it."""
    return "n_resample_fresh_burst" if ref.get("resample_burst") else "n_resample_fresh"


def resample_reading(row: dict, ref: dict[str, float]) -> tuple[float, bool]:
    """An account's resampling evidence and whether the fresh reading gave it. Every model before V
    reads exact back-to-back repeats (`resample_evidence`); V fresh ones only
    (`fresh_resample_evidence`); W the larger of the two — a best-of-n harvester's new prompts
    count, and so does a sampler that re-asks the same prompts in session after session (which V
    reads as not fresh), at the cost of keeping the evaluation teams the exact reading flags. XMK
    counts the fresh repeats across the organisation's keys (`features.resample_features`' burst
    counts): a harvest dealing each prompt's copies over its keys in one burst."""
    events = float(row.get("n_events") or 0)
    exact = resample_evidence(counted_repeats(row, "n_resample", ref), events)
    if "resample_fresh_free" not in ref:
        return exact, False
    fresh = fresh_resample_evidence(counted_repeats(row, fresh_repeats_name(ref), ref), events,
                                    ref["resample_fresh_free"], ref["resample_fresh_full"])
    if ref.get("resample_beside") and exact > fresh:
        return exact, False
    return fresh, True


SUBSTREAM_LOG10_P = (4.0, 8.0)  # -log10 p of the sub-stream test: no evidence at the first, full at the second


def substream_evidence(p: float | None) -> float:
    """A heavy key's sub-stream test (`substream.substream_p`: its shaped requests get longer answers
    than its other requests) as evidence in [0, 1]: none at p ≥ 1e-4, full at p ≤ 1e-8. Why so far
    out: the test is run on every heavy account of a log, and a benign key's shaped requests may be
    served a little differently (a lab's, a nightly job's: p down to 0.0079 among the 565 heavy benign
    accounts tested on spent batches 81–88, `bench/monitor_substream.py 81-88`), and under the null one
    key in a million reaches 1e-6. No test (None): no evidence."""
    return log10p_ramp(p, SUBSTREAM_LOG10_P)


def log10p_ramp(p: float | None, ramp: tuple[float, float]) -> float:
    """A p-value as evidence in [0, 1]: none at -log10 p ≤ ramp[0], full at ≥ ramp[1], linear between;
    no test (None): none."""
    if p is None:
        return 0.0
    lo, hi = ramp
    return float(np.clip((-math.log10(max(float(p), 1e-300)) - lo) / (hi - lo), 0.0, 1.0))


MODEL_SPLIT_LOG10_P = (4.0, 8.0)  # -log10 p of the new-model sub-stream test: none at the first, full at the second


def model_split_evidence(p: float | None) -> float:
    """A heavy key's new-model sub-stream test (`substream.model_split_p`) as evidence in [0, 1]: none
    at p ≥ 1e-4, full at p ≤ 1e-8, as the shape split's (`substream_evidence`) and for its reason: the
    test runs on every heavy key of a log. On spent batches 95–112 (design data,
    `bench/monitor_model_split.py 95-112`) the 135 heavy benign keys it read came no lower than
    p = 0.0094. No test (None): no evidence."""
    return log10p_ramp(p, MODEL_SPLIT_LOG10_P)


NEWCOMER_BEFORE_S = 86400.0  # first seen at most this long before the release
NEWCOMER_WINDOW = 5  # requests in the 24 h after the release (`features.pivot_features`' n_window), at least
NEWCOMER_SHARE = 0.6  # of them on the new model (`pivot_share`), at least
NEWCOMER_MMD_P = 0.02  # prompt embeddings unlike ordinary users' (the MMD permutation p), at most


def newcomer_evidence(row: dict, release_ts: float | None) -> float:
    """A release-day newcomer, 1 or 0 (side model XMN): an account first seen less than a day before
    the release (`NEWCOMER_BEFORE_S`), that sent at least `NEWCOMER_WINDOW` requests in the 24 h after
    it with at least `NEWCOMER_SHARE` of them to the new model (`features.pivot_features`; an account
    with no traffic before the release has no pivot share, so none after it qualifies), and whose
    prompts differ from ordinary users' (`mmd_p` ≤ `NEWCOMER_MMD_P`).

    Why: the largest mass every model misses on the blind batches is the person-like crowd — dozens
    of accounts, each its own organisation and card, each a few dozen requests in a person's rhythm,
    registered around the release to harvest the new model. Each looks like a user; what some of
    their members share is when they came and what they came for. Each part alone is common — early
    adopters move at once, students' and teams' prompts differ from the reference — and the rule is
    their conjunction. Design data (spent batches 105–148, not a result): XM with it flags 157 more
    campaign accounts (of 35 families) for 22 more benign ones, some of each through a hard link to a
    newcomer; the thresholds were chosen there (`bench/monitor_newcomers.py 105-148`). Known to be narrow: a crowd that registers after the
    release, or long before it, is outside it. A cluster's pooled row has no first-seen time, so a
    member never gets it through its cluster."""
    first, share = row.get("first_ts"), row.get("pivot_share")
    mmd_p, window = row.get("mmd_p"), row.get("n_window") or 0
    if release_ts is None or first is None or share is None or mmd_p is None or not row.get("n_embedded"):
        return 0.0
    newcomer = release_ts - NEWCOMER_BEFORE_S <= float(first) < release_ts
    return float(newcomer and window >= NEWCOMER_WINDOW and share >= NEWCOMER_SHARE and mmd_p <= NEWCOMER_MMD_P)


ORDER_P = 1e-5  # the ascent p-value at or under which an account walks the public corpus (model XMCT, shipped after blind batch 312)


def corpus_order_evidence(p: float | None) -> float:
    """Public prompts sent in the corpus's order, 1 or 0 (model XMCT): the exact p-value of the
    ascents among an account's sampled public-corpus prompts, in the order it first sent them
    (`corpus_order.order_tests`), is at most `ORDER_P`. Every step forward needs at least 9 prompts
    (1/9! ≈ 2.8e-6); 40 of them need 28 steps forward or more.

    Why: a harvest that replays a public corpus walks the file, each account its slice, while
    people who paste a popular prompt send it in no corpus's order. Design data (spent batches
    185–288, not a result; `bench/monitor_corpus_order.py 185-288`): the bar among 1e-5 … 1e-8 by a
    rule written down before the outcome was seen — the largest with no background account and at
    most 40 of the batches' own benign accounts — reaches 289 campaign accounts of 15 families and 12
    benign accounts, every one of an evaluation or sampling study that replays a public prompt set
    in order (a known hard negative: such a study looks like this by construction). A cluster's
    pooled row has no order test, so a member never gets it through its cluster."""
    return float(p is not None and p <= ORDER_P)


FOLLOWUP_SHARE = (0.2, 0.4)  # quick follow-ups among read pairs: no evidence at the first, full at the second
FOLLOWUP_COUNT = (5.0, 20.0)  # quick follow-ups: none up to the first (one hurried afternoon), full at the second
FOLLOWUP_OPENING = (150.0, 250.0)  # session openings' median prompt tokens: full at the first, none at the second


def followup_evidence(n_quick: float, n_read: float, opening: float | None) -> float:
    """Machine-speed conversation (`behaviour.followup_features`) as evidence in [0, 1]: the share
    of an account's follow-ups to long answers that carried the conversation on sooner than it could
    be read, from 0.2 (a person who skims now and then; a support bot's different users' turns
    follow each other by chance about that often) to 0.4 — a user-simulator's dialogues interleave,
    so half its pairs are turns of different dialogues — times how many there are (none up to 5,
    full at 20: a handful could be one hurried afternoon), times how short its sessions open: full
    at a median opening of 150 prompt tokens, none from 250. Why the openings: coding agents carry their context at machine speed too
    (the spent batches' IDE agents, coding products and CI reviewers: up to 0.75 of their pairs), but
    every episode opens with a system prompt and tool definitions — 270 to 9,000 tokens at the
    median on every benign kind of the spent batches — where a simulated user opens with a line
    (19–190). Design data: `python bench/monitor_followups.py`."""
    if n_read <= 0 or n_quick <= 0 or opening is None:
        return 0.0
    low, high = FOLLOWUP_SHARE
    share = float(np.clip((n_quick / n_read - low) / (high - low), 0, 1))
    short = float(np.clip((FOLLOWUP_OPENING[1] - opening) / (FOLLOWUP_OPENING[1] - FOLLOWUP_OPENING[0]), 0, 1))
    lo, hi = FOLLOWUP_COUNT
    return share * float(np.clip((n_quick - lo) / (hi - lo), 0, 1)) * short


def sharing_free(free: float, accounts: int) -> float:
    """The organisations one uncommon template may reach without being evidence, in a log of
    `accounts` accounts: the calibrated count up to `SHARING_POPULATION` accounts, then in
    proportion. Why: how many independent customers share a popular integration's frame grows
    with the customer base — it is a document frequency, not a count. With a fixed 16, a 16M-event
    log of 84,000 accounts flagged both simulator kinds whose integration 120 organisations use
    (eval harnesses, support bots: 480 accounts, bench/results/monitor_16m.md)."""
    return float(free) * max(1.0, accounts / SHARING_POPULATION)


def template_orgs_evidence(orgs, free: float = TEMPLATE_ORGS_FREE) -> float:
    """Coordination that is not infrastructure: one uncommon template sent by many *different*
    organisations (a prompt grid spread over accounts registered as unrelated customers).
    0 up to `free` organisations, then log2(orgs / free) / 2: saturates at 4 × free."""
    if not orgs or orgs <= free:
        return 0.0
    return float(np.clip(math.log2(float(orgs) / free) / 2.0, 0.0, 1.0))


def throwaway_orgs_evidence(orgs, free: float = THROWAWAY_ORGS_FREE) -> float:
    """A throwaway-account farm: one uncommon template sent by the accounts of many *different*
    organisations, each account's whole life in the log a single sitting (`features.THROWAWAY_H`),
    the template its own traffic — counted for the throwaway senders only (`throwaway_orgs`). Why:
    six blind batches (the first, 20, 24, 27, 28, 29) held an operation that registers a fresh
    customer for every few dozen requests — a new card, org and address each, gone within hours —
    so no account sends at volume (template sharing counts senders at volume), none shares a card or
    a network (no hard link to a cluster), and each looks like an ordinary user who tried the API
    once. What such a farm cannot hide is that its customers ask in one uncommon frame (the signal
    reads the first batch's, 20's, 24's and 28's; 27's accounts sent at volume and 29's shards were
    too short to form a template); ordinary one-time users ask in their own words or in shapes the
    public corpus shows to be common (those are no template, `features`), and a course's students
    or a company's keys are one organisation.
    0 up to `free`, then log2(orgs / free) / 2, as `template_orgs_evidence`: 1 at 4 × free."""
    return template_orgs_evidence(orgs, free)


def sharing_volume(events: float, median_events: float) -> float:
    """How much of a sender an account is: 0 at or below the population's median volume, 1 at
    four times it. A prompt grid spread over accounts is *traffic* — each account sends many of
    the template's prompts; a course's students share one assignment template across hundreds of
    organisations but each sends it a handful of times (the first blind batch's course: 12
    requests per student against a median account's 27)."""
    return float(np.clip(math.log2(max(events, 1.0) / max(median_events, 1.0)) / 2.0, 0.0, 1.0))


def sync_evidence(sync: float) -> float:
    return float(np.clip((sync - 0.05) / 0.3, 0.0, 1.0))


def balanced_sample_weights(y: np.ndarray, groups: list[str] | None = None) -> np.ndarray:
    """Each class weighs one half; within a class, each *group* (campaign family, benign kind)
    weighs the same, split evenly over its accounts. Without groups, every account of a class
    weighs the same.

    Why groups: with per-account weights the fit is steered by the largest families (a hydra of
    140 accounts outweighs twenty 5-account operations), so it learns the signals *they* show and
    a new, small family with other habits scores nothing; the same holds for benign kinds, where
    1,500 ordinary users drown a 37-account law firm whose long answers look like harvesting.
    Weighing kinds equally asks the fit to separate every kind it has seen, which is what a new
    batch's unseen kinds need."""
    y = np.asarray(y, dtype=np.float64)
    if groups is None:
        return np.where(y == 1, 0.5 / max(1, y.sum()), 0.5 / max(1, (1 - y).sum()))
    if len(groups) != len(y):
        raise DistillguardError("one group per labelled account is needed")
    keys = [(int(label), g) for label, g in zip(y, groups, strict=True)]
    sizes = Counter(keys)
    per_class = Counter(label for label, _ in sizes)  # groups per class
    return np.array([0.5 / per_class[k[0]] / sizes[k] for k in keys])


def fit_weights(
    x: np.ndarray,
    y: np.ndarray,
    l2: float = 1.0,
    drop: tuple[str, ...] = (),
    groups: list[str] | None = None,
) -> tuple[dict[str, float], float]:
    """Non-negative L2-regularised logistic regression, classes weighted equally (and, with
    `groups`, every family and kind within a class: `balanced_sample_weights`). Automation
    signals (`NO_MAIN_EFFECT`) and `drop` are pinned to zero; an ablation also reads the dropped
    signal as 0 in the group maxima (`Calibration.ignored`, `feature_vector(ev, ignored)`)."""
    from scipy.optimize import minimize

    if len(set(y.tolist())) < 2:
        raise DistillguardError("fitting the monitor needs both benign and campaign accounts")
    sample_w = balanced_sample_weights(y, groups)
    drop = (*drop, *NO_MAIN_EFFECT)
    keep = np.array([f not in drop for f in FEATURES], dtype=np.float64)
    xk = x * keep

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = xk @ w + b
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))
        nll = -np.sum(sample_w * (y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)))
        grad_z = sample_w * (p - y)
        reg = l2 * 0.5 * np.sum(w**2) / len(y)
        grad = np.concatenate([xk.T @ grad_z + l2 * w / len(y), [grad_z.sum()]])
        return nll + reg, grad

    theta0 = np.concatenate([np.full(len(FEATURES), 0.5) * keep, [-3.0]])
    bounds = [(0.0, 0.0) if f in drop else (0.0, 50.0) for f in FEATURES] + [(-50.0, 50.0)]
    result = minimize(loss, theta0, jac=True, method="L-BFGS-B", bounds=bounds)
    w, b = result.x[:-1], float(result.x[-1])
    return {f: round(float(v), 5) for f, v in zip(FEATURES, w, strict=True)}, round(b, 5)


def calibrate_threshold(
    benign_scores: list[float], target_fpr: float, confidence: float = 0.95
) -> float:
    """Threshold whose benign FPR is at most `target_fpr` with `confidence` (distribution-free):
    allow the k highest calibration scores above it, k the largest count that a benign population
    with FPR = target_fpr would *exceed* with probability ≥ confidence (binomial order statistic).
    With 2,000 calibration accounts and 0.1 % this puts the threshold above every benign score."""
    from scipy.stats import binom

    if not benign_scores:
        raise DistillguardError("calibration needs at least one benign account")
    ordered = sorted(benign_scores, reverse=True)
    allowed = int(binom.ppf(1.0 - confidence, len(ordered), target_fpr))
    allowed = max(0, min(allowed, len(ordered) - 1))
    return round(min(0.999999, float(ordered[allowed]) + 1e-6), 6)
