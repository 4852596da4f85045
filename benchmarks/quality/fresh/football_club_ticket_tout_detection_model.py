"""Football club ticket tout detection model: the first design, before any security review.

Supporters sign in to the club's ticketing website and buy match tickets through
a payment provider's hosted checkout; the provider confirms each payment to our
order service with a card fingerprint, so we never see card numbers. A tout
scoring service scores every purchase with an in-house classifier, from features
such as tickets per account, the number of accounts sharing one card fingerprint
and resale listings that a monitoring vendor finds on secondary sites and pushes
to our listing intake. A score above the threshold cancels the tickets and
suspends the account automatically, and the supporter is told by e-mail. They can
appeal by replying to the ticket office mailbox; ticket office staff review the
case in the back-office console and can reinstate the account. The model is
retrained each month from past purchases and appeal outcomes. Everything runs in
the club's cloud account; the website has sign-in and rate limits, the console
uses the club's single sign-on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Football club ticket tout detection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores ticket purchases for touting and cancels and suspends automatically.",
)

# ---------------------------------------------------------------- data assets
purchase = tg.Data(
    "Sign-in and ticket purchase request", kind="records", sensitivity=tg.Sensitivity.PII
)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Typed into the provider's hosted checkout page only.",
)
payment_result = tg.Data(
    "Payment result and card fingerprint",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
accounts = tg.Data(
    "Supporter accounts and orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
listings = tg.Data(
    "Resale listings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Listings on resale sites with seller handle, match, block and seat.",
)
features = tg.Data("Purchase features", kind="features", sensitivity=tg.Sensitivity.PII)
score = tg.Data("Tout score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
decision = tg.Data(
    "Cancellation and suspension decision", kind="records", sensitivity=tg.Sensitivity.PII
)
notice = tg.Data("Cancellation notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data("Appeal e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal_reply = tg.Data("Appeal outcome e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
reinstatement = tg.Data("Reinstatement decision", kind="records", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Labelled purchase history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past purchases with features, confirmed tout cases and appeal outcomes.",
)
model_file = tg.Data("Tout model file", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register an account: season-ticket holders, members, touts.
    supporter = tm.add(tg.Actor("Supporter", role="ticket buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; sends us a fingerprint per card.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Resale monitoring vendor", trust=tg.Trust.PARTNER):
    # Crawls secondary ticketing sites and social media for our tickets.
    monitor = tm.add(
        tg.ExternalService("Resale monitoring service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mail: outbound notices and the ticket office's shared mailbox.
    mail = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Public ticketing site: accounts, match pages, basket and checkout redirect.
    website = tm.add(
        tg.Endpoint(
            "Ticketing website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120, note="per IP at the CDN"),
            },
        )
    )
    # Creates orders, issues and cancels tickets, suspends accounts.
    orders = tm.add(tg.Service("Order service"))
    # Receives the vendor's listing pushes.
    intake = tm.add(
        tg.Endpoint(
            "Listing intake",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vendor API key")},
        )
    )
    # Builds features per purchase, calls the model and acts on the threshold.
    scorer = tm.add(
        tg.Service(
            "Tout scoring service",
            description="Scores each confirmed purchase; above 0.8 it cancels and suspends.",
            controls={
                c.Contestability(
                    note="the notice says the order broke the ticketing terms; supporters "
                    "appeal by e-mail to the ticket office"
                )
            },
        )
    )
    # In-house gradient-boosted classifier over purchase features.
    model = tm.add(
        tg.Model(
            "Tout detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability that a purchase is for resale; cancels tickets above 0.8.",
        )
    )
    # Staff screen for order history, scores and reinstatement.
    console = tm.add(
        tg.Endpoint(
            "Back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="club single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, orders, card fingerprints, scores and listings matched to orders.
        db = tm.add(
            tg.DataStore(
                "Ticketing database",
                stores={accounts, listings, payment_result, score},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Monthly snapshot used for retraining.
        training_set = tm.add(tg.Dataset("Tout training set", stores={training_data}))
        # Monthly retraining job; writes the model file to the scoring service.
        trainer = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Club office network", trust=tg.Trust.INTERNAL):
    # Reads appeals in the shared mailbox and decides them.
    staff = tm.add(tg.Actor("Ticket office staff", role="ticket office"))

# ---------------------------------------------------------------- flows
tm.flow(supporter, website, purchase, protocol="https")
tm.flow(website, supporter, accounts, protocol="https", label="account and order pages")
tm.flow(supporter, psp, card, protocol="https", label="hosted checkout")
tm.flow(website, orders, purchase)
tm.flow(
    psp,
    orders,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(orders, db, accounts, payment_result)
tm.flow(db, website, accounts)

tm.flow(monitor, intake, listings, protocol="https", label="listing webhook")
tm.flow(intake, db, listings)

tm.flow(orders, scorer, accounts, payment_result, label="new confirmed purchase")
tm.flow(db, scorer, accounts, listings, payment_result, label="history for features")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, db, score)
tm.flow(scorer, orders, decision, label="cancel tickets and suspend account")

tm.flow(orders, mail, notice, protocol="https")
tm.flow(mail, supporter, notice, protocol="smtp+starttls")
tm.flow(supporter, mail, appeal, protocol="smtp+starttls")
tm.flow(mail, staff, appeal, protocol="https", label="shared mailbox")
tm.flow(staff, mail, appeal_reply, protocol="https")
tm.flow(mail, supporter, appeal_reply, protocol="smtp+starttls")

tm.flow(staff, console, reinstatement, protocol="https")
tm.flow(db, console, accounts, score)
tm.flow(console, orders, reinstatement)

tm.flow(db, training_set, training_data, label="monthly snapshot")
tm.flow(training_set, trainer, training_data)
tm.flow(trainer, model, model_file, label="deploy")
