"""Home care visit notes summariser: the first design, before any security review.

Carers of a home care agency dictate their visit notes into the agency app on
company-managed phones at the end of each visit. The audio goes to the agency's
notes service in its cloud tenant, which has it transcribed by a speech-to-text
API and then asks a hosted LLM to turn the transcript into a structured visit
note and to flag concerns: falls, missed medication, safeguarding. The carer checks
the draft note on the phone and confirms it; it is filed in the care management
system, and any flags go to the care coordinator's dashboard for follow-up.
Family members can read visit summaries in a family portal, only for clients
who have consented. Carers sign in with an agency account and a PIN on the
MDM-managed phone; families sign in to the portal with e-mail and password.
Dictation audio is kept for a week, then deleted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home care visit notes summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM that structures carers' dictated visit notes and flags concerns.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Dictated visit audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The carer's spoken account of the visit: care given, health, mood, home.",
)
visit_list = tg.Data("Carer visit list", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Visit transcript", kind="documents", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the transcript and the client's care plan headings.",
)
completion = tg.Data(
    "Structured note and concern flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
draft_note = tg.Data("Draft visit note", kind="records", sensitivity=tg.Sensitivity.REGULATED)
confirmed_note = tg.Data(
    "Confirmed visit note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
concerns = tg.Data(
    "Concern flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Falls, missed medication, safeguarding worries, with the note they came from.",
)
follow_up = tg.Data("Coordinator follow-up", kind="records", sensitivity=tg.Sensitivity.REGULATED)
care_records = tg.Data(
    "Client care records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
consent = tg.Data("Family sharing consent", kind="records", sensitivity=tg.Sensitivity.PII)
family_summary = tg.Data(
    "Family visit summary", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
family_login = tg.Data(
    "Family portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # The carer who visits clients at home and dictates the note.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # Agency-issued phones running the notes app, managed by MDM.
    phone = tm.add(
        tg.Device(
            "Carer phone app",
            fleet=True,
            controls={
                c.Authentication(method="agency account with device PIN"),
                c.EncryptionAtRest(key_management="MDM-enforced device encryption"),
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A client's relative who reads summaries, where the client consented.
    family = tm.add(tg.Actor("Family member", role="client relative"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Transcribes the dictation audio.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="UK data residency, no retention")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns the transcript into a structured note and flags concerns.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option")},
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # API the phone app calls to upload dictation and fetch drafts.
    notes_api = tm.add(
        tg.Endpoint(
            "Visit notes API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="agency account token")},
        )
    )
    # Orchestrates transcription and summarisation, and files confirmed notes.
    summariser = tm.add(
        tg.Service(
            "Notes summariser service",
            controls={
                c.HumanInTheLoop(approver="the carer confirms the draft note before filing"),
            },
        )
    )
    # Short-lived store of the dictation audio.
    audio_store = tm.add(
        tg.DataStore(
            "Dictation audio store",
            stores={audio},
            controls={c.RetentionLimits(days=7), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where coordinators see concern flags and record their follow-up.
    dashboard = tm.add(tg.Service("Coordinator dashboard", controls={c.RBAC()}))
    # The family portal web app.
    portal = tm.add(
        tg.Endpoint(
            "Family portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Care management platform", trust=tg.Trust.RESTRICTED):
    # System of record for clients, care plans, notes and consent (a SaaS product).
    care_system = tm.add(
        tg.Service(
            "Care management system",
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.PolicyEnforcement(rules="summaries released to the portal only with consent"),
            },
        )
    )
    # Its database of care records.
    care_db = tm.add(
        tg.DataStore(
            "Care records database",
            stores={care_records, confirmed_note, consent},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Care coordinator who follows up flagged concerns.
    coordinator = tm.add(tg.Actor("Care coordinator", role="care coordinator"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# Dictation and drafting
tm.flow(carer, phone, audio, label="dictation")
tm.flow(care_system, notes_api, visit_list, protocol="https", controls=tls)
tm.flow(notes_api, phone, visit_list, protocol="https", controls=tls)
tm.flow(phone, carer, visit_list)
tm.flow(phone, notes_api, audio, protocol="https", controls=tls)
tm.flow(notes_api, summariser, audio)
tm.flow(summariser, audio_store, audio)
tm.flow(audio_store, summariser, audio)
tm.flow(summariser, stt, audio, protocol="https", controls=tls)
tm.flow(stt, summariser, transcript, protocol="https", controls=tls)
tm.flow(summariser, llm, prompt, protocol="https", controls=tls)
tm.flow(llm, summariser, completion, protocol="https", controls=tls)

# Carer review
tm.flow(summariser, notes_api, draft_note)
tm.flow(notes_api, phone, draft_note, protocol="https", controls=tls)
tm.flow(phone, carer, draft_note)
tm.flow(carer, phone, confirmed_note, label="edits and confirms")
tm.flow(phone, notes_api, confirmed_note, protocol="https", controls=tls)
tm.flow(notes_api, summariser, confirmed_note)

# Filing and follow-up
tm.flow(summariser, care_system, confirmed_note, concerns, protocol="https", controls=tls)
tm.flow(care_system, care_db, confirmed_note, care_records, consent)
tm.flow(care_db, care_system, care_records, consent)
tm.flow(summariser, dashboard, concerns)
tm.flow(dashboard, coordinator, concerns, protocol="https", controls=tls)
tm.flow(coordinator, dashboard, follow_up, protocol="https", controls=tls)
tm.flow(dashboard, care_system, follow_up, protocol="https", controls=tls)

# Family portal
tm.flow(family, portal, family_login, protocol="https", controls=tls)
tm.flow(care_system, portal, family_summary, protocol="https", controls=tls)
tm.flow(portal, family, family_summary, protocol="https", controls=tls)
