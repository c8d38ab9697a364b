"""What long commands print while they work."""

import io

from hubplatform.progress import Progress


def test_steps_are_numbered_and_timed():
    out = io.StringIO()
    progress = Progress(out).steps(2)

    progress.step("Schema klonen")
    progress.note("0,7 s")
    progress.step("Domein koppelen")

    lines = out.getvalue().splitlines()
    assert lines[0].startswith("[1/2] Schema klonen (")
    assert lines[1] == "  0,7 s"
    assert lines[2].startswith("[2/2] Domein koppelen (")


def test_a_bar_in_a_log_prints_a_line_per_tenth_and_yields_every_item():
    out = io.StringIO()

    seen = list(Progress(out).items(range(100), label="hubs"))

    lines = out.getvalue().splitlines()
    assert seen == list(range(100))
    assert len(lines) == 11
    assert "[------------------------------] 0/100" in lines[0]
    assert "[##############################] 100/100" in lines[-1]


def test_a_bar_on_a_terminal_redraws_in_place():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    list(Progress(out).items(range(3), label="pagina's"))

    assert out.getvalue().count("\r") == 4
    assert out.getvalue().endswith("3/3 (0.0 s)\n")


def test_without_a_stream_nothing_is_printed():
    progress = Progress()
    progress.steps(1).step("stil")
    assert list(progress.items([1, 2], label="x")) == [1, 2]
