"""The real HTTP path: Inspect's openai-api provider and the OpenAI SDK against
(1) a stdlib server that injects 429 / 500 / garbage responses and (2) `transformers serve`
serving the tiny local model, offline on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

from test_generate import FAST, SMALL, SPEC, good_reply, journal  # noqa: E402

# ----------------------------------------------------------------------------- fault server

Reply = tuple[int, str, str]  # status, content type, body


def completion(content: str, finish: str = "stop") -> Reply:
    body = {"id": "c1", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": finish,
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}
    return 200, "application/json", json.dumps(body)


def error(status: int) -> Reply:
    return status, "application/json", json.dumps({"error": {"message": f"injected {status}", "type": "x"}})


GARBAGE: Reply = (200, "text/html", "<html><body>upstream garbage</body></html>")


class FaultServer:
    """Answers POST /v1/chat/completions with ``script(n, request_json)`` for the n-th request."""

    def __init__(self, script: Callable[[int, dict], Reply]) -> None:
        self.script, self.requests = script, []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
                outer.requests.append(body)
                status, ctype, text = outer.script(len(outer.requests), body)
                data = text.encode()
                self.send_response(status)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(data)))
                if status == 429:
                    self.send_header("retry-after", "0")
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def fault_server():
    servers: list[FaultServer] = []

    def make(script: Callable[[int, dict], Reply]) -> FaultServer:
        servers.append(FaultServer(script))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def _runner(tmp_path: Path, teacher, **kw):
    from whyfirst.generate.journal import CallJournal
    from whyfirst.generate.runner import Runner

    j = CallJournal(tmp_path / "j")
    return Runner(teacher, j, backoff_base=0.001, backoff_max=0.01, call_timeout=60, **kw), j


def _one_call(parse, max_tokens: int = 32):
    from whyfirst.generate.runner import Call

    return Call(stage="probe", messages=[{"role": "system", "content": "Be brief."},
                                         {"role": "user", "content": "Say hello."}],
                parse=parse, max_tokens=max_tokens, temperature=0.0)


def test_http_429_500_garbage_then_success(tmp_path: Path, fault_server) -> None:
    import asyncio

    from whyfirst.generate.schemas import Domain, parse_list
    from whyfirst.generate.teacher import Teacher

    script = [error(429), error(500), GARBAGE, completion("not JSON, sorry"), completion('[{"name": "ok"}]')]
    srv = fault_server(lambda n, body: script[min(n, len(script)) - 1])
    teacher = Teacher("openai-api/fault/test-model", base_url=srv.url, api_key="none", cache=False)
    runner, j = _runner(tmp_path, teacher, max_attempts=5)
    [out] = asyncio.run(runner.run("probe", [_one_call(parse_list(Domain))]))
    j.close()
    assert out.ok and out.output["items"] == [{"name": "ok", "description": ""}] and out.attempts == 5
    # exactly one request per attempt: neither Inspect nor the OpenAI SDK retried behind our back
    assert len(srv.requests) == 5 and srv.requests[0]["model"] == "test-model"
    assert dict(runner.stats["probe"].retry_reasons) == {"rate_limit": 1, "server_error": 2, "malformed_json": 1}
    assert runner.stats["probe"].input_tokens == 22  # usage of the two 200 responses that parsed as completions


def test_http_permanent_500_fails_after_the_cap(tmp_path: Path, fault_server) -> None:
    import asyncio

    from whyfirst.generate.runner import StageFailed
    from whyfirst.generate.schemas import parse_text
    from whyfirst.generate.teacher import Teacher

    srv = fault_server(lambda n, body: error(503))
    teacher = Teacher("openai-api/fault/test-model", base_url=srv.url, api_key="none", cache=False)
    runner, j = _runner(tmp_path, teacher, max_attempts=3, max_failure_rate=0.0)
    with pytest.raises(StageFailed, match=r"stage 'probe' stopped: 1 of 1 calls failed .* server_error"):
        asyncio.run(runner.run("probe", [_one_call(parse_text)]))
    j.close()
    assert len(srv.requests) == 3
    [rec] = journal(tmp_path / "j")
    assert rec["status"] == "failed" and rec["reason"] == "server_error" and rec["attempts"] == 3


def test_http_corpus_pipeline_through_flaky_server(tmp_path: Path, fault_server) -> None:
    """The whole corpus pipeline over HTTP; every 4th request fails in a rotating way."""
    from whyfirst.datasets import load_jsonl
    from whyfirst.generate import generate_corpus
    from whyfirst.records import Document

    faults = [error(429), error(500), GARBAGE]

    def script(n: int, body: dict) -> Reply:
        if n % 4 == 0:
            return faults[(n // 4) % 3]
        user = body["messages"][-1]["content"]
        task = user.split("\n", 1)[0].removeprefix("# Task: ").strip()
        return completion(good_reply(task, user))

    srv = fault_server(script)
    spec = tmp_path / "tidy.md"
    spec.write_text(SPEC)
    s = generate_corpus(spec, "openai-api/fault/test-model", tmp_path / "out", base_url=srv.url,
                        api_key="none", concurrency=3, max_attempts=4, **SMALL, **FAST)
    assert s.status == "complete" and s.counts["documents_kept"] == 8
    assert sum(st["failed"] for st in s.stages.values()) == 0
    retries = sum(sum(st["retry_reasons"].values()) for st in s.stages.values())
    assert retries >= 5 and len(srv.requests) == 23 + retries
    assert s.tokens["input"] == 11 * 23 and s.teacher == "openai-api/fault/test-model"
    docs = load_jsonl(tmp_path / "out" / "corpus.jsonl", Document)
    assert len(docs) == 8 and all(d.generator == "openai-api/fault/test-model" for d in docs)


# ----------------------------------------------------------------------------- transformers serve


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served_tiny_model(tiny_model_dir: Path):
    """`transformers serve` on 127.0.0.1, offline, pinned to the tiny local model."""
    yield from served(tiny_model_dir)


def served(model_dir: Path):
    """Start `transformers serve` for ``model_dir``; yields (base_url, model id), then stops it."""
    exe = shutil.which("transformers", path=str(Path(sys.executable).parent)) or shutil.which("transformers")
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        pytest.skip('needs pip install "transformers[serving]"')
    if exe is None:
        pytest.skip("the transformers CLI is not installed")
    port = _free_port()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"whyfirst-serve-{port}.log", "w")
    proc = subprocess.Popen([exe, "serve", str(model_dir), "--host", "127.0.0.1", "--port", str(port),
                             "--device", "cpu", "--dtype", "float32", "--log-level", "warning"],
                            stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    try:
        while True:
            if proc.poll() is not None:
                log.flush()
                pytest.fail("transformers serve exited: " + Path(log.name).read_text()[-2000:])
            try:
                with urllib.request.urlopen(url + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.time() > deadline:
                pytest.fail("transformers serve did not become ready in 120 s: " + Path(log.name).read_text()[-2000:])
            time.sleep(0.5)
        yield url + "/v1", str(model_dir)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()
        Path(log.name).unlink(missing_ok=True)


def test_transformers_serve_one_call_through_the_runner(tmp_path: Path, served_tiny_model) -> None:
    import asyncio

    from whyfirst.generate.schemas import DocumentDraft
    from whyfirst.generate.teacher import Teacher

    def raw(text: str, finish_reason: str) -> DocumentDraft:  # random weights: any text, even blank
        return DocumentDraft(text=json.dumps({"text": text, "finish_reason": finish_reason}))

    base_url, model_dir = served_tiny_model
    teacher = Teacher(f"openai-api/local/{model_dir}", base_url=base_url, api_key="none", cache=False)
    runner, j = _runner(tmp_path, teacher, max_attempts=3)
    [out] = asyncio.run(runner.run("probe", [_one_call(raw, max_tokens=12)]))
    j.close()
    assert out.ok and out.attempts == 1, out
    assert json.loads(out.output["text"])["finish_reason"] == "max_tokens"  # 12 tokens, no stop token
    [rec] = journal(tmp_path / "j")
    assert rec["status"] == "ok" and rec["usage"]["input_tokens"] > 0 and rec["usage"]["output_tokens"] > 0
    assert rec["teacher"] == f"openai-api/local/{model_dir}"


def test_transformers_serve_drives_the_corpus_pipeline(tmp_path: Path, served_tiny_model) -> None:
    """A random tiny model cannot write JSON: the first stage is retried, then stops clearly."""
    from whyfirst.generate import StageFailed, generate_corpus

    base_url, model_dir = served_tiny_model
    spec = tmp_path / "tidy.md"
    spec.write_text(SPEC)
    out = tmp_path / "out"
    with pytest.raises(StageFailed, match=r"stage 'domains' stopped: 1 of 1 calls failed after up to 2 attempts"):
        generate_corpus(spec, f"openai-api/local/{model_dir}", out, base_url=base_url, api_key="none",
                        max_tokens={"domains": 16}, max_attempts=2, **SMALL, **FAST)
    [rec] = journal(out)
    assert rec["status"] == "failed" and rec["attempts"] == 2
    assert rec["reason"] in {"malformed_json", "truncated", "empty", "refusal", "schema"}
    assert rec["usage"]["output_tokens"] > 0
    assert json.loads((out / "summary.json").read_text())["status"] == "stopped"


@pytest.mark.slow
def test_transformers_serve_smollm2_writes_text(tmp_path: Path, packaged_model_dir: Path) -> None:
    """The packaged SmolLM2-135M-Instruct served by `transformers serve` answers one call."""
    import asyncio

    from whyfirst.generate.schemas import parse_text
    from whyfirst.generate.teacher import Teacher

    gen = served(packaged_model_dir)
    base_url, model_dir = next(gen)
    try:
        teacher = Teacher(f"openai-api/local/{model_dir}", base_url=base_url, api_key="none", cache=False)
        runner, j = _runner(tmp_path, teacher, max_attempts=2)
        [out] = asyncio.run(runner.run("probe", [_one_call(parse_text, max_tokens=24)]))
        j.close()
        assert out.ok and len(out.output["text"]) > 5, out
    finally:
        gen.close()


def test_cli_preview_then_generate_over_http(tmp_path: Path, fault_server) -> None:
    from typer.testing import CliRunner

    from whyfirst.generate.cli import generate_app

    def script(n: int, body: dict) -> Reply:
        user = body["messages"][-1]["content"]
        return completion(good_reply(user.split("\n", 1)[0].removeprefix("# Task: ").strip(), user))

    srv = fault_server(script)
    spec = tmp_path / "tidy.md"
    spec.write_text(SPEC)
    args = ["corpus", "--spec", str(spec), "--teacher", "openai-api/fault/gpt-4o", "--out", str(tmp_path / "o"),
            "--base-url", srv.url, "--domains", "1", "--subdomains", "1", "--assertions", "1", "--types", "1",
            "--ideas", "2", "--no-cache", "--dedup", "ngram", "--max-tokens", "documents=500"]
    env = {"FAULT_API_KEY": "none", "COLUMNS": "200"}
    res = CliRunner().invoke(generate_app, args + ["--preview"], env=env)
    assert res.exit_code == 0, res.output
    assert "projected documents" in res.output and "2 (if every count were met: 2)" in res.output
    assert "unknown (no price for this teacher)" in res.output  # openai-api/... is not in the price table
    assert len(srv.requests) == 5 and srv.requests[0]["max_tokens"] == 1024
    res = CliRunner().invoke(generate_app, args, env=env)
    assert res.exit_code == 0, res.output
    assert "documents_kept" in res.output and len(srv.requests) == 7
    assert srv.requests[-1]["max_tokens"] == 500
    bad = CliRunner().invoke(generate_app, args[:-2] + ["--max-tokens", "documents"], env=env)
    assert bad.exit_code == 2 and "STAGE=N" in bad.output
