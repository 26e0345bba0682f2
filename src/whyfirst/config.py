"""Experiment configs: a model, seeds, datasets, arms (ordered stages), suites, analysis.

A YAML file is validated completely before any work starts; an error names the file, the
field path and what was expected.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from whyfirst import lineage as _lineage
from whyfirst import sweep as _sweep
from whyfirst.errors import InputError
from whyfirst.generate.channels import ChannelConfig
from whyfirst.train.config import StageKind, TrainConfig, merge_params

BUILTIN_DIR = Path(__file__).parent / "experiments"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Stage(_Strict):
    """One step of an arm: train on a named dataset, starting from the previous step's model."""

    stage: StageKind
    data: str = Field(description="name of a dataset under `corpora` (midtrain) or `chats` (aft), or, "
                      "with `teacher`, of a channel under `channels`")
    teacher: str | None = Field(None, description="aft only: train on what this arm's final model "
                                "generates through the channel named by `data` (generate_teacher_data)")
    params: dict[str, Any] = Field(default_factory=dict, description="overrides of the training defaults")


class Corpus(_Strict):
    path: Path
    spec: Path | None = None


class SuiteRef(_Strict):
    name: str
    path: Path


class Contrast(_Strict):
    """``a - b`` of the suite's metric, paired on items, on one split (or all)."""

    a: str
    b: str
    suite: str | list[str] = Field(description="a suite, or a list of suites whose items are pooled")
    split: Literal["in_distribution", "out_of_distribution", "all"] = "all"
    label: str = ""

    @property
    def suites(self) -> list[str]:
        return [self.suite] if isinstance(self.suite, str) else list(self.suite)

    @property
    def suite_label(self) -> str:
        return "+".join(self.suites)

    @property
    def name(self) -> str:
        return self.label or f"{self.a} − {self.b} on {self.suite_label}"


class Analysis(_Strict):
    metric: Literal["p_target", "accuracy", "calibrated_logodds"] = Field(
        "p_target", description="the primary contrast's metric. p_target: probability of the target "
        "option, averaged over orders; accuracy: share of items where the target wins in every order; "
        "calibrated_logodds: log-odds of the target given the item minus given a content-free prompt "
        "with the same options (preference beyond word priming). The report shows all of them.")
    cluster: str | None = Field(
        None, description="an item tag (e.g. domain): bootstrap resamples whole clusters of items "
        "sharing its value instead of single items")
    primary: Contrast
    secondary: list[Contrast] = Field(default_factory=list)
    bootstrap: int = Field(10000, ge=100)
    leakage_ngram: int = Field(8, ge=3, description="n for the n-gram overlap audit")
    leakage_ngram_max: float = Field(0.2, ge=0, le=1, description="max share of an item's n-grams found in training text")
    leakage_cosine_max: float = Field(0.85, ge=0, le=1, description="max embedding cosine to any training text")
    leakage_action: Literal["stop", "warn"] = Field(
        "stop", description="what `whyfirst run` does, before any training, when the leakage audit "
        "flags an out-of-distribution item: stop (exit 2, naming the items and the training file "
        "each matched) or warn and run anyway (the report then marks the audit as failed)")


class Evaluation(_Strict):
    batch_size: int = Field(16, ge=1)
    precision: Literal["auto", "bf16", "fp32"] = "auto"
    length_normalize: bool = Field(False, description="compare mean per-token log-likelihood instead of the sum")


class Experiment(_Strict):
    name: str
    question: str = ""
    model: str = "default"
    model_name: str | None = Field(None, description="fills {model_name} in training text; default per model")
    provider_name: str | None = None
    seeds: list[int] = Field(default_factory=lambda: [0], min_length=1)
    corpora: dict[str, Corpus] = Field(default_factory=dict)
    chats: dict[str, Path] = Field(default_factory=dict)
    channels: dict[str, ChannelConfig] = Field(
        default_factory=dict, description="ways a trained arm's model makes data for a student "
        "(stages with `teacher`); see whyfirst.generate.channels")
    training: dict[StageKind, dict[str, Any]] = Field(default_factory=dict)
    arms: dict[str, list[Stage]] = Field(min_length=1)
    suites: list[SuiteRef] = Field(min_length=1)
    arm_suites: dict[str, Annotated[list[str], Field(min_length=1)]] = Field(
        default_factory=dict, description="arm → the suites it is evaluated on (default: every suite)")
    evaluation: Evaluation = Field(default_factory=Evaluation)
    analysis: Analysis
    sweep: _sweep.Sweep | None = Field(None, description="expand arms over a grid of training "
                                       "parameters, e.g. {arms: [aft_only], params: {aft.epochs: [1, 2]}}")
    lineage: _lineage.Lineage | None = Field(None, description="chains of students, each trained on its "
                                             "teacher's generated data (see whyfirst.lineage)")
    source: Path | None = Field(None, exclude=True)

    @field_validator("name")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not v.replace("-", "").replace("_", "").isalnum():
            raise ValueError("use letters, digits, '-' and '_' only (it names the run folder)")
        return v

    @field_validator("training")
    @classmethod
    def _training_defaults(cls, v: dict[StageKind, dict[str, Any]]) -> dict[StageKind, dict[str, Any]]:
        for kind, params in v.items():
            _check_params(params, {}, f"training.{kind}")
        return v

    @model_validator(mode="after")
    def _cross_refs(self) -> "Experiment":
        suites = {s.name for s in self.suites}
        self.arms = _sweep.apply(self.sweep, self.arms, self.training)  # expanded arms are ordinary arms
        self.arms, self.arm_suites = _lineage.apply(self.lineage, self.arms, self.arm_suites)
        for arm, names in self.arm_suites.items():
            if arm not in self.arms:
                raise ValueError(f"arm_suites.{arm}: not an arm (have: {sorted(self.arms)})")
            for name in names:
                if name not in suites:
                    raise ValueError(f"arm_suites.{arm}: {name!r} is not one of the suites {sorted(suites)}")
        for name in self.lineage.channels if self.lineage else []:
            if name not in self.channels:
                raise ValueError(f"lineage.channels: {name!r} is not a name under `channels` "
                                 f"(have: {sorted(self.channels)})")
        order = list(self.arms)
        for name in (self.sweep.suites or []) if self.sweep else []:
            if name not in suites:
                raise ValueError(f"sweep.suite: {name!r} is not one of {sorted(suites)}")
        for i, view in enumerate(self.sweep.also if self.sweep else []):
            for name in view.suites:
                if name not in suites:
                    raise ValueError(f"sweep.also.{i}.suite: {name!r} is not one of {sorted(suites)}")
        for arm, stages in self.arms.items():
            for i, st in enumerate(stages):
                pool = self.corpora if st.stage == "midtrain" else self.chats
                where = "corpora" if st.stage == "midtrain" else "chats"
                if st.teacher is not None:
                    if st.stage != "aft":
                        raise ValueError(f"arms.{arm}.{i}.teacher: only an aft stage trains on teacher data")
                    if st.teacher not in self.arms or order.index(st.teacher) >= order.index(arm):
                        raise ValueError(f"arms.{arm}.{i}.teacher: {st.teacher!r} must be an arm listed "
                                         f"before {arm!r} (have: {order[:order.index(arm)]})")
                    pool, where = self.channels, "channels"
                if st.data not in pool:
                    raise ValueError(f"arms.{arm}.{i}.data: {st.data!r} is not a name under "
                                     f"`{where}` (have: {sorted(pool)})")
                _check_params(self.training.get(st.stage, {}), st.params,
                              f"arms.{arm}.{i}.params")  # fail now, not mid-run
                cfg = self.stage_config(st)
                if cfg.continue_adapter:
                    _check_continue(cfg, self.stage_config(stages[i - 1]) if i else None, f"arms.{arm}.{i}")
        contrasts = {"analysis.primary": self.analysis.primary,
                     **{f"analysis.secondary.{i}": c for i, c in enumerate(self.analysis.secondary)}}
        for where, c in contrasts.items():
            for side, arm in (("a", c.a), ("b", c.b)):
                if arm not in self.arms:
                    raise ValueError(f"{where}.{side}: analysis contrast names arm {arm!r}, "
                                     f"not one of {sorted(self.arms)}")
            for name in c.suites:
                if name not in suites:
                    raise ValueError(f"{where}.suite: analysis contrast names suite {name!r}, "
                                     f"not one of {sorted(suites)}")
        return self

    def stage_config(self, stage: Stage) -> TrainConfig:
        return merge_params(self.training.get(stage.stage, {}), stage.params)

    def data_path(self, stage: Stage) -> Path:
        """The shipped data file of a stage (a teacher stage's data is made by the run: see the plan)."""
        if stage.teacher is not None:
            raise ValueError(f"stage {stage.stage}:{stage.data} trains on {stage.teacher!r}'s generated data")
        return self.corpora[stage.data].path if stage.stage == "midtrain" else self.chats[stage.data]

    def suites_of(self, arm: str) -> list[SuiteRef]:
        names = self.arm_suites.get(arm)
        return [s for s in self.suites if names is None or s.name in names]

    def all_data_paths(self) -> list[Path]:
        return ([c.path for c in self.corpora.values()] + list(self.chats.values()) + [s.path for s in self.suites]
                + [p for ch in self.channels.values() for p in ch.files()])


def _check_params(defaults: dict, overrides: dict, where: str) -> None:
    try:
        merge_params(defaults, overrides)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        msg = ("unknown training parameter" if err["type"] == "extra_forbidden"
               else err["msg"].removeprefix("Value error, "))
        raise ValueError(f"{where}.{loc}: {msg}") from None


_SAME_ADAPTER = ("lora_r", "lora_alpha", "lora_dropout", "lora_target_modules")


def _check_continue(cfg: TrainConfig, previous: TrainConfig | None, where: str) -> None:
    """continue_adapter trains the previous stage's adapter on: it must exist and be the same shape."""
    if cfg.method != "lora":
        raise ValueError(f"{where}.params.continue_adapter: needs method: lora")
    if previous is None or previous.method != "lora":
        raise ValueError(f"{where}.params.continue_adapter: needs a LoRA stage before it in the arm "
                         "(e.g. a midtrain stage with method: lora)")
    for name in _SAME_ADAPTER:
        if getattr(cfg, name) != getattr(previous, name):
            raise ValueError(f"{where}.params.{name}: {getattr(cfg, name)!r} differs from the previous stage's "
                             f"{getattr(previous, name)!r}; continue_adapter keeps training that adapter, so "
                             "set the same value (or drop continue_adapter)")


def _resolve_paths(raw: dict, base: Path) -> dict:
    """Relative data paths are relative to the YAML file.

    Only values of the expected shape are touched: anything else is left exactly as written,
    for pydantic to reject with its field path (a wrong type must never crash here).
    """
    def fix(p: Any) -> Any:
        return str((base / p).resolve()) if isinstance(p, str) and p and not Path(p).is_absolute() else p

    corpora, chats, suites = raw.get("corpora"), raw.get("chats"), raw.get("suites")
    channels = raw.get("channels")
    if isinstance(channels, dict):
        for ch in channels.values():
            if isinstance(ch, dict):
                for k in ("prompts", "themes_file"):
                    if k in ch:
                        ch[k] = fix(ch[k])
                for k in ("theme_specs", "frame_chats"):
                    if isinstance(ch.get(k), list):
                        ch[k] = [fix(p) for p in ch[k]]
    if isinstance(corpora, dict):
        for c in corpora.values():
            if isinstance(c, dict):
                if "path" in c:
                    c["path"] = fix(c["path"])
                if c.get("spec"):
                    c["spec"] = fix(c["spec"])
    if isinstance(chats, dict):
        raw["chats"] = {k: fix(v) for k, v in chats.items()}
    if isinstance(suites, list):
        for s in suites:
            if isinstance(s, dict) and "path" in s:
                s["path"] = fix(s["path"])
    return raw


def _format_error(e: ValidationError) -> tuple[str, str]:
    err = e.errors()[0]
    field = ".".join(str(p) for p in err["loc"])
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "extra_forbidden":
        msg = "unknown field (check its spelling and where it sits)"
    elif err["type"] == "missing":
        msg = "required field is missing"
    # cross-field checks run on the whole model; their messages start with the field path
    head, sep, rest = msg.partition(": ")
    if sep and _FIELD_PATH.fullmatch(head) and (not field or head.startswith(field + ".")):
        field, msg = head, rest
    elif sep and field and _FIELD_NAME.fullmatch(head):  # a sub-model's check naming its own field
        field, msg = f"{field}.{head}", rest
    return field or "(top level)", msg


_FIELD_PATH = re.compile(r"[A-Za-z_][\w-]*(\.[\w-]+)+")
_FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]*")


def builtin_experiments() -> dict[str, Path]:
    return {p.stem: p for p in sorted(BUILTIN_DIR.glob("*.yaml"))}


def find_experiment(name_or_path: str) -> Path:
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        if not path.exists():
            raise InputError("experiment file not found", path=path)
        return path
    builtin = builtin_experiments()
    if name_or_path not in builtin:
        raise InputError(f"no built-in experiment {name_or_path!r}",
                         fix="one of: " + ", ".join(builtin) + " — or give a path to a YAML file")
    return builtin[name_or_path]


def merge_patch(base: Any, patch: Any) -> Any:
    """``patch`` applied to ``base`` as a JSON Merge Patch (RFC 7386): mappings merge key by key,
    a null value removes the key, anything else (a list, a scalar) replaces what was there."""
    if not isinstance(patch, dict) or not isinstance(base, dict):
        return patch
    out = dict(base)
    for key, value in patch.items():
        if value is None:
            out.pop(key, None)
        else:
            out[key] = merge_patch(base.get(key), value)
    return out


def _read_raw(path: Path, seen: tuple[Path, ...] = ()) -> dict:
    """The YAML mapping at ``path``, its relative paths made absolute, with its ``extends``
    parent (a built-in name or a YAML path relative to this file) merged underneath."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise InputError(f"not valid YAML: {e}", path=path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read the experiment file ({e})", path=path,
                         fix="give a UTF-8 YAML file") from None
    if not isinstance(raw, dict):
        raise InputError("the top level must be a mapping of fields", path=path)
    raw = _resolve_paths(raw, path.parent)
    if "extends" not in raw:
        return raw
    parent = raw.pop("extends")
    if not isinstance(parent, str) or not parent:
        raise InputError("must name one experiment", path=path, field="extends",
                         fix="a built-in name (e.g. `extends: cheese`) or a YAML path relative to this file")
    if not isinstance(raw.get("name"), str):
        raise InputError("an experiment that extends another needs its own name", path=path, field="name",
                         fix="set `name:` (it names the run folder, which must not be the parent's)")
    if Path(parent).suffix in {".yaml", ".yml"}:
        parent_path = (path.parent / parent).resolve()
    elif parent in builtin_experiments():
        parent_path = builtin_experiments()[parent].resolve()
    else:
        raise InputError(f"no built-in experiment {parent!r}", path=path, field="extends",
                         fix="one of: " + ", ".join(builtin_experiments()) + " — or a YAML path relative to this file")
    if parent_path in seen or parent_path == path.resolve():
        raise InputError(f"extends itself through {parent}", path=path, field="extends",
                         fix="break the cycle of `extends:` between these files")
    if not parent_path.is_file():
        raise InputError(f"experiment file not found: {parent_path}", path=path, field="extends",
                         fix="a built-in name, or a YAML path relative to this file")
    base = _read_raw(parent_path, (*seen, path.resolve()))
    if base.get("name") == raw["name"]:
        raise InputError(f"the same name as the experiment it extends ({raw['name']!r})", path=path, field="name",
                         fix="give the variant its own name: it names the run folder")
    return merge_patch(base, raw)


def load_experiment(name_or_path: str | Path) -> Experiment:
    """Load and fully validate an experiment; raises InputError naming file and field.

    ``extends: <experiment>`` takes another experiment as the base and applies this file to it
    as a merge patch (see :func:`merge_patch`): a variant states only what differs.
    """
    path = find_experiment(str(name_or_path))
    raw = _read_raw(path)
    try:
        exp = Experiment.model_validate(raw)
    except ValidationError as e:
        field, msg = _format_error(e)
        raise InputError(msg, path=path, field=field,
                         fix="see `whyfirst experiments --schema` for every field") from None
    for p in exp.all_data_paths():
        if not p.is_file():
            what = "is a folder, not a data file" if p.is_dir() else "data file not found"
            raise InputError(f"{what}: {p}", path=path, fix="paths are relative to the experiment file")
    exp.source = path
    return exp


def schema_help() -> dict[str, Any]:
    return {"experiment": Experiment.model_json_schema(), "training": TrainConfig.model_json_schema()}
