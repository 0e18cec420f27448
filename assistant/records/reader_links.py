"""Web pages a privacy policy offers: request forms, opt-out pages, settings, privacy contacts.

A link counts when its address or its own words say what it is for ("Do Not Sell My Personal
Information", an industry opt-out page, a settings page) or when it is a contact or help page
given in a sentence about privacy questions or requests, or a complaint body's page given in a
sentence about taking a complaint further. Links to other policies and to sections of them, help
articles, pages offered only to read more, the policy's links to itself, site menus, images and
addresses inside the page's script data are left out.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.records.reader_contacts import _OTHER, _URL
from assistant.records.reader_sentences import SCRIPT_CODE, Sentence, quote_for, sentence_at, window

_OPT_OUT_URL = re.compile(
    r"opt[-_\\]*out|optout|choices|aboutads|networkadvertising|youronlinechoices|gaoptout|"
    r"donotsell|do-not-sell|do_not_sell|adsettings|ccpa",
    re.I,
)
_REQUEST_URL = re.compile(r"dsar|request|/forms?/|privacy-?form|export|download|close|delete", re.I)
_SETTINGS_URL = re.compile(r"settings|preferences|/account|consent/manage|permissions", re.I)
_REQUEST_CONTEXT = re.compile(
    r"request|exercise|access|delet|eras|correct|rectif|your (privacy )?rights|contact us|"
    r"questions? about (?:this|our|the) (?:privacy|policy)|Kontakt|"
    r"privacy (question|inquir|concern)|opt[- ]out|unsubscribe|object|"
    r"questions?\b[^.]{0,40}\b(?:personal (?:information|data)|privacy)|"
    r"\bif you have any (?:questions?|queries)\b|\bfor (?:any )?(?:queries|questions)\b",
    re.I,
)
# A phone or tablet maker's help page on limiting ad tracking, given in a sentence about ads.
_AD_HELP_PAGE = re.compile(r"support\.apple\.com/|support\.google\.com/(?:googleplay|ads)/", re.I)
_ADS_SENTENCE = re.compile(r"advertis|\bads?\b|opt[- ]?out|tracking", re.I)
# A link named as the company's contact form or customer service ("[contact form](...)",
# "Habbo customer service: https://...").
_CONTACT_FORM = re.compile(r"contact form|customer service:?\s*$", re.I)
_SKIP_URL = re.compile(
    r"terms|legal/|/tos\b|policy|policies|cookie-?notice|"
    r"twitter\.com/(?!settings|personalization)|facebook\.com/(?!help|ads|settings)|"
    r"instagram\.com|linkedin\.com|youtube\.com|apple\.com/|play\.google\.com|wikipedia\.org",
    re.I,
)
_MD_LINK = re.compile(r"\[([^\]]*)\]\(((?:https?://|www\.)[^)\s]+)\)")
_HELP_HOSTS = re.compile(
    r"support\.microsoft|helpx\.adobe|support\.google\.com/(?:chrome|accounts)|support\.apple|"
    r"mozilla\.org|support\.mozilla|macromedia\.com|/login|/signin|/(?:sign-?up|register)(?:$|[/?#])|utm_",
    re.I,
)
# A link to a section of a policy or legal page ("/privacy-policy#opt-out", "/legal.html#ccpa"):
# its words may say "opt out", but it leads to text, not to a form.
_POLICY_SECTION = re.compile(
    r"^[^#?]*(?:privacy[-_]?(?:statement|notice|policy)|/privacy|/legal)(?:\.html?|/)?#", re.I
)
_SELF = re.compile(r"privacy[-_]?(?:statement|notice|policy)|#anchor|/privacy/?#", re.I)
# What a link's own words say it is for ("Do Not Sell My Personal Information", "Manage Cookies").
_OPT_OUT_TEXT = re.compile(
    r"do not sell|opt[- ]?out|ad ?choices|manage cookies|cookie (?:settings|preferences)|"
    r"your privacy choices|ad preferences",
    re.I,
)


# A link whose own words name a contact or help page ("contact us", "customer service contact
# page", "Dailymotion Help Center"), and the same words in an address ("/kontakt").
_CONTACT_TEXT = re.compile(
    r"\bcontact(?: us| page| form)?\b|\bkontakt|help ?cent(?:er|re)|customer (?:service|support)",
    re.I,
)
_CONTACT_URL = re.compile(r"contact|kontakt|privacy|support|help|feedback", re.I)
# A link whose own words name a settings page ("My Subscriptions", "Privacy Settings").
_SETTINGS_TEXT = re.compile(
    r"\b(?:my|your|privacy|account|ad|email|e-mail) (?:settings|preferences|subscriptions)\b", re.I
)
# What a site menu calls the way into an account ("My Account", "Login", "Sign in").
_NAV_LABEL = re.compile(
    r"(?:my |your )?account|log ?in|sign ?in|sign ?up|register|my profile", re.I
)
# A link whose words say it is a policy ("Privacy Policy", "Datenschutzerklärung").
_POLICY_TEXT = re.compile(
    r"privacy (?:policy|notice|statement)|cookie (?:policy|notice)|terms of (?:use|service)|"
    r"datenschutzerkl|informativa sulla privacy|politique de confidentialit|"
    r"pol[ií]tica de privacidad",
    re.I,
)
# A government page other than a contact or complaint page (the FTC's advice, Privacy Shield's
# list), and a webmail compose link wrapping an e-mail address.
_GOV = r"^(?:https?://)?(?:www\.)?[^/]*\.gov(?:\.[a-z]{2})?(?:/|$)"
_PUBLIC_PAGE = re.compile(r"(?!.*(?:contact|complain))" + _GOV + r"|mail\.google\.com/mail", re.I)
# A government site, and a sentence that sends the reader there to read how something works.
_GOV_SITE = re.compile(_GOV, re.I)
_DESCRIBED_THERE = re.compile(r"\bdescribed (?:on|at|in)\b|\bto learn more\b", re.I)
# Not a page at all: an image, a stylesheet or script, a key or archive file, an address
# escaped inside script data ("\\/", "\\u003c"), a CDN's e-mail obfuscation link, or an
# e-mail address written as a link ("http://privacyshield@ryver.com/").
_NOT_A_PAGE = re.compile(
    r"\.(?:png|jpe?g|gif|svg|webp|css|js|asc|gpg|pgp|key|zip|ics)(?:$|\?)|"
    r"\\+(?:/|u00[0-9a-f]{2})|/cdn-cgi/l/email-protection|^(?:https?://)?[^/?#]*@|"
    r"/[^/?#]*@[\w-]+(?:\.[\w-]+)+/?$",  # "/privacy/dpo@example.com": an address made a link
    re.I,
)
# A sentence that offers a page to read, not a form to use ("to learn more about", "to read
# additional disclosures").
_READ_MORE = re.compile(
    r"\bto (?:read|learn more|find out more)\b|\blearn more about\b|\bdisclosures\b", re.I
)
# An industry body's site named in an address, the bodies' own names, and the words of a
# sentence that offers it as a way to opt out or choose.
_INDUSTRY_SITE = re.compile(r"aboutads|networkadvertising|youronlinechoices|youradchoices", re.I)
_INDUSTRY_NAMES = re.compile(
    r"(?:Network|Digital|Interactive)[\w ]{0,20}Advertising (?:Initiative|Alliance)|Ad ?Choices",
    re.I,
)
_CHOICE_WORDS = re.compile(
    r"opt|choice|choose|prefer|control|limit|manag|block|disabl|declin|stop|unsubscrib|"
    r"advertis|\bads?\b|tailor|interest|target|cookie|track",
    re.I,
)
# A sentence about taking a complaint further: to a dispute-resolution body, an arbitrator or a
# data protection authority ("please contact or visit JAMS", "lodge a complaint with the ICO").
_COMPLAINT_SENTENCE = re.compile(
    r"complaint|dispute[- ]resolution|arbitration|supervisory authority|"
    r"data protection (?:authority|authorities)|(?:not|n[’']t) satisfied with our response",
    re.I,
)
# Query parameters that only say where a visitor came from ("?source=privacy_policy").
_TRACKING = re.compile(r"(?<=[?&])(?:source|ref|referrer|utm_[a-z]+)=[^&#]*", re.I)
# Query parameters that only choose the page's language ("?hl=de").
_LANGUAGE_PARAM = re.compile(r"[?&](?:hl|lang|language|locale)=[a-z_-]{2,8}$", re.I)


def _url_key(url: str) -> str:
    url = url.replace("\\", "").lower()
    url = re.sub(r"^https?://", "", url).removeprefix("www.").rstrip("/")
    return _LANGUAGE_PARAM.sub("", url).rstrip("/")


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _lead_in(text: str, start: int) -> str:
    """For a link in a list item, the line before the list ("You can contact us:")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not re.match(r"\s*(?:[*+-]|\d+[.)])\s", text[line_start:start]):
        return ""
    before = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    return before if before.rstrip().endswith(":") else ""


def _listed_alone(text: str, start: int, end: int) -> bool:
    """A link that is a whole list entry of a menu ("<br>*   [Contact Us](...)<br>")."""
    if start == end:
        return False
    before = text[max(0, start - 12) : start]
    after = text[end : end + 6]
    opens = re.search(r"(?:^|\n|<br>)\s*[*+-]\s+$", before)
    return bool(opens and re.match(r"\s*(?:<br>|\||$)", after))


def _menu_item(context: str, url: str) -> bool:
    """A line that is nothing but one link (a navigation menu entry)."""
    rest = re.sub(r"\[[^\]]*\]\(" + re.escape(url) + r"\)", "", context)
    return not re.sub(r"[\s*\-|>#_]", "", rest)


_SALES_PAGE = re.compile(r"demo|quote|trial|pricing", re.I)


def _request_address(url: str) -> bool:
    """An address that names a request page ("/dsar", "/privacy-request"), not an article whose
    title happens to hold the word ("/news/sql-delete-row-statement-examples/")."""
    path = re.sub(r"^(?:https?://)?[^/]*", "", url)
    return any(
        _REQUEST_URL.search("/" + segment)
        and segment.count("-") <= 3
        and "cookie" not in segment.lower()  # a browser's "delete-manage-cookies" help page
        and not _SALES_PAGE.search(segment)  # "/request-demo": a sales page
        for segment in path.split("/")
        if segment
    ) or bool(_REQUEST_URL.search(re.sub(r"/.*", "", re.sub(r"^https?://", "", url))))


def _settings_address(url: str) -> bool:
    """An address that names a settings page ("/settings/privacy", "/account"), not a help
    article whose title holds the word ("/change-your-privacy-settings-rygl6XoJm")."""
    for match in _SETTINGS_URL.finditer(url):
        start = max(url.rfind("/", 0, match.start()), url.rfind("?", 0, match.start())) + 1
        end = re.search(r"[/?]|$", url[match.end() :])
        segment = url[start : match.end() + (end.start() if end else 0)]
        if segment.count("-") <= 3:
            return True
    return False


def _nav_link(text: str, start: int, end: int) -> bool:
    """A link in a line of site navigation: nothing but links and separators around it."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("<br>", 0, start)) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not re.search(r"[^\W\d_]{2,}", _MD_LINK.sub("", line).replace("<br>", ""))


def web_forms(text: str, sents: list[Sentence]) -> list[dict[str, Any]]:
    """Web pages the policy offers for requests, opting out, settings or privacy contact."""
    found: dict[str, dict[str, Any]] = {}
    hidden: list[tuple[int, int]] = []  # link texts: the address is the link's target
    spans: list[tuple[int, str]] = []
    labels: dict[int, str] = {}
    markup: dict[int, tuple[int, int]] = {}  # where each Markdown link's "[...](...)" sits
    for link in _MD_LINK.finditer(text):
        hidden.append(link.span(1))
        spans.append((link.start(2), link.group(2)))
        labels[link.start(2)] = link.group(1)
        markup[link.start(2)] = link.span()
    for match in _URL.finditer(text):
        if not any(a <= match.start() < b for a, b in hidden):
            spans.append((match.start(), match.group(0)))
    for start, raw in sorted(spans):
        url = raw if raw.endswith("#!") else raw.rstrip(".,;:!?*_\\")  # "#!": a page's route
        if _NOT_A_PAGE.search(url):
            continue
        key = _url_key(url)
        sentence = sentence_at(sents, start)
        context = sentence.text if sentence else window(text, start, start + len(url))
        if key not in found and _AD_HELP_PAGE.search(url) and _ADS_SENTENCE.search(context):
            found[key] = {
                "url": url,
                "purpose": "opt_out",
                "quote": quote_for(sents, text, start, start + len(url)),
            }
            continue
        if key in found or _HELP_HOSTS.search(url):
            continue
        label = labels.get(start, "")
        if _POLICY_TEXT.search(label) or _PUBLIC_PAGE.search(url):
            continue  # another policy, or a public body's information page
        if _GOV_SITE.search(url) and _DESCRIBED_THERE.search(context):
            continue  # "more fully described on the Privacy Shield website at ...": to read
        if _SELF.search(url.split("?", 1)[0]) and not _OPT_OUT_TEXT.search(label):
            continue  # the policy's own page ("#anchor-Your-Choices" is a section of it)
        if _POLICY_SECTION.search(url):
            continue  # a section of a policy or legal page ("privacy-policy#opt-out-of-oba")
        opt_out = _OPT_OUT_URL.search(url) or _OPT_OUT_TEXT.search(label)
        if opt_out and opt_out.group(0).lower() == "ccpa" and _READ_MORE.search(context):
            continue  # "Click here to read additional disclosures required under the CCPA"
        if (
            opt_out
            and _INDUSTRY_SITE.fullmatch(opt_out.group(0))
            and not _OPT_OUT_TEXT.search(label)
            and not _CHOICE_WORDS.search(_INDUSTRY_NAMES.sub("", context))
        ):
            continue  # "For more information please visit aboutads.info": not offered to opt out
        if _SKIP_URL.search(_TRACKING.sub("", url)) and not opt_out:
            continue
        if SCRIPT_CODE.search(_line_at(text, start)):
            continue  # an address inside the page's script, not the policy's text
        link_start = markup.get(start, (start, start))[0]
        line_before = text[text.rfind("\n", 0, link_start) + 1 : link_start]
        named_contact = _CONTACT_FORM.search(label) or _CONTACT_FORM.search(line_before)
        # The sentence and the line leading into its list ("You can contact us:"); for a link
        # that says it is a contact page, its section's heading too.
        contact = _CONTACT_TEXT.search(label) or re.search(r"contact|kontakt", url, re.I)
        heading = sentence.heading if sentence and contact else ""
        around = f"{heading} {_lead_in(text, start)} {context}"
        if opt_out:
            purpose = "opt_out"
        elif re.search(r"unsubscrib", url, re.I):
            purpose = "settings"
        elif _request_address(url) and _REQUEST_CONTEXT.search(context):
            purpose = "request"  # "to exercise your rights, or to complain, use our form"
        elif (
            re.search(r"complaint", url, re.I)
            or (re.search(r"contact", url, re.I) and _OTHER.search(context))
            or _COMPLAINT_SENTENCE.search(context)
        ):
            purpose = "other"  # a regulator's complaint or contact page
        elif _SETTINGS_TEXT.search(label) or (
            _settings_address(url)
            and not _CONTACT_TEXT.search(label)  # "[Contact Us](/account/contact)"
        ):
            purpose = "settings"
        elif (
            (_CONTACT_URL.search(url) or _CONTACT_TEXT.search(label))
            and (_REQUEST_CONTEXT.search(around))
        ) or named_contact:
            purpose = "other"
        else:
            continue
        if (
            purpose == "other"
            and not named_contact
            and (
                _menu_item(context, raw) or _listed_alone(text, *markup.get(start, (start, start)))
            )
        ):
            continue  # a site menu's "Contact us", not the policy's
        if (
            purpose == "settings"
            and _NAV_LABEL.fullmatch(label.strip(" *_"))
            and _nav_link(text, *markup.get(start, (start, start)))
        ):
            continue  # a site menu's "My account" or "Login"
        found[key] = {
            "url": url,
            "purpose": purpose,
            "quote": quote_for(sents, text, start, start + len(url)),
        }
    return list(found.values())
