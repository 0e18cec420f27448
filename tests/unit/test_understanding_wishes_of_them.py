"""What a person wants the company to do, in the forms met in people's own messages: "I want
everything Xbox has on me" (access, the company named where "they" stands; not after "wipe"),
"can you get them to send me ...", "voglio solo che smettano di profilarmi" and "je veux que ça
s'arrête" (a wish of the company, even with no company named), "an ancestry account" (a
service's account names the service), and a refund asked for is a grievance, not a request."""

from __future__ import annotations

import pytest

from assistant.records.catalog import load_catalog
from assistant.understanding.understand import understand


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize(
    ("text", "company", "right"),
    [
        ("I want everything Xbox has on me. Every gamertag, every game.", "microsoft", "access"),
        ("pls make snapchat wipe everything they have on me, im done", "snapchat", "deletion"),
        ("pls make snapchat wipe everthing they got on me, im done", "snapchat", "deletion"),
        ("delete all Xbox has on me", "microsoft", "deletion"),
    ],
)
def test_what_a_company_has_on_me_is_access_unless_it_is_erased(
    catalog, text: str, company: str, right: str
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", company, right)


def test_a_service_account_names_the_service_and_get_them_to_send_is_asked(catalog) -> None:
    text = (
        "ok long story. my ex set up an ancestry account with my email back in 2019, and I only "
        "found out when I reset a password. can you get them to send me everything they've got "
        "on me first? then I'll decide what to do"
    )
    intent = understand(text, catalog)
    assert (intent.kind, intent.company, intent.right) == ("request", "ancestry-com", "access")


@pytest.mark.parametrize(
    "text", ["i made an email account and want it deleted", "delete my savings account data"]
)
def test_an_everyday_kind_of_account_names_no_company(catalog, text: str) -> None:
    intent = understand(text, catalog)
    assert intent.company is None and intent.companies == []
    assert intent.right == "deletion"


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "non voglio che cancellino la tessera, solo che smettano di usare i miei acquisti "
            "per profilarmi",
            "opt_out",
        ),
        ("Bouygues et SFR me harcèlent de pubs tous les deux, je veux que ça s'arrête.", "opt_out"),
    ],
)
def test_a_wish_of_the_company_is_a_request_though_no_known_company_is_named(
    catalog, text: str, right: str
) -> None:
    intent = understand(text, catalog)
    assert (intent.kind, intent.right, intent.company) == ("request", right, None)


def test_a_refund_asked_for_is_a_grievance_not_a_deletion(catalog) -> None:
    text = "Renfe me canceló el tren y borró mi reserva, quiero que me devuelvan el dinero"
    intent = understand(text, catalog)
    assert intent.kind == "complaint" and intent.right is None
