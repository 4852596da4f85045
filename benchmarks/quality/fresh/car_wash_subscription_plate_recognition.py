"""Car wash subscription with number-plate recognition: the first design, before any security review.

A car wash chain with sites in Germany and the Netherlands sells monthly unlimited-wash
subscriptions. Subscribers sign up in a mobile app with e-mail and password, register
their number plates and pay by card; the app hands card details straight to the
payment provider's SDK, so our cloud API only ever sees provider tokens, and the
provider reports renewals and failed payments back by webhook. Each site syncs the
list of active plates from the cloud every few minutes. At the entrance a camera reads
the plate, an edge controller runs a licensed ANPR model on the frames, and a matching
active plate opens the gate without stopping at the pay kiosk; everyone else pays at
the kiosk. Unread plates, expired subscriptions and disputes go to the site attendant's
tablet (shared site PIN), where the attendant can look up the subscriber and open the
gate by hand; overrides are logged. Entry events with plate crops go to the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Car wash subscription plate recognition",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Plate-based gate entry for wash subscribers, with app sign-up and card billing.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Subscriber account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, password, registered plates, plan.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status = tg.Data(
    "Subscription status and wash history", kind="records", sensitivity=tg.Sensitivity.PII
)
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_token = tg.Data(
    "Payment method token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
charge = tg.Data(
    "Subscription charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_event = tg.Data(
    "Payment webhook event",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Renewal succeeded, payment failed, subscription cancelled.",
)
allowlist = tg.Data(
    "Active plate allowlist",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
vehicle = tg.Data("Vehicle and number plate", kind="media", sensitivity=tg.Sensitivity.PII)
frames = tg.Data("Entrance camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
plate_read = tg.Data("Plate read", kind="model-output", sensitivity=tg.Sensitivity.PII)
entry_events = tg.Data(
    "Entry events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, plate crop, site, time and gate decision.",
)
kiosk_payment = tg.Data(
    "Pay-per-wash payment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
wash_code = tg.Data("Wash entry code", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
exception = tg.Data("Entry exception", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data(
    "Gate override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup = tg.Data("Subscriber lookup", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A customer managing their subscription from their phone.
    subscriber = tm.add(tg.Actor("Subscriber", role="customer"))
    # Our iOS/Android app, with the payment provider's card SDK embedded.
    app = tm.add(tg.Device("Subscriber mobile app", fleet=True))

with tm.boundary("Site forecourt", trust=tg.Trust.UNTRUSTED):
    # Whoever drives up to the entrance lane, subscriber or not.
    driver = tm.add(tg.Actor("Driver at entrance", role="driver"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card vault, recurring billing and the kiosks' card terminals.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="PCI DSS Level 1 service provider, AOC on file")},
        )
    )

with tm.boundary("Cloud backend", trust=tg.Trust.INTERNAL):
    # The app's backend: accounts, plates, billing, allowlist sync to sites.
    api = tm.add(
        tg.Endpoint(
            "Subscription API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.DataMinimization(note="card numbers never reach the API; only provider tokens"),
            },
        )
    )
    # Subscribers, plates, plans and payment tokens.
    subscriber_db = tm.add(
        tg.DataStore(
            "Subscriber database",
            stores={account, payment_token, status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every plate read and gate decision from every site.
    event_store = tm.add(tg.DataStore("Entry event store", stores={entry_events}))

with tm.boundary("Wash site network", trust=tg.Trust.INTERNAL):
    # IP camera over the entrance lane.
    camera = tm.add(tg.Device("Entrance camera", fleet=True))
    # Edge box per site: runs ANPR, checks the allowlist, drives the gate.
    controller = tm.add(
        tg.Service(
            "Site entry controller",
            controls={c.AuditLogging(retention_days=90, note="gate overrides and manual entries")},
        )
    )
    # Licensed ANPR engine running on the edge box.
    anpr = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Third-party ANPR engine, weights shipped with the SDK licence.",
        )
    )
    # Local copy of active plates so entry works during an internet outage.
    allowlist_cache = tm.add(tg.DataStore("Site allowlist cache", stores={allowlist}))
    # Pay-per-wash kiosk for drivers without a subscription.
    kiosk = tm.add(tg.Service("Pay kiosk"))
    # Tablet the attendant uses for exceptions and manual gate opening.
    tablet = tm.add(
        tg.Device(
            "Attendant tablet",
            fleet=True,
            controls={c.Authentication(method="shared site PIN")},
        )
    )
    # Staff on site who handle unread plates, disputes and stuck gates.
    attendant = tm.add(tg.Actor("Site attendant", role="site staff"))

# ---------------------------------------------------------------- flows
# subscription management in the app
tm.flow(subscriber, app, account, card)
tm.flow(app, subscriber, status)
tm.flow(app, payments, card, protocol="https", label="card SDK tokenisation")
tm.flow(payments, app, payment_token, protocol="https")
tm.flow(app, api, account, payment_token, protocol="https")
tm.flow(api, app, status, protocol="https")
tm.flow(api, subscriber_db, account, payment_token, status)
tm.flow(subscriber_db, api, account, payment_token, status)
tm.flow(api, payments, charge, payment_token, protocol="https")
tm.flow(payments, api, payment_event, protocol="https", label="payment webhook")

# site entry
tm.flow(api, controller, allowlist, protocol="https", label="allowlist sync")
tm.flow(controller, allowlist_cache, allowlist, protocol="local")
tm.flow(allowlist_cache, controller, allowlist, protocol="local")
tm.flow(driver, camera, vehicle, label="drives into the lane")
tm.flow(camera, controller, frames, protocol="rtsp")
tm.flow(controller, anpr, frames, protocol="local")
tm.flow(anpr, controller, plate_read, protocol="local")
tm.flow(controller, api, entry_events, protocol="https")
tm.flow(api, event_store, entry_events)
tm.flow(event_store, api, entry_events, label="wash history")

# pay-per-wash at the kiosk
tm.flow(driver, kiosk, kiosk_payment, label="card at kiosk terminal")
tm.flow(kiosk, payments, kiosk_payment, protocol="https")
tm.flow(kiosk, driver, wash_code)
tm.flow(kiosk, controller, wash_code, protocol="https")

# exceptions handled by the attendant
tm.flow(controller, tablet, exception, protocol="https")
tm.flow(tablet, attendant, exception)
tm.flow(attendant, tablet, override)
tm.flow(tablet, controller, override, protocol="https")
tm.flow(tablet, api, lookup, protocol="https", label="find subscriber by plate")
tm.flow(api, tablet, status, protocol="https")
