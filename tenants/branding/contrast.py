"""Colour arithmetic for WCAG contrast: relative luminance, contrast ratio, mixing."""


def _channels(hex_value):
    return [int(hex_value[i : i + 2], 16) for i in (1, 3, 5)]


def relative_luminance(hex_value):
    def channel(c):
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _channels(hex_value)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(colour, other, amount):
    """`colour` moved `amount` (0..1) of the way to `other`, as #rrggbb."""
    return "#" + "".join(
        f"{round(a + (b - a) * amount):02x}" for a, b in zip(_channels(colour), _channels(other))
    )


def dutch_ratio(ratio):
    """A contrast ratio as Dutch readers write it: 4,5:1."""
    return f"{ratio:.1f}".replace(".", ",") + ":1"
