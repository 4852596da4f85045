"""Velodrome booking and training plans: the first design, before any security review.

A public velodrome (UK, run by a leisure trust) lets riders sign up with e-mail and
password, book track sessions and hire bikes online, paying on a card provider's
hosted checkout. Riders can upload power-meter ride files (FIT) for a personalised
training plan: a plan service parses them, adds the rider's level and bookings from
the booking database and asks a hosted LLM to write the plan. Coaches review plans
for beginners before release; others go straight to the rider. Coaches also record
accreditation through the staff portal, and the booking service sells open sessions
only to accredited riders. Confirmations and plans are e-mailed. Controls: password
sign-in and rate limits for riders, staff SSO with MFA and roles, upload type and
size checks, signed payment webhooks, TLS and encrypted databases.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Velodrome track session booking and coaching LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online booking of track sessions and bike hire, with LLM-written training "
        "plans from riders' power-meter files."
    ),
)

# ---------------------------------------------------------------- data assets
rider_login = tg.Data(
    "Rider e-mail and password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
password_hash = tg.Data(
    "Rider password hash", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
booking_request = tg.Data(
    "Session and bike hire booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Session, bike size, pedal type and the rider's account.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Rider accounts, bookings and accreditation status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
payment_event = tg.Data("Payment confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
ride_files = tg.Data(
    "Power-meter ride files",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="FIT files with power, cadence, heart rate and sometimes GPS tracks.",
)
plan_request = tg.Data("Training plan request", kind="prompt", sensitivity=tg.Sensitivity.PII)
rider_profile = tg.Data(
    "Rider level and booked sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Age band, beginner or accredited, goals and upcoming bookings.",
)
plan_prompt = tg.Data(
    "Plan prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Coaching instructions, ride metrics (FTP, power curve), rider level and goals.",
)
draft_plan = tg.Data("Draft training plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
plan = tg.Data("Training plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
coach_edits = tg.Data(
    "Coach plan edits and sign-off", kind="records", sensitivity=tg.Sensitivity.PII
)
accreditation = tg.Data(
    "Track accreditation record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
coach_login = tg.Data("Coach SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
email = tg.Data("Booking and plan e-mails", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public, from first-timers to racing riders.
    rider = tm.add(tg.Actor("Rider", role="rider"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page: card details never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model used to write the plans.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations and finished plans.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Velodrome cloud", trust=tg.Trust.INTERNAL):
    # Public website and API: accounts, bookings, uploads and plan requests.
    web = tm.add(
        tg.Endpoint(
            "Rider website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
                c.InputValidation(note="uploads limited to .fit files up to 20 MB"),
            },
        )
    )
    # Sessions, capacity, bike hire stock, payments and the open-session accreditation rule.
    booking = tm.add(
        tg.Service(
            "Booking service",
            controls={
                c.PolicyEnforcement(
                    rules="open sessions are sold only to riders with an accreditation recorded by a coach"
                )
            },
        )
    )
    # System of record for riders, bookings and accreditation.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, password_hash},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Parses ride files, builds the prompt, calls the LLM and routes beginners' plans to coaches.
    plan_service = tm.add(
        tg.Service(
            "Training plan service",
            controls={
                c.HumanInTheLoop(
                    approver="a velodrome coach",
                    note="beginner riders' plans only; plans for accredited riders are sent directly",
                )
            },
        )
    )
    # Uploaded ride files, kept so plans can be regenerated.
    ride_store = tm.add(
        tg.DataStore(
            "Ride file store",
            stores={ride_files},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Generated, reviewed and sent plans.
    plan_store = tm.add(tg.DataStore("Training plan store", stores={plan, draft_plan, coach_edits}))

with tm.boundary("Velodrome staff network", trust=tg.Trust.INTERNAL):
    # Coaches who run accreditation sessions and review beginners' plans.
    coach = tm.add(tg.Actor("Coach", role="coach"))
    # Staff side of the booking system: accreditation entry and plan review queue.
    staff_portal = tm.add(
        tg.Endpoint(
            "Coach portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# rider sign-in and bookings
tm.flow(rider, web, rider_login, booking_request, protocol="https")
tm.flow(web, rider, booking_confirmation, plan, protocol="https")
tm.flow(web, booking, rider_login, booking_request)
tm.flow(booking, web, booking_confirmation, checkout)
tm.flow(booking, booking_db, bookings)
tm.flow(booking_db, booking, bookings, password_hash)

# payment
tm.flow(booking, payments, checkout, protocol="https", label="create hosted checkout")
tm.flow(rider, payments, checkout, protocol="https", label="pays on the hosted page")
tm.flow(
    payments,
    booking,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)

# training plans
tm.flow(rider, web, ride_files, plan_request, protocol="https", label="upload ride files")
tm.flow(web, plan_service, ride_files, plan_request)
tm.flow(plan_service, ride_store, ride_files)
tm.flow(ride_store, plan_service, ride_files)
tm.flow(booking_db, plan_service, rider_profile)
tm.flow(plan_service, llm, plan_prompt, protocol="https")
tm.flow(llm, plan_service, draft_plan, protocol="https")
tm.flow(plan_service, plan_store, draft_plan, plan)
tm.flow(plan_store, web, plan, label="plan shown in the rider's account")

# coaches: review of beginners' plans and accreditation
tm.flow(coach, staff_portal, coach_login, coach_edits, accreditation, protocol="https")
tm.flow(staff_portal, coach, draft_plan, bookings, protocol="https")
tm.flow(plan_store, staff_portal, draft_plan, label="beginner plans awaiting review")
tm.flow(staff_portal, plan_store, coach_edits, plan)
tm.flow(staff_portal, booking, accreditation, label="records accreditation")
tm.flow(booking, staff_portal, bookings)

# e-mail
tm.flow(booking, mailer, email, protocol="https")
tm.flow(plan_service, mailer, email, protocol="https")
tm.flow(mailer, rider, email, protocol="smtp", label="confirmations and plans")
