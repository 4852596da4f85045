"""Paintball site booking and marshal incident reports: the first design.

A paintball site in the UK sells game sessions online. Players (or a group
organiser) book on the site's web app, sign the liability waiver there with
their date of birth, emergency contact and declared medical conditions, and pay
on the payment provider's hosted checkout; the provider confirms payment back to
us by webhook, whose signature we verify. During games, marshals carry
site-issued Android phones and record short voice notes when someone is hurt or
breaks the rules. The notes go to a cloud incident service, which has a hosted
speech-to-text API transcribe them and a hosted LLM turn the transcript and the
session roster into a structured incident report. The site manager reviews and
approves every draft in a back-office dashboard (Google sign-in with 2-step
verification) before it is e-mailed to the site's insurer. Everything we run is
in one cloud project; databases use the provider's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Paintball site booking and marshal incident reports",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online bookings and waivers, and LLM-drafted injury and rule-breach reports "
    "for the insurer and the site manager.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Organiser name, e-mail, phone, session, party size and player names.",
)
waiver = tg.Data(
    "Signed waiver",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Player name, date of birth, emergency contact, declared medical conditions, "
    "e-signature.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
roster = tg.Data(
    "Session roster",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Who played in a session, with waiver details and medical declarations.",
)
voice_note = tg.Data(
    "Marshal voice note",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Audio describing an injury or a rule breach, naming players.",
)
transcript = tg.Data(
    "Voice note transcript", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Incident drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Report template instructions, the transcript and the session roster.",
)
draft = tg.Data("Draft incident report", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
edits = tg.Data("Manager edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
report = tg.Data(
    "Approved incident report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players and group organisers booking from their own devices.
    customer = tm.add(tg.Actor("Customer", role="player or group organiser"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text; marshals speak over gunfire and wind.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    # Hosted general-purpose LLM that writes the report from the transcript.
    llm = tm.add(
        tg.LLM(
            "Incident report LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Turns a transcript and roster into the insurer's incident report format.",
        )
    )

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The site's liability insurer, which receives reports by e-mail.
    insurer = tm.add(tg.ExternalService("Insurer claims inbox"))

with tm.boundary("Paintball site", trust=tg.Trust.INTERNAL):
    # Marshals on the field during games.
    marshal = tm.add(tg.Actor("Marshal", role="marshal"))
    # Site-issued Android phone running the marshal app that records voice notes.
    marshal_app = tm.add(tg.Device("Marshal phone app", fleet=True))
    # Runs the site; reviews every incident report before it leaves.
    manager = tm.add(tg.Actor("Site manager", role="site manager", privileged=True))

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Public booking and waiver web app, also receives the payment webhook.
    booking_app = tm.add(
        tg.Endpoint(
            "Booking web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form fields validated server-side")},
        )
    )
    # Bookings, waivers and session rosters.
    booking_db = tm.add(
        tg.DataStore(
            "Booking and waiver database",
            stores={booking, waiver, roster},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Receives uploads from the marshal phones.
    intake = tm.add(
        tg.Endpoint(
            "Incident intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key on each site-issued phone")},
        )
    )
    # Keeps the original audio as evidence for the insurer.
    audio_store = tm.add(
        tg.DataStore(
            "Voice note bucket",
            stores={voice_note},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrates transcription and drafting for each new voice note.
    incident_svc = tm.add(
        tg.Service(
            "Incident report service",
            description="Transcribes a new voice note, looks up the session roster and asks the "
            "LLM for a draft report.",
            controls={
                c.HumanInTheLoop(
                    approver="site manager",
                    note="every draft is reviewed and approved before it is sent to the insurer",
                )
            },
        )
    )
    # Drafts and approved reports.
    report_store = tm.add(
        tg.DataStore(
            "Incident report store",
            stores={draft, report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the manager reviews bookings and incident drafts and sends reports.
    dashboard = tm.add(
        tg.Endpoint(
            "Back-office dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in with 2-step verification")},
        )
    )

# ---------------------------------------------------------------- flows
# Booking and payment
tm.flow(customer, booking_app, booking, waiver, protocol="https")
tm.flow(booking_app, customer, confirmation, protocol="https")
tm.flow(booking_app, payments, checkout, protocol="https")
tm.flow(customer, payments, card, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    booking_app,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(booking_app, booking_db, booking, waiver)
tm.flow(booking_db, booking_app, booking, label="availability and booking lookup")

# Incident capture and drafting
tm.flow(marshal, marshal_app, voice_note, label="records on the phone")
tm.flow(marshal_app, intake, voice_note, protocol="https")
tm.flow(intake, audio_store, voice_note)
tm.flow(audio_store, incident_svc, voice_note)
tm.flow(incident_svc, stt, voice_note, protocol="https")
tm.flow(stt, incident_svc, transcript, protocol="https")
tm.flow(booking_db, incident_svc, roster, label="roster of the session")
tm.flow(incident_svc, llm, prompt, protocol="https")
tm.flow(llm, incident_svc, draft, protocol="https")
tm.flow(incident_svc, report_store, draft)

# Review and sending
tm.flow(report_store, dashboard, draft)
tm.flow(booking_db, dashboard, booking, roster)
tm.flow(dashboard, manager, draft, booking, protocol="https")
tm.flow(manager, dashboard, edits, protocol="https")
tm.flow(dashboard, report_store, report)
tm.flow(dashboard, insurer, report, protocol="smtp+starttls")
