"""Regional darts league: match results, handicaps and league fees (first design).

Team captains use a small results app on their phones to submit each match
result (legs won per player) after the game. Results go into the league
database; when the two captains' submissions disagree, the result is marked
disputed and the league secretary settles it in an admin console. Every Monday a
scheduled job feeds each player's recent results to an in-house handicap model
(a regression over past averages) and writes the new handicaps back. The public
league website publishes fixtures, tables and handicaps, and has a fees page
where pubs pay their season fee through a hosted card checkout; the payment
provider confirms payments by webhook. Everything runs on one small cloud host.
Controls in this design: captain and secretary sign-in (e-mail and password),
role-based access in the admin console, an audit log of result changes, input
checks on submitted scores, HTTPS on every link, encrypted nightly backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Darts league match results and handicaps",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Captains submit results, a model sets handicaps, the website publishes "
    "fixtures, tables and handicaps, and pubs pay league fees online.",
)

# ---------------------------------------------------------------- data assets
captain_login = tg.Data(
    "Captain login credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password hash of each captain and of the secretary.",
)
match_result = tg.Data(
    "Submitted match result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Fixture, player names, legs won, 180s and high checkouts.",
)
result_status = tg.Data(
    "Result status and fixtures", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
players = tg.Data(
    "Player and captain registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, teams, captains' phone numbers and e-mail addresses.",
)
results_history = tg.Data(
    "Results history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
disputed = tg.Data("Disputed results", kind="records", sensitivity=tg.Sensitivity.PII)
ruling = tg.Data(
    "Secretary's dispute ruling",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
player_form = tg.Data(
    "Player averages for handicapping", kind="features", sensitivity=tg.Sensitivity.PII
)
handicaps = tg.Data(
    "Player handicaps",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published = tg.Data(
    "Fixtures, tables and handicaps", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
page_request = tg.Data("Website page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
fee_order = tg.Data(
    "League fee order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pub name, treasurer's name and e-mail, amount due.",
)
card_details = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
fee_status = tg.Data("Fee payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Result and dispute notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each team's captain submits results for their own matches from a phone.
    captain = tm.add(tg.Actor("Team captain", role="captain"))
    # Volunteer official who settles disputed results; works from home.
    secretary = tm.add(tg.Actor("League secretary", role="secretary", privileged=True))
    # Players, pubs and fans read fixtures, tables and handicaps.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))
    # The person at each pub who pays the season's league fee.
    treasurer = tm.add(tg.Actor("Pub treasurer", role="pub fee payer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card checkout: card numbers never reach the league's host.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout page; confirms payments to the website by webhook.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for result and dispute notifications.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("League cloud host", trust=tg.Trust.INTERNAL):
    # API behind the captains' results app.
    results_api = tm.add(
        tg.Endpoint(
            "Results app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="legs and scores must fit the fixture's format"),
            },
        )
    )
    # Where the secretary sees disputed results and rules on them.
    admin = tm.add(
        tg.Service(
            "League admin console",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="secretary role only"),
                c.AuditLogging(retention_days=730, note="every result change and ruling"),
            },
        )
    )
    # Public site: fixtures, tables, handicaps and the fees page.
    website = tm.add(tg.Service("Public league website"))
    # Scheduled Monday run that recomputes handicaps.
    handicap_job = tm.add(tg.Service("Weekly handicap job"))
    # In-house regression over each player's recent averages.
    handicap_model = tm.add(
        tg.Model(
            "Handicap model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            controls={c.ModelCards(note="the handicap formula is published in the league rules")},
        )
    )

    with tm.boundary("Database", trust=tg.Trust.RESTRICTED):
        # Single source of fixtures, results, registrations, handicaps and fees.
        league_db = tm.add(
            tg.DataStore(
                "League database",
                stores={
                    captain_login,
                    players,
                    results_history,
                    disputed,
                    handicaps,
                    fee_order,
                    fee_status,
                },
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.DataVersioning(note="encrypted nightly backups"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Captains submit results.
tm.flow(captain, results_api, captain_login, match_result, protocol="https")
tm.flow(results_api, captain, result_status, protocol="https")
tm.flow(results_api, league_db, match_result, label="store result")
tm.flow(league_db, results_api, captain_login, result_status, label="sign-in check, fixtures")
tm.flow(results_api, mailer, notice, protocol="https", label="dispute raised")
tm.flow(mailer, captain, notice, protocol="smtp")

# The secretary settles disputes.
tm.flow(secretary, admin, captain_login, ruling, protocol="https")
tm.flow(admin, secretary, disputed, protocol="https")
tm.flow(league_db, admin, disputed, captain_login)
tm.flow(admin, league_db, ruling, label="approved result")
tm.flow(admin, mailer, notice, protocol="https", label="ruling notice")

# Weekly handicaps.
tm.flow(league_db, handicap_job, results_history)
tm.flow(handicap_job, handicap_model, player_form)
tm.flow(handicap_model, handicap_job, handicaps)
tm.flow(handicap_job, league_db, handicaps)

# Publication.
tm.flow(league_db, website, published, fee_order, fee_status)
tm.flow(visitor, website, page_request, protocol="https")
tm.flow(website, visitor, published, protocol="https")

# League fees.
tm.flow(treasurer, website, fee_order, protocol="https", label="fees page")
tm.flow(website, treasurer, checkout_session, protocol="https", label="redirect to checkout")
tm.flow(website, payments, fee_order, protocol="https", label="create checkout session")
tm.flow(payments, website, checkout_session, protocol="https")
tm.flow(treasurer, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, website, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(website, league_db, fee_status, label="mark fee paid")
