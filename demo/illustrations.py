"""
Flat illustrations for the demo content, drawn in each hub's own colours.

Drawing them keeps binary files out of the repository and makes every hub's images its own.
"""

import io
import math

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 800

TITLES = {
    "gesprek": "Twee mensen in gesprek",
    "kind": "Een ouder en een kind hand in hand",
    "huis": "Een huis",
    "kalender": "Een kalender met afspraken",
    "netwerk": "Mensen die met elkaar verbonden zijn",
    "school": "Een opengeslagen boek",
    "wegwijzer": "Een wegwijzer",
    "hart": "Een hart",
    "euro": "Een munt met het euroteken",
    "team": "Drie mensen naast elkaar",
}


def _rgb(hex_value):
    return tuple(int(hex_value[i : i + 2], 16) for i in (1, 3, 5))


def _tint(rgb, amount):
    return tuple(round(c + (255 - c) * amount) for c in rgb)


def _person(draw, x, y, scale, colour):
    head = 55 * scale
    draw.ellipse([x - head, y - 3.2 * head, x + head, y - 1.2 * head], fill=colour)
    draw.rounded_rectangle([x - 1.6 * head, y - 1.0 * head, x + 1.6 * head, y + 2.6 * head], radius=head, fill=colour)


def _speech_bubble(draw, box, colour, tail_left):
    draw.rounded_rectangle(box, radius=60, fill=colour)
    x0, y0, x1, y1 = box
    tail_x = x0 + 90 if tail_left else x1 - 90
    draw.polygon([(tail_x - 40, y1 - 5), (tail_x + 40, y1 - 5), (tail_x + (-70 if tail_left else 70), y1 + 90)], fill=colour)
    for i in range(3):
        cx = (x0 + x1) / 2 + (i - 1) * 70
        cy = (y0 + y1) / 2
        draw.ellipse([cx - 18, cy - 18, cx + 18, cy + 18], fill=(255, 255, 255))


def _draw(key, draw, primary, accent):
    if key == "gesprek":
        _speech_bubble(draw, (170, 170, 620, 420), primary, tail_left=True)
        _speech_bubble(draw, (580, 330, 1030, 580), accent, tail_left=False)
    elif key == "kind":
        _person(draw, 480, 500, 1.6, primary)
        _person(draw, 760, 560, 1.0, accent)
        draw.line([(560, 520), (700, 560)], fill=primary, width=28)
    elif key == "huis":
        draw.polygon([(300, 400), (600, 150), (900, 400)], fill=accent)
        draw.rectangle([360, 400, 840, 680], fill=primary)
        draw.rectangle([550, 520, 650, 680], fill=_tint(accent, 0.3))
        draw.rectangle([420, 460, 500, 540], fill=(255, 255, 255))
        draw.rectangle([700, 460, 780, 540], fill=(255, 255, 255))
    elif key == "kalender":
        draw.rounded_rectangle([300, 170, 900, 680], radius=40, fill=(255, 255, 255), outline=primary, width=14)
        draw.rectangle([307, 177, 893, 290], fill=primary)
        for row in range(3):
            for col in range(5):
                x = 350 + col * 110
                y = 330 + row * 110
                fill = accent if (row, col) in {(0, 3), (2, 1)} else _tint(primary, 0.75)
                draw.rounded_rectangle([x, y, x + 80, y + 80], radius=12, fill=fill)
    elif key == "netwerk":
        points = [(600, 400)] + [
            (600 + 280 * math.cos(angle), 400 + 260 * math.sin(angle))
            for angle in (i * 2 * math.pi / 6 for i in range(6))
        ]
        for point in points[1:]:
            draw.line([points[0], point], fill=primary, width=12)
        for index, (x, y) in enumerate(points):
            radius = 70 if index == 0 else 50
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=accent if index else primary)
    elif key == "school":
        draw.polygon([(250, 250), (600, 320), (600, 660), (250, 590)], fill=primary)
        draw.polygon([(950, 250), (600, 320), (600, 660), (950, 590)], fill=accent)
        for i in range(4):
            y = 370 + i * 60
            draw.line([(300, y - 30), (560, y + 15)], fill=(255, 255, 255), width=8)
    elif key == "wegwijzer":
        draw.rectangle([575, 150, 625, 700], fill=primary)
        draw.polygon([(360, 210), (820, 210), (900, 280), (820, 350), (360, 350)], fill=accent)
        draw.polygon([(840, 400), (380, 400), (300, 470), (380, 540), (840, 540)], fill=primary)
    elif key == "hart":
        draw.ellipse([330, 180, 620, 470], fill=primary)
        draw.ellipse([580, 180, 870, 470], fill=primary)
        draw.polygon([(345, 380), (855, 380), (600, 680)], fill=primary)
        draw.ellipse([470, 260, 530, 320], fill=_tint(accent, 0.2))
    elif key == "euro":
        draw.ellipse([330, 130, 870, 670], fill=accent)
        draw.ellipse([380, 180, 820, 620], outline=primary, width=16)
        draw.arc([450, 260, 740, 540], start=40, end=320, fill=primary, width=40)
        draw.line([(430, 370), (640, 370)], fill=primary, width=28)
        draw.line([(430, 440), (640, 440)], fill=primary, width=28)
    elif key == "team":
        _person(draw, 380, 520, 1.2, accent)
        _person(draw, 600, 480, 1.4, primary)
        _person(draw, 820, 520, 1.2, accent)
    else:
        raise ValueError(f"Unknown illustration {key!r}; known: {', '.join(sorted(TITLES))}")


LOGO_SIZE = 192


def draw_logo(shape, initials, primary_hex, accent_hex):
    """A simple demo logo as PNG bytes: the hub's initials on a shape of its own."""
    primary, accent = _rgb(primary_hex), _rgb(accent_hex)
    size = LOGO_SIZE
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    if shape == "circle":
        draw.ellipse([4, 4, size - 4, size - 4], fill=primary, outline=accent, width=14)
    elif shape == "square":
        draw.rectangle([8, 8, size - 8, size - 8], fill=primary)
        draw.rectangle([8, size - 44, size - 8, size - 8], fill=accent)
    elif shape == "leaf":
        draw.rounded_rectangle([6, 6, size - 6, size - 6], radius=size // 2 - 20, fill=primary)
        draw.pieslice([size // 2, 6, size + size // 2 - 12, size // 2 + 40], 90, 180, fill=accent)
    elif shape == "shield":
        draw.polygon([(12, 10), (size - 12, 10), (size - 12, 110), (size // 2, size - 6), (12, 110)], fill=primary)
        draw.line([(12, 14), (size - 12, 14)], fill=accent, width=14)
    else:
        raise ValueError(f"Unknown logo shape {shape!r}")
    text_colour = (255, 255, 255)
    letter = 46
    x = size // 2 - letter * len(initials) // 2
    for index, char in enumerate(initials[:2]):
        _letter(draw, char, x + index * (letter + 8), size // 2 - 38, letter, text_colour)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _letter(draw, char, x, y, width, colour):
    # Block letters from strokes: no font file needed, the same on every machine.
    stroke = 12
    height = 76
    strokes = {
        "H": [(0, 0, 0, height), (width, 0, width, height), (0, height / 2, width, height / 2)],
        "K": [(0, 0, 0, height), (0, height / 2, width, 0), (0, height / 2, width, height)],
        "T": [(0, 0, width, 0), (width / 2, 0, width / 2, height)],
        "C": [(width, 0, 0, 0), (0, 0, 0, height), (0, height, width, height)],
        "D": [(0, 0, 0, height), (0, 0, width * 0.7, 0), (width * 0.7, 0, width, height * 0.3), (width, height * 0.3, width, height * 0.7), (width, height * 0.7, width * 0.7, height), (width * 0.7, height, 0, height)],
        "O": [(0, 0, width, 0), (width, 0, width, height), (width, height, 0, height), (0, height, 0, 0)],
        "P": [(0, 0, 0, height), (0, 0, width, 0), (width, 0, width, height / 2), (width, height / 2, 0, height / 2)],
        "S": [(width, 0, 0, 0), (0, 0, 0, height / 2), (0, height / 2, width, height / 2), (width, height / 2, width, height), (width, height, 0, height)],
    }
    for x0, y0, x1, y1 in strokes.get(char.upper(), strokes["O"]):
        draw.line([(x + x0, y + y0), (x + x1, y + y1)], fill=colour, width=stroke)


def draw_illustration(key, primary_hex, accent_hex):
    """The illustration `key` as PNG bytes."""
    primary, accent = _rgb(primary_hex), _rgb(accent_hex)
    image = Image.new("RGB", (WIDTH, HEIGHT), _tint(primary, 0.88))
    _draw(key, ImageDraw.Draw(image), primary, accent)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
