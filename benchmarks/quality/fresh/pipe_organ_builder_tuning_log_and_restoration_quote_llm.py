"""Pipe organ restoration quotes: the first design, before any security review.

A small UK firm restores and tunes church pipe organs. Technicians on site record
tuning sessions (stop-by-stop pitch and temperament notes), condition notes and
photos in a field app on company tablets, which syncs to the firm's cloud
workspace over HTTPS with each technician's Microsoft 365 sign-in (with MFA).
A quote drafting service combines a job's notes with the parts and labour price
list that the office manager keeps, and asks a hosted LLM to draft a restoration
quote and a condition report. Drafts wait in a review web app where the director
edits and signs each one; only then is it e-mailed to the parish through the
firm's mail provider, and the parish's reply comes back to the director's inbox.
Controls in this design: staff sign-in with MFA, HTTPS on every link, provider
encryption of the job records, the director's sign-off and a log of signatures.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pipe organ tuning log and restoration quote LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Field tuning logs and photos feed LLM-drafted restoration quotes "
    "that the director signs before they are e-mailed to the parish.",
)

# ---------------------------------------------------------------- data assets
tuning_log = tg.Data(
    "Tuning session log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stop-by-stop pitch, temperament and regulation notes per visit.",
)
photos = tg.Data(
    "Organ and console photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pipework, soundboards, bellows and leatherwork; also show church interiors.",
)
condition_notes = tg.Data(
    "Technician condition notes", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
job_sheet = tg.Data(
    "Job sheet and organ history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visit schedule, the organ's specification and earlier tuning logs.",
)
parish_contacts = tg.Data(
    "Parish contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses and phone numbers of churchwardens and parish clerks.",
)
price_list = tg.Data(
    "Parts and labour price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
quote_prompt = tg.Data(
    "Quote drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the job's notes and logs, and the relevant price list lines.",
)
draft = tg.Data(
    "Draft quote and condition report",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
signed_quote = tg.Data(
    "Signed restoration quote",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signature = tg.Data("Director edits and signature", kind="records")
parish_reply = tg.Data("Parish reply e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
signature_log = tg.Data("Quote signature log", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: a churchwarden or parish clerk who receives the quote.
    parish = tm.add(tg.Actor("Parish contact", role="customer"))

with tm.boundary("Church sites (field)", trust=tg.Trust.INTERNAL):
    # Our technicians, working inside the organ case on site.
    technician = tm.add(tg.Actor("Organ technician", role="technician"))
    # Company tablets running the field app; they hold notes and photos offline
    # until the church has signal.
    tablet = tm.add(
        tg.Device(
            "Technician tablet",
            fleet=True,
            description="Company-issued tablets with the field app; cache jobs offline.",
        )
    )

with tm.boundary("Firm cloud workspace", trust=tg.Trust.INTERNAL):
    # Receives synced jobs from the tablets; reachable from any church's network.
    job_api = tm.add(
        tg.Endpoint(
            "Field sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="staff Microsoft 365 sign-in with MFA")},
        )
    )
    # System of record for jobs, organs, photos and parish contacts.
    job_store = tm.add(
        tg.DataStore(
            "Job records store",
            stores={tuning_log, photos, condition_notes, job_sheet, parish_contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # A shared spreadsheet of pipe metal, leather, felt and labour rates.
    prices = tm.add(tg.DataStore("Parts price list", stores={price_list}))
    # Builds the prompt from a job and the price list and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Quote drafting service",
            description="Pulls a finished job's notes and prices, asks the LLM for a "
            "quote and a condition report, and stores the draft with the photos.",
        )
    )
    # Drafts waiting for the director, with the photos attached to the report,
    # and the signed quotes with the log of who signed them.
    drafts = tm.add(
        tg.DataStore("Quote drafts store", stores={draft, photos, signed_quote, signature_log})
    )
    # Where the director reads, edits and signs each quote before it is sent.
    review_app = tm.add(
        tg.Service(
            "Quote review web app",
            internet_facing=True,
            controls={
                c.Authentication(method="staff Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="the director signs every quote before it is sent"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts quote wording and condition reports from the notes.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The firm's hosted e-mail, which sends quotes and receives parish replies.
    mail = tm.add(tg.ExternalService("Firm e-mail service"))

with tm.boundary("Workshop office", trust=tg.Trust.INTERNAL):
    # Signs every quote and handles the parish's questions.
    director = tm.add(tg.Actor("Director", role="director", privileged=True))
    # Keeps the price list and the parish contact records up to date.
    office_manager = tm.add(tg.Actor("Office manager", role="office staff"))

# ---------------------------------------------------------------- flows
# On site: notes and photos go onto the tablet, jobs come down to it.
tm.flow(technician, tablet, tuning_log, condition_notes, photos, label="recorded on site")
tm.flow(tablet, technician, job_sheet, label="shown on site")
tm.flow(tablet, job_api, tuning_log, condition_notes, photos, protocol="https")
tm.flow(job_api, tablet, job_sheet, protocol="https")
tm.flow(job_api, job_store, tuning_log, condition_notes, photos)
tm.flow(job_store, job_api, job_sheet)

# Office upkeep of prices and contacts.
tm.flow(office_manager, prices, price_list, protocol="https")
tm.flow(office_manager, job_store, parish_contacts, protocol="https")

# Drafting.
tm.flow(job_store, drafter, tuning_log, condition_notes, photos)
tm.flow(prices, drafter, price_list)
tm.flow(drafter, llm, quote_prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, drafts, draft, photos)

# Director's review and signature.
tm.flow(drafts, review_app, draft, photos)
tm.flow(job_store, review_app, parish_contacts)
tm.flow(review_app, director, draft, photos, protocol="https")
tm.flow(director, review_app, signature, protocol="https")
tm.flow(review_app, drafts, signed_quote, signature_log)

# Sending to the parish, and the reply.
tm.flow(review_app, mail, signed_quote, parish_contacts, protocol="https")
tm.flow(mail, parish, signed_quote, protocol="smtp+starttls")
tm.flow(parish, mail, parish_reply, protocol="smtp+starttls")
tm.flow(mail, director, parish_reply, protocol="https")
