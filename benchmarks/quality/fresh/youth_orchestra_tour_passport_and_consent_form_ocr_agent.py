"""Youth orchestra tour documents agent: the first design, before any security review.

A national youth orchestra takes about 120 players aged 13 to 19 on a summer tour
abroad. Parents sign in to a web portal and upload a photo or scan of their
child's passport and the signed parental consent and medical form. An agent
running in the orchestra's cloud tenant sends each upload to a cloud OCR API,
then has a hosted LLM pull out the fields (name, date of birth, passport number
and expiry, nationality, allergies, medication, emergency contact, consent
given) and writes them into the tour roster through a roster tool. When a
document is missing, unreadable or expires before the tour ends, it e-mails the
parent a reminder through the orchestra's mail provider. The tour manager checks
each extracted record against the scan in a review console before it counts as
complete, and a nightly job sends the passenger manifest to the travel agency
by SFTP. Uploads and the roster are encrypted at rest; staff sign in with SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth orchestra tour passport and consent form OCR agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Extracts children's passport and consent/medical form details into the tour roster.",
)

# ---------------------------------------------------------------- data assets
passport_scan = tg.Data(
    "Passport scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Photo or PDF of the child's passport photo page.",
)
consent_form = tg.Data(
    "Consent and medical form",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Signed parental consent with allergies, medication and emergency contacts.",
)
upload_receipt = tg.Data("Upload receipt", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
ocr_text = tg.Data(
    "OCR text of uploaded documents", sensitivity=tg.Sensitivity.REGULATED, kind="documents"
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the field schema and the OCR text of one upload.",
)
extracted_fields = tg.Data(
    "Extracted passport and consent fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
roster_update = tg.Data(
    "Roster update call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
roster_result = tg.Data("Roster tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
participant_record = tg.Data(
    "Participant tour record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="One row per player: identity, passport, medical notes, consent and document status.",
)
reminder_request = tg.Data(
    "Reminder e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
reminder_email = tg.Data("Document reminder e-mail", sensitivity=tg.Sensitivity.PII)
manager_review = tg.Data(
    "Manager corrections and sign-off", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
passenger_manifest = tg.Data(
    "Passenger manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth, passport numbers and expiry dates for flight booking.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and guardians of the players; they hold the documents.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))

with tm.boundary("Orchestra cloud tenant", trust=tg.Trust.INTERNAL):
    # The only way parents get documents to us.
    portal = tm.add(
        tg.Endpoint(
            "Parent upload portal",
            purpose=tg.EndpointPurpose.API,
            description="Web portal where parents sign in and upload documents for their child.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG, PNG or PDF only, 15 MB maximum"),
            },
        )
    )
    # Runs the OCR-then-extract loop for each new upload and decides what to do next.
    agent = tm.add(
        tg.Agent(
            "Document extraction agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Calls OCR, asks the LLM for the fields, updates the roster, sends reminders.",
            controls={c.SecretsManagement(note="OCR and LLM API keys in the cloud key vault")},
        )
    )
    # Lets the agent write extracted fields to the roster; records stay unconfirmed until reviewed.
    roster_tool = tm.add(
        tg.Tool(
            "Roster update tool",
            capabilities={"read", "write"},
            description="Creates or updates the player's roster row, matched on player name.",
            controls={
                c.HumanInTheLoop(
                    approver="tour manager",
                    note="a record is marked complete only after the tour manager signs it off",
                )
            },
        )
    )
    # Chases parents for missing, unreadable or soon-expiring documents.
    email_tool = tm.add(
        tg.Tool(
            "Parent reminder e-mail tool",
            capabilities={"send-messages"},
            description="Sends a reminder to the parent e-mail address on the roster row.",
        )
    )
    # Where the tour manager checks each extracted record against the scan.
    console = tm.add(
        tg.Endpoint(
            "Tour review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO"), c.RBAC()},
        )
    )
    # Sends the flight-booking manifest to the travel agency once a night.
    export_job = tm.add(tg.Service("Nightly manifest export job"))

    with tm.boundary("Orchestra data tier", trust=tg.Trust.RESTRICTED):
        # Keeps the original uploads for the tour manager's check and for border queries.
        doc_store = tm.add(
            tg.DataStore(
                "Uploaded document store",
                stores={passport_scan, consent_form},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The tour roster: the single list of who travels and what they need.
        roster_db = tm.add(
            tg.DataStore(
                "Tour roster database",
                stores={participant_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("AI and OCR vendors", trust=tg.Trust.PARTNER):
    # Turns photos and scans into text; handwriting on the consent forms included.
    ocr_api = tm.add(
        tg.ExternalService(
            "Cloud OCR API",
            description="Document text recognition service, EU region.",
        )
    )
    # Reads the OCR text and returns the fields as JSON.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, no training on our data, EU processing")
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Delivers the orchestra's outgoing e-mail.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Travel agency", trust=tg.Trust.PARTNER):
    # Books the group flights and needs passport details for advance passenger information.
    travel_agency = tm.add(tg.ExternalService("Travel agency booking system"))

with tm.boundary("Orchestra office", trust=tg.Trust.INTERNAL):
    # Staff member responsible for the tour party and its paperwork.
    tour_manager = tm.add(tg.Actor("Tour manager", role="tour staff"))

# ---------------------------------------------------------------- flows
tm.flow(parent, portal, passport_scan, consent_form, protocol="https")
tm.flow(portal, parent, upload_receipt, protocol="https")
tm.flow(portal, doc_store, passport_scan, consent_form)
tm.flow(doc_store, agent, passport_scan, consent_form, label="new upload")

tm.flow(agent, ocr_api, passport_scan, consent_form, protocol="https")
tm.flow(ocr_api, agent, ocr_text, protocol="https")
tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extracted_fields, protocol="https")

tm.flow(agent, roster_tool, roster_update)
tm.flow(roster_tool, roster_db, participant_record)
tm.flow(roster_db, roster_tool, participant_record, label="match existing player")
tm.flow(roster_tool, agent, roster_result)

tm.flow(agent, email_tool, reminder_request)
tm.flow(roster_db, email_tool, participant_record, label="parent e-mail address")
tm.flow(email_tool, mail, reminder_email, protocol="https")
tm.flow(mail, parent, reminder_email, protocol="smtp")

tm.flow(roster_db, console, participant_record)
tm.flow(doc_store, console, passport_scan, consent_form)
tm.flow(console, tour_manager, participant_record, passport_scan, consent_form, protocol="https")
tm.flow(tour_manager, console, manager_review, protocol="https")
tm.flow(console, roster_db, manager_review)

tm.flow(roster_db, export_job, participant_record, label="nightly export")
tm.flow(export_job, travel_agency, passenger_manifest, protocol="sftp")
