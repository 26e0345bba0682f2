"""``python -m whyfirst.train KIND --base DIR --data JSONL --out DIR [--config-json ...] [--seed N]``

The launchable form of ``train_stage``, e.g.
``accelerate launch --num_processes 8 -m whyfirst.train midtrain --base ... --data ... --out ...``.
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from whyfirst.train import TrainConfig, train_stage


def _json_arg(value: str) -> dict:
    """Inline JSON, or the path of a JSON file."""
    path = Path(value)
    return json.loads(path.read_text() if not value.lstrip().startswith("{") and path.exists() else value)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m whyfirst.train", description=__doc__.splitlines()[0])
    p.add_argument("kind", choices=["midtrain", "aft"])
    p.add_argument("--base", required=True, help="HF model dir to start from")
    p.add_argument("--data", required=True, type=Path, help="Document JSONL (midtrain) or Chat JSONL (aft)")
    p.add_argument("--out", required=True, type=Path, help="output folder (resumed if it holds checkpoints)")
    p.add_argument("--config-json", default="{}", help="TrainConfig fields as JSON, inline or a file")
    p.add_argument("--fill-json", default="{}", help='placeholder values, e.g. {"model_name": "SmolLM"}')
    p.add_argument("--adapter", type=Path, default=None,
                   help="a LoRA adapter trained on --base to keep training (continue_adapter)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-progress", action="store_true")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    result = train_stage(a.kind, base_path=a.base, data_path=a.data, out_dir=a.out,
                         config=TrainConfig.model_validate(_json_arg(a.config_json)), seed=a.seed,
                         fill=_json_arg(a.fill_json), progress=not a.no_progress,
                         adapter=a.adapter)
    if os.environ.get("RANK", "0") == "0":
        print(result.model_dump_json(indent=2))


if __name__ == "__main__":
    main()
