"""Statutory holiday calendars outside the US: Canada (federal, BC, Quebec, Alberta
Interpretation Acts), Switzerland (CO Art. 78) and Bavaria (FTG Art. 1).
See `assistant.law.holiday_rules` for the building blocks."""

from __future__ import annotations

import datetime as dt

from assistant.law.holiday_rules import (
    Calendar,
    StatutoryHoliday,
    easter_offset,
    fixed,
    monday_before,
    nth_weekday,
    sunday_moves_to_monday,
)

MON = 0
FED = "Interpretation Act, R.S.C. 1985, c. I-21, s. 35(1)"
BC = "Interpretation Act, R.S.B.C. 1996, c. 238, s. 29"
QC = "Interpretation Act, CQLR c. I-16, s. 61(23)"
AB = "Interpretation Act, R.S.A. 2000, c. I-8, s. 28(1)"
H = StatutoryHoliday

CANADA_FEDERAL = Calendar(
    id="ca-federal",
    title="Canada: federal 'holiday' for time limits in federal Acts",
    citation=f"{FED}; s. 26 (a time limit ending on a holiday runs to the next day that is not)",
    url="https://laws-lois.justice.gc.ca/eng/acts/I-21/section-35.html",
    note="Saturday is not a federal holiday (s. 35(1)), so a law counted by this Act keeps a "
    "Saturday last day (s. 26 moves only a last day that is a holiday; see the PIPEDA "
    "profile's roll_saturday). Provincial holidays also count (s. 35(1), days made "
    "holidays in a province), through the `holidays` package for the province.",
    holidays=(
        H("New Year's Day", fixed(1, 1), FED),
        H("Good Friday", easter_offset(-2), FED),
        H("Easter Monday", easter_offset(1), FED),
        H("Victoria Day (Sovereign's birthday)", monday_before(5, 25), FED),
        H("Canada Day", fixed(7, 1), FED),
        H(
            "Canada Day (July 2 when July 1 is a Sunday)",
            sunday_moves_to_monday(7, 1),
            "Holidays Act, R.S.C. 1985, c. H-5, s. 2",
        ),
        H("Labour Day", nth_weekday(9, MON, 1), FED),
        H(
            "National Day for Truth and Reconciliation",
            fixed(9, 30),
            f"{FED} (as amended by S.C. 2021, c. 11)",
            since=dt.date(2021, 6, 3),
        ),
        H("Thanksgiving Day", nth_weekday(10, MON, 2), f"{FED} (day appointed by proclamation)"),
        H("Remembrance Day", fixed(11, 11), FED),
        H("Christmas Day", fixed(12, 25), FED),
    ),
)

BRITISH_COLUMBIA = Calendar(
    id="ca-bc",
    title="British Columbia: 'holiday' in the Interpretation Act",
    citation=BC,
    url="https://www.bclaws.gov.bc.ca/civix/document/id/complete/statreg/96238_01",
    note="BC PIPA s. 1: a 'day' excludes Saturdays and holidays, so its 30 days are business "
    "days. Whether 30 September is in s. 29 itself or only by proclamation was not confirmed; "
    "it counts either way (the later date).",
    holidays=(
        H("New Year's Day", fixed(1, 1), f"{BC}(b)"),
        H(
            "Family Day",
            lambda y: nth_weekday(2, MON, 3 if y >= 2019 else 2)(y),
            f"{BC}(b)",
            since=dt.date(2013, 1, 1),
        ),
        H("Good Friday", easter_offset(-2), f"{BC}(a)"),
        H("Easter Monday", easter_offset(1), f"{BC}(a)"),
        H("Victoria Day", monday_before(5, 25), f"{BC}(b)"),
        H("Canada Day", fixed(7, 1), f"{BC}(b)"),
        H("British Columbia Day", nth_weekday(8, MON, 1), f"{BC}(b)"),
        H("Labour Day", nth_weekday(9, MON, 1), f"{BC}(b)"),
        H(
            "National Day for Truth and Reconciliation",
            fixed(9, 30),
            f"{BC}(d)",
            since=dt.date(2023, 1, 1),
        ),
        H("Thanksgiving Day", nth_weekday(10, MON, 2), f"{BC}(d) (proclamation)"),
        H("Remembrance Day", fixed(11, 11), f"{BC}(b)"),
        H("Christmas Day", fixed(12, 25), f"{BC}(a)"),
        H("Boxing Day", fixed(12, 26), f"{BC}(c)"),
    ),
)

QUEBEC = Calendar(
    id="ca-qc",
    title="Quebec: 'jour férié' in the Interpretation Act",
    citation=f"{QC}; s. 52 (a time limit expiring on a holiday runs to the next working day)",
    url="https://www.legisquebec.gouv.qc.ca/en/document/cs/I-16",
    note="Saturday is not a 'jour férié'; the assistant still moves a Saturday last day to "
    "Monday (never calls a company late).",
    holidays=(
        H("New Year's Day", fixed(1, 1), f"{QC}(b)"),
        H("Good Friday", easter_offset(-2), f"{QC}(c)"),
        H("Easter Monday", easter_offset(1), f"{QC}(d)"),
        H("National Patriots' Day (Sovereign's birthday)", monday_before(5, 25), f"{QC}(i)"),
        H("Fête nationale", fixed(6, 24), f"{QC}(e)"),
        H("Canada Day", fixed(7, 1), f"{QC}(f)"),
        H("Canada Day (July 2 when July 1 is a Sunday)", sunday_moves_to_monday(7, 1), f"{QC}(f)"),
        H("Labour Day", nth_weekday(9, MON, 1), f"{QC}(g)"),
        H("Thanksgiving Day", nth_weekday(10, MON, 2), f"{QC}(g.1)"),
        H("Christmas Day", fixed(12, 25), f"{QC}(h)"),
    ),
)

ALBERTA = Calendar(
    id="ca-ab",
    title="Alberta: 'holiday' in the Interpretation Act (list not confirmed)",
    citation=AB,
    url="https://kings-printer.alberta.ca/1266.cfm?page=I08.cfm&leg_type=Acts",
    note="The s. 28(1) list was not read; Easter Monday, Heritage Day and Boxing Day are counted "
    "as holidays (the later date) until it is.",
    holidays=(
        H("Easter Monday", easter_offset(1), AB),
        H("Heritage Day", nth_weekday(8, MON, 1), AB),
        H("Remembrance Day", fixed(11, 11), AB),
        H("Boxing Day", fixed(12, 26), AB),
    ),
)

SWITZERLAND = Calendar(
    id="ch",
    title="Switzerland: holidays at the place of performance (CO Art. 78)",
    citation="Code of Obligations (SR 220) Art. 78(1); Federal Act on time limits falling on "
    "Saturdays (SR 173.110.3) Art. 1",
    url="https://www.fedlex.admin.ch/eli/cc/27/317_321_377/en",
    note="Holidays other than 1 August are cantonal. Good Friday and Easter Monday are holidays "
    "in nearly every canton, so they count wherever the canton is not given or lacks them "
    "(the later date). Saturdays count as holidays for federal statutory time limits.",
    holidays=(
        H("Good Friday", easter_offset(-2), "CO Art. 78(1); cantonal holiday laws"),
        H("Easter Monday", easter_offset(1), "CO Art. 78(1); cantonal holiday laws"),
    ),
)

BAVARIA = Calendar(
    id="de-by",
    title="Bavaria: Feiertagsgesetz Art. 1",
    citation="Bayerisches Feiertagsgesetz (FTG) Art. 1",
    url="https://www.gesetze-bayern.de/Content/Document/BayFTG-1",
    note="The statewide list (incl. Fronleichnam) comes from the `holidays` package; Mariä "
    "Himmelfahrt is a holiday only in predominantly Catholic municipalities and counts here "
    "because the municipality is not known (the later date).",
    holidays=(H("Mariä Himmelfahrt (Assumption)", fixed(8, 15), "FTG Art. 1(1) no. 2"),),
)
