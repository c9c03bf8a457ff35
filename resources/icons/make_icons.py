"""Draw the Lunar Desk application icon and write it in the sizes the builds need.

    python resources/icons/make_icons.py

writes, beside this script:

- ``lunar-desk.ico``: 16–256 px, for the Windows executable (``build.spec``);
- ``lunar-desk-32.png``, ``-64.png``, ``-256.png``: the window icon (``ui/app.py``)
  and the icon of the non-Windows builds.

The glyph: a pale crescent moon on a night-blue tile, with a small amber sample
chip in the crescent's hollow.  Each size is drawn at 8x and scaled down, and the
small sizes (up to 24 px) leave out the craters and thicken the shapes, so the
icon still reads in a task bar.  Only Pillow is needed (ReportLab depends on it);
the generated files are committed, so a build never has to run this.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageChops, ImageDraw

HERE = Path(__file__).resolve().parent
NAME = "lunar-desk"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (32, 64, 256)
SCALE = 8  # supersampling factor

NIGHT_TOP = (33, 52, 110)
NIGHT_BOTTOM = (16, 24, 56)
MOON = (244, 236, 214)
CRATER = (214, 203, 176)
SAMPLE = (240, 160, 48)
SAMPLE_EDGE = (120, 64, 8)


def _tile(size: int) -> Image.Image:
    """The rounded night-blue square with a vertical gradient."""
    gradient = Image.new("RGBA", (1, size))
    for y in range(size):
        t = y / max(size - 1, 1)
        gradient.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(NIGHT_TOP, NIGHT_BOTTOM)) + (255,))
    gradient = gradient.resize((size, size))
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, size - 1, size - 1), radius=size * 0.22, fill=255)
    tile = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    tile.paste(gradient, (0, 0), mask)
    return tile


def _disc(size: int, cx: float, cy: float, r: float) -> Image.Image:
    mask = Image.new("L", (size, size), 0)
    ImageDraw.Draw(mask).ellipse((cx - r, cy - r, cx + r, cy + r), fill=255)
    return mask


def draw(px: int) -> Image.Image:
    """The icon at ``px`` x ``px`` pixels."""
    small = px <= 24
    s = px * SCALE
    img = _tile(s)

    # Crescent: a disc minus a disc shifted up and right.
    r = s * (0.36 if small else 0.33)
    cx, cy = s * 0.46, s * 0.52
    moon = _disc(s, cx, cy, r)
    shift = r * (0.62 if small else 0.55)
    bite = _disc(s, cx + shift, cy - shift * 0.55, r * 0.92)
    crescent = ImageChops.subtract(moon, bite)
    img.paste(Image.new("RGBA", (s, s), MOON + (255,)), (0, 0), crescent)

    if not small:  # craters only where they are more than a smudge
        craters = Image.new("L", (s, s), 0)
        d = ImageDraw.Draw(craters)
        for fx, fy, fr in ((0.27, 0.50, 0.055), (0.36, 0.71, 0.04), (0.30, 0.33, 0.03)):
            d.ellipse((s * (fx - fr), s * (fy - fr), s * (fx + fr), s * (fy + fr)), fill=255)
        craters = ImageChops.multiply(craters, crescent)
        img.paste(Image.new("RGBA", (s, s), CRATER + (255,)), (0, 0), craters)

    # The sample: an amber chip (a diamond) in the crescent's hollow.
    half = s * (0.15 if small else 0.12)
    sx, sy = s * 0.66, s * 0.58
    chip = [(sx, sy - half), (sx + half, sy), (sx, sy + half), (sx - half, sy)]
    ImageDraw.Draw(img).polygon(chip, fill=SAMPLE + (255,), outline=SAMPLE_EDGE + (255,), width=max(1, s // 64))

    return img.resize((px, px), Image.Resampling.LANCZOS)


def main() -> None:
    images = {px: draw(px) for px in sorted(set(ICO_SIZES) | set(PNG_SIZES))}
    for px in PNG_SIZES:
        images[px].save(HERE / f"{NAME}-{px}.png", optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        HERE / f"{NAME}.ico",
        sizes=[(px, px) for px in ICO_SIZES],
        append_images=[images[px] for px in ICO_SIZES if px != max(ICO_SIZES)],
    )
    print(f"Wrote {NAME}.ico ({', '.join(map(str, ICO_SIZES))} px) and {NAME}-{{{','.join(map(str, PNG_SIZES))}}}.png in {HERE}")


if __name__ == "__main__":
    main()
