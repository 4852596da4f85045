"""Will-writing service: online questionnaire, video interview and LLM-drafted wills.

Clients of a UK will-writing firm sign up on the firm's client portal, fill in a
questionnaire about their family, assets and wishes, and book a video interview
with a will writer through a hosted video-meeting service. During the interview
the will writer types notes into the case workspace. A drafting service combines
the questionnaire, the interview notes and the firm's approved clause library into
a prompt for a hosted LLM, which returns a draft will. A qualified will writer
checks and edits every draft before the client sees it in the portal. Once the
client has signed the will in the presence of witnesses, staff scan it into the
firm's will vault. The portal uses e-mail and password sign-in, staff sign in
with company SSO and MFA, traffic is over HTTPS, the case store and the vault are
encrypted at rest, and the vault has role-based access and an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Will-writing service",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Clients' questionnaires and interview notes drafted into wills by a hosted "
    "LLM, checked by a qualified will writer and stored in the firm's vault.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Will questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Family members, guardians for children, assets, executors and wishes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking = tg.Data("Interview booking", kind="records", sensitivity=tg.Sensitivity.PII)
video = tg.Data("Interview video call", kind="media", sensitivity=tg.Sensitivity.PII)
notes = tg.Data(
    "Interview notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clauses = tg.Data("Approved will clauses", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions, the clause library excerpts, answers and notes.",
)
llm_draft = tg.Data("LLM draft will", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft = tg.Data(
    "Draft will",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approved = tg.Data("Checked draft for client", kind="documents", sensitivity=tg.Sensitivity.PII)
change_request = tg.Data("Client change requests", kind="records", sensitivity=tg.Sensitivity.PII)
signed_will = tg.Data(
    "Signed will scan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
notification = tg.Data("Client notification e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The testator: fills in the questionnaire, joins the interview, reviews the draft.
    client = tm.add(tg.Actor("Client", role="will client"))

with tm.boundary("Video meeting provider", trust=tg.Trust.PARTNER):
    # Hosted video meetings for the interview, booked from the portal.
    video_service = tm.add(
        tg.ExternalService("Video meeting service", description="Hosted video calls and invites.")
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and "your draft is ready" notices.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The drafting model, called over the vendor's API under a reviewed contract.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our prompts")
            },
        )
    )

with tm.boundary("Firm cloud", trust=tg.Trust.INTERNAL):
    # Public web app where clients answer the questionnaire, book and read drafts.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff web app: interview notes, draft review and editing, vault uploads.
    workspace = tm.add(
        tg.Endpoint(
            "Case workspace",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Holds each client's case: questionnaire answers, booking and interview notes.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={questionnaire, booking, notes, change_request},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The firm's approved clause wording the LLM must draft from.
    clause_library = tm.add(tg.DataStore("Clause library", stores={clauses}))
    # Builds the prompt, calls the LLM and files the draft for a will writer to check.
    drafting = tm.add(
        tg.Service(
            "Drafting service",
            description="Runs when the interview notes are marked complete.",
            controls={
                c.HumanInTheLoop(approver="a qualified will writer checks and edits every draft")
            },
        )
    )
    # Drafts and their edit history, until the client approves the wording.
    draft_store = tm.add(tg.DataStore("Draft store", stores={llm_draft, draft}))

    with tm.boundary("Vault", trust=tg.Trust.RESTRICTED):
        # Scans of signed wills, kept for the client's lifetime and beyond.
        vault = tm.add(
            tg.DataStore(
                "Will vault",
                stores={signed_will},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Firm office", trust=tg.Trust.INTERNAL):
    # Qualified will writer: interviews the client, checks and edits every draft.
    writer = tm.add(tg.Actor("Will writer", role="qualified will writer"))

# ---------------------------------------------------------------- flows
# questionnaire and booking
tm.flow(client, portal, questionnaire, booking, change_request, protocol="https")
tm.flow(portal, case_store, questionnaire, booking, change_request)
tm.flow(portal, video_service, booking, protocol="https", label="create meeting")
tm.flow(video_service, portal, booking, protocol="https", label="meeting link")
tm.flow(portal, mail, notification, protocol="https")
tm.flow(mail, client, notification, protocol="smtp+starttls")

# the interview
tm.flow(client, video_service, video, protocol="https")
tm.flow(video_service, client, video, protocol="https")
tm.flow(writer, video_service, video, protocol="https")
tm.flow(video_service, writer, video, protocol="https")
tm.flow(writer, workspace, notes, protocol="https")
tm.flow(workspace, case_store, notes)
tm.flow(case_store, workspace, questionnaire, booking, notes, change_request)
tm.flow(workspace, writer, questionnaire, notes, change_request, protocol="https")

# drafting
tm.flow(case_store, drafting, questionnaire, notes)
tm.flow(clause_library, drafting, clauses)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, llm_draft, protocol="https")
tm.flow(drafting, draft_store, llm_draft)

# review by the will writer, then the client
tm.flow(draft_store, workspace, llm_draft, draft)
tm.flow(workspace, writer, draft, protocol="https")
tm.flow(writer, workspace, draft, protocol="https", label="checked and edited")
tm.flow(workspace, draft_store, draft)
tm.flow(draft_store, portal, approved)
tm.flow(portal, client, approved, protocol="https")

# signed will into the vault
tm.flow(writer, workspace, signed_will, protocol="https", label="scanned after signing")
tm.flow(workspace, vault, signed_will)
tm.flow(vault, workspace, signed_will)
