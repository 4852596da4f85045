"""Client meeting notes assistant for a wealth management firm: the first design.

Financial advisers record review and planning meetings with clients (in person or
on video calls) with a recording app on their firm-managed laptops. The recording
is uploaded to a notes API in the firm's cloud tenant, where an orchestrator has a
hosted speech-to-text service transcribe it, pulls the client's fact-find (risk
attitude, holdings, objectives) from the CRM, and asks a hosted LLM to draft a CRM
meeting note and a suitability letter draft from firm templates. Advisers and
paraplanners review and edit the drafts in an internal review web app; only an
adviser's approval writes the note and letter draft into the CRM. Recordings and
transcripts are kept in an encrypted store. Staff sign in through the firm's
identity provider with MFA, the review app uses role-based access, both model
vendors were through vendor due diligence with zero-retention terms, and all
vendor traffic uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wealth management client meeting notes LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Transcribes adviser-client meetings and drafts CRM notes and suitability "
        "letter drafts with a hosted LLM, reviewed by advisers before filing."
    ),
)

# ---------------------------------------------------------------- data assets
meeting_audio = tg.Data(
    "Meeting recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio of the adviser-client meeting: finances, family, health and plans.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
transcript = tg.Data(
    "Meeting transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
fact_find = tg.Data(
    "Client fact-find",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Attitude to risk, capacity for loss, holdings, income and objectives.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
templates = tg.Data(
    "Note and letter templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt plus the compliance-approved note and letter structure.",
)
draft_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template instructions, the transcript and the client's fact-find.",
)
llm_output = tg.Data("LLM draft completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Meeting note and suitability letter drafts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
edits = tg.Data("Reviewer edits and approval", kind="records", sensitivity=tg.Sensitivity.PII)
filed_note = tg.Data(
    "Approved CRM meeting note and letter draft",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_in = tg.Data("Staff sign-in assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Client side", trust=tg.Trust.UNTRUSTED):
    # The client speaks in the meeting; everything they say ends up in the recording.
    client = tm.add(tg.Actor("Client", role="wealth management client"))

with tm.boundary("Firm-managed staff laptops", trust=tg.Trust.INTERNAL):
    # Advisers run the meeting and own the resulting note and letter.
    adviser = tm.add(tg.Actor("Financial adviser", role="adviser"))
    # Captures the meeting audio and uploads it when the meeting ends.
    recorder = tm.add(
        tg.Device(
            "Adviser laptop recording app",
            description="Recording app on the adviser's managed Windows laptop.",
        )
    )
    # Paraplanners check and polish suitability letter drafts for advisers.
    paraplanner = tm.add(tg.Actor("Paraplanner", role="paraplanner"))

with tm.boundary("Firm cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives uploads from the recording app.
    notes_api = tm.add(
        tg.Endpoint(
            "Meeting notes API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID device and user token")},
        )
    )
    # Drives transcription, context lookup, prompting and hand-off to review.
    orchestrator = tm.add(
        tg.Service(
            "Notes orchestrator",
            description="Transcribes, gathers the fact-find, prompts the LLM, stores drafts.",
            controls={c.SecretsManagement(note="vendor API keys in Azure Key Vault")},
        )
    )
    # Where advisers and paraplanners read, edit and approve drafts.
    review_app = tm.add(
        tg.Service(
            "Draft review web app",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="advisers and paraplanners by team"),
                c.HumanInTheLoop(approver="the client's adviser"),
            },
        )
    )

    with tm.boundary("Restricted data tier", trust=tg.Trust.RESTRICTED):
        # Keeps recordings and transcripts as the source for notes and complaints.
        media_store = tm.add(
            tg.DataStore(
                "Recording and transcript store",
                stores={meeting_audio, transcript, drafts},
                controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
            )
        )
        # Compliance-approved prompt and document templates.
        template_store = tm.add(tg.DataStore("Template store", stores={templates}))

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription with speaker separation.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="zero audio retention agreed in contract")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the note and the letter draft from the transcript and fact-find.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise tier, no training on inputs")},
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The firm's system of record for clients, notes and advice documents.
    crm = tm.add(tg.DataStore("Wealth CRM", stores={fact_find, filed_note}))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Signs staff in to the review app.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

# ---------------------------------------------------------------- flows
tm.flow(client, recorder, meeting_audio, label="spoken in the meeting")
tm.flow(adviser, recorder, meeting_audio, label="spoken in the meeting")
tm.flow(recorder, notes_api, meeting_audio, protocol="https", label="upload after meeting")
tm.flow(notes_api, orchestrator, meeting_audio)
tm.flow(orchestrator, media_store, meeting_audio, transcript)

tm.flow(orchestrator, stt, meeting_audio, protocol="https")
tm.flow(stt, orchestrator, transcript, protocol="https")

tm.flow(orchestrator, crm, fact_find, protocol="https", label="fact-find lookup by client id")
tm.flow(crm, orchestrator, fact_find, protocol="https")
tm.flow(template_store, orchestrator, templates)
tm.flow(orchestrator, llm, draft_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_output, protocol="https")
tm.flow(orchestrator, media_store, drafts, label="drafts saved for review")

tm.flow(media_store, review_app, drafts, transcript)
tm.flow(review_app, adviser, drafts, transcript, protocol="https")
tm.flow(adviser, review_app, edits, protocol="https")
tm.flow(review_app, paraplanner, drafts, protocol="https")
tm.flow(paraplanner, review_app, edits, protocol="https")
tm.flow(review_app, media_store, drafts, label="edited drafts")
tm.flow(review_app, crm, filed_note, protocol="https", label="filed on adviser approval")

tm.flow(adviser, idp, sign_in, protocol="https", label="staff sign-in")
tm.flow(idp, review_app, sign_in, protocol="oidc")
