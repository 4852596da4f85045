"""Crematorium booking and eulogy drafting: the first design.

Funeral directors book cremation services on a web portal, signing in with an
e-mail and password, and upload the statutory cremation application forms.
Office staff check the forms and confirm the slot. Once a booking is confirmed,
the portal e-mails the family contact a private link to a memories page where
relatives write down memories, stories and details of the person who died.
A drafting service combines the memories with the service details and asks a
vendor-hosted LLM for a first draft of the eulogy. The celebrant (often an
independent contractor working from home) opens the draft in a web workspace,
signing in with a password and an app code, edits it and signs it off; only a
signed-off eulogy is sent to the family. Everything runs on the crematorium's
cloud tenancy; the booking database is encrypted at rest, and the LLM vendor
was reviewed and contracted not to retain or train on submitted text.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crematorium booking and eulogy drafting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Funeral directors book services; families submit memories from which an "
        "LLM drafts a eulogy that the celebrant edits."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Service booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Deceased's name and dates, service slot, family contact, funeral director.",
)
cremation_forms = tg.Data(
    "Cremation application forms",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Statutory application and medical certificate, uploaded as PDFs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
invitation = tg.Data(
    "Memories page invitation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the family contact with the private link to the memories page.",
)
memories = tg.Data(
    "Family memories",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free-text memories and stories about the deceased and their family.",
)
eulogy_prompt = tg.Data(
    "Eulogy drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions, service details and the family's memories.",
)
draft_eulogy = tg.Data("Draft eulogy", kind="model-output", sensitivity=tg.Sensitivity.PII)
final_eulogy = tg.Data(
    "Signed-off eulogy",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The celebrant's edited text, as it will be read at the service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Funeral directors make bookings on behalf of families.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))
    # Relatives who write memories for the eulogy and receive the final text.
    family = tm.add(tg.Actor("Family member", role="bereaved family"))
    # Celebrants lead the service; many are self-employed and work from home.
    celebrant = tm.add(tg.Actor("Celebrant", role="celebrant"))

with tm.boundary("Crematorium office", trust=tg.Trust.INTERNAL):
    # Office staff check forms and confirm bookings.
    office_staff = tm.add(tg.Actor("Crematorium office staff", role="bookings officer"))

with tm.boundary("Crematorium cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web portal for funeral directors' bookings and office staff's checks.
    booking_portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bookings and uploaded cremation forms.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, cremation_forms},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The page families reach from the e-mailed link to submit memories.
    memories_page = tm.add(
        tg.Endpoint(
            "Memories page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="unguessable per-booking link sent by e-mail")},
        )
    )
    # Memories kept until the eulogy is signed off.
    memories_store = tm.add(tg.DataStore("Memories store", stores={memories}))
    # Builds the prompt from the booking and the memories and asks the LLM for a draft.
    drafting = tm.add(
        tg.Service(
            "Eulogy drafting service",
            controls={
                c.HumanInTheLoop(approver="the celebrant edits and signs off every eulogy"),
            },
        )
    )
    # Drafts and signed-off eulogies.
    eulogy_store = tm.add(tg.DataStore("Eulogy store", stores={draft_eulogy, final_eulogy}))
    # Where celebrants read the memories, edit the draft and sign it off.
    workspace = tm.add(
        tg.Endpoint(
            "Celebrant workspace",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password with TOTP app code")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The text model that writes the first draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="contract: no retention, no training on inputs")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends invitations and the signed-off eulogy to families.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(
    funeral_director, booking_portal, booking, cremation_forms, protocol="https", controls={tls}
)
tm.flow(booking_portal, funeral_director, booking_confirmation, protocol="https", controls={tls})
tm.flow(booking_portal, booking_db, booking, cremation_forms)
tm.flow(booking_db, booking_portal, booking, cremation_forms)
tm.flow(booking_portal, office_staff, booking, cremation_forms, protocol="https", controls={tls})
tm.flow(office_staff, booking_portal, booking_confirmation, protocol="https", controls={tls})
tm.flow(booking_portal, booking_db, booking_confirmation, label="slot confirmed")

tm.flow(booking_portal, email, invitation, protocol="https", controls={tls})
tm.flow(email, family, invitation, protocol="smtp")
tm.flow(family, memories_page, memories, protocol="https", controls={tls})
tm.flow(memories_page, memories_store, memories)

tm.flow(booking_db, drafting, booking, label="service details")
tm.flow(memories_store, drafting, memories)
tm.flow(drafting, llm, eulogy_prompt, protocol="https", controls={tls})
tm.flow(llm, drafting, draft_eulogy, protocol="https", controls={tls})
tm.flow(drafting, eulogy_store, draft_eulogy)

tm.flow(eulogy_store, workspace, draft_eulogy)
tm.flow(memories_store, workspace, memories)
tm.flow(workspace, celebrant, draft_eulogy, memories, protocol="https", controls={tls})
tm.flow(celebrant, workspace, final_eulogy, protocol="https", controls={tls})
tm.flow(workspace, eulogy_store, final_eulogy)
tm.flow(workspace, email, final_eulogy, protocol="https", controls={tls})
tm.flow(email, family, final_eulogy, protocol="smtp")
