"""Bridal dress alteration measurements: the first design, before any security review.

A chain of bridal boutiques in the UK and Ireland. At a fitting, a stylist signs in
to the boutique tablet app and takes front and side photos of the bride in a
fitting slip; the app uploads them to the boutique app API in our cloud, where an
open-weights body-measurement model fine-tuned for us estimates bust, waist, hip,
hollow-to-hem and other measurements. The stylist checks and corrects them on the
tablet, then raises an alteration ticket that the workroom's seamstresses work
from. Brides sign in to a customer portal to see their fitting schedule, and an
e-mail provider sends their appointment reminders. A nightly purge job deletes the
photos once the wedding date has passed. Controls: staff and customer sign-in,
TLS from the tablets, encrypted photo storage and the wedding-date retention rule.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridal dress alteration measurements",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based body measurements for dress alterations in a bridal boutique chain.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Bride fitting photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Front and side body photos in a fitting slip.",
)
estimate = tg.Data(
    "Estimated body measurements",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
measurements = tg.Data(
    "Confirmed body measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
customer = tg.Data(
    "Bride profile and wedding date",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
ticket = tg.Data(
    "Alteration ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dress, alterations wanted, measurements and the bride's name.",
)
ticket_status = tg.Data("Alteration status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data("Fitting schedule", kind="records", sensitivity=tg.Sensitivity.PII)
portal_login = tg.Data("Portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
reminder = tg.Data("Appointment reminder e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
purge = tg.Data("Photo deletion request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brides check their fitting dates from home.
    bride = tm.add(tg.Actor("Bride", role="customer"))

with tm.boundary("Boutique", trust=tg.Trust.INTERNAL):
    # Stylists measure brides and raise the alteration tickets.
    stylist = tm.add(tg.Actor("Boutique stylist", role="stylist"))
    # Shared boutique tablets running our fitting app; they take the photos.
    tablet = tm.add(
        tg.Device(
            "Boutique fitting tablet",
            fleet=True,
            description="iPad fitting app: camera capture, measurement review, ticket entry.",
        )
    )

with tm.boundary("Workroom", trust=tg.Trust.INTERNAL):
    # Seamstresses alter the dresses from the tickets.
    seamstress = tm.add(tg.Actor("Seamstress", role="alterations staff"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends appointment reminders on our behalf.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Boutique cloud", trust=tg.Trust.INTERNAL):
    # Backend for the tablet app: uploads, measurement calls, bookings and tickets.
    app_api = tm.add(
        tg.Endpoint(
            "Boutique app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff username and password on the tablet app")},
        )
    )
    # Estimates body measurements from the two photos.
    measure_model = tm.add(
        tg.Model(
            "Body measurement model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights body-shape estimator fine-tuned by a contractor, served on our GPU node.",
        )
    )
    # Turns confirmed measurements into tickets on the workroom board.
    ticket_service = tm.add(tg.Service("Alteration ticket service"))
    # Public web portal where brides see their fittings.
    portal = tm.add(
        tg.Service(
            "Customer fitting portal",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Deletes photos after the wedding date, every night.
    purge_job = tm.add(tg.Service("Nightly photo purge job"))

    with tm.boundary("Customer data tier", trust=tg.Trust.RESTRICTED):
        # Bucket of fitting photos, kept only until the wedding.
        photo_store = tm.add(
            tg.DataStore(
                "Fitting photo store",
                stores={photos},
                controls={
                    c.EncryptionAtRest(key_management="cloud-managed keys"),
                    c.RetentionLimits(note="deleted the day after the wedding date"),
                },
            )
        )
        # Customers, wedding dates, measurements and the fitting calendar.
        customer_db = tm.add(
            tg.DataStore(
                "Customer and fitting database",
                stores={customer, measurements, schedule, ticket, ticket_status},
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(stylist, tablet, customer, label="opens the bride's booking")
tm.flow(tablet, app_api, photos, protocol="https", controls={tls}, label="photo upload")
tm.flow(app_api, photo_store, photos)
tm.flow(app_api, measure_model, photos)
tm.flow(measure_model, app_api, estimate)
tm.flow(app_api, tablet, estimate, customer, schedule, protocol="https", controls={tls})
tm.flow(tablet, stylist, estimate)
tm.flow(stylist, tablet, measurements, ticket, label="confirms and raises ticket")
tm.flow(tablet, app_api, measurements, ticket, schedule, protocol="https", controls={tls})
tm.flow(app_api, customer_db, measurements, schedule, customer)
tm.flow(customer_db, app_api, customer, measurements, schedule)

tm.flow(app_api, ticket_service, ticket)
tm.flow(customer_db, ticket_service, measurements)
tm.flow(ticket_service, seamstress, ticket, measurements, protocol="https", label="workroom board")
tm.flow(seamstress, ticket_service, ticket_status, protocol="https")
tm.flow(ticket_service, customer_db, ticket, ticket_status)

tm.flow(bride, portal, portal_login, protocol="https", controls={tls})
tm.flow(customer_db, portal, schedule, customer)
tm.flow(portal, bride, schedule, protocol="https", controls={tls})
tm.flow(portal, mailer, reminder, protocol="https", controls={tls})
tm.flow(mailer, bride, reminder, protocol="smtp")

tm.flow(customer_db, purge_job, customer, label="wedding dates")
tm.flow(purge_job, photo_store, purge, label="delete photos after the wedding")
