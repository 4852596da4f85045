"""Occupational therapy home adaptation survey assistant: the first design.

A county council's adult social care occupational therapists (OTs) visit disabled
and older residents at home to assess them for adaptations such as grab rails,
stair lifts and level-access showers. On a council-managed tablet the OT records
room measurements, observations of how the client moves and copes, and photos of
the rooms. Back in the council's cloud tenancy a drafting service sends the survey,
the photos and the council's adaptation design guidance to a hosted multimodal LLM,
which drafts the assessment report and the recommended adaptations. The OT edits
and signs the report in a review portal; only signed reports are written to the
social care case record, where the grants team uses them for Disabled Facilities
Grant decisions, and a works specification is e-mailed to the approved contractor.
Staff sign in with the council's Entra ID (MFA), traffic is TLS, the survey store
is encrypted, and the OT's sign-off is required before anything leaves the portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Occupational therapy home adaptation survey assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted home adaptation assessments from OT home visit surveys, "
        "signed off by the OT before they reach the case record and contractors."
    ),
)

# ---------------------------------------------------------------- data assets
referral = tg.Data(
    "Client referral and care needs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, address, diagnoses, mobility and care needs from the referral.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
observations = tg.Data(
    "Home visit survey observations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room measurements, functional observations, falls history, OT notes.",
)
photos = tg.Data(
    "Home room photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of bathroom, stairs, entrances; may show the client and family.",
)
guidance = tg.Data(
    "Adaptation design guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Council adaptation standards, DFG eligibility notes and report template.",
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, guidance extracts, the survey observations and photos.",
)
draft = tg.Data(
    "Draft assessment and recommended adaptations",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
signed_report = tg.Data(
    "Signed OT assessment report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
edits = tg.Data("OT edits and sign-off", kind="records", sensitivity=tg.Sensitivity.REGULATED)
works_spec = tg.Data(
    "Adaptation works specification",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, address, access arrangements and the works to quote for.",
)
sign_in = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
access_token = tg.Data("Staff access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# ---------------------------------------------------------------- elements
with tm.boundary("Client homes (field visits)", trust=tg.Trust.UNTRUSTED):
    # The OT doing the home visit; also reviews drafts from the office or home.
    ot = tm.add(tg.Actor("Occupational therapist", role="occupational therapist"))
    # Council-managed tablet app used on the visit, over mobile data or client Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "OT survey tablet app",
            description="Intune-managed tablet; caches the visit's survey until upload.",
        )
    )

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The council's staff directory; issues tokens for the survey API and the portal.
    idp = tm.add(tg.ExternalService("Council Entra ID", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that drafts the report from text and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts recommendations that feed adaptation and grant decisions.",
            controls={
                c.SupplierAssessment(note="DPA signed; UK data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives surveys from tablets and hands them the day's referrals.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Entra ID OIDC with MFA")},
        )
    )
    # Holds surveys, photos and drafts until the report is signed.
    survey_store = tm.add(
        tg.DataStore(
            "Survey and draft store",
            stores={observations, photos, draft},
            controls={c.EncryptionAtRest(key_management="Azure Key Vault")},
        )
    )
    # Reference material the prompt quotes from.
    guidance_store = tm.add(tg.DataStore("Adaptation guidance library", stores={guidance}))
    # Builds the prompt, calls the LLM and stores the draft.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Triggered when a survey is uploaded; one LLM call per visit.",
        )
    )
    # Where the OT reads, corrects and signs the draft.
    portal = tm.add(
        tg.Service(
            "Report review portal",
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(note="OTs and OT team leads only"),
                c.HumanInTheLoop(
                    approver="the assessing OT", note="signs every report before release"
                ),
            },
        )
    )

with tm.boundary("Social care systems", trust=tg.Trust.RESTRICTED):
    # The council's social care case record system (system of record).
    case_record = tm.add(
        tg.DataStore(
            "Social care case record",
            stores={referral, signed_report},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )
    # Grants officer who decides Disabled Facilities Grant applications.
    grants_officer = tm.add(tg.Actor("DFG grants officer", role="grants officer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Framework contractor who quotes for and installs the works.
    contractor = tm.add(tg.Actor("Approved adaptations contractor", role="contractor"))

# ---------------------------------------------------------------- flows
tm.flow(ot, tablet, observations, photos, label="records the visit")
tm.flow(tablet, idp, sign_in, protocol="https", controls={tls})
tm.flow(idp, tablet, access_token, protocol="https", controls={tls})

tm.flow(case_record, survey_api, referral, protocol="https", label="allocated referrals")
tm.flow(survey_api, tablet, referral, protocol="https", controls={tls}, label="visit worklist")
tm.flow(tablet, survey_api, observations, photos, protocol="https", controls={tls})
tm.flow(survey_api, survey_store, observations, photos)

tm.flow(survey_store, drafter, observations, photos)
tm.flow(guidance_store, drafter, guidance)
tm.flow(drafter, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, drafter, draft, protocol="https", controls={tls})
tm.flow(drafter, survey_store, draft)

tm.flow(survey_store, portal, observations, photos, draft)
tm.flow(portal, ot, draft, photos, protocol="https", controls={tls})
tm.flow(ot, portal, edits, protocol="https", controls={tls})
tm.flow(portal, survey_store, edits)
tm.flow(portal, case_record, signed_report, protocol="https", label="on sign-off")
tm.flow(case_record, grants_officer, signed_report)
tm.flow(portal, contractor, works_spec, protocol="smtp", label="e-mailed works specification")
