"""prompts.py -- every prompt the project uses, the answer format, and the training examples built from them.

One place, so that the loop (afterburner.py), the evaluation and the three trainers all speak the same
language to the model:

  optimization_prompt(problem, instruction, original=None, feedback=True)
      The paper's prompt, section by section: Instructions, Problem Description, Original Solution, Original
      Performance (Passed / Time / Memory / Integral, and a failure's category -- never a test's expected
      output), Output Format. With original=None it is the generation prompt of round 0 ("no original code
      provided"). The loop, GRPO's training prompts and the TRL / verl exports all build prompts with it.
  extract_code(answer), format_ok(answer)
      Answers look like <thinking>...</thinking><solution>```python ...```</solution>; the code is the last
      fenced block in the last solution block, with fall-backs for answers that forget the tags.
  sft_examples / dpo_pairs / grpo_prompts
      What each trainer learns from: the most efficient human solutions (SFT), pairs of human solutions whose
      measured costs differ by at least `min_gap` times (DPO: noise must never decide a pair), and a random human
      solution, passing or not, as the original to improve (GRPO).
  edit_examples / edit_dpo_pairs
      The same in edit mode (the paper's cold start): the prompt carries a slower or failing human solution with
      its measured performance, the target is a faster passing one.

How our SFT / DPO data differ from the paper's (the embedded benchmark has ~7 human solutions a problem where
Venus has up to ~500):
  * SFT: the `top_k` (default 2) most efficient passing solutions per problem and metric, where the paper takes
    the 24 best. The prompt is the round-0 prompt, as in the paper (problem + starter code + the efficiency goal).
  * DPO: pairs whose costs differ by >= `min_gap` times (default 1.5x) and by more than the noise
    (afterburner.cheaper, the rule keep-best and the reward use); the paper draws 48 random pairs from problems
    with >= 48 passing solutions and sets no minimum gap, so timing noise decides some of its pairs.

Prompts are plain text; afterburner.py wraps them in the model's chat template.
"""
import random
import re

import data

INSTRUCTIONS = {"time": "time efficient", "memory": "memory efficient", "integral": "both time and memory efficient"}
METRIC = {"time": "time_ms", "memory": "memory_kb", "integral": "integral_kb_ms"}
THINK_DEFAULT = "Pick the algorithm with the lowest cost on the instructed metric, then write it plainly."


def _check_instruction(instruction):
    if instruction not in INSTRUCTIONS:
        raise ValueError(f"instruction must be one of {sorted(INSTRUCTIONS)}, not {instruction!r}")


FAILURE = {"failed": "wrong answer", "runtime_error": "runtime error", "timeout": "time limit exceeded",
           "memory_exceeded": "memory limit exceeded", "syntax_error": "syntax error",
           "output_limit": "output limit exceeded", "sandbox_error": "sandbox error"}


def performance_text(perf, detail=False):
    """The paper's feedback, `Passed / Time / Memory / Integral`, and for a failure its category ("wrong answer",
    "runtime error", ...). Never a test's expected output: that would hand the model the answer.

    detail=True (a deviation from the paper, off everywhere by default) adds the sandbox's error message, which
    for a wrong answer quotes the failing test's expected output."""
    text = (f"Passed: {bool(perf['passed'])}\nTime: {perf['time_ms']:.2f} ms\nMemory: {perf['memory_kb']:.0f} KB\n"
            f"Integral: {perf['integral_kb_ms']:.0f} KB*ms")
    if not perf["passed"]:
        text += f"\nFailure: {FAILURE.get(perf.get('status'), 'failed')}"
        if detail and perf.get("error"):
            text += f" ({perf['error'][:300]})"
    return text


def optimization_prompt(problem, instruction="time", original=None, feedback=True, detail=False):
    """The paper's iterative-optimisation prompt: the one function that builds every prompt with an original,
    in the loop (eval.py), in GRPO's training prompts (grpo_prompts) and in the TRL / verl exports.

    `original` is {"code", and the ExecResult fields} or None (round 0: "no original code provided").
    Each of the paper's ablations removes one thing:
      feedback=False       drops the Original Performance section (the measured Passed / Time / Memory / Integral);
      original["code"]=None drops the code ("without original code"): the prompt says no original code is given
                           and still shows the performance of the best solution so far.
    detail: see performance_text (a deviation from the paper, off by default)."""
    _check_instruction(instruction)
    goal = INSTRUCTIONS[instruction]
    starter = f"\n\nStarter code:\n```python\n{problem['starter_code'].rstrip()}\n```" if problem.get("starter_code") \
        else "\n\nThe program reads standard input and writes standard output." if problem["io"] == "stdio" else ""
    parts = [
        "## Instructions\nYou are an expert competitive programmer. You write correct, efficient Python 3.",
        f"## Problem Description\n{problem['statement'].strip()}{starter}",
    ]
    code = original.get("code") if original else None
    if code is None:
        parts.append("## Original Solution\nNo original code provided: generate a new solution.")
    else:
        parts.append(f"## Original Solution\n```python\n{code.rstrip()}\n```")
    if original is not None and feedback and original.get("time_ms") is not None:
        head = "Original Performance" if code is not None else "Performance of the best solution so far"
        parts.append(f"## {head}\n{performance_text(original, detail)}")
    task = "Write a correct solution" if code is None else \
        "If the original solution failed, fix it; otherwise rewrite it"
    if code is None and original is not None and feedback:
        task = "Write a correct solution that beats the performance above"
    parts.append(
        f"## Output Format\n{task} and make it as {goal} as possible. Think briefly inside <thinking></thinking>, "
        "then give the complete code in one ```python fenced block inside <solution></solution>. "
        "No explanations after the solution, no tests, no example usage.")
    return "\n\n".join(parts)


def format_answer(code, thinking=THINK_DEFAULT):
    """An answer in the format we ask for: the target text of SFT and DPO."""
    return f"<thinking>{thinking.strip()}</thinking>\n<solution>\n```python\n{code.rstrip()}\n```\n</solution>"


_SOLUTION = re.compile(r"<solution>(.*?)(?:</solution>|$)", re.S)
_FENCE = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n(.*?)(?:```|$)", re.S | re.I)
_FORMAT = re.compile(r"\s*<thinking>(?:(?!</?thinking>|</?solution>).)*</thinking>\s*"
                     r"<solution>(?:(?!</?thinking>|</?solution>).)*</solution>\s*", re.S)


def extract_code(answer):
    """The last fenced block inside the last <solution>; else the last fenced block anywhere; else the bare
    contents of the last <solution>. None when nothing looks like code."""
    blocks = _SOLUTION.findall(answer)
    for scope in ([blocks[-1]] if blocks else []) + [answer]:
        fences = [f for f in _FENCE.findall(scope) if f.strip()]
        if fences:
            return fences[-1].rstrip() + "\n"
    if blocks and blocks[-1].strip():
        return blocks[-1].strip() + "\n"
    return None


def format_ok(answer):
    """Exactly one thinking block followed by exactly one solution block, nothing else (the reward's R_format)."""
    return bool(_FORMAT.fullmatch(answer))


# ----------------------------------------------------------------------------------------------------------
# Training examples
# ----------------------------------------------------------------------------------------------------------
def sft_examples(problems, instructions=("time", "memory", "integral"), top_k=2):
    """For each problem and instruction, the `top_k` most efficient passing human solutions as targets."""
    out = []
    for p in problems:
        for ins in instructions:
            for s in sorted(data.passing_solutions(p, METRIC[ins]), key=lambda s: s[METRIC[ins]])[:top_k]:
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": optimization_prompt(p, ins),
                            "completion": format_answer(s["code"], s.get("note") or THINK_DEFAULT)})
    return out


def dpo_pairs(problems, instructions=("time", "memory", "integral"), pairs_per_problem=4, min_gap=1.5, seed=0):
    """Pairs of passing human solutions; chosen = the cheaper on the instructed metric, by >= min_gap times AND by
    more than the noise (afterburner.cheaper): a pair that the sandbox's noise could turn round teaches nothing.
    The paper pairs at random with no gap at all (see the module docstring)."""
    from afterburner import cheaper  # imported here: afterburner imports this module
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            metric = METRIC[ins]
            sols = data.passing_solutions(p, metric)
            pairs = [(a, b) for a in sols for b in sols
                     if a is not b and b[metric] >= min_gap * max(a[metric], 1e-6) and cheaper(a, b, metric)]
            for a, b in rng.sample(pairs, min(pairs_per_problem, len(pairs))):
                out.append({"problem_id": p["problem_id"], "instruction": ins, "prompt": optimization_prompt(p, ins),
                            "chosen": format_answer(a["code"], a.get("note") or THINK_DEFAULT),
                            "rejected": format_answer(b["code"], b.get("note") or THINK_DEFAULT)})
    return out


def measured_original(solution):
    """A measured human solution as the `original` of a prompt: the same fields as the loop's kept result."""
    return {"code": solution["code"], "passed": solution["passed"], "status": solution.get("status", ""),
            "error": "", "time_ms": solution["time_ms"], "memory_kb": solution["memory_kb"],
            "integral_kb_ms": solution["integral_kb_ms"]}


def _edit_triples(problem, metric, min_gap):
    """(original, better) pairs of human solutions: `better` passes, and the original either fails or costs
    >= min_gap times more on `metric` and more than the noise (afterburner.cheaper, as in dpo_pairs: measurement
    noise never decides which is the better one)."""
    from afterburner import cheaper  # imported here: afterburner imports this module
    measured = [s for s in problem["solutions"] if s.get(metric) is not None and s.get("passed") is not None]
    return [(o, b) for b in data.passing_solutions(problem, metric) for o in measured
            if o is not b and (not o["passed"] or (o[metric] >= min_gap * max(b[metric], 1e-6)
                                                    and cheaper(b, o, metric)))]


def nearest_targets(pairs):
    """Of the (original, better) pairs, for each original only the better solution whose code is most like it
    (difflib's similarity ratio over characters; the first on a tie). On the patterns tier's training split the
    median similarity of original and target is 0.78 this way and 0.66 over all pairs: a target that keeps what the
    original got right and changes what made it slow (or wrong) is an edit, not a rewrite from scratch.
    autojunk=False: difflib's default ignores every character that makes up over 1% of a text of 200 or more
    (spaces, newlines, most letters), which scores two near-identical functions 0.72 instead of 0.96."""
    import difflib
    best = {}
    for original, better in pairs:
        ratio = difflib.SequenceMatcher(None, original["code"], better["code"], autojunk=False).ratio()
        if id(original) not in best or ratio > best[id(original)][0]:
            best[id(original)] = (ratio, original, better)
    return [(original, better) for _, original, better in best.values()]


def edit_examples(problems, instructions=("time", "memory", "integral"), per_problem=2, min_gap=1.5, seed=0,
                  targets="any"):
    """The paper's cold start, from human pairs: the prompt carries an original (a slower or failing human
    solution) with its measured performance, exactly as the loop and GRPO show it; the target is a faster
    passing solution in the answer format, its note as the thinking. Teaches the edit-mode task itself.
    targets: "any" (every better solution is a candidate target, as in the paper) or "nearest" (each original's
    most similar better solution: nearest_targets; measured in the README, it adds copies, not speed-ups)."""
    if targets not in ("nearest", "any"):
        raise ValueError(f"targets must be 'nearest' or 'any', not {targets!r}")
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            pairs = _edit_triples(p, METRIC[ins], min_gap)
            pairs = nearest_targets(pairs) if targets == "nearest" else pairs
            for original, target in rng.sample(pairs, min(per_problem, len(pairs))):
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": optimization_prompt(p, ins, measured_original(original)),
                            "completion": format_answer(target["code"], target.get("note") or THINK_DEFAULT)})
    return out


def edit_dpo_pairs(problems, instructions=("time", "memory", "integral"), pairs_per_problem=2, min_gap=1.5, seed=0):
    """DPO pairs in edit mode: the prompt carries an original (slower or failing); chosen = a passing rewrite
    cheaper than it by >= min_gap; rejected = the original handed back unchanged, or a solution that fails."""
    rng, out = random.Random(seed), []
    for p in problems:
        broken = [s for s in p["solutions"] if s.get("passed") is False]
        for ins in instructions:
            pairs = _edit_triples(p, METRIC[ins], min_gap)
            for original, chosen in rng.sample(pairs, min(pairs_per_problem, len(pairs))):
                rejected = rng.choice([original] + broken)
                out.append({"problem_id": p["problem_id"], "instruction": ins,
                            "prompt": optimization_prompt(p, ins, measured_original(original)),
                            "chosen": format_answer(chosen["code"], chosen.get("note") or THINK_DEFAULT),
                            "rejected": format_answer(rejected["code"], rejected.get("note") or THINK_DEFAULT)})
    return out


def grpo_prompts(problems, instructions=("time", "memory", "integral"), seed=0, feedback=True):
    """One prompt per problem and instruction, around a random measured human solution (it may fail: then the
    model must fix it). The original's measurements travel along: the reward compares against them. The prompt
    is built by optimization_prompt exactly as the loop builds it for the same original (same feedback, no
    failing test quoted), so that what GRPO trains on is what eval.py asks."""
    rng, out = random.Random(seed), []
    for p in problems:
        measured = [s for s in p["solutions"] if s.get("time_ms") is not None]
        for ins in instructions:
            if not measured:
                continue
            original = measured_original(rng.choice(measured))
            out.append({"problem_id": p["problem_id"], "instruction": ins, "original": original,
                        "prompt": optimization_prompt(p, ins, original, feedback=feedback)})
    return out
