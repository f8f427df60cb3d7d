"""cli.py -- what every script's command line shares: one-line errors, ranges next to options, a calm Ctrl-C.

    ap = cli.Parser(description=cli.summary(__doc__))
    ap.add_argument("--iterations", type=cli.at_least(0), default=4, help="rounds after round 0")
    cli.run(lambda: main(ap.parse_args()), on_interrupt=lambda: "nothing saved")

  Parser        argparse with the defaults shown in --help, and a bad option reported in one line
                ("eval.py: error: argument --batch-size: must be an integer >= 1, not '0' (see --help)"), exit 2,
                instead of
                the whole usage block. A range is checked while parsing, so before any model loads.
  at_least, more_than, one_of_each
                argparse `type=` functions that check a range or a comma-separated list of choices.
  run           runs a script's main: Ctrl-C prints one line (what was saved, the command that continues)
                instead of a traceback; the errors a user can fix (bad data, ...) print one line too.

Why a file of its own: the trainers (training.py), the loop (afterburner.py), eval.py, reproduce.py and data.py
all parse options, and none of them is the place a reader looks for the others' rules.
"""
import argparse
import shlex
import sys


def summary(doc):
    """A module docstring's first paragraph, without the leading "name.py -- ", as one line for --help."""
    first = doc.strip().split("\n\n")[0]
    return " ".join(first.split(" -- ", 1)[-1].split())


class Parser(argparse.ArgumentParser):
    """argparse.ArgumentParser that shows defaults in --help and reports a bad option in one line."""

    def __init__(self, *a, **kw):
        kw.setdefault("formatter_class", argparse.ArgumentDefaultsHelpFormatter)
        super().__init__(*a, **kw)

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _number(kind, text):
    try:
        return kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be {'an integer' if kind is int else 'a number'}, not {text!r}")


def at_least(low, kind=int, below=None):
    """type= for a number >= low (and < below, if given: a dropout of 1 would drop everything): the message names
    the range and the value given."""
    def parse(text):
        value = _number(kind, text)
        if not (value >= low and (below is None or value < below)):
            raise argparse.ArgumentTypeError(f"must be {'an integer' if kind is int else 'a number'} >= {low}"
                                             f"{'' if below is None else f' and < {below}'}, not {text!r}")
        return value
    parse.__name__ = f"number >= {low}"
    return parse


def more_than(low, kind=float):
    """type= for a number > low."""
    def parse(text):
        value = _number(kind, text)
        if not value > low:
            raise argparse.ArgumentTypeError(f"must be a number > {low}, not {text!r}")
        return value
    parse.__name__ = f"number > {low}"
    return parse


def one_of_each(choices):
    """type= for a comma-separated list drawn from `choices` ("time,memory"): at least one, each allowed."""
    def parse(text):
        items = [x.strip() for x in text.split(",") if x.strip()]
        bad = [x for x in items if x not in choices]
        if not items or bad:
            raise argparse.ArgumentTypeError(f"must be a comma-separated list of {', '.join(sorted(choices))}, "
                                             f"not {text!r}")
        return ",".join(items)
    parse.__name__ = "list"
    return parse


def command(extra=(), drop=()):
    """The command line this process was started with, as a user would retype it, with `drop` flags removed
    and `extra` flags added: the command that continues an interrupted run."""
    argv = [a for a in sys.argv[1:] if a not in drop]
    argv += [a for a in extra if a not in argv]
    return shlex.join(["python", sys.argv[0], *argv])


def run(main, on_interrupt=None, errors=()):
    """Run main(); on Ctrl-C print one line, `on_interrupt()`'s (what was saved and how to continue), exit 130;
    an exception of a type in `errors` (a problem the user can fix: its message says how) prints one line, exit 1."""
    try:
        return main()
    except KeyboardInterrupt:
        hint = on_interrupt() if on_interrupt else ""
        print(f"\ninterrupted{': ' + hint if hint else ''}", file=sys.stderr)
        sys.exit(130)
    except errors as e:
        sys.exit(f"error: {e}")
