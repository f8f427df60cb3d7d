"""integrations.py -- keep our sandbox and reward, move the training to an existing engine (TRL or verl).

grpo.py is written for one GPU and for reading. When you outgrow it, the parts worth keeping are the sandbox
(sandbox.py) and the reward (afterburner.afterburner_reward); the sampling and the distributed update are what
TRL and verl are good at. This file adapts the former to the latter:

  TRL   trl_dataset(...)  -> a datasets.Dataset with a conversational `prompt` column and the columns the reward
                             needs (problem_id, instruction, original)
        trl_reward        -> a GRPOTrainer reward function: reward_funcs=[integrations.trl_reward]
  verl  verl_dataset(...) -> a parquet file in verl's RL format (data_source, prompt, reward_model.ground_truth)
        compute_score     -> verl's custom reward function:
                             custom_reward_function.path=integrations.py custom_reward_function.name=compute_score

Both reward functions run the answers' code through afterburner.run_codes, as grpo.py does. TRL hands trl_reward
a whole batch, measured in parallel on every core of the machine that computes the reward; verl calls
compute_score once per answer. See "Scaling up" in the README for the commands.

What is simplified, and why: the adapters carry only what the reward needs (problem id, instruction, original)
and look the problem up again on the reward side, so datasets stay small and the reward runs the same code as
grpo.py; the sandbox pool is per process (no reward service to deploy).
"""
import json

import afterburner
import data
from grpo import grpo_prompts

_PROBLEMS = {}


def _problem(source, problem_id):
    if source not in _PROBLEMS:
        _PROBLEMS[source] = {str(p["problem_id"]): p for p in data.load_problems(source)}
    return _PROBLEMS[source][str(problem_id)]


def _rows(source, split, instructions, seed, limit_problems=0):
    # the originals' costs: measured here on first use (of the first `limit_problems` problems; 0 = all)
    problems, = data.ensure_profiled(source, (split, limit_problems))
    return grpo_prompts(problems, instructions, seed=seed)


def trl_dataset(source="embedded", split="train", instructions=("time", "memory", "integral"), seed=0,
                limit_problems=0):
    """GRPO prompts as a TRL dataset: `prompt` is a one-message conversation; the rest reaches the reward."""
    import datasets
    rows = _rows(source, split, instructions, seed, limit_problems)
    return datasets.Dataset.from_list([
        {"prompt": [{"role": "user", "content": r["prompt"]}], "source": source, "problem_id": str(r["problem_id"]),
         "instruction": r["instruction"], "original": json.dumps(r["original"])} for r in rows])


def _text(completion):
    """TRL passes plain strings, or conversations (a list of {"role", "content"} messages)."""
    return completion if isinstance(completion, str) else completion[-1]["content"]


def rewards_for(answers, sources, problem_ids, instructions, originals, timeout_s=5.0):
    """The Afterburner reward of many answers, their code run in parallel in the sandbox."""
    problems = [_problem(s, pid) for s, pid in zip(sources, problem_ids)]
    results = afterburner.run_codes([afterburner.extract_code(a) for a in answers], problems, timeout_s=timeout_s,
                                    progress=False)
    return [afterburner.afterburner_reward(a, o, r, i)["total"]
            for a, o, r, i in zip(answers, originals, results, instructions)]


def trl_reward(prompts, completions, source, problem_id, instruction, original, **kwargs):
    """TRL GRPOTrainer reward function: dataset columns arrive as keyword lists, one entry per completion."""
    return rewards_for([_text(c) for c in completions], source, problem_id, instruction,
                       [json.loads(o) for o in original])


def verl_dataset(path, source="embedded", split="train", instructions=("time", "memory", "integral"), seed=0,
                 limit_problems=0):
    """Write GRPO prompts as a verl RL parquet file; the reward's inputs travel in reward_model.ground_truth."""
    import datasets
    rows = [{"data_source": f"afterburner/{source}", "ability": "code-efficiency",
             "prompt": [{"role": "user", "content": r["prompt"]}],
             "reward_model": {"style": "rule", "ground_truth": json.dumps(
                 {"source": source, "problem_id": str(r["problem_id"]), "instruction": r["instruction"],
                  "original": r["original"]})},
             "extra_info": {"index": i, "split": split}}
            for i, r in enumerate(_rows(source, split, instructions, seed, limit_problems))]
    datasets.Dataset.from_list(rows).to_parquet(path)
    return path


def compute_score(data_source, solution_str, ground_truth, extra_info=None):
    """verl custom reward function: one answer at a time (verl calls it per sample)."""
    truth = json.loads(ground_truth)
    return rewards_for([solution_str], [truth["source"]], [truth["problem_id"]], [truth["instruction"]],
                       [truth["original"]])[0]
