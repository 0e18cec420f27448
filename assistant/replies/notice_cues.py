"""The phrases of replies that do not answer, and of replies that send the request elsewhere.

Companion of assistant/replies/cues.py, split out to keep each module small: `ooo` (an
out-of-office), `bounce` (a delivery failure), `survey`, `shipping` and `marketing` (mail that
is no reply at all), and `channel` ("use our web form", "call us", "log in to your account and
ask there"). Each cue is a regular expression matched case-insensitively against one sentence.
"""

from __future__ import annotations

NOTICE_CUES: dict[str, tuple[str, ...]] = {
    "ooo": (
        r"\bout of (the )?office\b",
        r"\baway from (the|my) (office|desk)\b",
        r"\bon (annual )?leave\b",
        r"\bI am (currently )?away\b",
        r"\bnicht im Büro\b",
        r"\babwesend\b",
        r"\babsente? du bureau\b",
        r"\bje suis absente?\b",
        r"\bfuera de la oficina\b",
        r"\bestoy ausente\b",
        r"\bfuori (ufficio|sede)\b",
        r"\bsarò assente\b",
        r"\bben (ik )?afwezig\b",
        r"\bafwezig tot\b",
        r"\bnicht erreichbar\b",
        r"\bwith limited access to (my )?e-?mail\b",
    ),
    "bounce": (
        r"could not be delivered",
        r"\bundeliver(ed|able)\b",
        r"delivery (has )?failed",
        r"\bunzustellbar\b",
        r"konnte nicht zugestellt",
        r"\bnon (remis|distribué)\b",
        r"no se (ha podido|pudo) entregar",
        r"non (è stato|è stata) (possibile )?recapitat",
        r"\bonbestelbaar\b",
        r"kon niet worden (afgeleverd|bezorgd)",
        r"recipient address rejected",
    ),
    "survey": (
        r"\brate (the|our) (support|service)\b",
        r"\b(del 1 al 10|from 1 to 10|von 1 bis 10|de 1 à 10|da 1 a 10|van 1 tot 10)\b",
        (
            r"\b(come valuti|how would you rate|wie bewerten Sie|comment évaluez|cómo valora\w*|"
            r"hoe beoordeel\w*)\b.{0,40}\b(esperienza|experience|Erfahrung|expérience|"
            r"experiencia|ervaring|servizio|service|Service|servicio)"
        ),
        r"\bhow did we do\b",
        r"\b(know|hear|tell us) how we did\b",
        (
            r"\b((invited|invite) you to (review|rate)|write a review|Bewertung abgeben|laissez un "
            r"avis|deja (una|tu) opinión|lascia una recensione|schrijf een review)\b"
        ),
        (
            r"\b(take|start|complete|fill (in|out)) (our|the|a|this) (short |quick |brief "
            r")?(survey|questionnaire)\b"
        ),
        r"\b(questions|feedback) about your (recent )?experience\b",
        (
            r"\b(noter|évaluer|rate|bewerten|valorar|valutare|beoordelen)\b.{0,40}\b(réponse|"
            r"service|échange|answer|support|experience|Antwort|respuesta|risposta|antwoord)"
        ),
        (
            r"\b(votre avis compte|donne mon avis|your (opinion|feedback) matters|Ihre Meinung "
            r"zählt|tu opinión (nos )?importa|la tua opinione conta|jouw mening telt)\b"
        ),
        r"\bsatisfaction survey\b",
        r"\bwie zufrieden\b",
        r"\bbewerten Sie\b",
        r"\bévaluez\b",
        r"\bvotre avis sur\b",
        r"\bvalora (nuestra|la) atención\b",
        r"\bvaluta il (nostro )?servizio\b",
        r"\bhoe tevreden\b",
        r"\bbeoordeel (onze|de) (service|klantenservice)\b",
    ),
    "shipping": (
        r"\bis on its way\b",
        r"\bhas (been )?(shipped|dispatched)\b",
        r"\btracking number\b",
        r"\btrack (&|and) trace\b",
        r"\bis onderweg\b",
        r"\bwordt (morgen |vandaag )?bezorgd\b",
        r"\bwurde versandt\b",
        r"\bist unterwegs\b",
        r"\bSendungsnummer\b",
        r"\ba été expédiée?\b",
        r"\bnuméro de suivi\b",
        r"\bha sido enviado\b",
        r"\bnúmero de seguimiento\b",
        r"\bè stato spedito\b",
        r"\bè in consegna\b",
        r"\b(order|parcel|package)\b.{0,40}\b(shipped|dispatched|out for delivery)\b",
        r"\b(Paket|Bestellung|Sendung)\b.{0,40}\b(versandt|verschickt|unterwegs)\b",
        r"\b(colis|commande)\b.{0,40}\b(expédiée?|en route|en cours de livraison)\b",
        r"\b(pedido|paquete|envío)\b.{0,40}\b(enviado|en camino|en reparto|ha salido)\b",
        r"\b(ordine|pacco|spedizione)\b.{0,40}\b(spedit[oa]|in viaggio|partit[oa])\b",
        r"\b(pakket|bestelling|zending)\b.{0,40}\b(verzonden|onderweg)\b",
        (
            r"\b(order|parcel|package|envío|pedido|paquete|colis|commande|Paket|Sendung|pacco|"
            r"spedizione|ordine|pakket|zending)\b.{0,50}\b(will arrive|arrives|will be delivered|"
            r"llegará|arrivera|sera livrée?|arriverà|sarà consegnat[oa]|wird .{0,30}zugestellt|"
            r"komt (vandaag|morgen)|wordt .{0,20}bezorgd)"
        ),
        (
            r"^(expected|estimated) delivery\b|^voraussichtliche (Zustellung|Lieferung)\b|"
            r"^livraison (prévue|estimée)\b|^entrega (estimada|prevista)\b|"
            r"^consegna (prevista|stimata)\b|^verwachte (bezorging|levering)\b"
        ),
    ),
    "marketing": (
        r"\bunsubscribe\b",
        r"\b(shop|buy) now\b",
        r"\b\d{1,2} ?% (off|de descuento|di sconto|korting|Rabatt)\b",
        r"\bsale\b.*\b(ends|only)\b",
        r"\bjetzt .{0,30}(sichern|sparen)\b",
        r"\babmelden\b.*\bnewsletter\b",
        r"\bse désabonner\b",
        r"\bdarse de baja\b",
        r"\bannulla l'iscrizione\b",
        r"\bafmelden\b.*\bnieuwsbrief\b",
        r"\bsparen!",
        r"\bsoldes\b",
        r"\brebajas\b",
        r"\bsaldi\b",
        r"\buitverkoop\b",
    ),
    "notice": (  # account notices: an invoice, a password change, an outage
        (
            r"\b(Rechnung|invoice|bill|facture|factura|fattura|factuur|jaarafrekening|Abrechnung|"
            r"statement)\b.{0,60}\b(bereit|ready|available|disponible|disponibile|klaar|online)\b"
        ),
        (
            r"\b(password|Passwort|mot de passe|contraseña|wachtwoord)\b.{0,60}\b(changed|"
            r"geändert|modifié|cambiado|cambiata|modificata|gewijzigd)\b"
        ),
        r"\b(Störung|outage|panne|avería|guasto|storing)\b.{0,20}\b(in|im|dans|en|nella|bij)\b",
        (
            r"\b(new|neue[sr]?|nouveau|nuevo|nuovo|nieuw)\b \w{0,10} ?(message|document|Dokument|"
            r"Nachricht|documento|messaggio|mensaje|bericht)\b.{0,40}\b(available|verfügbar|"
            r"disponible|disponibile|beschikbaar)\b"
        ),
    ),
    "channel": (
        (
            r"\b(ejercer|exercise|exercer|esercitare|ausüben|uitoefenen) (sus|tus|your|vos|tes|i "
            r"Suoi|i tuoi|Ihre|Deine|uw|je) (derechos|rights|droits|diritti|Rechte|rechten)\b"
            r".{0,60}"
            r"\b(desde|from|depuis|dal|dalla|über|via|in|en|through|at|on)\b"
        ),
        (
            r"\b(resubmit|re-submit|submit)\b.{0,30}\b(at|via|on|through)\s+\S+\.(com|co\.uk|de|fr|"
            r"es|it|nl|eu|org|net)\b"
        ),
        r"\b(a|our) dedicated (portal|form|page|privacy portal)\b",
        (
            r"\b(connectez-vous|identifiez-vous|log (in|on) to|sign in to|melden Sie sich|accede a|"
            r"accedi a|inicia sesión|log in op)\b.{0,90}\b(et|and|und|y|e|en)\b.{0,30}"
            r"\b(introduisez|faites|submit|make|stellen|realiza|presenta|invia|dien)"
        ),
        (
            r"\b(resend|submit|send|make|file|lodge|raise|re-?submit)\b.{0,40}\b(request|"
            r"it)\b.{0,50}\b(form|portal|app|website|web ?site|privacy (center|centre|page|"
            r"section))\b"
        ),
        (
            r"\b(compilando|compilare|attraverso|mediante)\b.{0,30}\b(modulo|form|portale|"
            r"area riservata|app)\b"
        ),
        (
            r"\b(cumplimentando|cumplimentar|rellenando|rellenar|"
            r"mediante)\b.{0,30}\b(formulario|portal|app)\b"
        ),
        r"\bverwenden Sie\b.{0,30}\b(Formular|Portal|App)\w*\b",
        r"\bvia (de|onze) (app|website|site)\b",
        r"\büber (unser|unsere|das|die|den)\b.{0,30}(portal|formular|App|Kundenkonto)\b",
        r"\b(per|via) E-Mail nicht\b",
        (
            r"\b(through|via|using) (our|the) (online |dedicated |self-service )?(portal|"
            r"web ?form|privacy (center|centre|portal)|request form)\b"
        ),
        (
            r"\b(use|submit|make|send)\b.{0,60}\b(through|via|using|at|"
            r"on)\b.{0,30}\b(portal|form|website|web ?form|privacy (center|centre|page|site|"
            r"hub)|Takeout|help form|app|dashboard)\b"
        ),
        r"\bplease use\b.{0,40}\b(portal|form|Takeout|tool|website)\b",
        r"\bcannot be handled (over|by|via|through) e-?mail\b",
        r"\bnot able to handle requests\b.{0,60}\b(e-?mail|address)\b",
        r"\bnutzen Sie\b.{0,80}\b(Formular|Portal|Kontaktformular|App)\b",
        r"\büber (diese|unsere) E-Mail-Adresse\b.{0,40}\bnicht\b",
        r"\b(via|par|utiliser|remplir)\b.{0,20}\b(notre|le) formulaire\b",
        r"\bpar le biais (du|de notre) (formulaire|portail|espace)\b",
        (
            r"\ba través (de|del)\b.{0,20}\b(formulario|portal|área privada|área de clientes?|"
            r"sede electrónica|app|aplicación|web)\b"
        ),
        r"\butilice (el|nuestro) (formulario|portal)\b",
        r"\btramite (l'apposito |il |l')?(modulo|portale|form|area riservata)\b",
        r"\bnon possiamo gestire\b.{0,80}\btramite questo\b",
        r"\b(aanvragen|indienen|doen) via\b",
        r"\bvia (het|ons) (formulier|portaal)\b",
        r"\bniet per e-?mail\b",
        r"\bgebruik (dan )?het formulier\b",
        (
            r"\b(dal tuo|dal Suo|dalla tua|dalla Sua|desde tu|desde su|from your|über Ihr|über "
            r"Dein|depuis votre|depuis ton|vanuit je|vanuit uw)\b.{0,20}\b(account|cuenta|"
            r"compte|Konto|Kundenkonto|area|área|espace|app)\b"
        ),
        r"\btramite (il |l'|la )?(centro (assistenza|privacy)|app|sito|area clienti)\b",
        r"\bmelden Sie sich\b.{0,60}\b(Kundencenter|Kundenkonto|Konto|Portal|App)\b.{0,20}\ban\b",
        (
            r"\b(par courrier( postal)?|by (post|letter)|per (Post|Brief)|por correo (postal|"
            r"ordinario|certificado)|per posta( ordinaria| raccomandata)?|per post|schriftelijk)\b"
        ),
        (
            r"\b(call us|phone us|ring us|rufen Sie uns an|appelez[- ]nous|llámenos|llame al|"
            r"chiami il|chiamaci|bel ons|bel met)\b"
        ),
        (
            r"\b(cannot|can't|are not able to|do not|don't|does not|doesn't|will "
            r"not)\b.{0,50}\b(by|via|over|through) e-?mail\b"
        ),
        (
            r"\b(to|um|pour|para|per|om) (make|submit|remove|delete|opt out|exercise|request|"
            r"send)\b.{0,60}\b(visit|go to|use|besuchen|rendez-vous|visite|visita|ga naar)\b"
        ),
        (
            r"\b(this|the) (mailbox|inbox|e-?mail address|address) (does not|doesn't|cannot|can't) "
            r"(handle|process|deal with)\b"
        ),
        r"\b(dieses|das) Postfach\b.{0,40}\bnicht\b",
        r"\b(cette|cet) (adresse|boîte)\b.{0,40}\b(ne|n')\b",
        r"\b(este|el) buzón no\b",
        r"\b(questa|la) casella\b.{0,30}\bnon\b",
        r"\b(dit|het) (e-?mailadres|adres)\b.{0,30}\b(niet|geen)\b",
        (
            r"\b(deben|deberán|doivent|devront|müssen|devono|dovranno|moeten|must|should|only|"
            r"solo|únicamente|uniquement|nur|ausschließlich|esclusivamente|alleen|uitsluitend)\b"
            r".{0,60}\b(enviarse|envoyées|adressées|gesendet|gerichtet|inviate|inviata|gestuurd|"
            r"sent|send|write|escribir|écrire|scrivere|schrijven)\b.{0,60}\b[\w.+-]+@[\w-]+\.[\w.]+"
        ),
    ),
}  # fmt: skip
