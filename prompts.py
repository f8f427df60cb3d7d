"""prompts.py -- every prompt the project uses, the answer format, and the training examples built from them.

One place, so that the loop (afterburner.py), the evaluation and the three trainers all speak the same
language to the model:

  optimization_prompt(problem, instruction, original=None, feedback=True)
      The paper's prompt, section by section: Instructions, Problem Description, Original Solution, Original
      Performance (Passed / Time / Memory / Integral, and the failing test when it failed), Output Format.
      With original=None it is the generation prompt of round 0 ("no original code provided").
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


def performance_text(perf):
    """`Passed / Time / Memory / Integral` of an ExecResult-like dict, plus why it failed when it did."""
    text = (f"Passed: {bool(perf['passed'])}\nTime: {perf['time_ms']:.2f} ms\nMemory: {perf['memory_kb']:.0f} KB\n"
            f"Integral: {perf['integral_kb_ms']:.0f} KB*ms")
    if not perf["passed"] and perf.get("error"):
        text += f"\nFailure: {perf.get('status', 'failed')}: {perf['error'][:300]}"
    return text


def optimization_prompt(problem, instruction="time", original=None, feedback=True):
    """The paper's iterative-optimisation prompt. `original` is {"code", and the ExecResult fields} or None.
    feedback=False drops the measured performance (the paper's "without feedback" ablation)."""
    _check_instruction(instruction)
    goal = INSTRUCTIONS[instruction]
    starter = f"\n\nStarter code:\n```python\n{problem['starter_code'].rstrip()}\n```" if problem.get("starter_code") \
        else "\n\nThe program reads standard input and writes standard output." if problem["io"] == "stdio" else ""
    parts = [
        "## Instructions\nYou are an expert competitive programmer. You write correct, efficient Python 3.",
        f"## Problem Description\n{problem['statement'].strip()}{starter}",
    ]
    if original is None:
        parts.append("## Original Solution\nNo original code provided: generate a new solution.")
    else:
        parts.append(f"## Original Solution\n```python\n{original['code'].rstrip()}\n```")
        if feedback and original.get("time_ms") is not None:
            parts.append(f"## Original Performance\n{performance_text(original)}")
    task = "Write a correct solution" if original is None else \
        "If the original solution failed, fix it; otherwise rewrite it"
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
    """Pairs of passing human solutions; chosen = the cheaper on the instructed metric by >= min_gap times."""
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            metric = METRIC[ins]
            sols = data.passing_solutions(p, metric)
            pairs = [(a, b) for a in sols for b in sols
                     if a is not b and b[metric] >= min_gap * max(a[metric], 1e-6)]
            for a, b in rng.sample(pairs, min(pairs_per_problem, len(pairs))):
                out.append({"problem_id": p["problem_id"], "instruction": ins, "prompt": optimization_prompt(p, ins),
                            "chosen": format_answer(a["code"], a.get("note") or THINK_DEFAULT),
                            "rejected": format_answer(b["code"], b.get("note") or THINK_DEFAULT)})
    return out


def measured_original(solution):
    """A measured human solution as the loop's `original`: its code and what the sandbox measured of it."""
    return {"code": solution["code"], "passed": solution["passed"], "status": solution.get("status", ""),
            "error": "", "time_ms": solution["time_ms"], "memory_kb": solution["memory_kb"],
            "integral_kb_ms": solution["integral_kb_ms"]}


def _edit_triples(problem, metric, min_gap):
    """(original, better) pairs of human solutions: `better` passes, and the original either fails or costs
    >= min_gap times more on `metric` (so measurement noise never decides which is the better one)."""
    measured = [s for s in problem["solutions"] if s.get(metric) is not None and s.get("passed") is not None]
    return [(o, b) for b in data.passing_solutions(problem, metric) for o in measured
            if o is not b and (not o["passed"] or o[metric] >= min_gap * max(b[metric], 1e-6))]


def edit_examples(problems, instructions=("time", "memory", "integral"), per_problem=2, min_gap=1.5, seed=0):
    """The paper's cold start, from human pairs: the prompt carries an original (a slower or failing human
    solution) with its measured performance, exactly as the loop and GRPO show it; the target is a faster
    passing solution in the answer format, its note as the thinking. Teaches the edit-mode task itself."""
    rng, out = random.Random(seed), []
    for p in problems:
        for ins in instructions:
            pairs = _edit_triples(p, METRIC[ins], min_gap)
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
    model must fix it). The original's measurements travel along: the reward compares against them."""
    rng, out = random.Random(seed), []
    for p in problems:
        measured = [s for s in p["solutions"] if s.get("time_ms") is not None]
        for ins in instructions:
            if not measured:
                continue
            s = rng.choice(measured)
            original = measured_original(s)
            out.append({"problem_id": p["problem_id"], "instruction": ins, "original": original,
                        "prompt": optimization_prompt(p, ins, original, feedback=feedback)})
    return out
