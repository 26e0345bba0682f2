"""Native forced-choice scorer: every prompt token is computed once, its KV cache reused.

The scores follow the log-likelihood rule in :mod:`whyfirst.evaluate.suites`. Contexts, one
per (item, order), are sorted by length (the orders of an item kept together) and cut into
batches of ``batch_size`` contexts. A batch runs as a chain of forward passes on one KV cache,
each appending one right-padded segment per row; between passes the cache rows are selected
(duplicated) for the rows that continue from them:

0. the token prefix every context in the batch shares (the chat template's system turn), once;
1. per item, the prefix its orders share (the template up to the first option);
2. per context, the rest of the context except its last token;
3. per (context, option), the context's last token followed by the continuation without its
   last token. Long and short continuations may go in two passes to save padding.

Position ids are given explicitly (a row's real length so far + offset) and the 2D attention
mask hides the padding gaps between segments, so each row sees exactly
``context + continuation`` at the right positions. Right padding means every query row has at
least one real key (a row with none yet is let see itself), so no fully masked softmax row can
write NaNs into the cache. Only stage 3 goes through the LM head; log-probabilities are taken
in float32 (``logit - logsumexp``).

:func:`reference_score` is the naive check: one full forward per (context + continuation).
"""

from __future__ import annotations

import inspect
import math
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from whyfirst.evaluate.suites import (
    ContextRequest,
    JudgedItem,
    Suite,
    load_suite,
    render_requests,
)
from whyfirst.records import ItemResult, OptionScore, OrderScore, SuiteItem

if TYPE_CHECKING:  # pragma: no cover
    import torch

__all__ = ["score_items", "reference_score", "summarize", "evaluate_model", "score_requests"]

Precision = Literal["auto", "bf16", "fp32"]


# ---------------------------------------------------------------------------------------------
# scores → item results


def _order_stats(target: str, o: OrderScore, normalize: bool) -> tuple[float, float, bool]:
    """(P(target), log-odds of the target, target strictly highest) in one presentation order."""
    scores = {sc.key: (sc.logprob / max(sc.n_tokens, 1) if normalize else sc.logprob)
              for sc in o.options}
    top = max(scores.values())
    z = sum(math.exp(v - top) for v in scores.values())
    others = [v for k, v in scores.items() if k != target]
    o_top = max(others)
    lse_others = o_top + math.log(sum(math.exp(v - o_top) for v in others))
    wins = all(scores[target] > v for v in others)
    return math.exp(scores[target] - top) / z, scores[target] - lse_others, wins


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


def summarize(item: SuiteItem, *, suite: str, orders: list[OrderScore],
              length_normalize: bool = False, prior_orders: list[OrderScore] | None = None
              ) -> ItemResult:
    """p_target = softmax over the options' scores → probability of the target, mean over orders.

    The score is the summed log-probability, or the per-token mean with ``length_normalize``;
    ``p_target_norm`` is always the per-token version, so the two can be compared.
    ``target_always_wins`` holds when the target's score is strictly the highest in every order.
    With ``prior_orders`` (the same options under the item's neutral prompt) the result also
    carries the option prior ``p_prior`` and ``logodds_prior``; their difference from the item's
    log-odds is the calibrated preference.
    """
    main = [_order_stats(item.target, o, length_normalize) for o in orders]
    norm = [_order_stats(item.target, o, True)[0] for o in orders]
    extra: dict = {}
    if prior_orders:
        prior = [_order_stats(item.target, o, length_normalize) for o in prior_orders]
        extra = {"prior_orders": prior_orders, "p_prior": _mean([p for p, _, _ in prior]),
                 "logodds_prior": _mean([lo for _, lo, _ in prior])}
    return ItemResult(item_id=item.id, suite=suite, split=item.split, target=item.target,
                      tags=dict(item.tags), orders=orders, p_target=_mean([p for p, _, _ in main]),
                      target_always_wins=all(w for _, _, w in main), length_normalized=length_normalize,
                      p_target_norm=_mean(norm), logodds=_mean([lo for _, lo, _ in main]), **extra)


def _order_scores(items: list[SuiteItem], requests: list[ContextRequest],
                  scores: list[list[tuple[float, int]]]) -> dict[int, list[OrderScore]]:
    per_item: dict[int, list[OrderScore]] = {}
    for req, sc in zip(requests, scores):
        item = items[req.item_index]
        per_item.setdefault(req.item_index, []).append(OrderScore(
            order=[item.options[k].key for k in req.order],
            options=[OptionScore(key=item.options[k].key, logprob=lp, n_tokens=n)
                     for k, (lp, n) in enumerate(sc)]))
    return per_item


def _results(items: list[SuiteItem], requests: list[ContextRequest],
             scores: list[list[tuple[float, int]]], *, suite: str,
             length_normalize: bool) -> list[ItemResult]:
    """Requests cover each item and, after them, each item's neutral version (same index + n)."""
    n = len(items)
    per_item = _order_scores(items + [i.neutral_version() for i in items], requests, scores)
    return [summarize(item, suite=suite, orders=per_item[i], length_normalize=length_normalize,
                      prior_orders=per_item.get(i + n))
            for i, item in enumerate(items)]


def _check_items(items: list) -> list[SuiteItem]:
    judged = [i.id for i in items if isinstance(i, JudgedItem)]
    if judged:
        raise ValueError(f"items {judged[:3]} are judged items; score them with "
                         "whyfirst.evaluate.inspect_tasks.judge_items (they need a judge model)")
    return list(items)


def _with_priors(tokenizer, items: list[SuiteItem]) -> list[ContextRequest]:
    """Every item's requests, then its neutral version's (item index shifted by len(items))."""
    return render_requests(tokenizer, items + [i.neutral_version() for i in items])


def _suite_name(suite: str | Suite) -> str:
    return suite.name if isinstance(suite, Suite) else str(suite)


# ---------------------------------------------------------------------------------------------
# the KV-reuse scorer


def _cache_kwarg(model) -> str:
    params = inspect.signature(model.forward).parameters
    return "cache" if "cache" in params else "past_key_values"


def _new_cache(model):
    from transformers import DynamicCache

    try:
        return DynamicCache(config=model.config)
    except TypeError:  # pragma: no cover - older transformers
        return DynamicCache()


def _common_prefix(seqs: list[list[int]]) -> int:
    n = min(len(s) for s in seqs)
    first = seqs[0]
    for i in range(n):
        t = first[i]
        if any(s[i] != t for s in seqs):
            return i
    return n


class _Rows:
    """A KV cache plus, per batch row, the mask of its cache columns and its real length.

    Every stage appends one right-padded segment per row. Rows can be re-selected (and
    duplicated) between stages, so a segment computed once serves every row descended from it.
    """

    def __init__(self, model, cache_kw: str, pad_id: int) -> None:
        import torch

        self.model, self.cache_kw, self.pad_id = model, cache_kw, pad_id
        self.device = next(model.parameters()).device
        self.cache = _new_cache(model)
        self.hist = torch.zeros(1, 0, dtype=torch.long)
        self.base = torch.zeros(1, dtype=torch.long)

    def select(self, parent: list[int], *, copy: bool = False) -> "_Rows":
        import copy as copy_
        import torch

        out = self
        if copy:
            out = _Rows.__new__(_Rows)
            out.__dict__.update(self.__dict__)
            if hasattr(self.cache, "layers"):  # layers swap tensors on update: shallow is enough
                out.cache = copy_.copy(self.cache)
                out.cache.layers = [copy_.copy(layer) for layer in self.cache.layers]
            else:  # pragma: no cover - other cache implementations
                out.cache = copy_.deepcopy(self.cache)
        if parent != list(range(len(self.base))):
            idx = torch.tensor(parent, dtype=torch.long)
            out.cache.batch_select_indices(idx.to(self.device))
            out.hist, out.base = self.hist[idx], self.base[idx]
        return out

    def extend(self, segments: list[list[int]], *, logits: bool = False):
        """Run one segment per row; returns the segment's logits when asked."""
        import torch

        width = max(len(s) for s in segments)
        if width == 0:
            return None
        rows = len(segments)
        ids = torch.full((rows, width), self.pad_id, dtype=torch.long)
        seg_mask = torch.zeros(rows, width, dtype=torch.long)
        for j, seg in enumerate(segments):
            if seg:
                ids[j, :len(seg)] = torch.tensor(seg, dtype=torch.long)
                seg_mask[j, :len(seg)] = 1
        run_mask = torch.cat([self.hist, seg_mask], 1)
        blind = run_mask.sum(1) == 0  # a row with no real token yet: let its pads see themselves
        if blind.any():
            run_mask[blind, self.hist.shape[1]] = 1
        pos = self.base[:, None] + torch.arange(width)[None]
        out = self.model(input_ids=ids.to(self.device), attention_mask=run_mask.to(self.device),
                         position_ids=pos.to(self.device), use_cache=True,
                         logits_to_keep=0 if logits else 1, **{self.cache_kw: self.cache})
        self.hist = torch.cat([self.hist, seg_mask], 1)
        self.base = self.base + seg_mask.sum(1)
        return out.logits if logits else None


def _split_point(lengths: list[int], min_saving: float = 0.1) -> int:
    """Rows sorted by length: where to cut in two to save padding (len(lengths) = no cut)."""
    n = len(lengths)
    full = n * lengths[-1]
    best_k, best = n, full
    for k in range(2, n - 1):
        cost = k * lengths[k - 1] + (n - k) * lengths[-1]
        if cost < best:
            best_k, best = k, cost
    return best_k if best <= (1 - min_saving) * full else n


def _score_batch(model, reqs: list[ContextRequest], cache_kw: str,
                 pad_id: int) -> list[list[tuple[float, int]]]:
    import torch

    ctxs = [r.context_ids for r in reqs]
    heads = [c[:-1] for c in ctxs]  # the last context token is fed with each continuation
    rows = _Rows(model, cache_kw, pad_id)
    # stage 0: the prefix every context in the batch shares (e.g. the chat template's system turn)
    p = _common_prefix(heads)
    rows.extend([heads[0][:p]])
    # stage 1: the prefix the orders of one item share (the template up to the first option)
    groups: dict[int, list[int]] = {}
    for j, r in enumerate(reqs):
        groups.setdefault(r.item_index, []).append(j)
    members = list(groups.values())
    cuts = [p if len(m) == 1 else _common_prefix([heads[j] for j in m]) for m in members]
    rows.select([0] * len(members))
    rows.extend([heads[m[0]][p:cut] for m, cut in zip(members, cuts)])
    # stage 2: the rest of each context but its last token
    parent, cut_of = [0] * len(reqs), [0] * len(reqs)
    for g, (m, cut) in enumerate(zip(members, cuts)):
        for j in m:
            parent[j], cut_of[j] = g, cut
    rows.select(parent)
    rows.extend([heads[j][cut_of[j]:] for j in range(len(reqs))])
    # stage 3: per (context, option) the last context token + the continuation but its last token
    pairs = sorted(((j, k) for j, r in enumerate(reqs) for k in range(len(r.continuation_ids))),
                   key=lambda jk: len(reqs[jk[0]].continuation_ids[jk[1]]))
    lengths = [len(reqs[j].continuation_ids[k]) for j, k in pairs]
    cut = _split_point(lengths)
    out: list[list[tuple[float, int] | None]] = [[None] * len(r.continuation_ids) for r in reqs]
    parts = [pairs[:cut], pairs[cut:]] if cut < len(pairs) else [pairs]
    for n_part, part in enumerate(parts):
        # every part but the last works on a copy: the cache rows are needed again
        sub = rows.select([j for j, _ in part], copy=n_part < len(parts) - 1)
        conts = [reqs[j].continuation_ids[k] for j, k in part]
        logits = sub.extend([[ctxs[j][-1]] + c[:-1] for (j, _), c in zip(part, conts)],
                            logits=True).float()
        width = logits.shape[1]
        targets = torch.zeros(len(part), width, dtype=torch.long)
        mask = torch.zeros(len(part), width)
        for n, c in enumerate(conts):
            targets[n, :len(c)] = torch.tensor(c, dtype=torch.long)
            mask[n, :len(c)] = 1
        targets = targets.to(logits.device)
        picked = logits.gather(-1, targets[..., None])[..., 0] - torch.logsumexp(logits, -1)
        sums = (picked.cpu() * mask).sum(1).tolist()
        for n, ((j, k), c) in enumerate(zip(part, conts)):
            out[j][k] = (float(sums[n]), len(c))
        del logits, picked, sub
    return out  # type: ignore[return-value]


def score_requests(model, requests: list[ContextRequest], *, batch_size: int = 16,
                   pad_id: int = 0, progress: bool = False) -> list[list[tuple[float, int]]]:
    """``[request][option] -> (sum logprob, n_tokens)``, each prompt token computed once.

    Contexts are sorted by length (an item's orders kept together) and cut into batches of
    ``batch_size`` contexts (each with all its options); see the module docstring for the
    stages of a batch.
    """
    import torch

    cache_kw = _cache_kwarg(model)
    # sort by the length left after the prefix an item's orders share (stage 2's width)
    heads: dict[int, list[list[int]]] = {}
    for r in requests:
        heads.setdefault(r.item_index, []).append(r.context_ids[:-1])
    rest = {i: max(map(len, h)) - (_common_prefix(h) if len(h) > 1 else 0)
            for i, h in heads.items()}
    order = sorted(range(len(requests)),
                   key=lambda i: (-rest[requests[i].item_index], requests[i].item_index, i))
    out: list[list[tuple[float, int]] | None] = [None] * len(requests)
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(requests), desc="scoring", unit="prompt")
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            for i, scores in zip(batch, _score_batch(model, [requests[i] for i in batch],
                                                     cache_kw, pad_id)):
                out[i] = scores
            if bar is not None:
                bar.update(len(batch))
    if bar is not None:
        bar.close()
    return out  # type: ignore[return-value]


def _pad_id(tokenizer) -> int:
    for t in (tokenizer.pad_token_id, tokenizer.eos_token_id):
        if t is not None:
            return int(t)
    return 0


def score_items(model, tokenizer, items: list[SuiteItem], *, suite: str | Suite,
                batch_size: int = 16, length_normalize: bool = False,
                progress: bool = True) -> list[ItemResult]:
    """Score forced-choice items in every order of their options; one result per item."""
    items = _check_items(items)
    if not items:
        return []
    requests = _with_priors(tokenizer, items)
    scores = score_requests(model, requests, batch_size=batch_size, pad_id=_pad_id(tokenizer),
                            progress=progress)
    return _results(items, requests, scores, suite=_suite_name(suite),
                    length_normalize=length_normalize)


# ---------------------------------------------------------------------------------------------
# the naive reference


def reference_requests(model, requests: list[ContextRequest]) -> list[list[tuple[float, int]]]:
    """One full forward per (context + continuation), no padding, no cache."""
    import torch

    device = next(model.parameters()).device
    out = []
    with torch.inference_mode():
        for req in requests:
            row = []
            for cont in req.continuation_ids:
                ids = torch.tensor([req.context_ids + cont], device=device)
                logits = model(input_ids=ids, use_cache=False).logits[0].float()
                lp = torch.log_softmax(logits, -1)
                n = len(req.context_ids)
                picked = lp[n - 1:n - 1 + len(cont)].gather(
                    -1, torch.tensor(cont, device=device)[:, None])
                row.append((float(picked.sum()), len(cont)))
            out.append(row)
    return out


def reference_score(model, tokenizer, items: list[SuiteItem], *, suite: str | Suite,
                    length_normalize: bool = False) -> list[ItemResult]:
    """The scorer's check: full forward of each sequence alone (load the model in fp32)."""
    items = _check_items(items)
    requests = _with_priors(tokenizer, items)
    return _results(items, requests, reference_requests(model, requests),
                    suite=_suite_name(suite), length_normalize=length_normalize)


# ---------------------------------------------------------------------------------------------
# entry point


def evaluate_model(model_path: str, suite_paths: list[Path], *, precision: Precision = "auto",
                   batch_size: int = 16, length_normalize: bool = False,
                   judge_model: str | None = None, device: str | None = None,
                   progress: bool = True) -> list[ItemResult]:
    """Load a model (a local HF or peft-adapter directory, ``default``, a packaged name, a hub
    id) in ``precision`` (``auto``: the rule of :mod:`whyfirst.precision`) and score suites.

    Forced-choice items go through :func:`score_items`. Judged items need ``judge_model`` (an
    Inspect model name, e.g. ``openai/gpt-4o`` or ``hf/<dir>``); without one each is returned
    with ``error`` set, never as a pass.
    """
    import torch

    from whyfirst.models import load_causal_lm, load_tokenizer, resolve
    from whyfirst.precision import resolve_precision

    suites = [load_suite(p) for p in suite_paths]
    local = Path(model_path).expanduser()
    # a peft adapter directory has no config.json: load_causal_lm merges it onto its base
    path = str(local) if (local / "adapter_config.json").exists() else resolve(model_path).path
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    tokenizer = load_tokenizer(path)
    model = load_causal_lm(path, resolve_precision(precision, device), device=device)
    results: list[ItemResult] = []
    for suite in suites:
        results += score_items(model, tokenizer, suite.forced_choice, suite=suite.name,
                               batch_size=batch_size, length_normalize=length_normalize,
                               progress=progress)
        if suite.judged:
            if judge_model is None:
                results += [judge_error_result(i, suite.name, "no judge model given")
                            for i in suite.judged]
            else:
                from whyfirst.evaluate.inspect_tasks import judge_items

                results += judge_items(suite.judged, suite=suite.name, model=f"hf/{path}",
                                       grader=judge_model)
    return results


def judge_error_result(item: JudgedItem, suite: str, error: str) -> ItemResult:
    """A judged item that could not be graded: recorded as an error, never as a pass."""
    return ItemResult(item_id=item.id, suite=suite, split=item.split, target=item.target,
                      tags=dict(item.tags), p_target=0.0, target_always_wins=False, error=error)
