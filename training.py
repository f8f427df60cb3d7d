"""training.py -- the plumbing that sft.py, dpo.py and grpo.py share, so that they differ only in objective and data.

What is here: command-line parsing of an `Args` dataclass (one help line per field), the output folder's rules
(no run destroys another), the optimiser and the learning-rate schedule, the JSONL metrics log, and checkpoints
with *exact* resume: a checkpoint holds the LoRA adapter, the optimiser and scheduler state, every RNG state and
the step, and the data a step sees depends only on (seed, step), so "train N steps, stop, resume N steps" ends
with the same weights as "train 2N steps".

What is not here: any objective. There is no Trainer class: each script's loop reads top to bottom.
"""
import argparse
import dataclasses
import inspect
import itertools
import json
import math
import os
import random
import shutil
import sys
import time

import torch

import cli
import data
from model import check_adapter, load_model, resolve_model


def arg(default, help, choices=None, at_least=None, below=None, more_than=None, parse=None):
    """A field of an Args dataclass: its default, its help line, and the values it allows -- `choices`, a range
    (`at_least`, optionally `below`, / `more_than`) or a `parse` function (an argparse type= that raises
    ArgumentTypeError) -- so that the rule sits next to the option it guards. parse_args checks them before
    anything is loaded."""
    if parse is None and at_least is not None:
        parse = cli.at_least(at_least, type(default), below)
    if parse is None and more_than is not None:
        parse = cli.more_than(more_than, type(default))
    return dataclasses.field(default=default, metadata={"help": help, "choices": choices, "parse": parse})


def _rule(cls, name):
    """The allowed values of field `name`: declared where the field is, or inherited from the class that declared
    them when a subclass overrides only the default (grpo's `steps` keeps TrainArgs' `at_least=1`)."""
    for base in cls.__mro__:
        f = getattr(base, "__dataclass_fields__", {}).get(name)
        if f is not None and (f.metadata.get("choices") or f.metadata.get("parse")):
            return f.metadata.get("choices"), f.metadata.get("parse")
    return None, None


def as_flags(options):
    """{"steps": 200, "gradient_checkpointing": True} -> "--steps 200 --gradient-checkpointing", as one types them."""
    flags = []
    for name, value in options.items():
        flag = name.replace("_", "-")
        flags.append(f"--{flag}" if value is True else f"--no-{flag}" if value is False else f"--{flag} {value}")
    return " ".join(flags)


def _parser(cls, description, defaults=True):
    """The argparse parser of an Args dataclass; defaults=False leaves out every option not on the command line."""
    cuda = getattr(cls, "CUDA_OVERRIDES", None)
    epilog = f"On CUDA, the options not given take these values instead: {as_flags(cuda)}" if cuda else None
    ap = cli.Parser(description=description, formatter_class=argparse.HelpFormatter, epilog=epilog)
    for f in dataclasses.fields(cls):
        default = f.default if defaults else argparse.SUPPRESS
        flag = "--" + f.name.replace("_", "-")
        if f.type in (bool, "bool"):
            ap.add_argument(flag, action=argparse.BooleanOptionalAction, default=default,
                            help=f"{f.metadata.get('help', '')} (default: {f.default})")
        else:
            choices, parse = _rule(cls, f.name)
            kind = {"int": int, "float": float, "str": str}.get(f.type, f.type) if isinstance(f.type, str) else f.type
            ap.add_argument(flag, type=parse or kind, default=default, choices=choices,
                            help=f"{f.metadata.get('help', '')} (default: {f.default})")
    return ap


def parse_args(cls, argv=None, description=""):
    """argparse from a dataclass: every field becomes --field-name, its `help` metadata the help line, its
    choices / range the check. A bad value stops here, in one line naming the option and what it allows, exit 2;
    then the dataclass's own check() (rules that involve two options).

    The defaults are the same on every machine (so is --help). On CUDA, the options a class lists in
    CUDA_OVERRIDES and the command line does not give take those values instead, and one line says which."""
    ap = _parser(cls, description)
    values = vars(ap.parse_args(argv))
    if torch.cuda.is_available() and getattr(cls, "CUDA_OVERRIDES", None):
        given = vars(_parser(cls, description, defaults=False).parse_args(argv))   # only what was typed
        applied = {k: v for k, v in cls.CUDA_OVERRIDES.items() if k not in given}
        values.update(applied)
        if applied:
            print(f"[train] on CUDA, for the options not given: {as_flags(applied)} (--help shows the CPU defaults)",
                  file=sys.stderr)
    args = cls(**values)
    problem = args.check()
    if problem:
        ap.error(problem)
    return args


@dataclasses.dataclass
class TrainArgs:
    """Options every trainer shares; each script's `Args` adds its own and overrides defaults where they differ."""
    model: str = arg("auto", "HF id, local folder, `embedded` (Qwen2.5-Coder-0.5B, CPU), `smollm2` (SmolLM2-135M, "
                             "the fastest) or `auto` (CUDA: Qwen 1.5B 4-bit; else embedded)")
    dataset: str = arg("embedded", data.DATASET_HELP)
    out: str = arg("runs/train", "output folder (relative to the current directory): adapter/, checkpoint/, "
                                 "metrics.jsonl")
    init_adapter: str = arg("", "start from this adapter (e.g. runs/sft/adapter) instead of a fresh LoRA")
    limit_problems: int = arg(0, "use only the first N problems of each split (0 = all): a first try that measures "
                                 "and trains on a few problems only", at_least=0)
    steps: int = arg(60, "optimiser steps", at_least=1)
    lr: float = arg(1e-4, "peak learning rate (LoRA)", more_than=0)
    warmup_steps: int = arg(5, "linear warm-up steps", at_least=0)
    weight_decay: float = arg(0.0, "AdamW weight decay", at_least=0)
    max_grad_norm: float = arg(1.0, "gradient clipping", more_than=0)
    lora_r: int = arg(16, "LoRA rank (fresh adapter only)", at_least=1)
    lora_alpha: int = arg(32, "LoRA alpha (fresh adapter only)", at_least=1)
    lora_dropout: float = arg(0.05, "LoRA dropout (a loaded --init-adapter too)", at_least=0, below=1)
    gradient_checkpointing: bool = arg(False, "trade compute for memory")
    dtype: str = arg("auto", "base weights: fp32, bf16, or auto (bf16 on CUDA and, for embedded and smollm2, on a CPU "
                             "with native bf16; fp32 elsewhere). LoRA weights stay fp32",
                       choices=("auto", "fp32", "bf16"))
    save_every: int = arg(20, "steps between checkpoints (an interruption loses at most this many)", at_least=1)
    seed: int = arg(0, "seed for data order, sampling, LoRA init and dropout", at_least=0)
    resume: bool = arg(False, "continue the run in --out from its checkpoint: step, optimiser, scheduler, RNG state")
    overwrite: bool = arg(False, "replace the run in --out (its metrics, checkpoint and adapter are deleted)")
    resume_or_new: bool = arg(False, "what `make demo` runs: continue the unfinished run in --out, or start a "
                                     "new folder beside a finished one (--out-2, -3, ...); says which")

    def check(self):
        """Rules that involve more than one option; None when the options are fine, else the message."""
        if self.resume and self.overwrite:
            return "--resume continues the run in --out and --overwrite deletes it: pass one of them"
        if self.resume_or_new and (self.resume or self.overwrite):
            return "--resume-or-new chooses between continuing and a new folder itself: drop --resume / --overwrite"
        return None


# ----------------------------------------------------------------------------------------------------------
# Before anything is loaded: the output folder, the model's name, the adapter
# ----------------------------------------------------------------------------------------------------------
# What a run leaves in its --out: the trainers' files and eval.py's. A folder holds one script's run, and its
# run.json says which script that is, so that no other script continues it or writes beside it.
RUN_FILES = ("metrics.jsonl", "checkpoint", "adapter", "samples.jsonl", "reference_logps.pt", "reference_lora.pt",
             "trajectories.json", "results.json", "table.md", "curves.png")
MADE_BY = "run.json"


def has_checkpoint(out):
    return os.path.exists(os.path.join(out, "checkpoint", "trainer_state.pt"))


def check_out(out):
    """Stop, in one line, unless `out` is a folder this process can write in, or can become one: the nearest
    existing path at or above it must be a writable folder (`--out /dev/null/run` would fail at the first save)."""
    above = os.path.abspath(out)
    while not os.path.exists(above):
        above = os.path.dirname(above)
    if not os.path.isdir(above) or not os.access(above, os.W_OK):
        why = "a file, not a folder" if not os.path.isdir(above) else "a folder this user cannot write in"
        raise SystemExit(f"error: --out {out}: {above} is {why}; pick another --out")


def made_by(out):
    """The script whose run is in `out` (from its run.json): None when there is none (or the run is older)."""
    try:
        with open(os.path.join(out, MADE_BY)) as f:
            return json.load(f)["script"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def existing_run(out, script, overwrite):
    """The run files already in `out` ([] for a new or empty folder). A run another script made stops here, in one
    line, unless --overwrite: `sft.py --resume` in a GRPO folder would mix SFT steps into its metrics."""
    check_out(out)
    found = [f for f in RUN_FILES if os.path.exists(os.path.join(out, f))]
    maker = made_by(out)
    if found and maker not in (None, script) and not overwrite:
        raise SystemExit(f"error: --out {out} holds a run of {maker} ({', '.join(found)}), not one of {script}'s; "
                         "nothing was changed. Pick another --out, or replace it with --overwrite")
    return found


def remove_run(out, script, found):
    """--overwrite: delete the previous run in `out` (its files and its run.json)."""
    print(f"[{script[:-3]}] --overwrite: deleting the previous run in {out} ({', '.join(found)})", file=sys.stderr)
    for f in found + [MADE_BY]:
        path = os.path.join(out, f)
        if os.path.isdir(path):
            shutil.rmtree(path)
        elif os.path.exists(path):
            os.remove(path)


def mark(out, script):
    """Write run.json: `out` holds a run of `script`. Trainers write it with each checkpoint (a run that can be
    continued always has it), eval.py before its first round; a bad option or dataset leaves no folder behind."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, MADE_BY), "w") as f:
        json.dump({"script": script}, f)


def script_of(args):
    """The script whose Args these are: sft.py, dpo.py or grpo.py (also when it runs as __main__)."""
    return os.path.basename(inspect.getfile(type(args)))


def resume_or_new(out, script):
    """`make demo` is the one command a newcomer is told to run, so it must work every time: continue the
    unfinished run of `script` in `out` (its run.json names `script`; a checkpoint, no adapter yet), start there
    if it holds no run, else try the folders beside it (out-2, out-3, ...) the same way. Nothing is deleted.
    Returns (folder, resume)."""
    for n in itertools.count(1):
        folder = out if n == 1 else f"{out}-{n}"
        finished = os.path.exists(os.path.join(folder, "adapter"))
        if made_by(folder) == script and has_checkpoint(folder) and not finished:
            step = torch.load(os.path.join(folder, "checkpoint", "trainer_state.pt"), weights_only=False,
                              map_location="cpu")["step"]
            print(f"[train] --resume-or-new: continuing the unfinished run in {folder} from its checkpoint of step "
                  f"{step}", file=sys.stderr)
            return folder, True
        if not any(os.path.exists(os.path.join(folder, f)) for f in RUN_FILES):
            kept = "" if n == 1 else f" ({out}{'' if n == 2 else f' to {out}-{n - 1}'} left as is)"
            print(f"[train] --resume-or-new: starting a new run in {folder}{kept}", file=sys.stderr)
            return folder, False


def prepare_out(args):
    """No run destroys another: a --out that already holds a run (metrics, checkpoint, adapter) is continued only
    with --resume, by the script that made it, and replaced only with --overwrite; otherwise stop here, before any
    model loads, saying which (--resume-or-new picks the folder and the flag itself). Also checks the model name
    and --init-adapter now, so that a typo costs a second, not a model load."""
    script = script_of(args)
    if args.resume_or_new:
        args.out, args.resume = resume_or_new(args.out, script)
    found = existing_run(args.out, script, args.overwrite)
    if args.resume and not has_checkpoint(args.out):
        fix = "start it again with --overwrite instead" if found else "start without --resume"
        raise SystemExit(f"error: --resume: there is no checkpoint in {os.path.join(args.out, 'checkpoint')} to "
                         f"continue from; {fix}")
    if found and not (args.resume or args.overwrite):
        fix = ("continue it with --resume, replace it with --overwrite" if has_checkpoint(args.out) else
               "it has no checkpoint to continue from: replace it with --overwrite")
        raise SystemExit(f"error: --out {args.out} already holds a run ({', '.join(found)}); nothing was changed. "
                         f"{fix[0].upper() + fix[1:]}, or pick another --out")
    check_adapter(args.init_adapter, "--init-adapter")
    resolve_model(args.model)
    if found and args.overwrite:
        remove_run(args.out, script, found)


def training_problems(args, n_held_out=0):
    """The training split (and the first `n_held_out` test problems, for the held-out checks), with their human
    solutions measured on this machine: on first use they are measured here, once (data.ensure_profiled)."""
    limit = args.limit_problems
    selection = [("train", limit)] + ([("test", min(n_held_out, limit) if limit else n_held_out)]
                                      if n_held_out else [])
    return data.ensure_profiled(args.dataset, *selection)


def load_policy(args):
    """The model to train: the base with a fresh LoRA adapter, or `init_adapter` loaded as trainable. Either way
    its LoRA dropout is --lora-dropout: a loaded adapter would otherwise keep the rate it was trained with (an SFT
    cold start's 0.05 would be on in GRPO's update, which defaults to 0 so that it scores the policy it sampled)."""
    model, tok = load_model(args.model, adapter=args.init_adapter or None, lora=not args.init_adapter,
                            trainable=True, lora_r=args.lora_r, lora_alpha=args.lora_alpha,
                            lora_dropout=args.lora_dropout, gradient_checkpointing=args.gradient_checkpointing,
                            dtype=args.dtype)
    for name, module in model.named_modules():
        if ".lora_dropout." in name and isinstance(module, torch.nn.Dropout):   # peft's, one per adapted layer
            module.p = args.lora_dropout
    return model, tok


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


def make_optimizer(model, lr, weight_decay, warmup_steps, total_steps):
    """AdamW over the trainable (LoRA) parameters; linear warm-up, then cosine decay to 10% of lr."""
    params = [p for p in model.parameters() if p.requires_grad]
    if not params:
        raise SystemExit("error: the model has no trainable parameters (is the LoRA adapter loaded as trainable?)")
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=weight_decay)

    def schedule(step):
        if step < warmup_steps:
            return (step + 1) / warmup_steps
        progress = (step - warmup_steps) / max(1, total_steps - warmup_steps)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))
    return opt, torch.optim.lr_scheduler.LambdaLR(opt, schedule)


def micro_batches(n_examples, batch_size, seed, step, accum):
    """The example indices of each micro-batch of optimiser step `step`: a fresh permutation per epoch, seeded by
    (seed, epoch), so that any step's data can be recomputed on resume without replaying the ones before."""
    out = []
    per_epoch = max(1, n_examples // batch_size)
    for j in range(accum):
        index = step * accum + j
        epoch, slot = divmod(index, per_epoch)
        perm = torch.randperm(n_examples, generator=torch.Generator().manual_seed(seed * 100_003 + epoch))
        out.append(perm[slot * batch_size:(slot + 1) * batch_size].tolist())
    return out


class MetricsLog:
    """Append-only JSONL: one line per logged step, readable while the run goes on."""

    def __init__(self, path, resume):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.f = open(path, "a" if resume else "w")
        self.path = path

    def write(self, step, **metrics):
        clean = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in metrics.items()}
        if torch.cuda.is_available():  # the number to watch when a run must fit a card
            clean["gpu_peak_gib"] = round(torch.cuda.max_memory_allocated() / 2 ** 30, 2)
        self.f.write(json.dumps({"step": step, "time": round(time.time(), 2), **clean}) + "\n")
        self.f.flush()


def save_checkpoint(out, model, opt, sched, step):
    """Adapter + optimiser + scheduler + RNG states + step, written to a temp folder and renamed into place, so a
    crash mid-save never leaves a broken checkpoint."""
    final, tmp = os.path.join(out, "checkpoint"), os.path.join(out, "checkpoint.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    torch.save({"step": step, "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                "rng": {"python": random.getstate(), "torch": torch.get_rng_state(),
                        "cuda": torch.cuda.get_rng_state_all() if torch.cuda.is_available() else None}},
               os.path.join(tmp, "trainer_state.pt"))
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)


def load_checkpoint(out, model, opt, sched):
    """Restore what save_checkpoint wrote into an already built model/optimiser/scheduler; returns the step."""
    path = os.path.join(out, "checkpoint")
    if not os.path.exists(os.path.join(path, "trainer_state.pt")):
        raise SystemExit(f"error: --resume given but there is no checkpoint in {path}")
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file
    set_peft_model_state_dict(model, load_file(os.path.join(path, "adapter_model.safetensors")))
    state = torch.load(os.path.join(path, "trainer_state.pt"), weights_only=False)
    opt.load_state_dict(state["optimizer"])
    sched.load_state_dict(state["scheduler"])
    random.setstate(state["rng"]["python"])
    torch.set_rng_state(state["rng"]["torch"])
    if state["rng"]["cuda"] is not None and torch.cuda.is_available():
        torch.cuda.set_rng_state_all(state["rng"]["cuda"])
    print(f"[train] resumed from {path} at step {state['step']}", file=sys.stderr)
    return state["step"]


def optimizer_step(model, opt, sched, max_grad_norm):
    """Clip, step, schedule, zero. Returns the gradient norm before clipping."""
    params = [p for p in model.parameters() if p.requires_grad]
    norm = torch.nn.utils.clip_grad_norm_(params, max_grad_norm)
    opt.step()
    sched.step()
    opt.zero_grad(set_to_none=True)
    return float(norm)


def checkpoint_if_due(args, model, opt, sched, step):
    """After step `step` (0-based): a checkpoint every `save_every` steps and always after the last one (before
    the final held-out check, so that an interruption there loses nothing), with run.json beside it."""
    done = step + 1
    if done % args.save_every == 0 or done == args.steps:
        save_checkpoint(args.out, model, opt, sched, done)
        mark(args.out, script_of(args))


def due(every, step, steps):
    """Is a check that runs every `every` steps due after step `step` (0-based)? The last step's check is run
    after the loop instead, once the last checkpoint is safe."""
    return bool(every) and (step + 1) % every == 0 and step + 1 < steps


def finish(args, model, tok, log):
    """Save the final adapter and say where everything is."""
    adapter = os.path.join(args.out, "adapter")
    model.save_pretrained(adapter)
    tok.save_pretrained(adapter)
    print(f"\nadapter:     {adapter}\nmetrics log: {log.path}")
    print(f"evaluate:    python eval.py --adapter {adapter} --model {args.model}")
    return adapter


def interrupted(args):
    """The line Ctrl-C prints: what is saved in --out and the exact command that continues."""
    path = os.path.join(args.out, "checkpoint")
    same = cli.command() if args.resume_or_new else None   # it picks --resume itself
    if has_checkpoint(args.out):
        step = torch.load(os.path.join(path, "trainer_state.pt"), weights_only=False, map_location="cpu")["step"]
        return (f"the checkpoint of step {step} is in {path}; continue with: "
                f"{same or cli.command(extra=['--resume'], drop=['--overwrite'])}")
    return (f"no checkpoint yet (the first comes after step {min(args.save_every, args.steps)}); start again "
            f"with: {same or cli.command(extra=['--overwrite'], drop=['--resume'])}")


def main(script_main, cls, doc):
    """`python sft.py ...`: parse, run, and turn Ctrl-C and data errors into one line."""
    args = parse_args(cls, description=cli.summary(doc))
    return cli.run(lambda: script_main(args), on_interrupt=lambda: interrupted(args),
                   errors=(data.DataError,))
