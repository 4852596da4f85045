"""Funeral arrangement notes assistant: the first design, before any security review.

A regional funeral director records the arrangement meeting with the bereaved family
(with their consent) on a tablet in the branch arrangement room. The recording is
uploaded to a notes service in the firm's cloud tenancy, which has it transcribed by a
hosted speech-to-text API and then asks a hosted LLM to turn the transcript, the case
record from the funeral management system and the firm's supplier catalogue into
structured arrangement notes, an order-of-service draft and supplier booking requests
(florist, crematorium or cemetery, celebrant, printer). Funeral arrangers check and edit
every draft in a staff review portal, signed in through Microsoft 365 with MFA; approved
notes go back to the funeral management system, and a booking service e-mails each
booking request to the supplier only after an arranger approves it. Recordings and
drafts are kept in encrypted cloud storage; both AI vendors were reviewed under a data
processing agreement. Families are in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Funeral arrangement notes assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turns arrangement meeting recordings into notes, order-of-service drafts "
    "and supplier bookings for funeral arrangers to check.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Arrangement meeting recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Audio of the family describing the deceased, their wishes, faith, "
    "family relationships, cause of death and who pays.",
)
transcript = tg.Data(
    "Meeting transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
case_record = tg.Data(
    "Funeral case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's details, date and venue of the funeral, next of kin, chosen package.",
)
catalogue = tg.Data(
    "Supplier and package catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The firm's packages, prices and approved local suppliers.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript, the case record and the catalogue.",
)
llm_output = tg.Data("LLM structured drafts", kind="model-output", sensitivity=tg.Sensitivity.PII)
notes = tg.Data("Arrangement notes", kind="records", sensitivity=tg.Sensitivity.PII)
order_of_service = tg.Data(
    "Order-of-service draft", kind="documents", sensitivity=tg.Sensitivity.PII
)
booking_request = tg.Data(
    "Supplier booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's name, date, time and venue, and what is ordered.",
)
approval = tg.Data("Arranger approval and edits", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Supplier booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bereaved families", trust=tg.Trust.UNTRUSTED):
    # The people the meeting is about; they speak, the tablet records.
    family = tm.add(tg.Actor("Bereaved family", role="client family"))

with tm.boundary("Branch premises", trust=tg.Trust.INTERNAL):
    # Staff who hold the meeting and check every draft.
    arranger = tm.add(tg.Actor("Funeral arranger", role="funeral arranger"))
    # Managed tablet in the arrangement room that records the meeting.
    tablet = tm.add(
        tg.Device(
            "Arrangement room tablet",
            fleet=True,
            description="MDM-managed tablet running the firm's recording app.",
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Orchestrates transcription and drafting for each uploaded recording.
    notes_service = tm.add(
        tg.Service(
            "Arrangement notes service",
            description="Receives recordings, calls speech-to-text and the LLM, stores drafts.",
        )
    )
    # Keeps the original audio and transcript in case a draft is questioned.
    recording_store = tm.add(
        tg.DataStore(
            "Recording and transcript store",
            stores={recording, transcript},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drafts waiting for an arranger to check them.
    draft_store = tm.add(
        tg.DataStore(
            "Draft store",
            stores={notes, order_of_service, booking_request},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference data the LLM maps the family's wishes onto.
    catalogue_store = tm.add(tg.DataStore("Supplier catalogue", stores={catalogue}))
    # Where arrangers read, edit and approve drafts.
    portal = tm.add(
        tg.Endpoint(
            "Staff review portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Sends approved booking requests to suppliers and records their replies.
    booking_service = tm.add(
        tg.Service(
            "Supplier booking service",
            description="E-mails each approved booking request to the supplier.",
            controls={
                c.HumanInTheLoop(
                    approver="the funeral arranger",
                    note="each booking request is sent only after an arranger approves it in the portal",
                )
            },
        )
    )

with tm.boundary("Funeral management SaaS", trust=tg.Trust.PARTNER):
    # The firm's system of record for each funeral, run by its software vendor.
    fms = tm.add(
        tg.DataStore(
            "Funeral case management system",
            stores={case_record, notes, confirmation},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Turns the meeting audio into text.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={
                c.SupplierAssessment(note="DPA signed; audio not retained or used for training")
            },
        )
    )
    # Drafts the notes, order of service and booking requests.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention on the API")},
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Florists, crematoria, cemeteries, celebrants and printers the firm books.
    suppliers = tm.add(
        tg.ExternalService("Funeral suppliers", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tm.flow(family, tablet, recording, label="spoken in the arrangement meeting")
tm.flow(arranger, tablet, recording, label="starts recording, adds case number")
tm.flow(
    tablet,
    notes_service,
    recording,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(notes_service, recording_store, recording, transcript)
tm.flow(notes_service, stt, recording, protocol="https")
tm.flow(stt, notes_service, transcript, protocol="https")
tm.flow(fms, notes_service, case_record, protocol="https", label="case lookup by case number")
tm.flow(catalogue_store, notes_service, catalogue)
tm.flow(notes_service, llm, prompt, protocol="https")
tm.flow(llm, notes_service, llm_output, protocol="https")
tm.flow(notes_service, draft_store, notes, order_of_service, booking_request)

tm.flow(draft_store, portal, notes, order_of_service, booking_request)
tm.flow(portal, arranger, notes, order_of_service, booking_request, protocol="https")
tm.flow(arranger, portal, approval, protocol="https")
tm.flow(portal, draft_store, approval, notes, order_of_service)
tm.flow(recording_store, portal, transcript, label="transcript shown beside the draft")
tm.flow(portal, fms, notes, protocol="https", label="approved arrangement notes")
tm.flow(portal, booking_service, booking_request, approval, label="approved bookings")
tm.flow(booking_service, suppliers, booking_request, protocol="smtp+starttls")
tm.flow(suppliers, booking_service, confirmation, protocol="smtp+starttls")
tm.flow(booking_service, fms, confirmation, protocol="https")
tm.flow(arranger, family, order_of_service, label="printed proof handed to the family")
