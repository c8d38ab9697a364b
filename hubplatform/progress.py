"""
The one progress printer for long work (provisioning, demo loading, reindexing, imports).

Services take a `Progress` and never print themselves, so the same code runs silently in tests
and in the admin: `Progress()` prints nothing, `Progress(self.stdout)` prints to a command's
output. Steps print as "[2/3] message (0.52 s)"; many items draw a bar that redraws in place on a
terminal and prints a line per tenth done in a log.
"""

import time


class Progress:
    BAR_WIDTH = 30

    def __init__(self, stream=None):
        self.stream = stream
        self.total_steps = None
        self.step_number = 0
        self.started = time.perf_counter()

    @property
    def elapsed(self):
        return time.perf_counter() - self.started

    def steps(self, total):
        """Announce how many numbered steps follow."""
        self.total_steps = total
        self.step_number = 0
        return self

    def step(self, message):
        self.step_number += 1
        total = f"/{self.total_steps}" if self.total_steps else ""
        self._write(f"[{self.step_number}{total}] {message} ({self.elapsed:.2f} s)\n")

    def note(self, message):
        self._write(f"  {message}\n")

    def items(self, iterable, label):
        """Yield every item of `iterable`, drawing a bar of how many are done.

        An iterable that knows its length is not read ahead, so items that arrive one by one
        (lines of a tool's output) move the bar as they come.
        """
        items = iterable if hasattr(iterable, "__len__") else list(iterable)
        total = len(items)
        terminal = self._is_terminal()
        self._bar(label, 0, total, terminal)
        last_tenth = 0
        for done, item in enumerate(items, start=1):
            yield item
            tenth = done * 10 // max(total, 1)
            if terminal or tenth != last_tenth:
                last_tenth = tenth
                self._bar(label, done, total, terminal)
        if terminal:
            self._write("\n")

    def _bar(self, label, done, total, terminal):
        filled = self.BAR_WIDTH * done // max(total, 1)
        text = f"  {label} [{'#' * filled}{'-' * (self.BAR_WIDTH - filled)}] {done}/{total} ({self.elapsed:.1f} s)"
        self._write(f"\r{text}" if terminal else f"{text}\n")

    def _is_terminal(self):
        isatty = getattr(self._target(), "isatty", None)
        return bool(isatty and isatty())

    def _target(self):
        # Django's OutputWrapper appends a newline to every write; write to the stream it wraps.
        return getattr(self.stream, "_out", self.stream)

    def _write(self, text):
        target = self._target()
        if target is None:
            return
        target.write(text)
        target.flush()
