"""The letter templates: one Jinja2 environment per language, rendering, and tidying the text.

The words of every letter live in the templates under letters/<language>/ (see
`assistant.paths.letters_dir` and assistant.letters.language), one `<kind>.j2` per kind of
letter, each extending `_letter.j2`. Each environment loads from its language's folder first,
then from letters/ itself (where templates shared by every language, or added later, live).
The environment uses StrictUndefined, so a missing fact is an error rather than a blank, and
templates are only ever loaded from those folders by name, never built from anything a person
typed. Filters `cite` and `date` write citations and dates in the environment's language;
`capitalize_first` starts a sentence with a law's name.
This is the one module that imports Jinja2, and only on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from assistant import textsafety
from assistant.letters.model import KINDS

if TYPE_CHECKING:
    from jinja2 import Environment, Template

ROOT_TEMPLATE = "_letter.j2"


@functools.cache
def _environment(folder: str, lang: str = "en") -> Environment:
    from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined

    from assistant.letters.language import cite, long_date

    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(f"{folder}/{lang}"), FileSystemLoader(folder)]),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,
    )
    env.filters["cite"] = functools.partial(cite, lang=lang)
    env.filters["date"] = functools.partial(long_date, lang=lang)
    env.filters["capitalize_first"] = capitalize_first
    env.filters["inner_quotes"] = inner_quotes
    env.globals["lang"] = lang
    return env


def capitalize_first(text: str) -> str:
    """The first letter upper-case, the rest untouched ('the GDPR' -> 'The GDPR')."""
    return text[:1].upper() + text[1:]


def environment(lang: str = "en") -> Environment:
    """The Jinja2 environment of one language over letters/ (StrictUndefined, no autoescape,
    cached): letters/<lang>/ first, then letters/."""
    from assistant import paths

    return _environment(str(paths.letters_dir()), lang)


def has_template(kind: str, lang: str) -> bool:
    """Whether letters/<lang>/ has its own template for `kind`."""
    from assistant import paths

    return (paths.letters_dir() / lang / f"{kind}.j2").is_file()


def render(kind: str, context: Mapping[str, Any], lang: str = "en") -> tuple[str, str, str]:
    """(subject, body, signature) of template `<kind>.j2` in `lang`, filled from `context`."""
    if kind not in KINDS:
        raise ValueError(f"no letter template for {kind!r}")
    env = environment(lang)
    template = env.get_template(f"{kind}.j2")
    body = tidy(template.render(context))
    subject = textsafety.one_line(_render_block(env, template, "subject", context))
    signature = tidy(_render_block(env, template, "signature", context)).strip("\n")
    return subject, body, signature


def _render_block(
    env: Environment, template: Template, name: str, context: Mapping[str, Any]
) -> str:
    """One block of a letter; a block the template does not define comes from the root."""
    if name not in template.blocks:
        template = env.get_template(ROOT_TEMPLATE)
    return "".join(template.blocks[name](template.new_context(dict(context))))


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one newline at the end."""
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out).strip("\n") + "\n"


# Double quotes inside a German quotation become single ones. English text opens with “ and
# closes with ”; German text opens with „ and closes with “.
_INNER_ENGLISH = str.maketrans({"“": "‚", "”": "‘"})
_INNER_GERMAN = str.maketrans({"„": "‚", "“": "‘"})


def inner_quotes(text: object) -> str:
    """A quotation inside German quotation marks: its own double quotes become single ones
    („… (‚Qualfon‘) …“), as German typesetting nests them. A straight '"' pair becomes ‚…‘."""
    value = str(text)
    if value.count('"') % 2 == 0 and '"' in value:
        parts = value.split('"')
        value = "".join(part if i % 2 == 0 else f"‚{part}‘" for i, part in enumerate(parts))
    return value.translate(_INNER_GERMAN if "„" in value else _INNER_ENGLISH)
