"""Food hygiene inspection report drafting: the first design, before any security review.

A city council's food safety officers inspect restaurants, takeaways and food
businesses and record each inspection on council tablets: typed notes, photos and
voice notes. The tablet app uploads them to an inspection API in the council's cloud
tenancy. A drafting service transcribes voice notes with a hosted speech-to-text
model, adds the premises history from the council's premises management system and
the national rating scheme guidance, and asks a hosted LLM to draft the inspection
report and suggest a hygiene rating. The officer edits and signs the report on the
tablet; only signed ratings are exported to the national food hygiene ratings
website, and the report is e-mailed to the business. Businesses can appeal or post a
right to reply through a web form, reviewed by the lead food officer. Controls: SSO
with MFA and roles for officers, MDM-encrypted tablets, encryption at rest, audit
logging on the premises system, a vendor review of the LLM provider and officer sign-off.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food hygiene inspection report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted food hygiene inspection reports and suggested ratings, signed by "
        "officers and published on the national ratings website."
    ),
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Inspection notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Officer's typed observations, names of the operator and staff spoken to.",
)
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Kitchen, storage and equipment photos; staff may appear in them.",
)
voice_notes = tg.Data("Officer voice notes", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Voice note transcript", kind="records", sensitivity=tg.Sensitivity.PII)
premises_history = tg.Data(
    "Premises history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Business name, food business operator, past inspections, ratings, complaints.",
)
guidance = tg.Data(
    "Rating scheme guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="National scheme scoring guidance and the council's report template.",
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, guidance, notes, transcript and premises history.",
)
draft = tg.Data(
    "Draft report and suggested rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed inspection report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
published_rating = tg.Data(
    "Published hygiene rating",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
appeal = tg.Data(
    "Appeal or right to reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The operator's grounds, contact details and any attached evidence.",
)
appeal_decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.INTERNAL):
    officer = tm.add(tg.Actor("Food safety officer", role="inspector"))
    # Council-managed tablet with the inspection app; works offline in premises.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="iPad app under the council's MDM, synced over mobile data.",
            controls={c.EncryptionAtRest(key_management="MDM-enforced device encryption")},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Back end of the tablet app: uploads, drafts to edit, signed reports.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(note="officers, lead officer and admin roles"),
            },
        )
    )
    # Keeps the original photos and voice recordings as evidence.
    evidence_store = tm.add(
        tg.DataStore(
            "Inspection evidence store",
            stores={photos, voice_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt and calls speech-to-text and the LLM.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            controls={
                c.HumanInTheLoop(approver="the inspecting officer edits and signs the report")
            },
        )
    )
    # Reference text every draft is written against.
    guidance_store = tm.add(tg.DataStore("Rating scheme guidance library", stores={guidance}))
    # The council's system of record for food premises and inspections.
    premises_system = tm.add(
        tg.DataStore(
            "Food premises management system",
            stores={premises_history, signed_report, draft, appeal, appeal_decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Nightly job that uploads signed ratings to the national scheme.
    export_job = tm.add(
        tg.Service(
            "Ratings export job",
            controls={c.Authentication(method="API key issued by the national scheme")},
        )
    )
    # Public web form for appeals and the right to reply.
    appeals_form = tm.add(
        tg.Endpoint(
            "Appeals and right to reply form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Contestability(note="statutory 14-day appeal to the lead officer")},
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription of the officers' voice notes.
    stt = tm.add(
        tg.Model(
            "Hosted speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Hosted LLM, UK region, under the council's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the report and suggests a 0-5 hygiene rating.",
            controls={c.SupplierAssessment(note="DPIA and vendor review; no training on our data")},
        )
    )

with tm.boundary("National ratings scheme", trust=tg.Trust.PARTNER):
    # The national food hygiene ratings website the public looks ratings up on.
    ratings_site = tm.add(
        tg.ExternalService(
            "National food hygiene ratings website",
            provides=tg.ExternalCategory.GENERIC,
        )
    )

with tm.boundary("Council offices", trust=tg.Trust.INTERNAL):
    # Reviews appeals and rating disputes.
    lead_officer = tm.add(tg.Actor("Lead food officer", role="manager", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The food business operator whose premises were inspected.
    operator = tm.add(tg.Actor("Food business operator", role="business owner"))

# ---------------------------------------------------------------- flows
tm.flow(officer, tablet, notes, photos, voice_notes, label="records inspection")
tm.flow(tablet, inspection_api, notes, photos, voice_notes, protocol="https")
tm.flow(inspection_api, evidence_store, photos, voice_notes)
tm.flow(inspection_api, drafting, notes, voice_notes)

tm.flow(drafting, stt, voice_notes, protocol="https")
tm.flow(stt, drafting, transcript, protocol="https")
tm.flow(guidance_store, drafting, guidance)
tm.flow(premises_system, drafting, premises_history)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, premises_system, draft, transcript)
tm.flow(drafting, inspection_api, draft)

tm.flow(inspection_api, tablet, draft, protocol="https")
tm.flow(tablet, officer, draft)
tm.flow(officer, tablet, signed_report, label="edits and signs")
tm.flow(tablet, inspection_api, signed_report, protocol="https")
tm.flow(inspection_api, premises_system, signed_report)

tm.flow(premises_system, export_job, published_rating)
tm.flow(export_job, ratings_site, published_rating, protocol="https")
tm.flow(premises_system, operator, signed_report, protocol="smtp+starttls", label="report e-mail")

tm.flow(operator, appeals_form, appeal, protocol="https")
tm.flow(appeals_form, premises_system, appeal)
tm.flow(premises_system, lead_officer, appeal, signed_report, protocol="https")
tm.flow(lead_officer, premises_system, appeal_decision, protocol="https")
tm.flow(
    premises_system, operator, appeal_decision, protocol="smtp+starttls", label="decision e-mail"
)
