"""Claim alignment across comparable reports of one event.

Reports of one event are comparable, not parallel: they reorder, omit, merge and
add. So alignment here is order-free at the scale of a document, ordered only inside a
block. For every pair of documents of an event we score units (one sentence, or two or
three adjacent ones: a 1-2 or 1-3 merge) with the ratio margin of their embeddings,
divided by the language pair's own threshold (the margin that a set number of margins per
sentence reach, of sentences that are not each other's partner: ``pair_thresholds``), plus
a small bonus for shared numbers and names (normalized across scripts; a number the two
sides give differently never lowers a score), plus a bonus when neighbouring links keep the same order
(``order_support``). Then we link across *all* document pairs greedily, best score first
(competitive linking generalised to n sources), keeping per document pair only links that
are mutual best for all their sentences (a second round at a penalty links what the first
round's links left free; a merged link that lost to a kept link inside it blocks nothing,
``_mutual_round``). Given the encoder, a merged unit that could win a link is also
embedded as its joined text; a link keeps the better of that vector and the mean of its
sentence vectors. A link only joins two claim groups when the result still has at most
one member per document (one sentence, or the adjacent run the link itself declares) and
no reviewer-rejected pair; this keeps links consistent across three or more sources and
stops chaining into giant groups. Every sentence ends in one claim, and a sentence that
says what two claims of the other reports say apart (a merge) in both (``_share_merged``; a
merged sentence's two clauses, embedded apart, say which part a partner says: ``_clause_evidence``,
``_join_by_clauses``; a sentence joined at a comma only with order evidence, ``comma_parts``; of
up to ``COMMA_SPLITS`` commas, a sentence in a claim keeps the one its claim anchors,
``_choose_comma_splits``; a shorter comma sentence is split only where its claim anchors a comma,
``_split_short_commas``; a split its claim anchors, other versions agreeing, needs no order evidence,
``_anchor_comma_splits``);
a sentence left alone whose member in every one of ``ALONE_DOCS`` or more other versions of one
claim scores ``ALONE_LINK`` with it, or is its closest sentence there (``ALONE_RANK``), joins that
claim (``_join_left_alone``: agreement across versions that no single pair's mutual best gave);
two sentences still alone, each other's best
link into the other's document, link when one says a clause of the other better than that whole sentence
(``_link_alone_by_clause``: a merge whose other line the other version left out); a sentence no
other source reports is a single-member claim (score None), information for the reviewer.
At the end two claims holding one shared sentence, or with no document in common, become one when
their members agree and one pair of them is a strong link (``_join_sharing_claims``,
``_join_agreeing_claims``: one line that per-pair mutual best left in two claims), and two claims
differing only by the neighbouring sentences one version cut a line into become one when the parts
together say it better (``_join_split_line``). Only each unit's best links into the other document are scored (``_candidate_scores``): cost linear in its length.
Link scores are on the relative scale: 1.0 is the document pair's threshold.
"""
from __future__ import annotations

import functools
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from ..collector import paused as collector_paused
from ..document import Document
from ..records import Claim, ClaimMember, Event, Fact, stable_id
from ..facts import extract_facts, extract_sentence_facts
from ..facts.names import strip_suffix
from ..facts.tokens import tokenize
from ..lang import get as language_pack
from ..lexicon import lexicon, search_dirs
from ..segment import unpunctuated
from ..translit import name_key

# --- Calibrated settings -----------------------------------------------------------
# Chosen on the dev half of eval/align_comparable.py by sweeping claim-link F1; how each was
# chosen, with the figures, is in eval/claims_calibration.md. All are in THRESHOLDS (the
# report signature). Score thresholds are relative: a document pair's link scores are divided
# by a statistic of its language pair's own score distribution (``pair_thresholds``), so
# 1.0 means "as far above this pair's background as calibrated", whatever the encoder.
MARGIN_K = 4  # neighbours in the ratio margin (Artetxe & Schwenk use 4)
LINK_THRESHOLD = 1.0  # minimum link score, on the relative scale (1.0 = the document pair's own threshold, ``pair_thresholds``)
LINK_RATE = 0.065  # background margins (each sentence's best partner left out) above the threshold, per sentence of the language pair's document pairs: a false-candidate rate per sentence, which holds as reports grow where a percentile of all pairs fell (``_rate_margin``). Chosen on the five dev draws: 0.065 gives the old 99th percentile's thresholds at 15-40 lines (-30 / -25 right / false pairs against it), 0.08 / 0.1 +6 / +98 and +20 / +230, 0.05 loses two seed groups (eval/README.md, "thirty-fifth session")
LINK_RATIO = 1.1  # a link needs this many times that margin (Vecalign's DeletionKnob, as a ratio)
LINK_RATIO_VERSIONS: float | None = 1.125  # ... this instead in an event of ALONE_DOCS documents or more (``_event_claims``): there the end stages bring a link the rounds lose back by the other versions' agreement, with two versions nothing does. Chosen on the five dev draws (1.1 / 1.125 / 1.15 everywhere: -34 / -95 and -73 / -186 right / false pairs against 1.1; 1.15 loses the seeds' "10 memoranda" link); everywhere, 1.125 cost 10 of 882 true links on unchanged real translation pairs (two versions each) and gained none (eval/README.md, "thirty-third session"); None: LINK_RATIO everywhere
THRESHOLD_MIN = 0.5  # a language pair's threshold never below this (a guard, not calibrated: real ones are 0.67-1.09; a background of centered cosines below zero gave 1e-6 and margins of 10^5)
BACKGROUND_MIN = 50  # fewer background margins than this for a language pair: the run's pooled ones are used
BACKGROUND_DOCS = 4  # documents outside a document's event (the next in run order) in its margin neighbourhood and floor sample
REPEAT_SKIP = True  # an outside document that repeats a document (``_repeats``) is passed over for its neighbourhood and floor
REPEAT_COSINE = 0.95  # ... a sentence is repeated when a sentence there is this close (centred cosine; set by hand: a copy is 1.0; gold translation partners on dev: median 0.60, 99.9th percentile 0.88, none at 0.95)
REPEAT_SHARE = 0.5  # ... and a document is when this share of its sentences is (set by hand: most of it)
BACKGROUND_ROWS = 2000  # at most this many sentences of a document (evenly spaced) sample the background
PAIR_PENALTY = 0.1  # subtracted from 1-2 (merged) unit scores: a mean of two vectors is a hub, close to everything
MERGED_TEXT_PENALTY = 0.05  # likewise when the merged unit's vector embeds its joined text (``encode`` given)
MERGE_MARGIN = 0.1  # a merged unit is embedded as text when its mean-vector link is this close to the best 1-1 link
MUTUAL_ROUNDS = 2  # mutual-best rounds per document pair (see ``mutual_best``)
LATE_PENALTY = 0.3  # subtracted from the score of a link found in a later round
CORE_FREES = True  # a merged link that lost to a kept link it contains blocks none of its sentences (``_mutual_round``)
FREED_PENALTY = 0.2  # ... and a one-to-one link it freed is scored this lower: blocked in the first round, it is a later round's link, short of LATE_PENALTY. Chosen on the five dev draws from 0 / 0.1 / 0.2 / 0.3 (freed links scoring 1.0-1.2 are partners at 0.58-0.73, as are first-round links there; 0.2 keeps tr-en precision where it was; eval/README.md, "twenty-sixth session")
KNN_FLOOR_QUANTILE = 99.9  # the margin denominator's floor: this percentile of cosines between sentences of a document and of documents outside its event (a sentence with no close neighbour must not get a huge margin)
# A run with fewer than BACKGROUND_MIN background cosines (two short reports) has no
# percentile to speak of: its floor is the fixed value the percentile reproduces on FLORES
# dev (eval/claims_calibration.md, "Margin floor"). Without it a two-report run divided by
# near-zero neighbourhoods and linked unrelated sentences with margins of 70+.
KNN_FLOOR_FALLBACK = 0.3
KNN_FLOOR_MIN = 0.05  # never divide by a neighbourhood near zero (not calibrated: a guard)
NUMBER_BONUS = 0.06  # added per unit pair, times the share of numbers they have in common
NAME_BONUS = 0.03  # likewise for names (cross-script name keys)
NAME_PREFIX = 5  # name keys are compared by their first letters: Вучичті ~ Vučić, Kazakistan ~ Қазақстан
MAX_UNIT = 3  # sentences in one side of a link at most (three only around a near-best pair, ``merge_candidates``)
ORDER_BONUS = 0.1  # added to a link whose neighbours on both sides are linked in the same order (half for one side)
ORDER_WINDOW = 3  # how many sentences away (in both documents) such a neighbour link may be: a block, not the document
JOIN_SUPPORT = 1.3  # a one-to-one score (relative) at which two sentences of a claim count as agreeing (+1; ``_Groups._join_value``): about half the dev pairs scoring 1.2-1.4 are partners
APART_PENALTY = 0.5  # subtracted from the link that adds a second, non-adjacent sentence to a member (``_Groups.add_part``)
JOIN_AGAINST = 0.9  # at or below this they count as disagreeing (-1; ~1% of the dev pairs there are partners); in between, linearly
SUB_RUNS = True  # a merged link makes the run of it (whole, two sentences or one) that joins the most agreeing pairs (``_Groups._best_run``)
RELEASE_EDGES = True  # a refused one-to-one link releases the weaker edge of a merged member holding one of its sentences, if that makes it (``_Groups.link_releasing_edges``)
JOIN_MIN = 0  # a link joins two claim groups only when the agreement (``_Groups._join_value``) is above this (a second part, ``add_part``: at least this)
SHARE_LINK: float | None = 0.95  # a sentence in a claim also joins a second one it is linked to one-to-one at this score (``_share_merged``); None: never. 0.85 until the thirty-third session; with the bridge cut and LINK_RATIO_VERSIONS, 0.95 gave +14 right / -11 false pairs on the five dev draws (eval/README.md, "thirty-third session")
SHARE_LENGTH = 0.8  # ... when its length and the two members' together (characters, times the document pair's median ratio, ``_length_ratios``) are within this ratio: it says both, not more
SHARE_GAIN = 0.0  # ... when the second claim's member and the first's, together, beat either alone against it by this much (relative)
SHARE_ADJACENT = True  # ... or, instead of that gain, when a document keeping the two claims apart has their members side by side (order evidence: a merge joins neighbouring lines)
NAME_MIN = 4  # name key words shorter than this are left out: too many accidental matches
NAME_TRANSLATED = True  # so are the words of a name its language's dictionary writes lower-case only (``Lexicon.translated``: "Declaration", «Bildirgesi»; a dictionary that lists names, ``Lexicon.lists_names``): translated parts of names meet no other language's keys. With the events' NAME_SHRINK (a version left with fewer names keeps the evidence of those it shares) it brought a Turkish version back to its event on s7 and took none out on seven test and held-out draws (eval/README.md, "twenty-fifth session")
CLAUSE_SHARE = True  # a merged sentence's two clauses (``clause_parts``) are embedded apart: a partner saying one of them, while its claim's members say the other, shares it (``_clause_evidence``)
CLAUSE_LONG = 0.0  # ... only for a sentence this many times its document's median length or longer (0: every sentence with a junction; the tenth session's 1.3 left a merge of two short lines unsplit: eval/README.md, "eleventh session")
CLAUSE_MIN_SHARE = 0.15  # ... split at the pack's junction nearest the middle, each side at least this share of the characters
CLAUSE_LINK = 1.2  # ... the partner's margin with its clause (relative scale) at least this, whatever its link with the whole sentence (it says half)
CLAUSE_ALONE = True  # a merged sentence left alone joins the claims of the partners saying its clauses (``_join_by_clauses``)
SHARE_LINK_CLAUSE = 1.2  # SHARE_LINK for a sentence split at a clause junction (``clause_parts``, a semicolon; not a comma): its clauses say which part a partner says (``_clause_evidence``), so the whole-sentence share wants a stronger link (eval/README.md, "thirteenth session")
CLAUSE_LENGTH = 0.5  # ... and it is at least this share of its clause's length (characters, times the document pair's median ratio): it says the clause, not a word of it
COMMA_SPLIT: str | None = "any"  # a sentence without a clause junction is split at a comma (``comma_parts``): "any" (one a clause conjunction opens first, else nearest the middle), "conjunction" (only such one) or None
COMMA_LONG = 1.3  # ... only a sentence this many times its document's median length or longer (a merge is two sentences long; most commas join parts of one clause)
COMMA_SPLITS = 3  # ... of a sentence's commas (ranked as ``comma_parts`` ranks them) at most this many are embedded as its split; a sentence in a claim keeps the one its claim anchors best (``_choose_comma_splits``; 1: the first only; eval/README.md, "eighteenth session (helper M18)")
SPLIT_WHOLE = 0.05  # ... a further split replaces the first only when its clause saying the sentence's claim says it better than the whole sentence does by at least this (relative; a merge's claim translates one of its lines, a sentence that is one line is said best whole; 0 and 0.05 alike on the dev draws, -0.05 adds false pairs, 0.1 loses gain)
SPLIT_AGREE = 2  # ... and its other clause's best partners (one per other document, outside the sentence's claim, in claims without a member of its document) lie in one claim in at least this many documents (all of them, when fewer: another line every version keeps, not a generic phrase)
SPLIT_CONJ_GAIN = 0.2  # ... a first split a clause conjunction opens (", and") is replaced only when the further split's fit beats its fit by this (relative; the conjunction is itself evidence of the junction)
COMMA_SHORT: float | None = 0.7  # a comma sentence from this many times its document's median length up to COMMA_LONG gets its comma splits embedded, not read as clauses; after the first links it is split at the one its claim anchors (``_split_short_commas``: SPLIT_WHOLE, SPLIT_AGREE; a merge of two short lines is no longer than one long line). 0.9-1.1 alike on seven dev draws, 0.8 and 0.5 add false pairs (c13 +2), 1.2 loses gain; None: never (eval/README.md, "nineteenth session (helper M19)"). 0.7 since the twenty-ninth session: the splits are also the evidence ``_join_lone_part`` reads (with LONE_PART, on five dev draws, 1.0 / 0.85 / 0.7 / 0.5: +28 / -10, +45 / -2, +60 / -5, +62 / -5 right / false pairs; alone, 0.5 moves nothing)
ANCHOR_NEAR = True  # a comma split its claim anchors (``_anchor_comma_splits``: SPLIT_WHOLE, and ANCHOR_AGREE documents agreeing on the claim its other clause says) shares the sentence into that claim by its clauses without the order test COMMA_NEAR: the other versions' agreement says it is a merge's junction, as a semicolon says it
ANCHOR_AGREE = 2  # ... anchored only when the other clause's partners agree on one claim in at least this many other documents (absolute: a two-version event's one partner is no agreement; 1 added false tr-en pairs on five dev draws, 3 kept 8 of c13's 10 right pairs and none of dc43's 6)
COMMA_NEAR: int | None = 3  # ... such a split is evidence only when a document has the two claims' members at most this many sentences apart (a merge joins neighbouring lines; the blocks of a report keep them near); None: no such test
COMMA_WHOLE = 0.7  # ... and the whole sentence's one-to-one score with each partner is at least this (relative: it holds the partner's line)
COMMA_ALONE = True  # ... a sentence left alone joins by such a split too (``_join_by_clauses``), when both its clauses find claims so
CONJUNCTION_NEAR: int | None = None  # COMMA_NEAR for a comma split a clause conjunction opens (", and": a second main clause, ``clause_conjunctions``; None: no order test, as for a semicolon; eval/README.md, "thirteenth session")
CLAIMS_TOGETHER = True  # a half-found merged sentence's clause evidence (``_clause_evidence``) reads each claim as one: the members found with it, taken together, closer to its other clause, and the partner's claim's members in other documents, taken together, to the partner's (False: each member, so one that is itself a merge or a wrong one vetoed; eval/README.md, "fourteenth session")
COMMA_TOGETHER_LINK = 1.3  # ... a sentence split at a bare comma (no clause conjunction: the weakest junction) is read so only when the partner's clause margin is at least this (relative); under it each member, as before (a dev pool of six languages: its false shares sat at 1.2-1.25; eval/README.md, "fourteenth session")
HEADLINE_PENALTY = 0.3  # subtracted from a link whose one side holds a headline (the title or a line without terminal punctuation, ``headline_of``) and the other none: a headline says its story in brief, so it is close to the body sentence it sums up; its partner is the other version's headline (eval/README.md, "fifteenth session")
ALONE_LINK: float | None = 0.95  # a sentence left alone at the end joins a claim whose member in every document scores at least this with it one-to-one (relative; ``_join_left_alone``); None: never
ALONE_RANK = True  # ... or, some under ALONE_LINK, when its member in every document is its best one-to-one partner there and their mean is above JOIN_AGAINST (``_alone_fits``): every version's closest sentence lies in one claim. Dev +19 right / 0 false (the mean bar 0 to 0.9 alike; eval/README.md, "thirty-first session")
ALONE_DOCS = 3  # ... when that claim has members in at least this many documents (independent versions agreeing; with two, one pair's coin toss: eval/README.md, "sixteenth session")
CLAUSE_ORDER: int | None = 1  # a half-found merged sentence shares the claim of a partner saying one of its clauses (``_clause_said``) without the test of the partner's claim's members (closer to that clause; its own claim's test stays) when the partner's neighbour on that clause's side, at most this many sentences on, is in the claim of the sentence's own neighbour on that side (``_clause_in_order``: order evidence, a merge keeps its lines' neighbours); None: never (eval/README.md, "sixteenth session (helper H3)")
CLAUSE_ORDER_WHOLE = True  # ... and, for a comma split, without the whole-sentence bar COMMA_WHOLE too (the order test, COMMA_NEAR, stays)
ALONE_CLAUSE_GAIN: float | None = 0.18  # two sentences still alone at the end, a one-to-one link of at least LINK_THRESHOLD that is the best of both (ALONE_MUTUAL; else of one of them), link when one says a clause of the other (``_clause_said``) better than the whole sentence by this much (relative; ``_link_alone_by_clause``: a merge whose other line the other version left out); None: never (eval/README.md, "seventeenth session")
ALONE_MUTUAL = True  # ... the link must be each other's best one-to-one link into the other's document (True), or the best of one of them at least (False: a merged sentence's whole vector is diluted by the line the other version left out, so its own best may lie elsewhere; ``_alone_pairs``). False gained 3 right pairs on seven dev draws, then 0 right and 3 false on the three held-out draws: True kept (eval/README.md, "seventeenth session (helper M17b)" and "(lead …)")
SPLIT_CLAUSES = True  # in the cut at a two-sentence member (``_split_at_parts``), a sentence whose first clause says the first part and second clause the second (each at CLAUSE_LINK, above the other clause; ``_clauses_say_parts``) says both, whatever its whole-sentence scores
WHOLE_THEN_CLAUSES = True  # a whole-sentence share the agreement test (JOIN_MIN) refuses is read by the sentence's clauses next, as one that fails the length or gain test is, when its comma split is anchored on that claim (``_anchor_comma_splits``: the other versions agree its other clause says it); False: refused outright (eval/README.md, "twenty-eighth session")
SHARE_OWN_CLAUSE: float | None = 0.3  # a whole-sentence share of a sentence split at a junction is refused when the partner is closer to the clause its own claim's members (together) say, and they say it by this margin over the other clause (relative; ``_share_against_own``): the partner then says the line already placed, a topical neighbour of it, not the other line; None: no such test
SHARED_JOIN: float | None = 1.35  # two claims holding one shared sentence, their other members in different documents, become one when the best one-to-one link between those members is at least this (relative) and the join agrees (``_Groups._join_value``): one line the member-per-document rule split over two claims at a merge (``_join_sharing_claims``). Calibrated, not tuned: the lowest 0.05 bin whose one-to-one pairs are gold partners at the precision target 0.95 on the seed-13 dev draws (1.30-1.35: 0.90, 1.35-1.40: 0.96; eval/claims_calibration.md, "twenty-second session"); None: never
CANDIDATES = 32  # links scored in full per unit and document pair: its best this many by margin and penalties, and any within the evidence and order bonuses of them (``pair_links``); a mutual best is each side's best, and the rest lie far below what a later stage reads. Not calibrated, a cost bound: the dev and test draws give the same claims as with every pair scored (16 moved a few links of the long WMT articles; eval/README.md, "twenty-third session"); it makes two long documents linear (a pair of 1,000-line tables took minutes)
CANDIDATE_CAP = 2  # ... and at most this many times CANDIDATES per unit: a row of near-equal scores (a table of look-alike lines) stays linear too
SHARED_JOIN_ANY = True  # ... two claims a sentence is shared into (neither its own) are joined so too: a merge of two lines sits in its own claim (one line) and in a claim of the other line, and a version's line the member-per-document rule kept apart from that claim sits in a third, also holding the merge (``_sharing_pairs``); False: only its own claim with one it is shared into
SHARED_JOIN_COMMON = True  # ... a document whose member both claims hold (the very sentences: a second shared sentence) is no document in common, and neither side's member there is read as the other's (``_sharing_pairs``); False: two claims sharing two sentences are never joined
CLAIM_JOIN: float | None = 1.35  # at the end, two claims with no document in common become one when a one-to-one pair between them scores at least this (relative) and the join agrees (``_join_agreeing_claims``): one line that per-pair mutual best left in two claims. SHARED_JOIN's calibrated level (one-to-one pairs at 1.35-1.40 are partners at 0.95 on the seed-13 dev draws), not tuned on these joins; None: never
LONE_PART = True  # a sentence alone beside its document's only member of a claim joins that member when, in ANCHOR_AGREE other documents or more, the claim's member says the two in order by the clauses of one of its embedded splits (its clauses, a further or a pending comma split; ``_join_lone_part``): the short second sentence of a line its version wrote as two (eval/README.md, "twenty-ninth session")
MEMBER_MOVE: float | None = 0.3  # at the end, one member of a claim, or two of one claim, move to another claim of the event when their best one-to-one scores with its members, each less LINK_THRESHOLD, sum to this much more than with the rest of their own (``_move_members``: local search on the correlation-clustering objective); None: never. Chosen on the five dev draws (one member moving: 0 / 0.3 / 0.6 gave +57/+20, +58/-6, +54/-12 right/false pairs; one or two at 0.3: +77/-12; eval/README.md, "thirtieth session")
SPLIT_LINE = True  # at the end, two claims holding the same sentences in each document but one, where they hold two or three neighbouring sentences between them, become one when those sentences together score higher than either claim's own alone with each other member (``_join_split_line``): a line that version split in two
BRIDGE_CUT = True  # a claim whose sentences but one or two (the bridge) fall into two groups with no pair across agreeing (one-to-one above JOIN_AGAINST) is cut in two, the bridge shared by both, when each bridge sentence agrees with both groups and is as long as one sentence of each together (SHARE_LENGTH; ``_cut_at_bridges``): a version's merge of two lines held the versions keeping them apart in one claim
BRIDGE_PAIRS_MAX = 8  # ... a bridge of two sentences is tried only in a claim with at most this many sentences long enough to be one (a cost bound, not calibrated: C(8, 2) = 28 tries; the claims of the dev draws have at most 5, a reprinted story's hundred versions would have thousands of pairs to try)
SPLIT_PARTS = True  # a claim with a two-sentence member is cut in two when its other sentences divide between the parts (one-to-one at or below JOIN_AGAINST with the other part; ``_split_at_parts``)


@dataclass(frozen=True)
class MemoryBounds:
    """How much of a run claim alignment holds at once. Not calibrated and not in the report
    signature: they change no claim (tests/test_align_claims.py checks it), only peak memory."""

    chunk_sentences: int = 4000  # events are aligned in chunks of about this many sentences; only their unit tables are held
    cache_docs: int = 256  # centred sentence matrices kept at once (``_Centred``): an event and the documents after it
    claim_rows: int = 2048  # units of one document scored against another's at once (``_candidate_scores``)


BOUNDS = MemoryBounds()

@dataclass(frozen=True)
class Mentions:
    """Numbers and name keys of one text, for evidence beyond the embedding."""

    numbers: frozenset[str]
    names: frozenset[str]

    def __or__(self, other: "Mentions") -> "Mentions":
        return Mentions(self.numbers | other.numbers, self.names | other.names)


def _number_key(v: float) -> str:
    """1500000.0 -> "1500000", 3.5 -> "3.5": a quantity's value as one string for every script."""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def translated_keys(surface: str, lang: str) -> frozenset[str]:
    """Key words (``translit.name_key``) of the words of a name as written that are translated
    parts of it (``Lexicon.translated``), in a dictionary that lists names; none without one."""
    return _translated_keys(surface, lang, search_dirs()) if lang else frozenset()


@functools.lru_cache(maxsize=1 << 16)
def _translated_keys(surface: str, lang: str, dirs: tuple[str, ...]) -> frozenset[str]:
    lex = lexicon(lang)
    if lex is None or not lex.lists_names:
        return frozenset()
    out: set[str] = set()
    for tok in tokenize(surface, 0, len(surface), False):  # the words the extractor keyed (``find_names``)
        if tok.kind != "word":
            continue
        stem = strip_suffix(tok.text, lang)
        if lex.translated(stem):
            out.update(name_key(stem, lang).split())
    return frozenset(out)


def fact_mentions(facts: Iterable[Fact], lang: str = "") -> Mentions:
    """Numbers and name keys of a sentence, from its facts (extracted once, ``facts``).

    Numbers are quantity values with what they count when known ("10 memorandum",
    so ten memoranda do not meet ten documents; both ends of a range; multipliers
    applied, so ``1,5 млрд`` meets ``1.5 billion``) and ISO date values; names are the words of name
    keys (``translit.name_key``, cross-script) cut to NAME_PREFIX letters so that case
    suffixes (Вучичті, Tokayev'in) and spelling variants (Kazakistan / Қазақстан)
    still meet. Key words shorter than NAME_MIN letters are dropped, and (NAME_TRANSLATED, given
    the facts' language) the translated words of a name that is no place of the gazetteer.
    """
    numbers, names = set(), set()
    for f in facts:
        if f.kind == "quantity":
            ends = [f.value] + ([f.high] if f.hedge == "exact" and f.high not in (None, f.value) else [])
            try:
                numbers |= {" ".join(filter(None, (_number_key(float(v)), f.unit))) for v in ends}
            except (TypeError, ValueError):
                continue
        elif f.kind == "date":
            numbers.add(str(f.value))
        elif f.kind == "name":
            drop = translated_keys(f.surface, lang) if NAME_TRANSLATED and not f.gazetteer else frozenset()
            names |= {w[:NAME_PREFIX] for w in str(f.value).split() if len(w) >= NAME_MIN and w not in drop}
    return Mentions(frozenset(numbers), frozenset(names))


def mentions(text: str, lang: str) -> Mentions:
    """Numbers and name keys of one sentence given as text (``fact_mentions`` of its facts)."""
    return fact_mentions(extract_sentence_facts(text, 0, len(text), lang, None, "s"), lang)


def facts_of(docs: Iterable[Document], facts: Mapping[str, Sequence[Fact]] | None) -> Mapping[str, Sequence[Fact]]:
    """The facts the pipeline extracted, or (a caller without them) each document's own."""
    if facts is not None:
        return facts
    out: dict[str, Sequence[Fact]] = {}
    for d in docs:
        out.update(extract_facts(d))
    return out


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _number_group(key: str) -> str | None:
    """What a ``fact_mentions`` number key counts: its unit, "date" for a date, None for a bare number."""
    if " " in key:
        return key.split(" ", 1)[1]
    try:
        float(key)
    except ValueError:
        return "date"
    return None


def _contradicting(a: frozenset[str], b: frozenset[str]) -> int:
    """How many numbers of each side face a different value of the same unit (or a bare
    number facing a leftover of any unit, as ``compare.compare_quantities`` pairs them)."""
    left_a, left_b = Counter(map(_number_group, a - b)), Counter(map(_number_group, b - a))
    k = 0
    for g in set(left_a) & set(left_b):
        n = min(left_a[g], left_b[g])
        left_a[g] -= n
        left_b[g] -= n
        k += n
    for bare, other in ((left_a, left_b), (left_b, left_a)):
        for g in other:
            if g in (None, "date") or not bare[None]:
                continue
            n = min(bare[None], other[g])
            bare[None] -= n
            other[g] -= n
            k += n
    return k


def number_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of numbers two texts have in common, counted among the numbers that do not
    contradict each other (``_contradicting``): a figure one source gives differently is
    neutral, never lowering the score, since a conflict between sources is exactly what
    the flags exist to show; a figure only one gives still counts against the share."""
    shared = len(a & b)
    if not shared:
        return 0.0
    k = _contradicting(a, b)
    return shared / min(len(a) - k, len(b) - k)


def evidence_bonus(a: Mentions, b: Mentions) -> float:
    """Bonus for shared numbers and names. Differing numbers are not penalised
    (``number_overlap``): a conflict between sources is what the later stages want to find."""
    return NUMBER_BONUS * number_overlap(a.numbers, b.numbers) + NAME_BONUS * _overlap(a.names, b.names)


def _normalize_rows(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(n < 1e-12, 1.0, n)


@dataclass(frozen=True)
class _Unit:
    doc: str
    indices: tuple[int, ...]  # positions in the document's sentence list (1 or 2 adjacent)


@dataclass(frozen=True)
class Link:
    """A scored proposal to put two units of two documents in one claim."""

    score: float
    a: _Unit
    b: _Unit


def sentence_matrix(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each document's (n_sentences, dim) embedding matrix; a missing id is an error."""
    out = {}
    for d in docs:
        missing = [s.id for s in d.sentences if s.id not in embeddings]
        if missing:
            raise ValueError(f"no embedding for sentence {missing[0]!r} (and {len(missing) - 1} more)")
        dim = len(next(iter(embeddings.values()))) if embeddings else 0
        out[d.id] = (np.stack([np.asarray(embeddings[s.id], dtype=np.float32) for s in d.sentences])
                     if d.sentences else np.zeros((0, dim), dtype=np.float32))
    return out


def center_by_language(e: np.ndarray, langs: Sequence[str]) -> np.ndarray:
    """Subtract each language's mean vector, then re-normalize.

    Multilingual encoders put every sentence of one language near a shared language
    direction, so two unrelated Kazakh reports look closer than a Kazakh report and
    its English version. Removing the per-language mean (estimated on the documents
    at hand) removes that direction. On the FLORES dev pools of
    eval/align_comparable.py it raised the best pairwise event F1 of the content
    score alone from 0.78-0.97 to 0.975-1.0 per configuration.
    """
    means = language_means(e, langs)
    out = np.asarray(e, dtype=np.float64) - np.stack([means[lang] for lang in langs]) if len(langs) else np.asarray(e)
    return _normalize_rows(out)


def language_means(e: np.ndarray, langs: Sequence[str]) -> dict[str, np.ndarray]:
    """Each language's mean vector over the rows of ``e`` (the direction centering removes)."""
    langs_arr = np.asarray(langs)
    e = np.asarray(e, dtype=np.float64)
    return {lang: e[langs_arr == lang].mean(axis=0) for lang in set(langs)}


def headline_of(doc: Document) -> frozenset[int]:
    """Positions of a document's headlines: its title and every line the segmenter cut at a line
    break only (no terminal punctuation: a subhead, a headline of a joined article)."""
    return frozenset(i for i, s in enumerate(doc.sentences) if s.role == "title" or unpunctuated(s.text))


def _union(ms: Sequence[Mentions]) -> Mentions:
    out = ms[0]
    for m in ms[1:]:
        out = out | m
    return out


def _units(n: int) -> list[tuple[int, ...]]:
    return [(i,) for i in range(n)] + [(i, i + 1) for i in range(n - 1)]


def _unit_vectors(e: np.ndarray) -> np.ndarray:
    if len(e) < 2:
        return e
    return np.vstack([e, _normalize_rows(e[:-1] + e[1:])])


@dataclass
class UnitTable:
    """One document's candidate claim units: single sentences, then adjacent pairs.

    ``knn`` is each unit's mean cosine to its MARGIN_K nearest sentences in the
    *other* documents of its event: the ratio-margin denominator. The event is the
    neighbourhood (not the whole pool) so the cost is linear in the pool and a copy
    of a sentence in another event (a republished wire story, a report a year later)
    cannot drown its margin; ``knn_floor`` keeps small events' margins finite.
    """

    doc: str
    units: list[tuple[int, ...]]
    vectors: np.ndarray
    knn: np.ndarray
    mentions: list[Mentions]
    encoded: np.ndarray  # per unit: True for a merged unit whose vector embeds its own text (not a mean)
    lang: str = ""
    center: np.ndarray | None = None  # the language mean removed from this document's vectors
    neighbours: tuple[str, ...] = ()  # where ``knn`` looks: the other documents of its event, then a few outside it
    floor: float = KNN_FLOOR_FALLBACK
    # sentence position -> its two clauses' centred vectors (2, dim), k-NN means (2,) and lengths (``_add_clauses``)
    clauses: dict[int, tuple[np.ndarray, np.ndarray, tuple[int, int]]] = field(default_factory=dict)
    comma_clauses: set[int] = field(default_factory=set)  # those of ``clauses`` split at a comma (``comma_parts``)
    conjunction_clauses: set[int] = field(default_factory=set)  # ... of them, those a clause conjunction opens the second clause of
    # sentence position -> its further comma splits (``comma_splits`` after the first): clause vectors, k-NN means, lengths, a conjunction opens the second
    comma_alternatives: dict[int, list[tuple[np.ndarray, np.ndarray, tuple[int, int], bool]]] = field(default_factory=dict)
    # sentence position -> the comma splits of a sentence shorter than COMMA_LONG (``short_comma_candidates``), embedded but
    # not read as clauses until its claim anchors one (``_split_short_commas``): clause vectors, k-NN means, lengths, conjunction
    comma_pending: dict[int, list[tuple[np.ndarray, np.ndarray, tuple[int, int], bool]]] = field(default_factory=dict)
    anchored_clauses: dict[int, int] = field(default_factory=dict)  # those of ``comma_clauses`` whose split their claim anchors -> the claim the other clause says (``_anchor_comma_splits``)
    headlines: frozenset[int] = frozenset()  # sentence positions that are headlines (``headline_of``)


def _neighbourhoods(docs: Sequence[Document], events: Iterable[Event] | None,
                    repeats: Callable[[str, str], bool] | None = None
                    ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Each document's margin neighbourhood: (the other documents of its event, the
    BACKGROUND_DOCS documents outside it that follow it in run order, cyclically). The
    outside ones measure a short report's hubness against more than its few partners, at a
    cost linear in the run. Without events, the whole run is one event.

    ``repeats(d, o)``: whether outside document ``o`` repeats ``d`` (``_repeats``); such a one is
    passed over for the next (at most BACKGROUND_DOCS of them per document, so the cost stays
    linear): its copies of ``d``'s sentences are not background, they would be each one's nearest."""
    ids = [d.id for d in docs]
    if events is None:
        return {d: tuple(x for x in ids if x != d) for d in ids}, {d: () for d in ids}
    known = set(ids)
    event_of = {d: (d,) for d in ids}
    for e in events:
        members = tuple(x for x in e.documents if x in known)
        for d in members:
            event_of[d] = members
    inside, outside = {}, {}
    for i, d in enumerate(ids):
        found, passed = [], 0
        for j in range(1, len(ids)):
            if len(found) == BACKGROUND_DOCS:
                break
            o = ids[(i + j) % len(ids)]
            if o in event_of[d]:
                continue
            if repeats is not None and passed < BACKGROUND_DOCS and repeats(d, o):
                passed += 1
                continue
            found.append(o)
        inside[d] = tuple(x for x in event_of[d] if x != d)
        outside[d] = tuple(found)
    return inside, outside


def _repeats(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether a document (centred sentence vectors ``b``) repeats another (``a``): at least
    REPEAT_SHARE of ``a``'s sentences have a near-identical one (centred cosine REPEAT_COSINE or
    more) in it: a republished report, or the same report again in a later event."""
    if not len(a) or not len(b):
        return False
    return float(np.mean((a @ b.T).max(axis=1) >= REPEAT_COSINE)) >= REPEAT_SHARE


def _knn(vectors: np.ndarray, others: Sequence[np.ndarray], floor: float) -> np.ndarray:
    """Mean cosine of each row of ``vectors`` to its MARGIN_K nearest rows of ``others`` (the
    centred sentence vectors of its document's neighbourhood), never below ``floor``."""
    others = [m for m in others if len(m)]
    if not others or not len(vectors):
        return np.full(len(vectors), floor)
    sim = vectors @ np.vstack(others).T
    k = min(MARGIN_K, sim.shape[1])
    knn = np.partition(sim, sim.shape[1] - k, axis=1)[:, -k:].mean(axis=1)
    # Centered cosines can be near zero in a small event; a floor keeps margins finite.
    return np.maximum(knn, floor)


def run_language_means(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
    """``language_means`` of the run's sentence vectors, read one document at a time.

    The sums run row by row in run order, as numpy's mean over the rows does, so the means
    are those of the whole run's matrix to the last bit without ever stacking it.
    """
    sums: dict[str, np.ndarray] = {}
    counts: Counter[str] = Counter()
    for d in docs:
        raw = sentence_matrix([d], embeddings)[d.id]
        if not len(raw):
            continue
        acc = sums.setdefault(d.lang, np.zeros(raw.shape[1]))
        for row in np.asarray(raw, dtype=np.float64):
            acc += row
        counts[d.lang] += len(raw)
    return {lang: s / counts[lang] for lang, s in sums.items()}


class _Centred:
    """Each document's sentence vectors centred by its language's mean and re-normalized
    (float64), computed when asked for from the run's vectors: the run is never one centred
    matrix in memory. The last ``BOUNDS.cache_docs`` documents asked for are kept (an event and the
    documents after it in run order are asked for together)."""

    def __init__(self, docs_by_id: Mapping[str, Document], embeddings: Mapping[str, np.ndarray],
                 means: Mapping[str, np.ndarray]):
        self.docs, self.embeddings, self.means = docs_by_id, embeddings, means
        self._kept: OrderedDict[str, np.ndarray] = OrderedDict()

    def __call__(self, doc_id: str) -> np.ndarray:
        got = self._kept.get(doc_id)
        if got is not None:
            self._kept.move_to_end(doc_id)
            return got
        d = self.docs[doc_id]
        raw = np.asarray(sentence_matrix([d], self.embeddings)[doc_id], dtype=np.float64)
        out = _normalize_rows(raw - self.means[d.lang]) if len(raw) else raw
        out.flags.writeable = False  # shared by the tables built from it
        self._kept[doc_id] = out
        if len(self._kept) > BOUNDS.cache_docs:
            self._kept.popitem(last=False)
        return out


class _TableMaker:
    """Unit tables of single documents on demand, as ``unit_tables`` would build them for the
    whole run: the run's language means and margin floor are computed first (one document at
    a time), then each table from its document's centred vectors and its neighbourhood's.
    ``built`` counts the tables made."""

    def __init__(self, docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                 events: Iterable[Event] | None, facts: Mapping[str, Sequence[Fact]]):
        self.docs = {d.id: d for d in docs}
        self.facts = facts
        self.centred = _Centred(self.docs, embeddings, run_language_means(docs, embeddings))
        inside, outside = _neighbourhoods(docs, events, self._repeats if REPEAT_SKIP else None)
        self.neighbours = {d: inside[d] + outside[d] for d in inside}
        self.floor = _floor(outside, self.centred)
        self._knn: dict[str, np.ndarray] = {}  # per document: its units' margin denominators (small)
        self.built = 0

    def _repeats(self, doc_id: str, other: str) -> bool:
        """``_repeats`` on the two documents' centred sentence vectors (for ``_neighbourhoods``)."""
        return _repeats(self.centred(doc_id), self.centred(other))

    def table(self, doc_id: str, with_mentions: bool = True) -> UnitTable:
        d = self.docs[doc_id]
        own = self.centred(doc_id)
        units = _units(len(own))
        vectors = _unit_vectors(own)
        knn = self._knn.get(doc_id)
        if knn is None:
            knn = self._knn[doc_id] = _knn(vectors, [self.centred(o) for o in self.neighbours[doc_id]], self.floor)
            knn.flags.writeable = False  # shared by every table of this document
        ment = [fact_mentions(self.facts.get(s.id, ()), d.lang) for s in d.sentences] if with_mentions else []
        self.built += 1
        return UnitTable(doc_id, units, vectors, knn,
                         [_union([ment[i] for i in u]) for u in units] if with_mentions else [],
                         np.zeros(len(units), dtype=bool), d.lang, self.centred.means.get(d.lang),
                         self.neighbours[doc_id], self.floor, headlines=headline_of(d))

    def tables(self, doc_ids: Iterable[str], with_mentions: bool = True) -> dict[str, UnitTable]:
        return {d: self.table(d, with_mentions) for d in dict.fromkeys(doc_ids)}


def unit_tables(docs: Sequence[Document], embeddings: Mapping[str, np.ndarray],
                events: Iterable[Event] | None = None,
                merged: Mapping[tuple[str, int, int], np.ndarray] | None = None,
                facts: Mapping[str, Sequence[Fact]] | None = None) -> dict[str, UnitTable]:
    """Unit tables of every document, vectors centered by language over the whole run.

    Units are single sentences and adjacent pairs (the normalized mean of their vectors).
    Each document's margin neighbourhood is the other documents of its event
    (``events``; without them, the whole run). ``merged``: see ``add_merged``.
    ``facts`` (by sentence id) give each unit its numbers and names (``fact_mentions``).
    Cost: the run's size for the language means, then each event's sentences squared.
    All tables at once: ``align_claims`` builds them an event chunk at a time instead.
    """
    maker = _TableMaker(docs, embeddings, events, facts_of(docs, facts))
    tables = maker.tables(d.id for d in docs)
    if merged:
        add_merged(tables, merged)
    return tables


def add_merged(tables: Mapping[str, UnitTable], merged: Mapping[tuple[str, int, int], np.ndarray]) -> None:
    """Add merged units embedded as text to the tables (in place).

    ``merged`` maps (document id, first position, length 2 or 3) to the raw embedding of
    the joined text of those sentences; each becomes one more unit with that vector
    (centered with the document's language mean), beside the mean-vector unit of the
    same sentences (added here for three sentences): a link keeps whichever scores better.
    Only the new units' neighbourhoods are computed (from the neighbours' tables).
    """
    _add_merged(tables, merged, lambda o: tables[o].vectors[:_n_sentences(tables[o])])


def _add_merged(tables: Mapping[str, UnitTable], merged: Mapping[tuple[str, int, int], np.ndarray],
                sentences_of: Callable[[str], np.ndarray]) -> None:
    """``add_merged``, the neighbours' centred sentence vectors given by ``sentences_of``."""
    by_doc: dict[str, list[tuple[int, int, np.ndarray]]] = {}
    for (doc, start, length), vec in sorted(merged.items(), key=lambda kv: kv[0]):
        t = tables.get(doc)
        n = _n_sentences(t) if t is not None else 0
        if t is None or start < 0 or start + length > n or length < 2:
            continue
        by_doc.setdefault(doc, []).append((start, length, vec))
    for doc, items in by_doc.items():
        t = tables[doc]
        own = t.vectors[:_n_sentences(t)]
        units, vectors, encoded = [], [], []
        for start, length, vec in items:
            span = tuple(range(start, start + length))
            if length > 2:
                units.append(span)
                vectors.append(_normalize_rows(own[start:start + length].sum(axis=0)[None])[0])
                encoded.append(False)
            units.append(span)
            vectors.append(_normalize_rows((np.asarray(vec, dtype=np.float64) - t.center)[None])[0])
            encoded.append(True)
        new = np.stack(vectors)
        t.mentions = t.mentions + [_union([t.mentions[i] for i in u]) for u in units]
        t.units = t.units + units
        t.vectors = np.vstack([t.vectors, new])
        t.knn = np.concatenate([t.knn, _knn(new, [sentences_of(o) for o in t.neighbours], t.floor)])
        t.encoded = np.concatenate([t.encoded, np.asarray(encoded, dtype=bool)])


def _splits(text: str, junctions: Iterable[str]) -> list[tuple[str, str]]:
    """``text`` split at each junction (one of ``junctions``, then a space) with each side at least
    CLAUSE_MIN_SHARE of the characters, nearest the middle first."""
    found: list[tuple[float, int, str, str]] = []
    for junction in junctions:
        at = text.find(junction)
        while at >= 0:
            end = at + len(junction)  # a junction is followed by a space ("a;b" is no clause boundary)
            left, right = text[:at].strip(), text[end:].strip()
            if text[end:end + 1].isspace() and min(len(left), len(right)) >= CLAUSE_MIN_SHARE * len(text):
                found.append((abs(at + (len(junction) + 1) / 2 - len(text) / 2), at, left, right))
            at = text.find(junction, at + 1)
    return [(left, right) for _, _, left, right in sorted(found)]


def clause_parts(text: str, lang: str) -> tuple[str, str] | None:
    """The two clauses of a sentence joining two (as a writer merging two sentences does), split
    at a junction of its language (``Segmentation.clause_junctions``, then a space) nearest the middle, each
    side at least CLAUSE_MIN_SHARE of the characters; None without such a junction."""
    pack = language_pack(lang)
    splits = _splits(text, pack.segmentation.clause_junctions) if pack else []
    return splits[0] if splits else None


def comma_parts(text: str, lang: str) -> tuple[str, str] | None:
    """The two sides of a sentence at its language's weaker junction (``Segmentation.comma_junctions``,
    COMMA_SPLIT): the one nearest the middle where a clause conjunction (``clause_conjunctions``)
    opens the second side, else (COMMA_SPLIT "any") any nearest the middle; None without one."""
    ranked = comma_splits(text, lang, 1)
    return ranked[0] if ranked else None


def comma_splits(text: str, lang: str, most: int | None = None) -> list[tuple[str, str]]:
    """The splits ``comma_parts`` chooses from, in its order (the first is its choice), at most
    ``most`` (default COMMA_SPLITS); empty without a comma junction (or with COMMA_SPLIT None)."""
    pack = language_pack(lang)
    if pack is None or COMMA_SPLIT is None:
        return []
    splits = _splits(text, pack.segmentation.comma_junctions)
    opened = [p for p in splits if _opens_clause(p[1], lang)]
    ranked = opened + ([p for p in splits if p not in opened] if COMMA_SPLIT == "any" else [])
    return ranked[:max(COMMA_SPLITS if most is None else most, 1)]


@dataclass
class _SplitReading:
    """How one comma split of a sentence in a claim reads against the event (``_read_split``): ``fit``
    the weaker of its anchor clause's margin with the claim's members and its other clause's best
    margin with a sentence outside the claim; ``anchor_gain`` the anchor clause's margin minus the
    whole sentence's; ``agree`` in how many documents the other clause's best partner lies in one
    claim (the most common), of ``documents`` other documents."""

    fit: float
    anchor_gain: float
    agree: int
    documents: int
    claim: int | None = None  # the claim those partners agree on (the most common), None without any


def _as_one(parts: Sequence[tuple[UnitTable, Collection[int]]]) -> tuple[np.ndarray, float]:
    """Members (a table and positions each) taken together, as what they say as one: the
    normalized sum of their vectors and the largest of their k-NN means."""
    v = _normalize_rows(sum(u.vectors[sorted(p)].sum(axis=0) for u, p in parts)[None])[0]
    return v, max(u.knn[j] for u, p in parts for j in p)


def _together_margins(t: UnitTable, vecs: np.ndarray, knn: np.ndarray, u: UnitTable, idx: Collection[int],
                      threshold: float) -> np.ndarray:
    """Ratio margins (relative) of the rows ``vecs`` (k-NN means ``knn``) of ``t`` with the members
    ``idx`` of ``u`` taken together (``_as_one``)."""
    v, other = _as_one([(u, idx)])
    return (vecs @ v) / ((knn + other) / 2.0) / threshold


def _read_split(groups: "_Groups", tables: Mapping[str, UnitTable], doc: str, i: int,
                split: tuple[np.ndarray, np.ndarray], thresholds: Mapping[tuple[str, str], float]) -> _SplitReading | None:
    """Read one split (clause vectors, k-NN means) of sentence ``i`` of ``doc`` against its claim:
    the clause saying the claim's members in the other documents best (each document's taken
    together, the mean over documents) is its anchor; the other clause's best partner in each
    other document (not a member of the claim); None when the claim has no member elsewhere."""
    t = tables[doc]
    g = groups.of[groups.ids[(doc, i)]]
    found = {e: idx for e, idx in groups.members[g].items() if e != doc}
    if not found:
        return None
    vecs, knn = split
    anchor = np.mean([_together_margins(t, vecs, knn, tables[e], idx, _threshold(thresholds, t, tables[e]))
                      for e, idx in sorted(found.items())], axis=0)
    whole = np.mean([_together_margins(t, t.vectors[i:i + 1], t.knn[i:i + 1], tables[e], idx,
                                       _threshold(thresholds, t, tables[e]))[0] for e, idx in sorted(found.items())])
    k = int(np.argmax(anchor))
    best, partners = -np.inf, Counter()
    others = [e for e in sorted(groups.lengths) if e != doc]
    for e in others:
        u = tables[e]
        n = _n_sentences(u)
        if not n:
            continue
        m = (vecs[1 - k] @ u.vectors[:n].T) / ((knn[1 - k] + u.knn[:n]) / 2.0) / _threshold(thresholds, t, u)
        m[sorted(groups.members[g].get(e, ()))] = -np.inf
        j = int(np.argmax(m))
        best = max(best, float(m[j]))
        h = groups.of[groups.ids[(e, j)]]
        if doc not in groups.members[h]:
            partners[h] += 1
    agreed = partners.most_common(1)
    return _SplitReading(min(float(anchor[k]), best), float(anchor[k] - whole),
                         max(partners.values(), default=0), len(others), agreed[0][0] if agreed else None)


def _choose_comma_splits(groups: "_Groups", tables: Mapping[str, UnitTable],
                         thresholds: Mapping[tuple[str, str], float]) -> None:
    """For each sentence split at a comma with further splits (``UnitTable.comma_alternatives``)
    that is in a claim with members in other documents, keep (in its table, in place) the further
    split that reads best (``_read_split``: highest fit) when its fit beats the first split's (by
    SPLIT_CONJ_GAIN when a clause conjunction opens the first), its anchor clause says the claim
    better than the whole sentence by SPLIT_WHOLE, and its other clause's partners agree on one
    claim in SPLIT_AGREE documents (or every other one, when fewer).

    A writer merging two lines with a comma keeps each line's own commas: ``comma_parts`` picks
    the comma nearest the middle and, on the comma draws, half the merges are split elsewhere (a
    clause vector that is no line). The claim the sentence is already in anchors the choice: one
    clause must say it (better than the whole sentence: its members translate one line, not the
    sentence), so a generic clause cannot win alone, and the other clause must say a claim the
    other versions agree on (eval/README.md, "eighteenth session (helper M18)")."""
    for doc in sorted(groups.lengths):
        t = tables[doc]
        for i in sorted(t.comma_alternatives):
            if i not in t.clauses:
                continue
            first = _read_split(groups, tables, doc, i, t.clauses[i][:2], thresholds)
            if first is None:
                continue
            bar = first.fit + (SPLIT_CONJ_GAIN if i in t.conjunction_clauses else 0.0)
            chosen = None
            for n, (vecs, knn, _, _) in enumerate(t.comma_alternatives[i]):
                r = _read_split(groups, tables, doc, i, (vecs, knn), thresholds)
                if (r.fit > bar and r.anchor_gain >= SPLIT_WHOLE
                        and r.agree >= min(SPLIT_AGREE, r.documents)):
                    bar, chosen = r.fit, n
            if chosen is not None:
                vecs, knn, lengths, conjunction = t.comma_alternatives[i][chosen]
                t.clauses[i] = (vecs, knn, lengths)
                (t.conjunction_clauses.add if conjunction else t.conjunction_clauses.discard)(i)


def _split_short_commas(groups: "_Groups", tables: Mapping[str, UnitTable],
                        thresholds: Mapping[tuple[str, str], float]) -> None:
    """For each sentence with pending comma splits (``UnitTable.comma_pending``: shorter than
    COMMA_LONG, so not split up front) that is in a claim with members in other documents, read
    each split (``_read_split``) and keep (as its clauses, in its table, in place) the one that reads
    best among those whose anchor clause says the claim better than the whole sentence by SPLIT_WHOLE
    and whose other clause's partners agree on one claim in SPLIT_AGREE documents (every other one,
    when fewer): the tests ``_choose_comma_splits`` gives a further split.

    A writer merging two short lines writes a sentence no longer than one long line, so length alone
    (COMMA_LONG) leaves it whole, and splitting every comma sentence splits lines that are one
    sentence (their clauses then find the event's other lines). The claim the sentence is in tells
    them apart: its members translate one line of a merge, which one clause says better than the
    whole sentence, and the other clause says a claim the other versions agree on; a sentence that
    is one line is said best whole (eval/README.md, "nineteenth session (helper M19)")."""
    for doc in sorted(groups.lengths):
        t = tables[doc]
        for i in sorted(t.comma_pending):
            if i in t.clauses:
                continue
            best, chosen = -np.inf, None
            for split in t.comma_pending[i]:
                r = _read_split(groups, tables, doc, i, split[:2], thresholds)
                if r is None:
                    break  # in no claim with members elsewhere: nothing anchors a split
                if r.fit > best and r.anchor_gain >= SPLIT_WHOLE and r.agree >= min(SPLIT_AGREE, r.documents):
                    best, chosen = r.fit, split
            if chosen is not None:
                vecs, knn, lengths, conjunction = chosen
                t.clauses[i] = (vecs, knn, lengths)
                t.comma_clauses.add(i)
                if conjunction:
                    t.conjunction_clauses.add(i)


def _anchor_comma_splits(groups: "_Groups", tables: Mapping[str, UnitTable],
                         thresholds: Mapping[tuple[str, str], float]) -> None:
    """Mark (``UnitTable.anchored_clauses``, in place) each sentence split at a comma whose split, as it
    now stands, its claim anchors (``_read_split``): the clause saying the claim says it better than
    the whole sentence by SPLIT_WHOLE, and the other clause's partners agree on one claim in
    ANCHOR_AGREE documents (the claim they agree on is kept: ``_SplitReading.claim``). Such a split is
    a merge's junction on the other versions' evidence, so the sentence's clause share into that claim
    (``_share_merged``) needs no order evidence (COMMA_NEAR), as a semicolon's needs none
    (ANCHOR_NEAR). A merge's two lines stand apart in a version that reorders its blocks; the order
    test refused them (eval/README.md, "nineteenth session (helper M19)")."""
    for doc in sorted(groups.lengths):
        t = tables[doc]
        for i in sorted(t.comma_clauses):
            r = _read_split(groups, tables, doc, i, t.clauses[i][:2], thresholds)
            if r is not None and r.anchor_gain >= SPLIT_WHOLE and r.agree >= ANCHOR_AGREE:
                t.anchored_clauses[i] = r.claim


def short_comma_candidates(doc: Document) -> list[tuple[int, list[tuple[str, str]]]]:
    """(position, comma splits) of a document's sentences from COMMA_SHORT up to COMMA_LONG times its
    median length that ``clause_parts`` does not split and ``comma_splits`` does (at most COMMA_SPLITS
    each, in its order): the sentences ``clause_candidates`` leaves whole that may merge two short lines."""
    if COMMA_SHORT is None or not doc.sentences:
        return []
    median = float(np.median([len(s.text) for s in doc.sentences]))
    out = []
    for pos, s in enumerate(doc.sentences):
        if COMMA_SHORT * median <= len(s.text) < COMMA_LONG * median and clause_parts(s.text, doc.lang) is None:
            splits = comma_splits(s.text, doc.lang)
            if splits:
                out.append((pos, splits))
    return out


def _opens_clause(text: str, lang: str) -> bool:
    """Whether ``text`` opens with one of its language's clause conjunctions (``clause_conjunctions``)."""
    pack = language_pack(lang)
    words = text.split(maxsplit=1)
    return bool(pack and words and words[0].lower() in pack.segmentation.clause_conjunctions)


def clause_candidates(doc: Document) -> list[tuple[int, str, str, bool]]:
    """(position, first clause, second clause, split at a comma) of a document's sentences long
    enough to be two merged (CLAUSE_LONG times its median length) that ``clause_parts`` splits, or
    else, COMMA_LONG times it, ``comma_parts``: at most one pair per sentence, so the texts to
    embed grow with the run."""
    if not doc.sentences:
        return []
    median = float(np.median([len(s.text) for s in doc.sentences]))
    out = []
    for pos, s in enumerate(doc.sentences):
        if len(s.text) >= CLAUSE_LONG * median:
            parts = clause_parts(s.text, doc.lang)
            if parts:
                out.append((pos, *parts, False))
            elif len(s.text) >= COMMA_LONG * median and (comma := comma_parts(s.text, doc.lang)):
                out.append((pos, *comma, True))
    return out


def _add_clauses(tables: Mapping[str, UnitTable],
                 clauses: Mapping[tuple[str, int], tuple[np.ndarray, tuple[int, int]]],
                 sentences_of: Callable[[str], np.ndarray], commas: Collection[tuple[str, int]] = (),
                 conjunctions: Collection[tuple[str, int]] = ()) -> None:
    """Give the tables their sentences' clause vectors (in place): ``clauses`` maps (document id,
    position) to the raw embeddings (2, dim) of its two clauses and their lengths; each is centred
    with the document's language mean, with its k-NN mean in the document's neighbourhood.
    ``commas``: the (document id, position) split at a comma (``comma_parts``)."""
    for (doc, pos), (raw, lengths) in sorted(clauses.items(), key=lambda kv: kv[0]):
        t = tables.get(doc)
        if t is None or t.center is None:
            continue
        vecs = _normalize_rows(np.asarray(raw, dtype=np.float64) - t.center)
        t.clauses[pos] = (vecs, _knn(vecs, [sentences_of(o) for o in t.neighbours], t.floor), lengths)
        if (doc, pos) in commas:
            t.comma_clauses.add(pos)
            if (doc, pos) in conjunctions:
                t.conjunction_clauses.add(pos)


def _sample_rows(n: int, size: int = 0) -> np.ndarray:
    """At most ``size`` (BACKGROUND_ROWS) evenly spaced row indices of n: background statistics stay bounded."""
    size = size or BACKGROUND_ROWS
    return np.unique(np.linspace(0, n - 1, min(n, size)).astype(int)) if n else np.zeros(0, dtype=int)


def knn_floor(tables: Mapping[str, UnitTable], outside: Mapping[str, tuple[str, ...]]) -> float:
    """KNN_FLOOR_QUANTILE percentile of the cosines between sentences of a document and of the
    documents outside its event in its neighbourhood (``outside``), each row's and column's
    best left out (``_background``): what stays is background.

    The floor of the margin denominator, measured on the run itself: in a small event most
    sentences have no close neighbour, and a fixed floor would be a constant of one encoder.
    At most BACKGROUND_DOCS documents per document, so the cost is linear in the run; leaving
    each sentence's best out keeps a copy of a report in another event out of it.
    """
    return _floor(outside, lambda d: tables[d].vectors[:_n_sentences(tables[d])])


def _floor(outside: Mapping[str, tuple[str, ...]], sentences_of: Callable[[str], np.ndarray]) -> float:
    """``knn_floor``, each document's centred sentence vectors given by ``sentences_of``."""
    rest = [np.zeros(0)]
    for d, others in outside.items():
        a = sentences_of(d)
        if not len(a):
            continue
        for o in others:
            b = sentences_of(o)
            if len(b):
                rest.append(_background(a[_sample_rows(len(a))] @ b.T))
    rest = np.concatenate(rest)
    if rest.size < BACKGROUND_MIN:  # too few to be a percentile of anything (a two-report run)
        return KNN_FLOOR_FALLBACK
    return max(float(np.percentile(rest, KNN_FLOOR_QUANTILE)), KNN_FLOOR_MIN)


def _event_pairs(tables: Mapping[str, UnitTable], events: Iterable[Event]) -> Iterable[tuple[UnitTable, UnitTable]]:
    """Every two documents (unit tables with sentences) of one event."""
    for event in events:
        ts = [tables[d] for d in event.documents if d in tables and tables[d].units]
        for x in range(len(ts)):
            for y in range(x + 1, len(ts)):
                yield ts[x], ts[y]


def _background(m: np.ndarray) -> np.ndarray:
    """Margins of one document pair's (rows, columns) block minus each row's and each
    column's best: what sentences of one event that are not each other's partner score."""
    if m.size == 0:
        return np.zeros(0)
    keep = np.ones(m.shape, dtype=bool)
    keep[np.arange(m.shape[0]), m.argmax(axis=1)] = False
    keep[m.argmax(axis=0), np.arange(m.shape[1])] = False
    return m[keep]


def pair_thresholds(tables: Mapping[str, UnitTable], events: Iterable[Event]) -> dict[tuple[str, str], float]:
    """Each language pair's link threshold: LINK_RATIO times the margin that LINK_RATE
    background margins per sentence reach, as Vecalign sets its deletion penalty from
    sampled costs.

    The background of a language pair is the sentence margins of every two documents of
    one event in those languages, each sentence's best partner in the other document left
    out: the pair's own score distribution, so a link must stand out from what this
    language pair, this encoder and this run score for sentences that are not partners.
    A rate per sentence, not a percentile of all pairs: pairs grow with the square of a
    report's length, its sentences' near misses only with its length, so a percentile fell
    as reports grew and let more false links through. A language pair with fewer than
    BACKGROUND_MIN such margins takes the threshold of all the run's background pooled; a
    run with fewer than that keeps 1.0 (the raw ratio margin: a pair as close as its
    neighbourhood). At most BACKGROUND_ROWS sentences of each document pair are sampled,
    so the cost stays that of scoring the pairs.
    """
    return _thresholds_from(_event_pairs(tables, events))


def _thresholds_from(pairs: Iterable[tuple[UnitTable, UnitTable]]) -> dict[tuple[str, str], float]:
    """``pair_thresholds`` from the document pairs of the run's events, given one at a time."""
    samples: dict[tuple[str, str], list[np.ndarray]] = {}
    sentences: dict[tuple[str, str], int] = {}
    for a, b in pairs:
        rows, nb = _sample_rows(_n_sentences(a)), _n_sentences(b)
        m = (a.vectors[rows] @ b.vectors[:nb].T) / ((a.knn[rows][:, None] + b.knn[None, :nb]) / 2.0)
        key = (min(a.lang, b.lang), max(a.lang, b.lang))
        samples.setdefault(key, []).append(_background(m))
        sentences[key] = sentences.get(key, 0) + m.shape[0] + m.shape[1]
    merged = {k: np.concatenate(v) for k, v in samples.items()}
    pooled = np.concatenate(list(merged.values())) if merged else np.zeros(0)
    fallback = LINK_RATIO * _rate_margin(pooled, sum(sentences.values())) if pooled.size >= BACKGROUND_MIN else 1.0
    fallback = max(fallback, THRESHOLD_MIN)
    return {k: max(LINK_RATIO * _rate_margin(v, sentences[k]) if v.size >= BACKGROUND_MIN else fallback,
                   THRESHOLD_MIN) for k, v in merged.items()}


def _rate_margin(background: np.ndarray, sentences: int) -> float:
    """The margin that LINK_RATE background margins per sentence reach: the background's
    quantile at 1 - LINK_RATE * sentences / its size (at least one margin above it, at most all)."""
    top = min(max(LINK_RATE * sentences, 1.0), background.size)
    return float(np.percentile(background, 100.0 * (1.0 - top / background.size)))


def _n_sentences(t: UnitTable) -> int:
    return sum(1 for u in t.units if len(u) == 1)


def _row_candidates(base: np.ndarray, k: int, slack: float, cap: int) -> np.ndarray:
    """Mask of the cells of ``base`` (a block of rows; -inf: no link) within ``slack`` of their row's
    ``k``-th best, at most the ``cap`` best of a row (a row of near-equal cells: a table)."""
    finite = np.isfinite(base)
    n = base.shape[1]
    if n <= k:
        return finite
    kth = np.partition(base, n - k, axis=1)[:, n - k]
    near = finite & (base >= (kth - slack)[:, None])
    crowded = np.flatnonzero(near.sum(axis=1) > cap)
    if len(crowded):
        top = np.argpartition(-base[crowded], cap - 1, axis=1)[:, :cap]
        near[crowded] = False
        near[crowded[:, None], top] = finite[crowded[:, None], top]
    return near


class _ColumnBest:
    """Each column's ``cap`` best cells over the row blocks seen so far: (base, score, row)."""

    def __init__(self, cap: int):
        self.cap = cap
        self.base = self.score = self.rows = None

    def add(self, base: np.ndarray, score: np.ndarray, first_row: int) -> None:
        rows = np.broadcast_to(np.arange(first_row, first_row + len(base))[:, None], base.shape)
        if self.base is not None:
            base, score = np.vstack([self.base, base]), np.vstack([self.score, score])
            rows = np.vstack([self.rows, rows])
        if len(base) > self.cap:
            top = np.argpartition(-base, self.cap - 1, axis=0)[:self.cap]
            base, score, rows = (np.take_along_axis(m, top, axis=0) for m in (base, score, rows))
        self.base, self.score, self.rows = base, score, rows

    def cells(self, k: int, slack: float) -> Iterable[tuple[int, int, float]]:
        """(row, column, score) of the kept cells within ``slack`` of their column's ``k``-th best."""
        n = len(self.base)
        kth = np.full(self.base.shape[1], -np.inf) if n <= k else -np.partition(-self.base, k - 1, axis=0)[k - 1]
        keep = np.isfinite(self.base) & (self.base >= kth - slack)
        for r, c in zip(*np.nonzero(keep)):
            yield int(self.rows[r, c]), int(c), float(self.score[r, c])


def _unit_penalties(t: UnitTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per unit of ``t``: merged (two sentences or more), holds a headline, and what a link of it
    loses for being merged (MERGED_TEXT_PENALTY when its vector embeds its text, else PAIR_PENALTY)."""
    multi = np.array([len(u) > 1 for u in t.units])
    head = np.array([any(k in t.headlines for k in u) for u in t.units])
    return multi, head, np.where(multi, np.where(t.encoded, MERGED_TEXT_PENALTY, PAIR_PENALTY), 0.0)


def _candidate_scores(a: UnitTable, b: UnitTable, threshold: float, pa: tuple, pb: tuple) -> dict[tuple[int, int], float]:
    """(unit of a, unit of b) -> margin score of the links worth scoring in full, row-major
    (``pa``, ``pb``: the tables' ``_unit_penalties``).

    Scoring every unit pair in full costs two documents' lengths multiplied, in Python; the links a
    later stage reads lie at the top of their rows and columns (a mutual best is each side's best).
    A cell is kept when it lies within the evidence and order bonuses (what can still be added to
    it) of its row's or its column's CANDIDATES-th best by margin and penalties, at most
    CANDIDATE_CAP * CANDIDATES of a row or a column (a table of look-alike lines); CANDIDATES None:
    every cell. The margins are computed BOUNDS.claim_rows rows at a time, so memory too is linear
    in the documents' lengths.
    """
    (multi_a, head_a, pen_a), (multi_b, head_b, pen_b) = pa, pb
    slack = NUMBER_BONUS + NAME_BONUS + ORDER_BONUS
    columns = _ColumnBest(CANDIDATE_CAP * CANDIDATES) if CANDIDATES is not None else None
    out: dict[tuple[int, int], float] = {}
    for r0 in range(0, len(a.units), BOUNDS.claim_rows):
        rows = slice(r0, r0 + BOUNDS.claim_rows)
        score = (a.vectors[rows] @ b.vectors.T) / ((a.knn[rows, None] + b.knn[None, :]) / 2.0) / threshold
        base = score - HEADLINE_PENALTY * (head_a[rows, None] != head_b[None, :]) - pen_a[rows, None] - pen_b[None, :]
        base[multi_a[rows, None] & multi_b[None, :]] = -np.inf  # no 2-2 links
        if columns is None:
            keep = np.isfinite(base)
        else:
            keep = _row_candidates(base, CANDIDATES, slack, columns.cap)
            columns.add(base, score, r0)
        for i, j in zip(*np.nonzero(keep)):
            out[(r0 + int(i), int(j))] = float(score[i, j])
    for i, j, sc in columns.cells(CANDIDATES, slack) if columns is not None else ():
        out[(i, j)] = sc
    return dict(sorted(out.items()))


def pair_links(a: UnitTable, b: UnitTable, threshold: float = 1.0) -> list[Link]:
    """The scored unit links between two documents: 1-1, 1-2 and 2-1 (not 2-2).

    Score = ratio margin of the unit vectors divided by the language pair's
    ``threshold`` (``pair_thresholds``), plus the evidence bonus, minus a
    penalty for a merged unit: PAIR_PENALTY when its vector is the normalized sum of
    its two sentence vectors (a hub, close to everything), MERGED_TEXT_PENALTY when
    it embeds the joined text itself, minus HEADLINE_PENALTY when only one
    side holds a headline (``headline_of``). The caller keeps only the mutual-best ones
    (``mutual_best``). Only each unit's best links are scored and returned
    (``_candidate_scores``), so the cost is linear in the documents' lengths.
    """
    if not a.units or not b.units:
        return []
    pa, pb = _unit_penalties(a), _unit_penalties(b)
    (_, head_a, pen_a), (_, head_b, pen_b) = pa, pb
    links = []
    for (i, j), margin in _candidate_scores(a, b, threshold, pa, pb).items():
        s = margin + evidence_bonus(a.mentions[i], b.mentions[j])
        if head_a[i] != head_b[j]:
            s -= HEADLINE_PENALTY  # a headline against body text only: what it sums up, not its partner
        s -= float(pen_a[i] + pen_b[j])  # the merged side's (one side at most: no 2-2 links)
        links.append(Link(s, _Unit(a.doc, a.units[i]), _Unit(b.doc, b.units[j])))
    return links


def merge_candidates(edocs: Sequence[Document], tables: Mapping[str, UnitTable],
                     thresholds: Mapping[tuple[str, str], float]) -> set[tuple[str, int, int]]:
    """Merged units of one event worth embedding as text: (document id, first position, length).

    A merged unit qualifies when one of its mean-vector links (1-2 or 2-1, before the
    pair penalty) scores at least LINK_THRESHOLD - MERGE_MARGIN and within MERGE_MARGIN
    of the best 1-1 link of each sentence it touches in that document pair: only
    such a unit could become a mutual-best link once its own vector replaces the mean.
    The rest keep the mean vector; they lose to a 1-1 link of their sentences anyway.
    Around each such pair, the two runs of three sentences that contain it are tried too.
    """
    out: set[tuple[str, int]] = set()
    for x in range(len(edocs)):
        for y in range(x + 1, len(edocs)):
            a, b = tables[edocs[x].id], tables[edocs[y].id]
            links = pair_links(a, b, _threshold(thresholds, a, b))
            best: dict[tuple[str, int], float] = {}
            for link in links:
                if len(link.a.indices) == 1 and len(link.b.indices) == 1:
                    for unit in (link.a, link.b):
                        key = (unit.doc, unit.indices[0])
                        best[key] = max(best.get(key, -np.inf), link.score)
            for link in links:
                pair = link.a if len(link.a.indices) == 2 else link.b if len(link.b.indices) == 2 else None
                if pair is None:
                    continue
                raw = link.score + PAIR_PENALTY
                floor = max(best.get((u.doc, i), -np.inf) for u in (link.a, link.b) for i in u.indices)
                if raw >= LINK_THRESHOLD - MERGE_MARGIN and raw >= floor - MERGE_MARGIN:
                    i, n = pair.indices[0], len(next(d for d in edocs if d.id == pair.doc).sentences)
                    out.add((pair.doc, i, 2))
                    # Three sentences are tried only around such a pair: cost linear in the document.
                    out.update((pair.doc, start, 3) for start in (i - 1, i) if MAX_UNIT >= 3 and 0 <= start <= n - 3)
    return out


def _threshold(thresholds: Mapping[tuple[str, str], float], a: UnitTable, b: UnitTable) -> float:
    return thresholds.get((min(a.lang, b.lang), max(a.lang, b.lang)), 1.0)


def merged_text(doc: Document, i: int, length: int = 2) -> str:
    """The text a merged unit is embedded as: its sentences joined by a space."""
    return " ".join(s.text for s in doc.sentences[i:i + length])


def mutual_best(links: list[Link], rounds: int = 1) -> list[Link]:
    """The links of one document pair that are the best of every sentence they touch.

    Competitive linking alone lets a sentence whose true partner was left out of the
    other report take that report's next-best sentence once its better links are
    used up. Keeping only links scoring highest among all links (1-1, 1-2, 2-1) of
    each of their sentences, on both sides, leaves such a sentence single: its
    best-scoring partner is usually taken by a better link from someone else.
    With ``rounds`` > 1 the links touching no sentence of the kept ones get another
    round, scored LATE_PENALTY lower per round: a sentence blocked only by a
    link that lost elsewhere can still find its partner, if the link is strong.
    With CORE_FREES, a round also frees what a merged link lost to its own core blocked
    (``_mutual_round``).
    """
    kept = _mutual_round(links)
    if rounds > 1 and kept:
        covered = {key for link in kept for key in _sentences_of(link)}
        rest = [link for link in links if covered.isdisjoint(_sentences_of(link))]
        kept += [Link(link.score - LATE_PENALTY, link.a, link.b) for link in mutual_best(rest, rounds - 1)]
    return kept


def _sentences_of(link: Link) -> list[tuple[str, int]]:
    """(document, position) of every sentence a link touches, both sides."""
    return [(u.doc, i) for u in (link.a, link.b) for i in u.indices]


def _mutual_round(links: Sequence[Link]) -> list[Link]:
    """One mutual-best round: the links scoring highest among all links of each of their sentences.

    A merged link that contains a kept link (its core: 1-2 of sentences 9+10 against 3, where
    10-3 is kept) lost to that core, so it says nothing of its extra sentence: the merged unit's
    vector is close to 3 because 10 is. With CORE_FREES such links stop counting for the
    sentences they touch, and the round is taken again over the rest, so the extra sentence's
    own partner (9 with 2) is not left single for a link that was never made. Only one-to-one
    links are kept so: a merged link freed this way is a hub again (on a WMT dev pool, freed
    merged links added 7 false pairs and no right one), and FREED_PENALTY lower: it was blocked,
    so it comes as a later round's link does, with a smaller penalty. A link touching a kept
    sentence still blocks, as before: that is the partner-taken case mutual best exists for.
    """
    keys = [_sentences_of(link) for link in links]
    best: dict[tuple[str, int], float] = {}
    for link, ks in zip(links, keys):
        for key in ks:
            best[key] = max(best.get(key, -np.inf), link.score)
    first = [n for n, (link, ks) in enumerate(zip(links, keys)) if all(link.score >= best[key] for key in ks)]
    if not CORE_FREES or not first:
        return [links[n] for n in first]
    # A worklist, so a long chain of merged links stays linear: a kept link removes the merged
    # links holding it, and only the sentences those touch are scored again.
    touching: dict[tuple[str, int], list[int]] = defaultdict(list)
    for n, ks in enumerate(keys):
        for key in ks:
            touching[key].append(n)
    alive = [True] * len(links)
    covered: set[tuple[str, int]] = set()
    kept: list[int] = []
    queue = deque((n, True) for n in first)
    while queue:
        n, in_first = queue.popleft()
        if not alive[n] or not (in_first or all(key not in covered for key in keys[n])):
            continue
        alive[n] = False
        kept.append(n)
        covered.update(keys[n])
        core = set(keys[n])
        dirty: set[tuple[str, int]] = set()
        for key in keys[n]:  # a link holding an earlier core went when that one was kept
            for m in touching[key]:
                if alive[m] and len(keys[m]) > len(core) and core.issubset(keys[m]):
                    alive[m] = False
                    dirty.update(keys[m])
        dirty -= covered
        for key in dirty:
            best[key] = max((links[m].score for m in touching[key] if alive[m]), default=-np.inf)
        for key in sorted(dirty):
            for m in touching[key]:
                link = links[m]
                if (alive[m] and len(link.a.indices) + len(link.b.indices) == 2
                        and all(k not in covered and link.score >= best[k] for k in keys[m])):
                    queue.append((m, False))
    freed = set(kept) - set(first)
    return [Link(links[n].score - FREED_PENALTY, links[n].a, links[n].b) if n in freed else links[n]
            for n in sorted(kept)]


def order_support(links: Sequence[Link], anchors: Sequence[Link], n_a: int, n_b: int) -> np.ndarray:
    """Per link: how many of its two sides (before, after) have an anchor link in the same order.

    Comparable reports reorder blocks but keep the order inside one (the Bertalign and
    Vecalign intuition, applied locally): an anchor before a link is a link ending at most
    ORDER_WINDOW sentences before it in *both* documents; likewise after. Answered in constant
    time per link from 2-D prefix sums of the (n_a, n_b) anchor grid, so the cost stays
    linear in the number of candidate links.
    """
    grid = np.zeros((n_a + 1, n_b + 1), dtype=np.int32)
    for link in anchors:
        grid[max(link.a.indices) + 1, max(link.b.indices) + 1] += 1  # end cells, for "before"
    ends = grid.cumsum(0).cumsum(1)
    grid = np.zeros((n_a + 1, n_b + 1), dtype=np.int32)
    for link in anchors:
        grid[min(link.a.indices) + 1, min(link.b.indices) + 1] += 1  # start cells, for "after"
    starts = grid.cumsum(0).cumsum(1)

    def box(c: np.ndarray, a0: int, a1: int, b0: int, b1: int) -> int:
        """Anchors whose cell (1-based) lies in rows a0..a1, columns b0..b1 (clipped)."""
        a0, b0, a1, b1 = max(a0, 1), max(b0, 1), min(a1, n_a), min(b1, n_b)
        if a0 > a1 or b0 > b1:
            return 0
        return int(c[a1, b1] - c[a0 - 1, b1] - c[a1, b0 - 1] + c[a0 - 1, b0 - 1])

    w = ORDER_WINDOW
    out = np.zeros(len(links))
    for n, link in enumerate(links):
        sa, ea, sb, eb = min(link.a.indices), max(link.a.indices), min(link.b.indices), max(link.b.indices)
        before = box(ends, sa - w + 1, sa, sb - w + 1, sb)  # anchor end (1-based e+1) in [s-w+1, s]: ends before s
        after = box(starts, ea + 2, ea + w + 1, eb + 2, eb + w + 1)
        out[n] = (before > 0) + (after > 0)
    return out


def with_order(links: list[Link], n_a: int, n_b: int) -> list[Link]:
    """The links of one document pair, each raised by ORDER_BONUS per supported side / 2
    (``order_support``), anchors being the first round's mutual-best links above the threshold."""
    if not ORDER_BONUS or not links:
        return links
    anchors = [l for l in mutual_best(links) if l.score >= LINK_THRESHOLD]
    support = order_support(links, anchors, n_a, n_b)
    return [Link(l.score + ORDER_BONUS * k / 2, l.a, l.b) if k else l for l, k in zip(links, support)]


def _margin_against(t: UnitTable, i: int, parts: Sequence[tuple[UnitTable, Collection[int]]]) -> float:
    """The ratio margin of sentence ``i`` of ``t`` against members taken together (a table and
    positions each, ``_as_one``)."""
    v, knn = _as_one(parts)
    return float(t.vectors[i] @ v) / ((t.knn[i] + knn) / 2.0)


def _parts_win(t: UnitTable, parts: tuple[int, int], u: UnitTable, j: int, threshold: float) -> bool:
    """Whether two sentences of ``t`` taken together (as a merged unit) score higher against
    sentence ``j`` of ``u`` than the first one alone: the second says the rest of what ``j``
    says, not something else."""
    i, k = parts
    return (_margin_against(u, j, [(t, (i, k))]) - _margin_against(u, j, [(t, (i,))])) / threshold >= 0


def _says_both(t: UnitTable, i: int, first: tuple[UnitTable, Collection[int]],
               second: tuple[UnitTable, Collection[int]], threshold: float) -> bool:
    """Whether sentence ``i`` of ``t`` says what two members (a table and positions each, of one
    document or of two) say apart: the normalized sum of their language-centred vectors scores
    higher against it (ratio margin) than either alone, by SHARE_GAIN."""
    def margin(parts: Sequence[tuple[UnitTable, Collection[int]]]) -> float:
        return _margin_against(t, i, parts) / threshold

    both = margin([first, second])
    return both > margin([first]) + SHARE_GAIN and both > margin([second]) + SHARE_GAIN


def _length_ratios(pairs: Iterable[tuple[str, int, str, int]]) -> dict[tuple[str, str], float]:
    """Per ordered document pair: the median length ratio of sentences said to say the same thing
    ((doc, characters, doc, characters) each): how much longer one version writes it (1.0 is
    assumed for a pair without any)."""
    ratios: dict[tuple[str, str], list[float]] = {}
    for da, la, db, lb in pairs:
        if la and lb:
            ratios.setdefault((da, db), []).append(la / lb)
            ratios.setdefault((db, da), []).append(lb / la)
    return {k: float(np.median(v)) for k, v in ratios.items()}


def _member_ratios(groups: "_Groups") -> dict[tuple[str, str], float]:
    """``_length_ratios`` of the one-to-one members of the claims formed so far (two sentences of two
    documents, each alone in its document there)."""
    lengths = groups.lengths
    single = [[(d, min(idx)) for d, idx in members.items() if len(idx) == 1] for members in groups.members.values()]
    return _length_ratios((d, lengths[d][i], e, lengths[e][j]) for one in single
                          for d, i in one for e, j in one if e > d)


def _adjacent(first: Collection[int], second: Collection[int]) -> bool:
    """Whether two members of one document stand side by side (the one ends where the other begins)."""
    return max(first) + 1 == min(second) or max(second) + 1 == min(first)


def _near(first: Collection[int], second: Collection[int], limit: int) -> bool:
    """Whether two members of one document stand at most ``limit`` sentences apart."""
    return min(abs(a - b) for a in first for b in second) <= limit


def _near_somewhere(groups: "_Groups", g: int, h: int, skip: str = "", conjunction: bool = False) -> bool:
    """Whether a document (not ``skip``) has members of claims ``g`` and ``h`` near (``_near``):
    at most COMMA_NEAR sentences apart, or CONJUNCTION_NEAR for a comma a clause conjunction opens
    (``conjunction``; a coordinated main clause is a stronger junction than a bare comma); always
    when that is None. A version keeping a merge's two lines apart keeps them near."""
    limit = CONJUNCTION_NEAR if conjunction else COMMA_NEAR
    common = (groups.members[g].keys() & groups.members[h].keys()) - {skip}
    return limit is None or any(_near(groups.members[g][d], groups.members[h][d], limit) for d in common)


def _comma_joins(groups: "_Groups", claims: Sequence[int], scores: Sequence[float], conjunction: bool = False) -> bool:
    """Whether a sentence left alone that is split at a comma joins the claims its clauses' partners
    are in (``_join_by_clauses``): it does only when both clauses found one, the whole sentence
    scores at least COMMA_WHOLE one-to-one with each partner, and a document has the two claims'
    members near (``_near_somewhere``; ``conjunction``: a clause conjunction opens the second
    clause). A comma is a weak junction: one clause alone is no merge."""
    return (COMMA_ALONE and len(claims) == 2 and min(scores) >= COMMA_WHOLE
            and _near_somewhere(groups, claims[0], claims[1], conjunction=conjunction))


def _clause_margins(t: UnitTable, i: int, u: UnitTable, j: int, threshold: float,
                    split: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """The ratio margins (relative: ``threshold`` is the pair's) of the two clauses of sentence ``i``
    of ``t`` (``t.clauses``, or ``split``: another split's clause vectors and k-NN means) with
    sentence ``j`` of ``u``."""
    vecs, knn = split if split is not None else t.clauses[i][:2]
    return (vecs @ u.vectors[j]) / ((knn + u.knn[j]) / 2.0) / threshold


def _clause_said(t: UnitTable, i: int, partner: tuple[UnitTable, int, float],
                 threshold: float) -> tuple[int, float] | None:
    """Which clause of sentence ``i`` of ``t`` (``clause_parts``, embedded apart) a partner says
    (table, position, length in ``t``'s characters), with its margin: the clause its margin
    reaches CLAUSE_LINK with (relative: ``threshold`` is the pair's) and is higher with than with
    the other, when it is at least CLAUSE_LENGTH of that clause's length; None for neither."""
    u, j, length = partner
    lengths = t.clauses[i][2]
    m = _clause_margins(t, i, u, j, threshold)
    k = int(np.argmax(m))
    return (k, float(m[k])) if m[k] >= CLAUSE_LINK and m[k] > m[1 - k] and length >= CLAUSE_LENGTH * lengths[k] else None


def _closer_to(t: UnitTable, i: int, k: int, members: Sequence[tuple[UnitTable, Collection[int]]],
               together: bool = False) -> bool:
    """Whether each member (a table and positions) is closer (ratio margin) to clause ``k`` of
    sentence ``i`` of ``t`` than to its other clause; ``together``: the members taken together
    (``_as_one``: what they say as one)."""
    vecs, knn, _ = t.clauses[i]
    for parts in ([members] if together and members else [[m] for m in members]):
        v, other = _as_one(parts)
        m = (vecs @ v) / ((knn + other) / 2.0)
        if m[k] <= m[1 - k]:
            return False
    return True


def _clause_evidence(t: UnitTable, i: int, partner: tuple[UnitTable, int, float],
                     found: Sequence[tuple[UnitTable, Collection[int]]], threshold: float,
                     second: Sequence[tuple[UnitTable, Collection[int]]] = (), in_order: bool = False) -> bool:
    """Whether sentence ``i`` of ``t`` says in its two clauses what a partner and the members
    already found with it say apart: the partner says one clause (``_clause_said``), the members
    ``found`` with it (a table and positions each) are closer to the other and the members of
    the partner's claim (``second``) to the partner's. Where a merged sentence is half found,
    this is the half missing; the whole sentence's one-to-one scores cannot say so (it says the
    partner's claim only in part). CLAIMS_TOGETHER reads each claim as one: the found members
    taken together, and the partner's claim's members outside the partner's document taken
    together (the partner itself is closer to its clause by choice); one member that is itself a
    merge of the two lines, or a wrong member, no longer vetoes what the others say; for a
    sentence split at a bare comma only with the partner's clause margin at least
    COMMA_TOGETHER_LINK. Else each. ``in_order``: the partner stands where the clause it says
    stands (``_clause_in_order``): that says which line it is, and the partner's claim is not
    tested; the found members still are."""
    if i not in t.clauses or not found:
        return False
    said = _clause_said(t, i, partner, threshold)
    if said is None:
        return False
    bare = i in t.comma_clauses and i not in t.conjunction_clauses
    together = CLAIMS_TOGETHER and not (bare and said[1] < COMMA_TOGETHER_LINK)
    if not _closer_to(t, i, 1 - said[0], found, together=together):
        return False
    if in_order:
        return True  # where the partner's line stands says which line it is: no test of its claim
    if together:
        return _closer_to(t, i, said[0], [(f, idx) for f, idx in second if f.doc != partner[0].doc], together=True)
    return _closer_to(t, i, said[0], second)


def _clause_in_order(groups: "_Groups", doc: str, i: int, k: int, partner_doc: str, j: int) -> bool:
    """Whether a partner (sentence ``j`` of ``partner_doc``) saying clause ``k`` of sentence ``i``
    of ``doc`` stands where that clause stands: the sentence's neighbour on the clause's side (the
    one before for the first clause, after for the second) is in a claim with a member in the
    partner's document on the same side of it, at most CLAUSE_ORDER sentences on (order evidence,
    the Bertalign / Vecalign intuition: a version merging two lines keeps their neighbours, and a
    version keeping them apart has the partner's line beside the next line's partner). False when
    CLAUSE_ORDER is None or the sentence has no neighbour there."""
    if CLAUSE_ORDER is None:
        return False
    step = -1 if k == 0 else 1
    neighbour = groups.ids.get((doc, i + step))
    if neighbour is None:
        return False
    there = groups.members[groups.of[neighbour]].get(partner_doc, set())
    return any(j + step * w in there for w in range(1, CLAUSE_ORDER + 1))


def _join_by_clauses(groups: "_Groups", one_to_one: Sequence[Link], tables: Mapping[str, UnitTable],
                     thresholds: Mapping[tuple[str, str], float], ratio: Mapping[tuple[str, str], float]) -> None:
    """A merged sentence left alone (CLAUSE_ALONE) joins the claim of the partner saying one of
    its clauses best (``_clause_said``; every member of that claim closer to that clause, none
    of its document) and, when its other clause has such a partner in another claim, is shared
    by that one too. Its whole-sentence links lost to each half's own partners."""
    best: dict[tuple[str, int], dict[int, tuple[float, _Unit, float]]] = {}
    for link in one_to_one:
        for unit, partner in ((link.a, link.b), (link.b, link.a)):
            t, i = tables[unit.doc], unit.indices[0]
            if i not in t.clauses or len(groups.members[groups.of[groups.ids[(unit.doc, i)]]]) != 1:
                continue
            u, j = tables[partner.doc], partner.indices[0]
            said = _clause_said(t, i, (u, j, ratio.get((unit.doc, partner.doc), 1.0) * groups.lengths[partner.doc][j]),
                                _threshold(thresholds, t, u))
            if said is None:
                continue
            k, m = said
            slot = best.setdefault((unit.doc, i), {})
            if k not in slot or m > slot[k][0]:
                slot[k] = (m, partner, link.score)
    for (doc, i), slot in sorted(best.items(), key=lambda kv: kv[0]):
        sid = groups.ids[(doc, i)]
        if groups._sentence_ids(groups.of[sid]) != {sid}:
            continue  # another sentence left alone joined it meanwhile (it was that one's partner): no longer alone
        t = tables[doc]
        targets = []
        for k, (_, partner, score) in sorted(slot.items()):
            pid = groups.ids[(partner.doc, partner.indices[0])]
            g = groups.of[pid]
            if (doc not in groups.members[g] and g not in [x[0] for x in targets]
                    and not groups.rejected.get(sid, set()) & groups._sentence_ids(g)
                    and _closer_to(t, i, k, [(tables[d], idx) for d, idx in groups.members[g].items()])):
                targets.append((g, pid, score))
        if i in t.comma_clauses and not _comma_joins(groups, [x[0] for x in targets], [x[2] for x in targets],
                                                      i in t.conjunction_clauses):
            continue
        for n, (g, pid, score) in enumerate(targets):
            if n == 0:
                own = groups.of[sid]
                del groups.members[own]
                groups.links[g].extend(groups.links.pop(own))
                groups.of[sid] = g
            else:
                groups.shared.setdefault(g, set()).add(sid)
            groups.members[g][doc] = {i}
            groups.links[g].append((sid, pid, score))


def _share_merged(groups: "_Groups", one_to_one: Sequence[Link], tables: Mapping[str, UnitTable],
                  thresholds: Mapping[tuple[str, str], float]) -> None:
    """A sentence already in a claim with partners also becomes a member of a second claim when
    it says what both say: it is linked one-to-one (at least SHARE_LINK; SHARE_LINK_CLAUSE when it is
    split at a clause junction, whose clauses say more) to a sentence of the
    second, the second has no member of its document, its pairs with the second agree
    (``_Groups._join_value``), and the two claims' members in another document (or, when no
    document is in both, its own claim's member and the partner) are together as long as it,
    within SHARE_LENGTH either way (Gale and Church's length evidence, scaled by the document
    pair's median ratio of one-to-one members), and their vectors together beat either alone
    against it (``_says_both``) or, in a document that has both, the two members stand side by
    side (SHARE_ADJACENT: order evidence, a merge joins neighbouring lines). Or else by its
    clauses (CLAUSE_SHARE, ``_clause_evidence``): one says what the partner's claim says, the
    other what its own claim's members say; that stands for the length and agreement tests,
    which read the whole sentence (and so, with WHOLE_THEN_CLAUSES, a whole reading the agreement
    test refuses gives way to it where the other versions anchor the split on that claim).

    A version that merges two lines faces versions that keep them apart: as one claim the
    partners of each line would be paired with those of the other (wrong links), as the
    merged sentence in one claim only its links to the other line are lost. In both claims
    every link it has is made and no other (eval/claims_calibration.md, "Shared sentences").
    """
    proposals = []
    for link in one_to_one:
        if link.score < SHARE_LINK and not CLAUSE_SHARE:
            continue
        for unit, partner in ((link.a, link.b), (link.b, link.a)):
            proposals.append((link.score, unit, partner))
    proposals.sort(key=lambda p: (-p[0], p[1].doc, p[1].indices, p[2].doc, p[2].indices))
    lengths = groups.lengths
    ratio = _member_ratios(groups)
    for score, unit, partner in proposals:
        sid, pid = groups.ids[(unit.doc, unit.indices[0])], groups.ids[(partner.doc, partner.indices[0])]
        own, g = groups.of[sid], groups.of[pid]
        if own == g or sid in groups.shared.get(g, set()) or unit.doc in groups.members[g]:
            continue
        if len(groups.members[own]) < 2:
            continue
        t, i = tables[unit.doc], unit.indices[0]
        common = sorted(d for d in groups.members[own].keys() & groups.members[g].keys() if d != unit.doc)
        # Where both claims have a member of one document, that document keeps them apart;
        # else the member of the partner's document stands for the second claim.
        pairs = [(d, d) for d in common] or [(d, partner.doc) for d in sorted(groups.members[own]) if d != unit.doc]

        def says_both(d: str, e: str) -> bool:
            first, second = groups.members[own][d], groups.members[g][e]
            apart = (ratio.get((unit.doc, d), 1.0) * sum(lengths[d][j] for j in first)
                     + ratio.get((unit.doc, e), 1.0) * sum(lengths[e][j] for j in second))
            if not SHARE_LENGTH * apart <= lengths[unit.doc][i] <= apart / SHARE_LENGTH:
                return False
            if SHARE_ADJACENT and d == e and _adjacent(first, second):
                return True  # order evidence: the version keeping them apart has them side by side
            threshold = (_threshold(thresholds, t, tables[d]) + _threshold(thresholds, t, tables[e])) / 2
            return _says_both(t, i, (tables[d], first), (tables[e], second), threshold)

        found = [(tables[d], groups.members[own][d]) for d in sorted(groups.members[own]) if d != unit.doc]
        second = [(tables[d], groups.members[g][d]) for d in sorted(groups.members[g]) if d != unit.doc]
        # a sentence split at a clause junction (not a comma) is read by its clauses first: the
        # whole-sentence share, a looser reading, then wants a stronger link (SHARE_LINK_CLAUSE)
        need = SHARE_LINK_CLAUSE if i in t.clauses and i not in t.comma_clauses else SHARE_LINK
        whole = score >= need and any(says_both(d, e) for d, e in pairs)
        if whole and SHARE_OWN_CLAUSE is not None and i in t.clauses and _share_against_own(
                t, i, (tables[partner.doc], partner.indices[0]), found, _threshold(thresholds, t, tables[partner.doc])):
            whole = False
        held = groups._sentence_ids(g) if whole else None  # read only by a proposal that gets past the tests
        agrees = not whole or groups._join_value(unit, partner, [{sid}, held]) > JOIN_MIN
        if not agrees and WHOLE_THEN_CLAUSES and t.anchored_clauses.get(i, -1) == g:
            whole = False  # the whole sentence's pairs with the claim disagree: its clauses may still say it
        in_order = evidence = False
        if not whole and CLAUSE_SHARE and i in t.clauses:
            j = partner.indices[0]
            said_by = (tables[partner.doc], j, ratio.get((unit.doc, partner.doc), 1.0) * lengths[partner.doc][j])
            threshold = _threshold(thresholds, t, tables[partner.doc])
            said = _clause_said(t, i, said_by, threshold)
            # in order: the partner's line stands beside the line the sentence's neighbour says
            in_order = said is not None and _clause_in_order(groups, unit.doc, i, said[0], partner.doc, j)
            evidence = _clause_evidence(t, i, said_by, found, threshold, second, in_order)
        by_clause = evidence and (
            i not in t.comma_clauses or (score >= COMMA_WHOLE or in_order and CLAUSE_ORDER_WHOLE) and (_near_somewhere(
                groups, own, g, unit.doc, i in t.conjunction_clauses) or t.anchored_clauses.get(i, -1) == g))
        if not (whole or by_clause):
            continue
        if groups.rejected.get(sid, set()) & (held or groups._sentence_ids(g)) or not by_clause and not agrees:
            continue
        groups.members[g][unit.doc] = {unit.indices[0]}
        groups.links[g].append((sid, pid, score))
        groups.shared.setdefault(g, set()).add(sid)
    if CLAUSE_SHARE and CLAUSE_ALONE:
        _join_by_clauses(groups, one_to_one, tables, thresholds, ratio)


def _share_against_own(t: UnitTable, i: int, partner: tuple[UnitTable, int],
                       found: Sequence[tuple[UnitTable, Collection[int]]], threshold: float) -> bool:
    """Whether the clauses of sentence ``i`` of ``t`` (``t.clauses``) say that a partner of another claim
    says the line its own claim already holds: the partner (a table and position) is closer (ratio
    margin) to the clause the members ``found`` with the sentence, taken together (``_as_one``), are
    closer to, and they are so by at least SHARE_OWN_CLAUSE (relative: ``threshold`` is the pair's).
    A merge of two lines shares the claim of its other line; a partner saying the placed line again is a
    topical neighbour of it (its own line dropped there), whatever its whole-sentence score."""
    if not found:
        return False
    u, j = partner
    vecs, knn, _ = t.clauses[i]
    v, other = _as_one(found)
    own = (vecs @ v) / ((knn + other) / 2.0) / threshold
    k = int(np.argmax(own))
    return bool(own[k] - own[1 - k] >= SHARE_OWN_CLAUSE and int(np.argmax(_clause_margins(t, i, u, j, threshold))) == k)


def _lone_sentences(groups: "_Groups") -> set[str]:
    """Sentences still alone: each its claim's only member, shared by no claim."""
    shared = set().union(*groups.shared.values()) if groups.shared else set()
    return {sid for sid, g in groups.of.items()
            if sid not in shared and [len(idx) for idx in groups.members[g].values()] == [1]}


def _alone_scores(groups: "_Groups", sid: str, g: int, without: Collection[str] = ()) -> dict[str, float]:
    """Document of claim ``g`` (but ``sid``'s own) -> the best one-to-one score of sentence ``sid`` with
    its member there (-inf if none scored), leaving out the members holding a sentence of ``without``."""
    doc = groups.doc_of[sid]
    members = {d: [groups.ids[(d, i)] for i in sorted(idx)] for d, idx in sorted(groups.members[g].items()) if d != doc}
    return {d: max(groups.pair_score.get((sid, x), -np.inf) for x in m) for d, m in members.items()
            if not any(x in without for x in m)}


def _best_per_document(groups: "_Groups", sids: Collection[str]) -> dict[tuple[str, str], float]:
    """(sentence, other document) -> the sentence's best one-to-one score there, for ``sids``."""
    out: dict[tuple[str, str], float] = {}
    for (x, y), sc in groups.pair_score.items():
        if x in sids:
            key = (x, groups.doc_of[y])
            out[key] = max(out.get(key, -np.inf), sc)
    return out


def _alone_fits(groups: "_Groups", sid: str, g: int, best_in: Mapping[tuple[str, str], float]) -> list[float] | None:
    """The per-document scores (``_alone_scores``) with which sentence ``sid`` (alone) may join claim
    ``g``, None if it may not: the claim has ALONE_DOCS documents or more, none of them ``sid``'s, no
    rejected pair, and each document's member scores ALONE_LINK; or, with ALONE_RANK, each document's
    member is ``sid``'s best one-to-one partner in that document (``best_in``, ``_best_per_document``)
    and their mean is above JOIN_AGAINST: a rank no single document pair gives, which an encoder weak
    in one language (a Turkish line scoring 0.70 with its English partner, 0.94-1.06 with four
    others) still keeps."""
    members = groups.members[g]
    if len(members) < ALONE_DOCS or groups.doc_of[sid] in members \
            or groups.rejected.get(sid, set()) & groups._sentence_ids(g):
        return None
    by_doc = _alone_scores(groups, sid, g)
    scores = list(by_doc.values())
    if min(scores) >= ALONE_LINK:
        return scores
    if not ALONE_RANK or float(np.mean(scores)) <= JOIN_AGAINST:
        return None
    return scores if all(sc >= best_in.get((sid, d), np.inf) for d, sc in by_doc.items()) else None


def _join_left_alone(groups: "_Groups") -> None:
    """A sentence still alone after the links, shares and clause joins joins the claim that every
    other version agrees on: the claim has members in ALONE_DOCS documents or more (not its own),
    and each of them scores at least ALONE_LINK one-to-one with it, or each is its best partner in
    its document (ALONE_RANK; ``_alone_fits``). Of such claims the one with the highest mean score;
    of a document's sentences wanting one claim, the highest. Its pairwise links lost in mutual best
    (to a merged unit holding one of its partners, or at the late round's penalty), but several
    independent versions saying the same is evidence no single document pair has. Decided best
    first; each join re-checked against the claim as it then stands."""
    alone = sorted(_lone_sentences(groups))
    wants: dict[tuple[str, int], tuple[float, str]] = {}
    claims = sorted(groups.members)
    best_in = _best_per_document(groups, set(alone)) if ALONE_RANK else {}
    for sid in alone:
        fits = [(float(np.mean(scores)), g) for g in claims
                if (scores := _alone_fits(groups, sid, g, best_in)) is not None]
        if fits:
            mean, g = max(fits)
            key = (groups.doc_of[sid], g)
            wants[key] = max(wants.get(key, (mean, sid)), (mean, sid))
    for (doc, g), (_, sid) in sorted(wants.items(), key=lambda kv: (-kv[1][0], kv[1][1])):
        if _alone_fits(groups, sid, g, best_in) is None:
            continue
        groups.move(sid, groups.of[sid], g)


def _clauses_say_parts(t: UnitTable, i: int, u: UnitTable, parts: Sequence[int], threshold: float,
                       split: tuple[np.ndarray, np.ndarray] | None = None) -> bool:
    """Whether the two clauses of sentence ``i`` of ``t`` (``clause_parts``, embedded apart) say the two
    parts of a member of ``u`` in order (positions ``parts``, first to second): each clause's margin
    with its part at least CLAUSE_LINK (relative) and above the other clause's with that part. A
    merge of the two lines says each part in one clause; its whole vector, between them, may score
    under the join's bar with one part (a half-said sentence)."""
    if split is None and i not in t.clauses:
        return False
    m = np.column_stack([_clause_margins(t, i, u, j, threshold, split) for j in parts])  # rows: clauses, columns: parts
    return bool(min(m[0, 0], m[1, 1]) >= CLAUSE_LINK and m[0, 0] > m[1, 0] and m[1, 1] > m[0, 1])


def _embedded_splits(t: UnitTable, i: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Every split of sentence ``i`` of ``t`` embedded apart: its clauses, its further comma splits and
    its pending ones (clause vectors and k-NN means each)."""
    return ([t.clauses[i][:2]] if i in t.clauses else []) + \
        [(v, k) for v, k, _, _ in [*t.comma_alternatives.get(i, ()), *t.comma_pending.get(i, ())]]


def _join_lone_part(groups: "_Groups", tables: Mapping[str, UnitTable],
                    thresholds: Mapping[tuple[str, str], float]) -> None:
    """A sentence alone joins its neighbour's claim, as the second sentence of that document's
    member, when the claim's member in ANCHOR_AGREE other documents or more says the two in order
    by the clauses of one of its embedded splits (``_embedded_splits``, ``_clauses_say_parts``); of
    its two neighbours, the one more documents say so. It is linked to the members that say it.

    Translators cut a line in two (166 of FLORES' 1,012 lines are two sentences or more in
    Turkish), and the second sentence is often short and generic ("So give them their space."):
    its own vector scores low with everything, so no pairwise link holds it, and a clause of an
    unrelated sentence can claim it later. The other versions say it as a clause of the line's
    sentence, after the clause that says the first: that is the evidence, read per version."""
    pos = groups.pos_of
    for sid in sorted(_lone_sentences(groups), key=lambda x: (groups.doc_of[x], pos[x])):
        if groups._sentence_ids(groups.of[sid]) != {sid}:
            continue  # a lone neighbour joined its claim meanwhile and this one is its partner: no longer alone
        doc, p = groups.doc_of[sid], pos[sid]
        t, best = tables[doc], None
        for q in (p - 1, p + 1):
            nid = groups.ids.get((doc, q))
            if nid is None:
                continue
            g = groups.of[nid]
            if groups.members[g].get(doc) != {q} or groups.rejected.get(sid, set()) & groups._sentence_ids(g):
                continue
            said = {d: groups.ids[(d, i)] for d, idx in sorted(groups.members[g].items()) if d != doc for i in sorted(idx)
                    if any(_clauses_say_parts(tables[d], i, t, sorted((p, q)), _threshold(thresholds, tables[d], t), split)
                           for split in _embedded_splits(tables[d], i))}
            if len(said) >= ANCHOR_AGREE and (best is None or len(said) > len(best[1])):
                best = (g, said)
        if best is None:
            continue
        g, said = best
        own = groups.of[sid]
        del groups.members[own]
        groups.links[g].extend(groups.links.pop(own))
        groups.members[g][doc].add(p)
        groups.of[sid] = g
        groups.links[g].extend((sid, pid, groups.pair_score.get((sid, pid), 0.0)) for pid in said.values())


def _alone_pairs(groups: "_Groups", one_to_one: Sequence[Link], both: bool = True) -> list[Link]:
    """One-to-one links of two sentences both still alone (each its claim's only member, shared by no
    claim) that are each other's best one-to-one link into the other's document (among all its
    sentences, not only the free ones; ``both`` False: the best of one of them at least) and score at
    least LINK_THRESHOLD; best first."""
    alone = _lone_sentences(groups)
    best: dict[tuple[str, str], float] = {}
    for link in one_to_one:
        for unit, partner in ((link.a, link.b), (link.b, link.a)):
            key = (groups.ids[(unit.doc, unit.indices[0])], partner.doc)
            best[key] = max(best.get(key, -np.inf), link.score)
    out = []
    for link in one_to_one:
        x, y = groups.ids[(link.a.doc, link.a.indices[0])], groups.ids[(link.b.doc, link.b.indices[0])]
        tops = (link.score >= best[(x, link.b.doc)], link.score >= best[(y, link.a.doc)])
        if link.score >= LINK_THRESHOLD and (all(tops) if both else any(tops)) and x in alone and y in alone:
            out.append(link)
    return sorted(out, key=lambda l: (-l.score, l.a.doc, l.a.indices, l.b.doc, l.b.indices))


def _agreement_with(groups: "_Groups", sid: str, g: int, without: Collection[str] = ()) -> float:
    """What sentence ``sid`` adds to claim ``g``'s objective (``_move_members``): over every other
    document's member of ``g`` (but ``without``), the best one-to-one score of ``sid`` with one of its
    sentences (a negative score or a pair never scored, not among either's candidates, as 0), less
    LINK_THRESHOLD. A member of two or three sentences says the claim together: it counts once, by its best part."""
    return sum(max(sc, 0.0) - LINK_THRESHOLD for sc in _alone_scores(groups, sid, g, without).values())


def _moves_from(groups: "_Groups", a: int, fixed: Collection[str],
                targets: Mapping[str, set[int]]) -> list[tuple[float, tuple[str, ...], int]]:
    """(gain, sentences, claim) of every move of one or two single-sentence members of claim ``a``
    (none in ``fixed``) to a claim of two members or more holding a partner of each (``targets``),
    with no member in their documents and no rejected pair.

    Two members moving together gain what each gains alone (leaving the other behind) and twice
    their own pair's weight, which they keep instead of losing it twice: so a pair costs no more
    than adding two numbers, however many members the claim has."""
    members = groups.members[a]
    movable = [sid for d, idx in sorted(members.items()) if len(idx) == 1
               and (sid := groups.ids[(d, next(iter(idx)))]) not in fixed and targets.get(sid, set()) - {a}]
    alone: dict[str, dict[int, float]] = {}
    for sid in movable:
        here = _agreement_with(groups, sid, a, (sid,))
        alone[sid] = {b: _agreement_with(groups, sid, b) - here for b in sorted(targets[sid] - {a})
                      if groups.doc_of[sid] not in groups.members[b] and len(groups.members[b]) > 1
                      and not groups.rejects((sid,), groups._sentence_ids(b))}
    out = [(gain, (sid,), b) for sid in movable for b, gain in alone[sid].items()]
    if len(members) > 2:
        for n, x in enumerate(movable):
            for y in movable[n + 1:]:
                both = max(groups.pair_score.get((x, y), 0.0), 0.0) - LINK_THRESHOLD
                out += [(alone[x][b] + alone[y][b] + 2 * both, (x, y), b) for b in sorted(alone[x].keys() & alone[y].keys())]
    return out


def _move_members(groups: "_Groups") -> None:
    """Move a member of a claim, or two members of one claim, to another claim of the event when
    the claims then agree better: a local search on the correlation-clustering objective, the sum
    over every two members (documents) of a claim of their best one-to-one score less
    LINK_THRESHOLD (``_agreement_with``). A move must gain at least MEMBER_MOVE; best first,
    until none does.

    Claims form greedily, best link first, with one member per document. Two neighbouring lines
    on one topic (two lists of weather phenomena) score close, so a sentence's best link can be to
    the other line's sentence of a third version; its claim then holds the sentence before its own
    line's claim forms, and the one-member rule keeps it out of it. Two members move together when
    each has its partner in the other line's claim but the two of them agree best with each other.
    Only single-sentence members move, each to a claim of two versions or more holding a partner
    of it (scoring LINK_THRESHOLD): not one shared with another claim, nor one a reviewer linked
    (``_Groups.accepted``); a claim keeps one member at least. After a move only the moves the
    two claims touch are scored again, so the stage costs what the candidate moves do.
    """
    fixed = set(groups.accepted).union(*groups.shared.values())
    partners: dict[str, list[str]] = defaultdict(list)
    for (x, y), sc in groups.pair_score.items():
        if sc >= LINK_THRESHOLD:
            partners[x].append(y)
    holders: dict[str, set[int]] = defaultdict(set)  # sentence -> the claims holding it
    for g in groups.members:
        for sid in groups._sentence_ids(g):
            holders[sid].add(g)

    def targets_of(sid: str) -> set[int]:
        return {h for p in partners.get(sid, ()) for h in holders.get(p, ())}

    moves = {a: _moves_from(groups, a, fixed, {sid: targets_of(sid) for sid in groups._sentence_ids(a)})
             for a in sorted(groups.members) if len(groups.members[a]) > 1}
    for _ in range(len(groups.of)):
        best = max(((gain, moving, a, b) for a, found in sorted(moves.items()) for gain, moving, b in found),
                   key=lambda m: (m[0], -m[2], -m[3]), default=None)
        if best is None or best[0] < MEMBER_MOVE:
            return
        _, moving, a, b = best
        for sid in moving:
            groups.move(sid, a, b)
            holders[sid] = {b}
        dirty = {a, b} | {h for sid in groups._sentence_ids(a) | groups._sentence_ids(b) | set(moving)
                          for p in partners.get(sid, ()) for h in holders.get(p, ())}
        dirty |= {c for c, found in moves.items() if any(m[2] in (a, b) for m in found)}
        for c in sorted(dirty):
            if c in groups.members and len(groups.members[c]) > 1:
                moves[c] = _moves_from(groups, c, fixed, {sid: targets_of(sid) for sid in groups._sentence_ids(c)})
            else:
                moves.pop(c, None)


def _clause_gain(t: UnitTable, i: int, u: UnitTable, j: int, length: float, threshold: float) -> float | None:
    """How much better sentence ``j`` of ``u`` says a clause of sentence ``i`` of ``t`` (``_clause_said``)
    than the whole sentence (ratio margins, relative); None when it says neither clause."""
    if i not in t.clauses:
        return None
    said = _clause_said(t, i, (u, j, length), threshold)
    if said is None:
        return None
    whole = float(t.vectors[i] @ u.vectors[j]) / ((t.knn[i] + u.knn[j]) / 2.0) / threshold
    return said[1] - whole


def _link_alone_by_clause(groups: "_Groups", one_to_one: Sequence[Link], tables: Mapping[str, UnitTable],
                          thresholds: Mapping[tuple[str, str], float]) -> None:
    """Two sentences still alone at the end, each other's best one-to-one link into the other's
    document (ALONE_MUTUAL; else one's best; ``_alone_pairs``), link when one is split at a junction
    (``clause_parts``, ``comma_parts``) and the other says one of its clauses (``_clause_said``)
    better than the whole sentence by ALONE_CLAUSE_GAIN: a merge whose other line the other version
    left out. Its whole-sentence vector is diluted by that line,
    so its link lost in the pairwise rounds (to a merged unit, or at the late penalty); with two
    versions (every WMT event) no third one agrees (``_join_left_alone``), and for a comma split
    with one clause said the clause join (``_join_by_clauses``) wants both clauses placed."""
    lengths = groups.lengths
    ratio = _member_ratios(groups)
    for link in _alone_pairs(groups, one_to_one, both=ALONE_MUTUAL):
        x, y = groups.ids[(link.a.doc, link.a.indices[0])], groups.ids[(link.b.doc, link.b.indices[0])]
        if groups._sentence_ids(groups.of[x]) != {x} or groups._sentence_ids(groups.of[y]) != {y}:
            continue  # one of them linked meanwhile
        gains = []
        for unit, partner in ((link.a, link.b), (link.b, link.a)):
            t, u = tables[unit.doc], tables[partner.doc]
            j = partner.indices[0]
            gains.append(_clause_gain(t, unit.indices[0], u, j, ratio.get((unit.doc, partner.doc), 1.0) * lengths[partner.doc][j],
                                      _threshold(thresholds, t, u)))
        if max((g for g in gains if g is not None), default=-np.inf) >= ALONE_CLAUSE_GAIN:
            groups.try_link(link.a, link.b, link.score)


def _sharing_pairs(groups: "_Groups") -> list[tuple[float, int, int, str]]:
    """(best one-to-one score, claim, claim, sentence) for every shared sentence and two claims
    holding it, whose other members lie in different documents (SHARED_JOIN_COMMON: a document
    whose member both hold, another shared sentence, set aside), best first: its own claim and one
    it is shared into, or (SHARED_JOIN_ANY) two it is shared into, each holding it alone in its
    document. The first claim is the one the second joins (``_Groups.merge_claims``)."""
    ps = groups.pair_score or {}
    holders: dict[str, list[int]] = {}
    for g in sorted(groups.shared):
        for sid in groups.shared[g]:
            holders.setdefault(sid, []).append(g)
    out = []
    for sid in sorted(holders):
        own, doc = groups.of[sid], groups.doc_of[sid]
        into = [g for g in holders[sid] if g != own and g in groups.members and len(groups.members[g][doc]) == 1]
        pairs = [(own, g) for g in into] if own in groups.members else []
        if SHARED_JOIN_ANY:
            pairs += [(g, h) for n, g in enumerate(into) for h in into[n + 1:]]
        for g, h in pairs:
            both = {d for d, idx in groups.members[g].items() if groups.members[h].get(d) == idx} \
                if SHARED_JOIN_COMMON else set()
            first = {d: idx for d, idx in groups.members[g].items() if d != doc and d not in both}
            second = {d: idx for d, idx in groups.members[h].items() if d != doc and d not in both}
            if not first or not second or first.keys() & second.keys():
                continue
            best = max((ps.get((groups.ids[(d, i)], groups.ids[(e, j)]), -np.inf)
                        for d, idx in first.items() for i in idx for e, jdx in second.items() for j in jdx),
                       default=-np.inf)
            out.append((best, g, h, sid))
    out.sort(key=lambda x: (-x[0], x[1], x[2], x[3]))
    return out


def _join_sharing_claims(groups: "_Groups") -> None:
    """Join two claims that hold one shared sentence when their other members (in different
    documents) agree: the best one-to-one link between them at least SHARED_JOIN and the join's
    pairs agreeing on balance (``_Groups._join_value`` above JOIN_MIN); never across a rejected pair.

    A version that merges two lines sits in two claims (``_share_merged``, ``_split_at_parts``);
    a line of another version linked to the merge can land in either, and the member-per-document
    rule then keeps its own translation, linked to the merge through the other claim, apart from
    it. When the two members say one line (a strong one-to-one link), the two claims are one;
    when they say the merge's two lines (low or no link), they stay apart (eval/claims_calibration.md,
    "twentieth session (helper W20)": 0.24-0.98 for the two lines of a merge, 1.64-1.68 for one line).
    """
    while (join := _next_sharing_join(groups)) is not None:
        groups.merge_claims(*join)


def _next_sharing_join(groups: "_Groups") -> tuple[int, int, str] | None:
    """(own claim, claim shared into, sentence) of the best pair ``_join_sharing_claims`` joins, if any."""
    for best, own, g, sid in _sharing_pairs(groups):
        if best < SHARED_JOIN:
            return None
        if groups.may_join(groups._sentence_ids(own), groups._sentence_ids(g) - groups._sentence_ids(own)):
            return own, g, sid
    return None


def _join_agreeing_claims(groups: "_Groups") -> None:
    """Join two claims with no document in common when a one-to-one pair between them scores at
    least CLAIM_JOIN and the join's pairs agree on balance (``_Groups._agreement`` above JOIN_MIN,
    the pair counted as declared); never across a rejected pair. Best pair first, once.

    Links are made per document pair, mutual best only: a line five versions say can end in two
    claims when a merge or a lost mutual best in one version split it, and no later link crosses
    over (each version's best partner is already in its own claim). The two claims together say one
    line when their members agree and one pair of them is a strong link, at the level where
    one-to-one pairs are partners at the precision target (the calibration of SHARED_JOIN).
    """
    ps = groups.pair_score or {}
    pairs = sorted(((sc, x, y) for (x, y), sc in ps.items() if sc >= CLAIM_JOIN and x < y),
                   key=lambda p: (-p[0], p[1], p[2]))
    for sc, x, y in pairs:
        g, h = groups.of[x], groups.of[y]
        if g == h or g not in groups.members or h not in groups.members:
            continue
        if groups.members[g].keys() & groups.members[h].keys():
            continue
        if not groups.may_join(groups._sentence_ids(g), groups._sentence_ids(h), {(x, y)}):
            continue
        keep, other = min(g, h), max(g, h)
        groups.merge_claims(keep, other, link=(x, y, sc))


def _join_split_line(groups: "_Groups", tables: Mapping[str, UnitTable]) -> None:
    """Join two claims that hold the same sentences (their own or shared) in every document but
    one, where they hold different neighbouring sentences (two or three in all, up to MAX_UNIT),
    when the smaller claim's documents are all the larger's and the neighbours taken together score
    higher (ratio margin, ``_together_margins``) than either claim's sentences there alone with
    the member of each other document; never across a rejected pair.

    A version that cuts a line in two (Turkish translators often do: 166 of FLORES' 1,012 lines are
    two sentences or more in Turkish, 119 in English) leaves two sentences that each say part of
    what the other versions say in one. The other versions' sentences are then shared into both
    parts' claims (``_split_at_parts``, ``_share_merged``), and the line ends in two claims that
    differ only there. Together the two parts say the line: the gain over each part alone is the
    evidence, as ``_parts_win`` reads it for one partner, here asked of every other version."""
    holding: dict[str, set[int]] = defaultdict(set)  # claims' members include the sentences shared into them
    for g, members in groups.members.items():
        for d, idx in members.items():
            for i in idx:
                holding[groups.ids[(d, i)]].add(g)

    def one_line(small: int, large: int) -> bool:
        if small not in groups.members or large not in groups.members:
            return False
        ms, ml = groups.members[small], groups.members[large]
        differ = [d for d in ms if ms[d] != ml.get(d)]
        if len(differ) != 1 or len(differ) == len(ms) or not ms.keys() <= ml.keys():
            return False
        d = differ[0]
        part, own = ms[d], ml[d]
        run = sorted(part | own)
        if part & own or len(run) > MAX_UNIT or run != list(range(run[0], run[-1] + 1)):
            return False
        t = tables[d]
        readings = [_as_one([(t, x)]) for x in (run, own, part)]  # together, then each alone
        vecs, knn = np.stack([v for v, _ in readings]), np.array([k for _, k in readings])
        for e, idx in ml.items():
            if e != d:
                together, *alone = _together_margins(t, vecs, knn, tables[e], idx, 1.0)
                if together <= max(alone):
                    return False
        return True

    pairs = sorted({(g, h) for gs in holding.values() for g in gs for h in gs if g != h})
    for small, large in pairs:
        if one_line(small, large) and not groups.rejects(groups._sentence_ids(small), groups._sentence_ids(large)):
            groups.merge_claims(large, small)


def _split_at_parts(groups: "_Groups", tables: Mapping[str, UnitTable] | None = None,
                    thresholds: Mapping[tuple[str, str], float] | None = None) -> None:
    """Cut a claim in two at a member of two sentences (the parts of what another version says in
    one) when each of its other sentences says one part or both: one-to-one at or below
    JOIN_AGAINST (relative scale: the document pair's own threshold is 1.0) with the other part
    and above it with its own, or above it with both. The first part's claim keeps the sentences
    saying it, the second's takes those saying the second; a sentence saying both (the merged
    one) is shared by the two. Not cut when a sentence is at or below JOIN_AGAINST with both
    parts (it is there by another tie), when every sentence says both, or when a part would be
    left with no other document. With ``tables`` and ``thresholds`` (SPLIT_CLAUSES), a sentence
    whose clauses say the two parts in order (``_clauses_say_parts``) says both, whatever its
    whole-sentence scores: a merge of the same two lines scores low with one of them as a whole.

    A join puts every sentence of one group with every sentence of the other; the partners of
    one part then stand paired with the other part and its partners (a chain through the
    merged sentence that says both; eval/claims_calibration.md, "Claim precision").
    """
    ps = groups.pair_score or {}
    for g in list(groups.members):
        members = groups.members[g]
        if len(members) < 3:
            continue
        for anchor in sorted(d for d, idx in members.items() if len(idx) == 2):
            first, second = (groups.ids[(anchor, i)] for i in sorted(members[anchor]))
            side: dict[str, tuple[bool, bool]] = {}  # sentence -> (says the first part, says the second)
            for d, idx in members.items():
                for i in idx if d != anchor else ():
                    s = groups.ids[(d, i)]
                    side[s] = (ps.get((s, first), -np.inf) > JOIN_AGAINST, ps.get((s, second), -np.inf) > JOIN_AGAINST)
                    if (SPLIT_CLAUSES and tables is not None and thresholds is not None and side[s] != (True, True)
                            and _clauses_say_parts(tables[d], i, tables[anchor], sorted(members[anchor]),
                                                   _threshold(thresholds, tables[d], tables[anchor]))):
                        side[s] = (True, True)  # its clauses say the two parts: the merged one
            if not all(a or b for a, b in side.values()) or all(a and b for a, b in side.values()):
                continue
            if not ({groups.doc_of[s] for s, (a, _) in side.items() if a}
                    and {groups.doc_of[s] for s, (_, b) in side.items() if b}):
                continue
            side[first], side[second] = (True, False), (False, True)
            groups.split(g, {s for s, (a, _) in side.items() if a}, {s for s, (_, b) in side.items() if b})
            break


def _bridge_sides(sids: Sequence[str], bridge: Collection[str],
                  agreeing: Mapping[str, Collection[str]]) -> list[list[str]] | None:
    """The two groups the claim's sentences ``sids`` fall into without ``bridge`` (connected by the
    pairs that agree, ``agreeing``: sentence -> the sentences it agrees with), when there are exactly two
    and every bridge sentence agrees with both; else None."""
    side: dict[str, int] = {}
    for start in sids:
        if start in bridge or start in side:
            continue
        n = len(set(side.values()))
        if n == 2:
            return None
        side[start] = n
        todo = [start]
        while todo:
            for y in agreeing.get(todo.pop(), ()):
                if y not in bridge and y not in side:
                    side[y] = n
                    todo.append(y)
    parts = [[s for s in sids if side.get(s) == k] for k in (0, 1)]
    if not parts[1] or not all(set(agreeing.get(b, ())) & set(part) for b in bridge for part in parts):
        return None
    return parts


def _cut_at_bridges(groups: "_Groups") -> None:
    """Cut a claim in two at the one or two sentences that alone hold it together: without them its
    other sentences fall into two groups with no pair across agreeing (one-to-one at or below
    JOIN_AGAINST, or never scored), and each of them agrees with both groups and is, in characters
    scaled by the document pair's median ratio (``_member_ratios``), at least SHARE_LENGTH times as
    long as the longest sentence of each group together: it says both lines, as a version's merge of
    two neighbouring lines does. Each group takes the bridge as a shared member.

    Claims form by links, and a merged sentence links well with the versions of both its lines:
    the claim holding it then pairs each line's partners with the other's (wrong pairs by the
    dozen on the dev pools, eval/README.md "thirty-third session"). The cut keeps every pair the
    bridge has and drops only pairs no score supports. The smallest bridge is taken (one sentence
    before two), then the one whose cut drops the lowest-scoring pairs; a reviewer's link
    (``_Groups.accepted``) is never cut. Only sentences twice SHARE_LENGTH times the claim's shortest
    are tried as bridges (the length test cannot pass otherwise), and pairs of them only where there
    are at most BRIDGE_PAIRS_MAX, so a long claim costs what its few long sentences do."""
    ps = groups.pair_score or {}
    ratio = _member_ratios(groups)
    lengths = groups.lengths

    def scaled(s: str, d: str) -> float:
        """Sentence ``s``'s length in document ``d``'s characters."""
        return ratio.get((d, groups.doc_of[s]), 1.0) * lengths[groups.doc_of[s]][groups.pos_of[s]]

    def long_enough(b: str, parts: list[list[str]]) -> bool:
        d = groups.doc_of[b]
        return lengths[d][groups.pos_of[b]] >= SHARE_LENGTH * sum(max(scaled(s, d) for s in part) for part in parts)

    work = deque(sorted(groups.members))
    while work:
        g = work.popleft()
        if g not in groups.members or len(groups.members[g]) < 3:
            continue
        sids = sorted(groups._sentence_ids(g))
        if groups.accepted & set(sids):
            continue
        agreeing = {x: [y for y in sids if groups.doc_of[y] != groups.doc_of[x] and ps.get((x, y), -np.inf) > JOIN_AGAINST]
                    for x in sids}
        single = [b for b in sids if len(groups.members[g][groups.doc_of[b]]) == 1
                  and lengths[groups.doc_of[b]][groups.pos_of[b]] >= 2 * SHARE_LENGTH * min(
                      scaled(s, groups.doc_of[b]) for s in sids if s != b)]
        best = None
        for size in (1, 2) if len(single) <= BRIDGE_PAIRS_MAX else (1,):
            for bridge in combinations(single, size):
                parts = _bridge_sides(sids, bridge, agreeing)
                if parts is None or not all(long_enough(b, parts) for b in bridge):
                    continue
                cost = sum(max(ps.get((x, y), 0.0), 0.0) for x in parts[0] for y in parts[1]
                           if groups.doc_of[x] != groups.doc_of[y])
                if best is None or cost < best[0]:
                    best = (cost, bridge, parts)
            if best is not None:
                break
        if best is None:
            continue
        _, bridge, parts = best
        keep, take = sorted(parts, key=lambda part: (-len(part), part))
        h = groups.split(g, set(keep) | set(bridge), set(take) | set(bridge))
        for claim in (g, h):
            held = groups._sentence_ids(claim)
            linked = {x for lk in groups.links[claim] for x in lk[:2]}
            for s in sorted(held - linked):  # its links went with the other group: to its best bridge
                b = max(sorted(bridge), key=lambda x: ps.get((s, x), -np.inf))
                if b != s and (s, b) in ps:
                    groups.links[claim].append((s, b, ps[(s, b)]))
        work.extend((g, h))


class _Groups:
    """Union-find over sentences that keeps every group at one member per document."""

    def __init__(self, docs: Sequence[Document], rejected: Collection[tuple[str, str]],
                 pair_score: Mapping[tuple[str, str], float] | None = None):
        self.pair_score = pair_score  # one-to-one link scores of sentence pairs (``_join_value``)
        self.of: dict[str, int] = {}
        self.members: dict[int, dict[str, set[int]]] = {}  # group -> doc -> sentence positions
        self.links: dict[int, list[tuple[str, str, float]]] = {}
        self.ids: dict[tuple[str, int], str] = {}
        for d in docs:
            for pos, s in enumerate(d.sentences):
                g = len(self.of)
                self.of[s.id] = g
                self.members[g] = {d.id: {pos}}
                self.links[g] = []
                self.ids[(d.id, pos)] = s.id
        self.doc_of = {sid: doc for (doc, _), sid in self.ids.items()}
        self.pos_of = {sid: pos for (_, pos), sid in self.ids.items()}  # a sentence's position in its document
        self.shared: dict[int, set[str]] = {}  # group -> sentences it holds whose own claim is another
        self.lengths = {d.id: [len(s.text) for s in d.sentences] for d in docs}  # characters
        self._released: tuple | None = None  # what the last ``release`` undid (``unrelease``)
        self.accepted: set[str] = set()  # sentences of a reviewer-accepted link made (``_move_members`` leaves them)
        self.rejected: dict[str, set[str]] = {}
        for x, y in rejected:
            self.rejected.setdefault(x, set()).add(y)
            self.rejected.setdefault(y, set()).add(x)

    def _sentence_ids(self, g: int) -> set[str]:
        return {self.ids[(d, i)] for d, idx in self.members[g].items() for i in idx}

    def try_link(self, a: _Unit, b: _Unit, score: float, *, accepted: bool = False) -> bool:
        if not accepted and self.pair_score is not None and SUB_RUNS and len(a.indices) + len(b.indices) > 2:
            sub = self._best_run(a, b)
            if sub != (a, b):
                return self.try_link(*sub, score)
        groups = {self.of[self.ids[(u.doc, i)]] for u in (a, b) for i in u.indices}
        merged: dict[str, set[int]] = {}
        for g in groups:
            for d, idx in self.members[g].items():
                merged.setdefault(d, set()).update(idx)
        declared = {a.doc: set(a.indices), b.doc: set(b.indices)}
        for d, idx in merged.items():
            contributors = sum(1 for g in groups if d in self.members[g])
            if contributors <= 1:
                continue
            # Two groups meet in this document: only the unit the link declares may form,
            # or (for a reviewer-accepted link) any run of two adjacent sentences.
            if accepted:
                if len(idx) > 2 or max(idx) - min(idx) != len(idx) - 1:
                    return False
            elif idx != declared.get(d):
                return False
        if len(groups) > 1:
            ids = [self._sentence_ids(g) for g in groups]
            for n, group_ids in enumerate(ids):
                if self.rejects(group_ids, set().union(*(ids[:n] + ids[n + 1:]))):
                    return False
            if not accepted and self.pair_score is not None and self._join_value(a, b, ids) <= JOIN_MIN:
                return False
        keep = min(groups)
        for g in groups:
            if g != keep:
                for d, idx in self.members.pop(g).items():
                    self.members[keep].setdefault(d, set()).update(idx)
                self.links[keep].extend(self.links.pop(g))
                for sid in self._ids_of(d_idx=self.members[keep]):
                    self.of[sid] = keep
        new_links = [(self.ids[(a.doc, i)], self.ids[(b.doc, j)], score) for i in a.indices for j in b.indices]
        self.links[keep].extend(x for x in new_links if x not in self.links[keep])
        return True

    def _best_run(self, a: _Unit, b: _Unit) -> tuple[_Unit, _Unit]:
        """The link a merged link should make: itself, or its single sentence with a shorter run of
        the other side, whichever puts the most agreeing pairs (``_join_value``) into one claim; on a
        tie the longer run (the link as proposed).

        A sentence that merges two claims faces, in the other reports, two groups that each
        already hold the partners of one half. Joining both puts every sentence of the one group
        with every sentence of the other: more disagreeing pairs than the merged sentence's own
        links to the second group bring, unless the groups are small. The best claim partition of
        the gold links on the comparable pools makes the same choice (eval/claims_calibration.md).
        """
        single, multi = (a, b) if len(a.indices) == 1 else (b, a)
        idx = multi.indices
        runs = [idx[i:j] for i in range(len(idx)) for j in range(i + 1, len(idx) + 1)]

        def value(run: tuple[int, ...]) -> tuple[float, int]:
            part = _Unit(multi.doc, run)
            groups = {self.of[self.ids[(u.doc, i)]] for u in (single, part) for i in u.indices}
            ids = [self._sentence_ids(g) for g in groups]
            return (self._join_value(single, part, ids) if len(ids) > 1 else 0), len(run)

        best = max(runs, key=value)
        if best == idx:
            return a, b
        part = _Unit(multi.doc, best)
        return (single, part) if single is a else (part, single)

    def _join_value(self, a: _Unit, b: _Unit, ids: list[set[str]]) -> float:
        """Pairs of sentences of different documents that a join puts into one claim: +1 for
        each the link declares or that scores JOIN_SUPPORT one-to-one, -1 for each scoring
        JOIN_AGAINST or less, linearly in between (a pair near the link threshold is as often
        a partner as not: it must not decide a join alone).

        A claim is a set of sentences all saying one thing; one strong link must not join
        two groups whose other sentences do not agree (a sentence merging two claims, linked
        to both, would otherwise chain the partners of the one to those of the other).
        """
        return self._agreement(ids, {(self.ids[(a.doc, i)], self.ids[(b.doc, j)]) for i in a.indices for j in b.indices})

    def _agreement(self, ids: list[set[str]], declared: Collection[tuple[str, str]] = ()) -> float:
        """``_join_value`` of the groups ``ids`` with the links ``declared`` (each +1)."""
        doc = self.doc_of
        value = 0.0
        for n, first in enumerate(ids):
            for second in ids[n + 1:]:
                for x in first:
                    for y in second:
                        if doc[x] == doc[y]:
                            continue
                        if (x, y) in declared or (y, x) in declared:
                            value += 1
                        else:
                            sc = self.pair_score.get((x, y), -np.inf)
                            value += float(np.clip(2 * (sc - JOIN_AGAINST) / (JOIN_SUPPORT - JOIN_AGAINST) - 1, -1, 1))
        return value

    def add_part(self, unit: _Unit, partner: _Unit, score: float) -> bool:
        """Put the single sentence ``unit`` into the claim of ``partner`` (one sentence of
        another document) as a second part of the member its document already has there, one
        sentence, adjacent or not. ``unit`` must be alone in its own claim. Returns whether it was added.

        A sentence that merges two claims faces, in a report that keeps them apart, two
        sentences that may stand in different blocks (reordered): the member is then two
        sentences that are not adjacent.
        """
        sid, pid = self.ids[(unit.doc, unit.indices[0])], self.ids[(partner.doc, partner.indices[0])]
        own, g = self.of[sid], self.of[pid]
        if own == g or len(self.members[own]) != 1 or len(self.members[own][unit.doc]) != 1:
            return False
        if len(self.members[g].get(unit.doc, ())) != 1 or len(self.members[g][partner.doc]) != 1:
            return False
        ids = [{sid}, self._sentence_ids(g)]
        if self.rejected.get(sid, set()) & ids[1] or self._join_value(unit, partner, ids) < JOIN_MIN:
            return False
        self.members[g][unit.doc].add(unit.indices[0])
        del self.members[own]
        self.links[g].extend(self.links.pop(own))
        self.links[g].append((sid, pid, score))
        self.of[sid] = g
        return True

    def split(self, g: int, keep: set[str], take: set[str]) -> int:
        """Cut claim ``g`` in two: it keeps the sentences ``keep``, a new claim (returned) takes
        ``take``, and a sentence in both (one saying both, ``_split_at_parts``, ``_cut_at_bridges``)
        stays in its own claim and is shared into the other; each claim keeps the links among its own."""
        h = max(self.members) + 1
        self.members[g], self.members[h] = {}, {}
        for s in sorted(keep | take):
            for group, into in ((g, keep), (h, take)):
                if s in into:
                    self.members[group].setdefault(self.doc_of[s], set()).add(self.pos_of[s])
        links = self.links[g]
        self.links[g] = [lk for lk in links if lk[0] in keep and lk[1] in keep]
        self.links[h] = [lk for lk in links if lk[0] in take and lk[1] in take]
        shared = self.shared.get(g, set())
        for s in sorted(take):
            if s in keep:
                self.shared.setdefault(h, set()).add(s)  # says both: its own claim stays where it is
            elif s in shared:
                shared.discard(s)
                self.shared.setdefault(h, set()).add(s)
            else:
                self.of[s] = h
        return h

    def move(self, sid: str, a: int, b: int) -> None:
        """Move sentence ``sid``, a single-sentence member of claim ``a``, to claim ``b`` (no member in its
        document), linked to its best-scoring sentence of each of ``b``'s documents. A claim it leaves
        empty (it was alone) is gone, its links (none of its own) kept by ``b``."""
        doc, pos = self.doc_of[sid], self.pos_of[sid]
        del self.members[a][doc]
        self.links[a] = [lk for lk in self.links[a] if sid not in lk[:2]]
        if not self.members[a]:
            del self.members[a]
            self.links[b].extend(self.links.pop(a))
        self.members[b][doc] = {pos}
        self.of[sid] = b
        for d, idx in sorted(self.members[b].items()):
            if d != doc:
                pid = max((self.ids[(d, i)] for i in sorted(idx)), key=lambda x: self.pair_score.get((sid, x), -np.inf))
                if (sid, pid) in self.pair_score:
                    self.links[b].append((sid, pid, self.pair_score[(sid, pid)]))

    def merge_claims(self, keep: int, other: int, sid: str | None = None,
                     link: tuple[str, str, float] | None = None) -> None:
        """Put claim ``other`` into ``keep``. With ``sid``: a sentence both hold (``keep`` as its own
        claim or shared, ``other`` shared: its only member in ``sid``'s document), which stays where
        it is; ``other``'s other shared sentences stay shared. ``link``: the pair that joins them,
        recorded as a link of ``keep``."""
        doc = self.doc_of[sid] if sid is not None else None
        for d, idx in self.members.pop(other).items():
            if d == doc:
                continue
            self.members[keep].setdefault(d, set()).update(idx)
            for i in idx:
                if self.of[self.ids[(d, i)]] == other:
                    self.of[self.ids[(d, i)]] = keep
        self.links[keep].extend(x for x in self.links.pop(other) if x not in self.links[keep])
        if link is not None and link not in self.links[keep]:
            self.links[keep].append(link)
        shared = self.shared.pop(other, set()) - {sid}
        if shared:
            self.shared.setdefault(keep, set()).update(shared)
        if keep in self.shared:  # a sentence both held, shared into one, is now a member of its own claim
            self.shared[keep] -= {s for s in self.shared[keep] if self.of[s] == keep}
            if not self.shared[keep]:
                del self.shared[keep]

    def may_join(self, first: Collection[str], second: Collection[str],
                 declared: Collection[tuple[str, str]] = ()) -> bool:
        """Whether two claims (their sentence ids) may become one at the end: no rejected pair
        between them and their pairs agreeing on balance (``_agreement`` above JOIN_MIN)."""
        return not self.rejects(first, second) and self._agreement([set(first), set(second)], declared) > JOIN_MIN

    def rejects(self, first: Collection[str], second: Collection[str]) -> bool:
        """Whether a reviewer rejected a pair of a sentence of ``first`` and one of ``second``."""
        second = set(second)
        return any(self.rejected.get(s, set()) & second for s in first)

    def _ids_of(self, d_idx: dict[str, set[int]]) -> list[str]:
        return [self.ids[(d, i)] for d, idx in d_idx.items() for i in idx]

    def release(self, doc: str, pos: int, pair_score: Mapping[tuple[str, str], float]) -> bool:
        """Take a sentence out of its claim when it is there only as the weaker edge of a
        merged member: every link it has goes to a sentence also linked to the rest of its
        member, and scores lower one-to-one (``pair_score``) than the rest does with it.

        A merged unit (2-3 sentences) is weaker evidence for its edge sentence than that
        sentence's own one-to-one link elsewhere; the caller releases it when such a link
        cannot otherwise be made. Returns whether the sentence was released.
        """
        sid = self.ids[(doc, pos)]
        g = self.of[sid]
        member = self.members[g].get(doc, set())
        if len(member) < 2 or pos not in (min(member), max(member)):
            return False
        rest = {self.ids[(doc, i)] for i in member if i != pos}
        mine = [(x, y, sc) for x, y, sc in self.links[g] if sid in (x, y)]
        partners = {y if x == sid else x for x, y, _ in mine}
        linked_to_rest = {y if x in rest else x for x, y, _ in self.links[g] if x in rest or y in rest}
        if not mine or not partners <= linked_to_rest:
            return False
        for p in partners:
            if pair_score.get((sid, p), -np.inf) >= max(pair_score.get((r, p), -np.inf) for r in rest):
                return False  # the core of the merged member, not its edge
        member.discard(pos)
        self._released = (sid, g, doc, pos, [lk for lk in self.links[g] if sid in lk[:2]])
        self.links[g] = [lk for lk in self.links[g] if sid not in lk[:2]]
        h = max(self.members) + 1
        self.of[sid] = h
        self.members[h] = {doc: {pos}}
        self.links[h] = []
        return True

    def unrelease(self) -> None:
        """Undo the last ``release`` (the sentence is still alone in its own claim)."""
        sid, g, doc, pos, links = self._released
        h = self.of[sid]
        del self.members[h], self.links[h]
        self.members[g][doc].add(pos)
        self.links[g].extend(links)
        self.of[sid] = g

    def link_releasing_edges(self, a: _Unit, b: _Unit, score: float,
                             pair_score: Mapping[tuple[str, str], float]) -> bool:
        """Make a refused one-to-one link by releasing the weaker edge of a merged member that
        holds one of its two sentences (``release``): a merged link joined that edge on the
        strength of its core, and the link shows it does not belong (the core's partner
        disagrees with it). The edge stays released only if the link is then made."""
        for u in (a, b):
            g = self.of[self.ids[(u.doc, u.indices[0])]]
            member = self.members[g].get(u.doc, set())
            if len(member) < 2:
                continue
            for edge in sorted({min(member), max(member)} - {u.indices[0]}):
                if not self.release(u.doc, edge, pair_score):
                    continue
                if self.try_link(a, b, score):
                    return True
                self.unrelease()
        return False


def _claim(event_id: str, members: dict[str, set[int]], links: list[tuple[str, str, float]],
           docs_by_id: Mapping[str, Document]) -> Claim:
    ms = []
    for d in sorted(members):
        sent = docs_by_id[d].sentences
        ms.append(ClaimMember(doc=d, sentences=tuple(sent[i].id for i in sorted(members[d]))))
    sids = sorted(s for m in ms for s in m.sentences)
    score = min(s for _, _, s in links) if len(ms) > 1 and links else None
    return Claim(id=stable_id("c", *sids), event=event_id, members=tuple(ms), score=score,
                 links=tuple(sorted((x, y, round(s, 4)) for x, y, s in links)))


def align_claims(docs: list[Document], events: list[Event], embeddings: Mapping[str, np.ndarray], *,
                 rejected: Collection[tuple[str, str]] = (), accepted: Collection[tuple[str, str]] = (),
                 encode: Callable[[list[str]], np.ndarray] | None = None,
                 facts: Mapping[str, Sequence[Fact]] | None = None,
                 map_events: Callable[[Callable, list[tuple]], list] | None = None,
                 only: Collection[str] | None = None) -> list[Claim]:
    """Claim groups of every event; each sentence of each event's documents is in one, a
    sentence saying what two claims say apart in both (``_share_merged``).

    ``rejected`` sentence-id pairs never end up in one claim; ``accepted`` pairs are
    linked first, whatever their score (pairs across events are ignored: a claim
    belongs to one event). Claims come out in event order, then by first sentence.
    ``encode`` (texts -> raw embedding rows, the encoder that made ``embeddings``)
    lets merged units that could win a link (``merge_candidates``) be embedded as
    their joined text instead of the mean of their sentence vectors. ``facts`` (by
    sentence id, the pipeline's) give the evidence bonus; without them they are extracted here.
    ``map_events(fn, jobs)`` runs ``fn(*job)`` for each event's job (an engine's tasks; by
    default in turn here), once per chunk of events: an event's claims need only its
    documents' unit tables, so only a chunk's are ever held (``_chunks``).
    ``only`` (event ids; an incremental run's changed events) aligns just those events: the
    run-wide means, floor and thresholds still come from every event, so their claims equal a
    full run's, but no other event's tables are built, merged units encoded or claims returned.
    """
    docs_by_id = {d.id: d for d in docs}
    facts = facts_of(docs, facts)
    unknown = [d for e in events for d in e.documents if d not in docs_by_id]
    if unknown:
        raise ValueError(f"event refers to unknown document {unknown[0]!r}")
    # The run's language means, margin floor and link thresholds first, one document or event
    # at a time; then events in chunks of ``BOUNDS.chunk_sentences``, each chunk's unit tables (merged
    # units added) built, aligned and dropped: memory holds a chunk, never the run's tables.
    maker = _TableMaker(docs, embeddings, events, facts)
    thresholds = _thresholds_from(pair for event in events
                                  for pair in _event_pairs(maker.tables(event.documents, with_mentions=False), [event]))
    run = map_events or (lambda fn, jobs: [fn(*job) for job in jobs])
    out: list[Claim] = []
    todo = events if only is None else [e for e in events if e.id in only]
    for chunk in _chunks(todo, docs_by_id):
        # A chunk's tables and scores die with it: no collector passes over the run's data meanwhile.
        with collector_paused():
            tables = maker.tables(d for e in chunk for d in e.documents)
            if encode is not None:
                wanted = sorted({c for e in chunk
                                 for c in merge_candidates([docs_by_id[d] for d in e.documents], tables, thresholds)})
                if wanted:
                    vecs = np.asarray(encode([merged_text(docs_by_id[d], i, n) for d, i, n in wanted]))
                    _add_merged(tables, dict(zip(wanted, vecs)), maker.centred)
                if CLAUSE_SHARE and SHARE_LINK is not None:
                    split = [(d, *c) for e in chunk for d in e.documents for c in clause_candidates(docs_by_id[d])]
                    if split:
                        vecs = np.asarray(encode([x for _, _, left, right, _ in split for x in (left, right)]))
                        _add_clauses(tables, {(d, pos): (vecs[2 * n:2 * n + 2], (len(left), len(right)))
                                              for n, (d, pos, left, right, _) in enumerate(split)}, maker.centred,
                                     {(d, pos) for d, pos, _, _, comma in split if comma},
                                     {(d, pos) for d, pos, _, right, comma in split
                                      if comma and _opens_clause(right, docs_by_id[d].lang)})
                        if COMMA_SPLITS > 1:
                            _add_comma_alternatives(tables, split, docs_by_id, encode, maker.centred)
                    if COMMA_SHORT is not None:
                        _add_pending_commas(tables, [(d, *c) for e in chunk for d in e.documents
                                                     for c in short_comma_candidates(docs_by_id[d])],
                                            encode, maker.centred)
            jobs = [(event.id, [docs_by_id[d] for d in event.documents], {d: tables[d] for d in event.documents},
                     rejected, accepted, {d: docs_by_id[d] for d in event.documents}, thresholds) for event in chunk]
            out.extend(c for event_claims in run(_event_claims, jobs) for c in event_claims)
            del tables, jobs
    return out


def _add_comma_alternatives(tables: Mapping[str, UnitTable], split: Sequence[tuple[str, int, str, str, bool]],
                            docs_by_id: Mapping[str, Document], encode: Callable[[list[str]], np.ndarray],
                            sentences_of: Callable[[str], np.ndarray]) -> None:
    """Give the tables the further comma splits (``comma_splits`` after the first) of their sentences
    split at a comma (``split``: ``clause_candidates``' rows with the document id), embedded and
    centred as ``_add_clauses`` does (in place, ``UnitTable.comma_alternatives``)."""
    wanted = []
    for d, pos, _, _, comma in split:
        t = tables.get(d)
        if comma and t is not None and t.center is not None and pos in t.clauses:
            lang = docs_by_id[d].lang
            wanted += [(d, pos, left, right, _opens_clause(right, lang))
                       for left, right in comma_splits(docs_by_id[d].sentences[pos].text, lang)[1:]]
    if not wanted:
        return
    raw = np.asarray(encode([x for _, _, left, right, _ in wanted for x in (left, right)]))
    for n, (d, pos, left, right, conj) in enumerate(wanted):
        t = tables[d]
        vecs = _normalize_rows(np.asarray(raw[2 * n:2 * n + 2], dtype=np.float64) - t.center)
        t.comma_alternatives.setdefault(pos, []).append(
            (vecs, _knn(vecs, [sentences_of(o) for o in t.neighbours], t.floor), (len(left), len(right)), conj))


def _add_pending_commas(tables: Mapping[str, UnitTable], pending: Sequence[tuple[str, int, list[tuple[str, str]]]],
                        encode: Callable[[list[str]], np.ndarray], sentences_of: Callable[[str], np.ndarray]) -> None:
    """Give the tables the comma splits of their short comma sentences (``pending``:
    ``short_comma_candidates``' rows with the document id), embedded and centred as ``_add_clauses``
    does, as pending splits (in place, ``UnitTable.comma_pending``); ``_split_short_commas`` reads them."""
    wanted = [(d, pos, left, right) for d, pos, splits in pending
              if (t := tables.get(d)) is not None and t.center is not None for left, right in splits]
    if not wanted:
        return
    raw = np.asarray(encode([x for _, _, left, right in wanted for x in (left, right)]))
    for n, (d, pos, left, right) in enumerate(wanted):
        t = tables[d]
        vecs = _normalize_rows(np.asarray(raw[2 * n:2 * n + 2], dtype=np.float64) - t.center)
        t.comma_pending.setdefault(pos, []).append(
            (vecs, _knn(vecs, [sentences_of(o) for o in t.neighbours], t.floor), (len(left), len(right)),
             _opens_clause(right, t.lang)))


def _chunks(events: Sequence[Event], docs_by_id: Mapping[str, Document]) -> Iterable[list[Event]]:
    """The events in run order, cut into runs of at most ``BOUNDS.chunk_sentences`` sentences (one event
    more when a single event is larger)."""
    chunk: list[Event] = []
    size = 0
    for e in events:
        n = sum(len(docs_by_id[d].sentences) for d in e.documents)
        if chunk and size + n > BOUNDS.chunk_sentences:
            yield chunk
            chunk, size = [], 0
        chunk.append(e)
        size += n
    if chunk:
        yield chunk


def _event_claims(event_id: str, edocs: list[Document], tables: Mapping[str, UnitTable],
                  rejected: Collection[tuple[str, str]], accepted: Collection[tuple[str, str]],
                  docs_by_id: Mapping[str, Document], thresholds: Mapping[tuple[str, str], float]) -> list[Claim]:
    if LINK_RATIO_VERSIONS is not None and len(edocs) >= ALONE_DOCS:
        thresholds = {k: max(v * LINK_RATIO_VERSIONS / LINK_RATIO, THRESHOLD_MIN) for k, v in thresholds.items()}
    sentences = [s for d in edocs for s in d.sentences]
    links: list[Link] = []
    pair_score: dict[tuple[str, str], float] = {}
    one_to_one: list[Link] = []
    groups = _Groups(edocs, rejected, pair_score)
    for x in range(len(edocs)):
        for y in range(x + 1, len(edocs)):
            a, b = edocs[x], edocs[y]
            ta, tb = tables[a.id], tables[b.id]
            candidates = with_order(pair_links(ta, tb, _threshold(thresholds, ta, tb)),
                                    len(a.sentences), len(b.sentences))
            links.extend(mutual_best(candidates, MUTUAL_ROUNDS))
            for link in candidates:
                if len(link.a.indices) == 1 and len(link.b.indices) == 1:
                    one_to_one.append(link)
                    sa, sb = a.sentences[link.a.indices[0]].id, b.sentences[link.b.indices[0]].id
                    pair_score[(sa, sb)] = pair_score[(sb, sa)] = link.score
    where = {s.id: (d.id, pos) for d in edocs for pos, s in enumerate(d.sentences)}
    for x, y in sorted(accepted):
        if x in where and y in where and where[x][0] != where[y][0]:
            (dx, px), (dy, py) = where[x], where[y]
            if groups.try_link(_Unit(dx, (px,)), _Unit(dy, (py,)), pair_score.get((x, y), 0.0), accepted=True):
                groups.accepted.update((x, y))
    links.sort(key=lambda l: (-l.score, l.a.doc, l.a.indices, l.b.doc, l.b.indices))
    for link in links:
        if link.score < LINK_THRESHOLD:
            break
        if not groups.try_link(link.a, link.b, link.score) and len(link.a.indices) == len(link.b.indices) == 1:
            # A one-to-one link blocked by a merged member that took one of its sentences
            # as an edge: that sentence goes to its own link instead (``_Groups.release``).
            # (Still blocked by something else, the released sentence stays single.) Blocked by
            # the weak edge beside one of its sentences in a merged member: that edge goes.
            if any([groups.release(u.doc, u.indices[0], pair_score) for u in (link.a, link.b)]):
                groups.try_link(link.a, link.b, link.score)
            elif RELEASE_EDGES:
                groups.link_releasing_edges(link.a, link.b, link.score, pair_score)

    # A sentence left alone whose best link is to a sentence already paired with another
    # sentence of its document: the two are the parts of what that sentence says in one.
    best: dict[str, float] = {}
    for (x, _), sc in pair_score.items():
        best[x] = max(best.get(x, -np.inf), sc)
    for link in sorted(one_to_one, key=lambda l: (-l.score, l.a.doc, l.a.indices, l.b.doc, l.b.indices)):
        if link.score - APART_PENALTY < LINK_THRESHOLD:
            break
        for unit, partner in ((link.a, link.b), (link.b, link.a)):
            if link.score < best[groups.ids[(unit.doc, unit.indices[0])]]:
                continue
            other = groups.members[groups.of[groups.ids[(partner.doc, partner.indices[0])]]].get(unit.doc, set())
            if len(other) == 1 and _parts_win(tables[unit.doc], (next(iter(other)), unit.indices[0]),
                                              tables[partner.doc], partner.indices[0],
                                              _threshold(thresholds, tables[unit.doc], tables[partner.doc])):
                groups.add_part(unit, partner, link.score - APART_PENALTY)
    if COMMA_SPLITS > 1:
        _choose_comma_splits(groups, tables, thresholds)
    if COMMA_SHORT is not None:
        _split_short_commas(groups, tables, thresholds)
    if ANCHOR_NEAR:
        _anchor_comma_splits(groups, tables, thresholds)
    if LONE_PART:
        _join_lone_part(groups, tables, thresholds)
    if SHARE_LINK is not None:
        _share_merged(groups, one_to_one, tables, thresholds)
    if ALONE_LINK is not None:
        _join_left_alone(groups)
    if ALONE_CLAUSE_GAIN is not None and CLAUSE_SHARE:
        _link_alone_by_clause(groups, one_to_one, tables, thresholds)
    if SPLIT_PARTS:
        _split_at_parts(groups, tables, thresholds)
    if BRIDGE_CUT:
        _cut_at_bridges(groups)
    if SHARED_JOIN is not None:
        _join_sharing_claims(groups)
    if CLAIM_JOIN is not None:
        _join_agreeing_claims(groups)
    if SPLIT_LINE:
        _join_split_line(groups, tables)
    if MEMBER_MOVE is not None:
        _move_members(groups)

    out = [_claim(event_id, groups.members[g], groups.links[g], docs_by_id) for g in groups.members]
    order = {s.id: n for n, s in enumerate(sentences)}
    out.sort(key=lambda c: min(order[s] for m in c.members for s in m.sentences))
    return out


# Calibrated settings, stamped into the report signature by the pipeline.
THRESHOLDS = {"margin_k": MARGIN_K, "link": LINK_THRESHOLD, "link_rate": LINK_RATE, "link_ratio": LINK_RATIO, "link_ratio_versions": LINK_RATIO_VERSIONS,
              "background_min": BACKGROUND_MIN, "threshold_min": THRESHOLD_MIN, "background_rows": BACKGROUND_ROWS,
              "knn_floor_quantile": KNN_FLOOR_QUANTILE, "knn_floor_fallback": KNN_FLOOR_FALLBACK,
              "knn_floor_min": KNN_FLOOR_MIN, "background_docs": BACKGROUND_DOCS,
              "repeat_skip": REPEAT_SKIP, "repeat_cosine": REPEAT_COSINE, "repeat_share": REPEAT_SHARE, "pair_penalty": PAIR_PENALTY, "mutual_best": True,
              "mutual_rounds": MUTUAL_ROUNDS, "late_penalty": LATE_PENALTY, "core_frees": CORE_FREES, "freed_penalty": FREED_PENALTY,
              "number_bonus": NUMBER_BONUS, "name_bonus": NAME_BONUS, "name_prefix": NAME_PREFIX, "name_min": NAME_MIN, "name_translated": NAME_TRANSLATED,
              "merged_text_penalty": MERGED_TEXT_PENALTY, "merge_margin": MERGE_MARGIN,
              "max_unit": MAX_UNIT, "order_bonus": ORDER_BONUS, "order_window": ORDER_WINDOW,
              "join_support": JOIN_SUPPORT, "join_against": JOIN_AGAINST, "join_min": JOIN_MIN, "sub_runs": SUB_RUNS, "apart_penalty": APART_PENALTY,
              "release_edges": RELEASE_EDGES,
              "share_link": SHARE_LINK, "share_length": SHARE_LENGTH, "share_gain": SHARE_GAIN,
              "share_adjacent": SHARE_ADJACENT, "clause_share": CLAUSE_SHARE, "clause_long": CLAUSE_LONG,
              "clause_min_share": CLAUSE_MIN_SHARE, "clause_link": CLAUSE_LINK,
              "clause_length": CLAUSE_LENGTH, "clause_alone": CLAUSE_ALONE, "split_parts": SPLIT_PARTS, "bridge_cut": BRIDGE_CUT, "bridge_pairs_max": BRIDGE_PAIRS_MAX,
              "comma_split": COMMA_SPLIT, "comma_long": COMMA_LONG, "comma_near": COMMA_NEAR,
              "comma_whole": COMMA_WHOLE, "comma_alone": COMMA_ALONE,
              "conjunction_near": CONJUNCTION_NEAR, "share_link_clause": SHARE_LINK_CLAUSE,
              "claims_together": CLAIMS_TOGETHER, "comma_together_link": COMMA_TOGETHER_LINK,
              "headline_penalty": HEADLINE_PENALTY, "alone_link": ALONE_LINK, "alone_rank": ALONE_RANK, "alone_docs": ALONE_DOCS,
              "clause_order": CLAUSE_ORDER, "clause_order_whole": CLAUSE_ORDER_WHOLE,
              "alone_clause_gain": ALONE_CLAUSE_GAIN, "alone_mutual": ALONE_MUTUAL,
              "split_clauses": SPLIT_CLAUSES, "comma_splits": COMMA_SPLITS, "split_whole": SPLIT_WHOLE,
              "split_agree": SPLIT_AGREE, "split_conj_gain": SPLIT_CONJ_GAIN, "comma_short": COMMA_SHORT,
              "anchor_near": ANCHOR_NEAR, "anchor_agree": ANCHOR_AGREE,
              "share_own_clause": SHARE_OWN_CLAUSE, "whole_then_clauses": WHOLE_THEN_CLAUSES, "shared_join": SHARED_JOIN, "shared_join_any": SHARED_JOIN_ANY, "claim_join": CLAIM_JOIN, "shared_join_common": SHARED_JOIN_COMMON, "split_line": SPLIT_LINE, "lone_part": LONE_PART, "member_move": MEMBER_MOVE,
              "candidates": CANDIDATES, "candidate_cap": CANDIDATE_CAP}
