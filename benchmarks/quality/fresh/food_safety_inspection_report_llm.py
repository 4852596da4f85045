"""Food safety inspection reports drafted by an LLM: the first design.

City health inspectors carry managed tablets into restaurants. During an
inspection they dictate their observations and take photos; the tablet app
uploads them to the inspection API in the city's cloud tenancy. A drafting
service transcribes the dictation with a hosted speech-to-text model, pulls the
establishment's permit record and prior violations, and asks a hosted LLM to
draft the inspection report with food-code violation codes and a score. The
draft comes back to the tablet, the inspector edits and signs it, and only the
signed report is stored in the inspection records database and e-mailed to the
restaurant operator. A nightly job publishes the scores on the city website.
Inspectors sign in through the city's identity provider with MFA, tablets are
MDM-managed with disk encryption, the LLM vendor went through the city's vendor
review, the inspector's signature gates every report, and record changes are
audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Food safety inspection report LLM",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted restaurant inspection reports, signed by inspectors and "
    "published as scores on the city website.",
)

# ---------------------------------------------------------------- data assets
dictation = tg.Data(
    "Dictated inspection notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio; often names the person in charge and kitchen staff.",
)
photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Evidence of violations; may show employees' faces.",
)
transcript = tg.Data("Notes transcript", kind="records", sensitivity=tg.Sensitivity.PII)
establishment = tg.Data(
    "Establishment permit record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Permit, owner and operator names, address and prior violations.",
)
food_code = tg.Data(
    "Food code and violation catalogue",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the transcript, photos, permit record and code excerpts.",
)
draft = tg.Data(
    "Draft report and violation codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
signed_report = tg.Data(
    "Signed inspection report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The legal record; basis for re-inspections, fines and closures.",
)
score = tg.Data(
    "Published inspection score",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
token = tg.Data("Inspector sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Diners and journalists looking up scores.
    public = tm.add(tg.Actor("Member of the public", role="website visitor"))
    # Receives a copy of the signed report by e-mail.
    operator = tm.add(tg.Actor("Restaurant operator", role="permit holder"))

with tm.boundary("Field", trust=tg.Trust.INTERNAL):
    # City employee doing the inspection on site.
    inspector = tm.add(tg.Actor("Health inspector", role="inspector"))
    # City-issued tablets running the inspection app over cellular data.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="Records dictation and photos, caches them offline, shows the draft.",
            controls={c.EncryptionAtRest(key_management="MDM-enforced device encryption")},
        )
    )

with tm.boundary("City identity", trust=tg.Trust.INTERNAL):
    # The city's existing single sign-on for employees.
    idp = tm.add(tg.ExternalService("City identity provider", provides="identity-provider"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription model under the vendor's government contract.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="city vendor review; no retention, no training")},
        )
    )
    # Hosted multimodal LLM that writes the draft report.
    llm = tm.add(
        tg.LLM(
            "Report drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads transcript and photos, proposes violation codes and a score.",
            controls={c.SupplierAssessment(note="city vendor review; no retention, no training")},
        )
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # The tablets' only entry point into the city systems.
    api = tm.add(
        tg.Endpoint(
            "Inspection API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="city SSO (OIDC) with MFA")},
        )
    )
    # Orchestrates transcription, context lookup and the LLM call.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            controls={c.HumanInTheLoop(approver="the inspector, who edits and signs the report")},
        )
    )
    # Reference text of the food code and the city's violation codes.
    catalogue = tm.add(tg.DataStore("Violation code catalogue", stores={food_code}))
    # Evidence photos kept with the inspection.
    photo_store = tm.add(
        tg.DataStore(
            "Photo evidence bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The legal record of every inspection.
    records = tm.add(
        tg.DataStore(
            "Inspection records database",
            stores={signed_report, draft, transcript},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # The existing permitting system the health department already runs.
    permits = tm.add(tg.DataStore("Permitting system", stores={establishment}))
    # Nightly export of scores from signed reports.
    publisher = tm.add(tg.Service("Score publishing job"))

with tm.boundary("City website", trust=tg.Trust.INTERNAL):
    # Public restaurant score lookup on the city's web hosting.
    website = tm.add(tg.Service("Restaurant score website", internet_facing=True))

# ---------------------------------------------------------------- flows
tm.flow(inspector, tablet, dictation, photos, protocol="local")
tm.flow(tablet, inspector, draft, protocol="local", label="review on screen")
tm.flow(inspector, tablet, signed_report, protocol="local", label="edits and signs")
tm.flow(tablet, idp, token, protocol="https", label="sign-in")
tm.flow(idp, tablet, token, protocol="https")

tm.flow(tablet, api, dictation, photos, token, protocol="https", label="upload")
tm.flow(api, tablet, draft, protocol="https")
tm.flow(tablet, api, signed_report, token, protocol="https", label="submit signed report")

tm.flow(api, drafting, dictation, photos)
tm.flow(drafting, photo_store, photos)
tm.flow(drafting, stt, dictation, protocol="https")
tm.flow(stt, drafting, transcript, protocol="https")
tm.flow(permits, drafting, establishment)
tm.flow(catalogue, drafting, food_code)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, records, draft, transcript)
tm.flow(drafting, api, draft)

tm.flow(api, records, signed_report, label="signed report")
tm.flow(records, drafting, signed_report, label="for e-mail")
tm.flow(drafting, operator, signed_report, protocol="smtp+starttls", label="report copy")
tm.flow(records, publisher, signed_report)
tm.flow(publisher, website, score, protocol="https")
tm.flow(website, public, score, protocol="https")
