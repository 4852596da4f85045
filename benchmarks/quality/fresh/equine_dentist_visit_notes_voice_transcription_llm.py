"""Equine dentist visit notes: the first design, before any security review.

A small equine dental practice (two dentists and a part-time administrator, UK)
wants to stop typing up notes in the evening. During a yard visit the dentist
speaks notes into a phone app: which horse, what was found, what was rasped or
extracted, sedation the attending vet gave, advice for the owner. The app uploads
the recording to the practice's cloud backend, which sends it with the horse's
previous records to a hosted LLM that transcribes it and drafts a treatment record
and a plain-language owner report. The dentist checks and approves the drafts in
the app; only then is the report e-mailed to the horse owner through a
transactional e-mail provider and an invoice raised in the practice's cloud
accounting software through its API. Controls in this design: app sign-in with
e-mail and password, HTTPS on every link to the cloud, the cloud provider's
default disk encryption on the database, and the dentist's approval before
anything leaves the practice.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Equine dentist visit notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Voice notes from yard visits transcribed by a hosted LLM into treatment "
        "records and owner reports, with invoices raised in cloud accounting software."
    ),
)

# ---------------------------------------------------------------- data assets
voice_note = tg.Data(
    "Visit voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio recorded at the yard; names the owner, the yard and the horse.",
)
horse_history = tg.Data(
    "Client and horse history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address and phone, yard, horse name, age and past treatments.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
llm_request = tg.Data(
    "Transcription request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions, the audio and the horse's previous records.",
)
draft = tg.Data(
    "Draft treatment record and owner report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
approval = tg.Data(
    "Dentist's edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
treatment_record = tg.Data(
    "Approved treatment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
owner_report = tg.Data("Owner report", kind="documents", sensitivity=tg.Sensitivity.PII)
invoice = tg.Data(
    "Invoice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner's name and billing address, treatment lines and amounts.",
)
invoice_status = tg.Data("Invoice number and status", kind="records")
accounting_token = tg.Data(
    "Accounting API OAuth token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Refresh token for the practice's accounting organisation.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Dentist's phone", trust=tg.Trust.INTERNAL):
    # The people who speak the notes and approve what the LLM writes.
    dentist = tm.add(tg.Actor("Equine dentist", role="dentist"))
    # Records audio at the yard (often offline) and shows drafts for approval.
    app = tm.add(
        tg.Device(
            "Visit notes phone app",
            fleet=False,
            description="iOS/Android app on each dentist's own smartphone; queues "
            "recordings until there is signal.",
        )
    )

with tm.boundary("Practice cloud account", trust=tg.Trust.INTERNAL):
    # The only entry point from the app into the practice's cloud.
    api = tm.add(
        tg.Endpoint(
            "Practice API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password, 30-day session token")},
        )
    )
    # Keeps the raw recordings so a draft can be regenerated or checked.
    audio_store = tm.add(tg.DataStore("Voice note bucket", stores={voice_note}))
    # Builds the request for the LLM and writes back the drafts.
    transcriber = tm.add(
        tg.Service(
            "Transcription and drafting service",
            description="Picks up new recordings, adds the horse's history and asks "
            "the hosted LLM for a transcript, a treatment record and an owner report.",
        )
    )
    # System of record for clients, horses and treatments, plus the accounting link.
    records_db = tm.add(
        tg.DataStore(
            "Practice records database",
            stores={horse_history, draft, treatment_record, owner_report, accounting_token},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Sends approved reports and raises invoices; nothing goes out unapproved.
    dispatcher = tm.add(
        tg.Service(
            "Report and invoice dispatcher",
            description="Runs when a dentist approves a visit: e-mails the owner "
            "report and creates the invoice in the accounting software.",
            controls={
                c.HumanInTheLoop(
                    approver="the dentist who made the visit, in the app, before any "
                    "report or invoice is sent"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Speech-capable hosted model that transcribes and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted transcription LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model behind the vendor's API, "
            "called with one practice API key.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers owner reports from the practice's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # The practice's existing cloud accounting package; it also e-mails invoices.
    accounting = tm.add(
        tg.ExternalService(
            "Cloud accounting software",
            description="Holds the practice's customers, invoices and bank feed.",
        )
    )

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Chases payments and reconciles invoices in the accounting software.
    admin = tm.add(tg.Actor("Practice administrator", role="bookkeeper"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives reports and invoices for their horses.
    owner = tm.add(tg.Actor("Horse owner", role="client"))

# ---------------------------------------------------------------- flows
tm.flow(dentist, app, voice_note, label="speaks notes at the yard")
tm.flow(app, api, voice_note, protocol="https")
tm.flow(api, audio_store, voice_note)
tm.flow(audio_store, transcriber, voice_note)
tm.flow(records_db, transcriber, horse_history, label="previous visits")
tm.flow(transcriber, llm, llm_request, protocol="https")
tm.flow(llm, transcriber, draft, protocol="https")
tm.flow(transcriber, records_db, draft)

tm.flow(records_db, api, draft, horse_history)
tm.flow(api, app, draft, horse_history, protocol="https")
tm.flow(app, dentist, draft, label="reviews drafts on screen")
tm.flow(dentist, app, approval, label="edits and approves")
tm.flow(app, api, approval, protocol="https")
tm.flow(api, records_db, treatment_record, owner_report)

tm.flow(records_db, dispatcher, treatment_record, owner_report, accounting_token)
tm.flow(dispatcher, mailer, owner_report, protocol="https")
tm.flow(mailer, owner, owner_report, protocol="smtp")
tm.flow(dispatcher, accounting, invoice, accounting_token, protocol="https")
tm.flow(accounting, dispatcher, invoice_status, protocol="https")
tm.flow(dispatcher, records_db, invoice_status)
tm.flow(accounting, owner, invoice, protocol="smtp", label="invoice e-mail with payment link")
tm.flow(admin, accounting, invoice_status, protocol="https", label="reconciles payments")
tm.flow(accounting, admin, invoice, protocol="https")
