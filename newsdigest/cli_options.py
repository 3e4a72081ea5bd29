"""Command-line options shared by `summarise` and `batch`, defined once. Imports click only."""
from __future__ import annotations

import click

MAX_BYTES_DEFAULT = 25 * 1024 * 1024


def validate_date(ctx, param, value):
    """A --date style option: YYYY-MM-DD, normalised; a usage error otherwise."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def analysis_options(f):
    """--lang, --date, --no-clean, --mentions, --summary-sentences, --events-limit."""
    options = [
        click.option("--lang", type=click.Choice(["ms", "id", "en", "auto"]), default="auto", show_default=True,
                     help="Language of the articles."),
        click.option("--date", callback=validate_date, metavar="YYYY-MM-DD",
                     help="Publication date when a page does not say; relative dates are resolved against it."),
        click.option("--no-clean", is_flag=True,
                     help="Analyse the text as it is (already clean); offsets point into it."),
        click.option("--mentions", is_flag=True, help="Add the analysed text and every mention's character spans."),
        click.option("--summary-sentences", type=click.IntRange(0, 20), default=3, show_default=True,
                     help="Sentences in each summary."),
        click.option("--events-limit", type=click.IntRange(min=0), default=None, metavar="N",
                     help="Keep only the N most salient events of each article."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def max_bytes_option(f):
    return click.option("--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES_DEFAULT, show_default=True,
                        help="Refuse inputs (or decompressed gzip) larger than this.")(f)
