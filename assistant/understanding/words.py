"""The everyday words and text folding shared by the parsers in assistant.understanding.understand.

A span made only of `COMMON_WORDS` is never taken for a company (or, in two letters, a state)
by itself: a catalog of 3,000 companies holds brands called "Me", "Them", "Home" and "Post".
"""

from __future__ import annotations

from assistant.records.search import fold


def words(text: str) -> frozenset[str]:
    """A set of words from a block of text."""
    return frozenset(text.split())


COMMON_WORDS = words(
    """
    a about above across act actually add address addresses after again against ago agent all
    allow almost along already also always am an and another answer answers any anybody anyone
    anything anyway app apps are area around as ask asked asking at away back bad base be been
    before behalf being below best better between big bit both bought but buy by call called
    calling calls can cancel cannot cant case change check choose city claim clear close code
    come company companies complain complaint connect contact contacting contacts copy correct
    could country cookie cookies customer customers data date day days dear delete deleted
    deleting deletion desired details detail did didnt different do does doesnt doing done dont
    down download each edge else email emailing emails end enough erase even ever every
    everything exactly fax file files find fine first fix for forget form free from future get
    gets getting give given go going gone good got group had has have having he hello help her
    here hey hi him his hold holding home how however i id if im in info information inquiry into
    is isnt it its ive just keep keeping keeps kind know known last later law laws leave legal
    less let letter letters like line list live lives living long look lot love made mail mailing
    make many matter may maybe me mean meant message messages might mind mine mobile more most
    much must my myself name need needs never new next no none nope not nothing now number of off
    ok okay old on once one online only open or order other our out over own part partner past
    people person personal phone place please plus point policy post privacy private profile
    protection provide put quality question quick quite rather read real really reason record
    records reply request requests right rights said same save say says see seems self sell
    selling send sent service services set share sharing she should show sign signal simply
    since site so some someone something soon sorry space start state still stop store stored
    stuff such sure system take talk tell test text than thank thanks that thats the their them
    then there these they thing things think this those though through time to today told too
    top turn two under until up update us use used user using very via want wanted wants was way
    we web website well were what whatever when where whether which while who whole why will
    wipe wise wish with without work world would wrong yeah yes yet you your yours yourself
    account accounts also anyway remove removed removal stop stopped hate annoying spam spamming
    spammed emails texting texts sms marketing newsletter newsletters unsubscribe opt out
    everything clean erasure forgotten rid purge destroy nuke wipe scrub see view access show
    tell know copy export report summary dsar sar subject correct correction rectify rectification
    fix update amend change inaccurate wrong mistake outdated typo misspelled
    live based located reside resident residing moved moving currently originally citizen
    please thx ty cheers hiya howdy yo sup ok thanks morning evening afternoon good great cool
    lol pls plz u ur im ive id dont doesnt cant wont didnt isnt wanna gonna gotta lemme
    info infos details detail stuff anything something nothing everything data dat
    private personal information informations pii records record history profile file files
    whats hows wheres whos theyve theyre youre ill youve weve
    day week month year weeks months years hours
    request letter write writing written draft send sending mail email e-mail address
    name number phone id identity passport license licence driver drivers verify verification
    prove proof document documents
    sell sold sale sales share shared shares sharing third parties party partners advertisers
    """
)

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def clean_text(text: str) -> str:
    """Fold case and accents, unify apostrophes, collapse spaces."""
    return " ".join(fold(text.translate(APOSTROPHES)).split())
