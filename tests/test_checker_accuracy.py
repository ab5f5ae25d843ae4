"""The draft checker's judgement measured on human-labelled drafts and sentences (a heuristic, so a figure).

Per corpus of drafts (a folder with `labels.yaml`):
- per element, the share of drafts where the checker agrees with the label on whether the element is there;
- where the labels list `flags`: the share of labelled red flags the checker catches, the share of polite
  controls (`flags: []`) it leaves without any red flag, and the share of drafts whose red flags are exactly
  the labelled ones. A flag is a category (CATEGORY_CODES) or a rule code.
Per corpus of sentences (`sentences.yaml`): the share of sentences given the labelled role.

The held-out corpus (HELD_OUT) is written and frozen by someone who never saw the checker, before a round's
tuning, and is never used to tune it; it arrives in its own commit, and until then its tests skip.
`python -m tests.accuracy` leaves it out unless asked with `--final`. Every other folder has been used to tune
the checker, including tuning-2 (held out as holdout-3) and holdout-4 to holdout-9, each held out until its
figures were read in an earlier round.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from afterview._internal.engine.checker import check, compile_pattern, sentence_role
from afterview._internal.engine.rules import CHANNELS, ELEMENTS, RULES_BY_CODE
from afterview._internal.engine.sentence_model import flagged_codes, model

DRAFTS = Path(__file__).parent / "drafts"
CORPORA = {
    "development": DRAFTS,
    "development-2": DRAFTS / "dev2",
    "holdout": DRAFTS / "holdout",
    "holdout-2": DRAFTS / "holdout-2",
    "tuning": DRAFTS / "tuning",
    "tuning-2": DRAFTS / "tuning-2",
    "holdout-4": DRAFTS / "holdout-4" / "drafts",
    "tuning-3": DRAFTS / "tuning-3",
    "holdout-5": DRAFTS / "holdout-5" / "drafts",
    "holdout-6": DRAFTS / "holdout-6" / "drafts",
    "holdout-7": DRAFTS / "holdout-7" / "drafts",
    "holdout-8": DRAFTS / "holdout-8" / "drafts",
    "holdout-9": DRAFTS / "holdout-9" / "drafts",
    "holdout-10": DRAFTS / "holdout-10" / "drafts",
}
SENTENCE_CORPORA = {
    "tuning": DRAFTS / "tuning",
    "tuning-2": DRAFTS / "tuning-2",
    "holdout-4": DRAFTS / "holdout-4",
    "tuning-3": DRAFTS / "tuning-3",
    "holdout-5": DRAFTS / "holdout-5",
    "holdout-6": DRAFTS / "holdout-6",
    "holdout-7": DRAFTS / "holdout-7",
    "holdout-8": DRAFTS / "holdout-8",
    "holdout-9": DRAFTS / "holdout-9",
    "holdout-10": DRAFTS / "holdout-10",
}
HELD_OUT = "holdout-10"
# The one table from a labelled red-flag category to the rule codes that catch it.
CATEGORY_CODES: dict[str, frozenset[str]] = {
    "pressure": frozenset({"AV501"}),
    "silence-complaint": frozenset({"AV508"}),
    "passive-aggressive": frozenset({"AV508"}),
    "badmouth": frozenset({"AV510"}),
    "pay-perks": frozenset({"AV505"}),
    "self-putdown": frozenset({"AV507"}),
    "begging": frozenset({"AV509"}),
    "other-company": frozenset({"AV404"}),
}
# The codes a careers adviser would stop a note for beyond the four elements: tone, pressure, pay, slips.
RED_FLAGS = frozenset().union(*CATEGORY_CODES.values()) | {"AV202", "AV511", "AV512"}
CHANNEL_ALIASES = {"card": "handwritten", "handwritten-card": "handwritten", "note": "handwritten"}


class Floors(NamedTuple):
    """A corpus's floors, each a little below its measured figure; None where the figure does not apply.

    elements: each of the four elements; exact: drafts with exactly the labelled red flags; caught: labelled red
    flags caught; clean: polite controls left clean; roles: sentences given their labelled job.
    """

    elements: float | None
    exact: float | None
    caught: float | None
    clean: float | None
    roles: float | None


# Floors a little below the measured figures (printed by `python -m tests.accuracy`): a regression fails.
# holdout-5 is tuning data since its one measurement (elements 95 %, highlight 87 %, red flags 19 of 20, controls
# 39 of 40, roles 50 %); its floors sit a little below its tuning figures now. holdout-6, measured once after
# the last change of its round: elements 95 % overall and 92 % at the lowest (highlight), red flags caught 19 of
# 20, controls clean 39 of 40 (short of the 98 % target), exact 93 %, roles 61 %. holdout-7, measured once before
# any change to the checker since holdout-6: elements 93 % overall (highlight 88 %, signature 87 %), red flags
# caught 18 of 20, controls clean 38 of 40, exact 93 %, roles 76 %, sentence red flags 49 of 63 with 0 of 137
# clean sentences flagged. Both are tuning data from then on, and their floors sit a little below their tuning
# figures. holdout-8, measured once after the last change of its round: elements 96 % (highlight 90 %), red flags
# caught 18 of 20, controls clean 39 of 40, exact 95 %, roles 69 %, sentence red flags 55 of 64 with 2 of 136 clean
# sentences flagged; tuning data since, with floors a little below its tuning figures. holdout-9, measured once
# after the last change of the next round: elements 98 % overall (gratitude 100 %, highlight 95 %, interest 100 %,
# signature 98 %), red flags caught 21 of 21, controls clean 39 of 39 (three polite competing-offer notes and
# three polite timeline questions among them, none flagged), exact 98 %, roles 69 %, sentence red flags 52 of 58
# with 0 of 142 clean sentences flagged: every held-out target met. Its floors sit just below.
FLOORS: dict[str, Floors] = {
    "development": Floors(0.95, None, None, None, None),
    "development-2": Floors(0.9, None, None, None, None),
    "holdout": Floors(0.92, None, None, None, None),
    "holdout-2": Floors(0.95, 0.95, None, None, None),
    "tuning": Floors(0.95, 0.95, 0.95, 1.0, 0.95),
    "tuning-2": Floors(0.95, 0.95, 0.95, 0.97, 0.87),
    "holdout-4": Floors(0.95, 0.95, 0.95, 0.96, 0.8),
    "tuning-3": Floors(0.93, 0.95, 0.95, 0.95, 0.9),
    "holdout-5": Floors(0.97, 0.95, 0.95, 0.95, 0.85),
    "holdout-6": Floors(0.97, 0.95, 0.95, 0.98, 0.7),
    "holdout-7": Floors(0.97, 0.95, 0.93, 0.98, 0.8),
    "holdout-8": Floors(0.97, 0.97, 0.95, 0.97, 0.7),
    "holdout-9": Floors(0.93, 0.95, 0.95, 0.97, 0.65),
}
MIN_ACCURACY = {name: floor.elements for name, floor in FLOORS.items() if floor.elements is not None}
MIN_RED_FLAG_ACCURACY = {name: floor.exact for name, floor in FLOORS.items() if floor.exact is not None}
MIN_CAUGHT = {name: floor.caught for name, floor in FLOORS.items() if floor.caught is not None}
MIN_CLEAN = {name: floor.clean for name, floor in FLOORS.items() if floor.clean is not None}
MIN_ROLE_ACCURACY = {name: floor.roles for name, floor in FLOORS.items() if floor.roles is not None}


def entries(data: Any, key: str) -> list[dict[str, Any]]:
    """The list of labelled items of a YAML file: under `key`, or the file itself when it is a list."""
    items = data.get(key) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError(f"expected a list of labelled items under {key!r}")
    return [item for item in items if isinstance(item, dict)]


def labelled(folder: Path) -> list[dict[str, Any]]:
    """The labelled drafts of a folder."""
    return entries(yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")), "drafts")


def channel_of(draft: dict[str, Any]) -> str:
    """The channel of a labelled draft, from its label or the start of its file name."""
    named = str(draft.get("channel") or str(draft["file"]).split("-", 1)[0]).lower()
    named = CHANNEL_ALIASES.get(named, named)
    return named if named in CHANNELS else "email"


def element_labels(draft: dict[str, Any]) -> dict[str, bool]:
    """The labelled elements as a mapping, whether written as a mapping or as the list of those present."""
    labels = draft["elements"]
    if isinstance(labels, dict):
        return {element: bool(labels.get(element)) for element in ELEMENTS}
    return {element: element in labels for element in ELEMENTS}


def flag_codes(flag: str) -> frozenset[str]:
    """The rule codes that catch one labelled flag (a category, or a code)."""
    return CATEGORY_CODES.get(flag, frozenset({flag}))


def judged(folder: Path, draft: dict[str, Any]) -> tuple[dict[str, bool], set[str]]:
    """The elements the checker finds in a labelled draft, and the red-flag codes it reports."""
    text = (folder / str(draft["file"])).read_bytes().decode("utf-8", errors="replace")
    context = dict(draft.get("context") or {})
    result = check(text, channel_of(draft), context)
    return result.elements, {finding.code for finding in result.findings} & RED_FLAGS


def accuracy(folder: Path) -> dict[str, float]:
    """Per-element share of drafts where the checker agrees with the human label."""
    drafts = labelled(folder)
    agree = dict.fromkeys(ELEMENTS, 0)
    for draft in drafts:
        found, _ = judged(folder, draft)
        labels = element_labels(draft)
        for element in ELEMENTS:
            agree[element] += found[element] == labels[element]
    return {element: agree[element] / len(drafts) for element in ELEMENTS}


def flagged(folder: Path) -> list[tuple[dict[str, Any], set[str]]]:
    """The drafts that have `flags` labels, each with the red-flag codes the checker reports."""
    return [(draft, judged(folder, draft)[1]) for draft in labelled(folder) if "flags" in draft]


def red_flag_accuracy(folder: Path) -> float | None:
    """Share of drafts whose red-flag codes are exactly the labelled ones (None without `flags` labels)."""
    drafts = flagged(folder)
    if not drafts:
        return None
    expected = [frozenset().union(*(flag_codes(f) for f in draft["flags"] or ())) for draft, _ in drafts]
    return sum(codes == want for (_, codes), want in zip(drafts, expected, strict=True)) / len(drafts)


def caught(folder: Path) -> tuple[int, int]:
    """Labelled red flags the checker catches (a code of the flag's category), and how many there are."""
    pairs = [(flag, codes) for draft, codes in flagged(folder) for flag in draft["flags"] or ()]
    return sum(bool(flag_codes(flag) & codes) for flag, codes in pairs), len(pairs)


def clean(folder: Path) -> tuple[int, int]:
    """Polite controls (no labelled flag) the checker leaves without a red flag, and how many there are."""
    controls = [codes for draft, codes in flagged(folder) if not draft["flags"]]
    return sum(not codes for codes in controls), len(controls)


def labelled_sentences(folder: Path) -> list[dict[str, Any]]:
    """The labelled sentences of a folder (none without sentences.yaml)."""
    path = folder / "sentences.yaml"
    if not path.exists():
        return []
    return entries(yaml.safe_load(path.read_text(encoding="utf-8")), "sentences")


def sentence_text(item: dict[str, Any]) -> str:
    """The sentence of a labelled item."""
    return str(item.get("text") or item.get("sentence") or "")


def role_accuracy(folder: Path) -> dict[str, tuple[int, int]]:
    """Per labelled role: sentences the checker gives that role, and how many there are."""
    scores: dict[str, tuple[int, int]] = {}
    for item in labelled_sentences(folder):
        role = str(item.get("role") or item.get("label"))
        right, total = scores.get(role, (0, 0))
        scores[role] = (right + (sentence_role(sentence_text(item)) == role), total + 1)
    return scores


def sentence_flags(folder: Path) -> tuple[tuple[int, int], tuple[int, int]]:
    """Sentences checked one by one: (labelled red flags caught, how many), (clean ones flagged, how many)."""
    caught_flags = flags = false_alarms = clean_sentences = 0
    for item in labelled_sentences(folder):
        context = {"kind": item.get("kind") or "thank-you", "company": item.get("company")}
        hit = bool({finding.code for finding in check(sentence_text(item), "email", context).findings} & RED_FLAGS)
        if item.get("flag"):
            flags, caught_flags = flags + 1, caught_flags + hit
        else:
            clean_sentences, false_alarms = clean_sentences + 1, false_alarms + hit
    return (caught_flags, flags), (false_alarms, clean_sentences)


def share(pair: tuple[int, int]) -> float:
    """A count over a total as a share (1.0 for nothing to count)."""
    return pair[0] / pair[1] if pair[1] else 1.0


def mistakes(folder: Path) -> list[str]:
    """Each disagreement with the labels, for the accuracy report (never run it on the held-out corpus)."""
    lines = []
    for draft in labelled(folder):
        found, flags = judged(folder, draft)
        labels = element_labels(draft)
        wrong = [element for element in ELEMENTS if found[element] != labels[element]]
        if "flags" in draft:
            want = frozenset().union(*(flag_codes(f) for f in draft["flags"] or ()))
            if flags != want:
                wrong.append(f"flags {sorted(flags)} != {sorted(want)}")
        if wrong:
            lines.append(f"{draft['file']}: {', '.join(wrong)}")
    for item in labelled_sentences(folder):
        role = sentence_role(sentence_text(item))
        if role != item.get("role"):
            lines.append(f"sentence {item.get('role')} -> {role}: {sentence_text(item)}")
    return lines


def present(name: str) -> bool:
    """Whether a corpus is in the repository (the frozen held-out one arrives in its own commit)."""
    return (CORPORA[name] / "labels.yaml").exists()


@pytest.mark.parametrize("name", MIN_ACCURACY)
def test_element_detection_accuracy(name: str) -> None:
    """Every element is detected correctly on at least the floor share of labelled drafts."""
    folder = CORPORA[name]
    if not present(name):
        pytest.skip(f"{name} is not in this checkout")
    assert len(labelled(folder)) >= 20
    for element, value in accuracy(folder).items():
        assert value >= MIN_ACCURACY[name], f"{name} {element}: {value:.0%}"


@pytest.mark.parametrize(("name", "floor"), MIN_RED_FLAG_ACCURACY.items())
def test_red_flag_accuracy(name: str, floor: float) -> None:
    """Red flags are raised exactly where a careers adviser would raise them, on the floor share of drafts."""
    if not present(name):
        pytest.skip(f"{name} is not in this checkout")
    value = red_flag_accuracy(CORPORA[name])
    assert value is not None and value >= floor, f"{name} red flags: {value}"


@pytest.mark.parametrize(("name", "floor"), MIN_CAUGHT.items())
def test_red_flags_are_caught(name: str, floor: float) -> None:
    """At least the floor share of the lines a careful reader would not send are caught."""
    if not present(name):
        pytest.skip(f"{name} is not in this checkout")
    found, total = caught(CORPORA[name])
    assert total and found / total >= floor, f"{name}: {found} of {total} caught"


@pytest.mark.parametrize(("name", "floor"), MIN_CLEAN.items())
def test_polite_controls_are_left_clean(name: str, floor: float) -> None:
    """At least the floor share of polite notes draw no red flag."""
    if not present(name):
        pytest.skip(f"{name} is not in this checkout")
    left_clean, total = clean(CORPORA[name])
    assert total and left_clean / total >= floor, f"{name}: {left_clean} of {total} left clean"


@pytest.mark.parametrize(("name", "floor"), MIN_ROLE_ACCURACY.items())
def test_sentence_roles(name: str, floor: float) -> None:
    """Sentences get their labelled role on at least the floor share."""
    if not labelled_sentences(SENTENCE_CORPORA[name]):
        pytest.skip(f"{name} has no labelled sentences in this checkout")
    scores = role_accuracy(SENTENCE_CORPORA[name])
    total = (sum(right for right, _ in scores.values()), sum(count for _, count in scores.values()))
    assert share(total) >= floor, f"{name}: {total[0]} of {total[1]} sentences"


def test_polite_competing_offer_and_timeline_questions_are_never_flagged() -> None:
    """The recommended ways to mention another offer's deadline or ask about the timeline draw no red flag."""
    topics = ("competing-offer", "offer-deadline", "timeline")
    polite = [
        (folder, draft)
        for name, folder in CORPORA.items()
        if name != HELD_OUT and present(name) and "flags" in labelled(folder)[0]
        for draft in labelled(folder)
        if any(topic in str(draft["file"]) for topic in topics) and draft.get("flags") == []
    ]
    assert sum("timeline" in str(draft["file"]) for _, draft in polite) >= 2
    assert sum("offer" in str(draft["file"]) for _, draft in polite) >= 5
    for folder, draft in polite:
        assert judged(folder, draft)[1] == set(), draft["file"]


def test_corpora_hold_three_hundred_labelled_items() -> None:
    """Drafts and sentences, tuning and held-out together, number at least 300."""
    drafts = sum(len(labelled(folder)) for name, folder in CORPORA.items() if present(name))
    sentences = sum(len(labelled_sentences(folder)) for folder in SENTENCE_CORPORA.values())
    assert drafts + sentences >= 300


def test_every_category_maps_to_a_red_flag_code() -> None:
    """The category table names only codes the checker reports as red flags."""
    assert all(codes and codes <= RED_FLAGS for codes in CATEGORY_CODES.values())


def test_labels_cover_each_channel_and_each_missing_element() -> None:
    """The corpus has complete drafts and drafts missing each element, for every channel."""
    drafts = labelled(DRAFTS)
    for channel in ("email", "linkedin", "handwritten"):
        mine = [d for d in drafts if d["channel"] == channel]
        assert any(all(d["elements"].values()) for d in mine)
        for element in ELEMENTS:
            assert any(not d["elements"][element] for d in mine), (channel, element)


def test_the_browser_carries_the_trained_sentence_model() -> None:
    """The exported data holds the weights of afterview/sentence_model.json, and checker.js no copy of its own."""
    from afterview._internal.site.export import browser_data
    from afterview._internal.site.settings import Settings
    from afterview._internal.site.site_catalog import load_site

    script = (Path(__file__).parent.parent / "docs/assets/javascripts/afterview/checker.js").read_text(encoding="utf-8")
    assert "SENTENCE_MODEL" not in script and '"weights"' not in script
    assert browser_data(load_site(Settings(), lint=False))["sentence_model"] == model()


def test_the_sentence_model_backs_up_the_patterns_with_the_rules_advice() -> None:
    """A pushy sentence no pattern matches is flagged by the model under the rule's code, quoting the sentence."""
    sentence = "How soon will I know if I have been selected?"
    assert not any(compile_pattern(p).search(sentence) for p in RULES_BY_CODE["AV501"].patterns)
    assert "AV501" in flagged_codes(sentence)
    found = [f for f in check(f"Hi Dana,\n\n{sentence}\n\nBest,\nAna Lima", "email", {}).findings if f.code == "AV501"]
    assert found and sentence[:20] in found[0].message and found[0].message.startswith("should stay patient")
    assert not flagged_codes("Thank you for showing me the new cold store on Tuesday.")
