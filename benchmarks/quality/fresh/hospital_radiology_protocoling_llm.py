"""Radiology protocoling assistant: the first design.

Referring clinicians order CT and MRI scans through the hospital's order comms; each
request lands in the radiology information system (RIS). The integration engine
forwards new requests over HL7 to a protocoling service in the radiology AI platform,
which looks up the patient's contrast allergies, implants and latest eGFR in the
electronic patient record, retrieves the department's protocol and contrast guidance
from a vector index, and asks an LLM hosted in the vendor's UK cloud region to suggest
the scan protocol and contrast. Radiographers and radiologists see the suggestion in
a protocoling worklist and confirm or change it; only the confirmed protocol goes back
to the RIS. The protocol lead maintains the guidance documents. Controls: smartcard
sign-in and roles on the worklist, confirmation of every protocol by a person,
protocol codes checked against the department list, vendor assessed under a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital radiology protocoling LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests scan protocol and contrast from imaging requests, for staff to confirm.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Imaging request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, examination asked for, clinical history and "
    "question, free text written by the referrer.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup = tg.Data("Patient record lookup", kind="records", sensitivity=tg.Sensitivity.PII)
safety_info = tg.Data(
    "Contrast safety information",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Contrast allergies, implants, pregnancy status and latest eGFR.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidance_docs = tg.Data(
    "Protocol and contrast guidance documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidance_query = tg.Data("Guidance query", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
guidance_chunks = tg.Data(
    "Guidance passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Protocoling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the request text, contrast safety information and guidance passages.",
)
completion = tg.Data(
    "LLM protocol completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
suggestion = tg.Data(
    "Suggested protocol and contrast",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Protocol code, contrast agent and dose, with the model's short rationale.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmed = tg.Data(
    "Confirmed protocol",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outcome = tg.Data(
    "Protocoling outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the suggestion was accepted or changed, and by whom.",
)
audit = tg.Data("Protocoling audit records", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor cloud (UK region)", trust=tg.Trust.PARTNER):
    # General-purpose chat model under the trust's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            high_stakes=True,
            description="Suggests a protocol and contrast for each imaging request.",
            controls={
                c.SupplierAssessment(note="DPA signed, UK data residency, no training on prompts")
            },
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Doctors on the wards and in clinics who order imaging.
    referrer = tm.add(tg.Actor("Referring clinician", role="clinician"))
    # Staff who check and confirm protocols.
    radiographer = tm.add(tg.Actor("Radiographer", role="radiographer"))
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # Consultant who owns the department's protocol book.
    protocol_lead = tm.add(tg.Actor("Protocol lead", role="lead radiologist", privileged=True))
    # System of record for radiology orders and protocols.
    ris = tm.add(
        tg.DataStore("RIS", stores={request, confirmed}, controls={c.RBAC(), c.AuditLogging()})
    )
    # Source of allergies, implants and lab results.
    epr = tm.add(
        tg.DataStore("Electronic patient record", stores={safety_info}, controls={c.RBAC()})
    )
    # Routes HL7 messages between the hospital's systems.
    engine = tm.add(tg.Service("Integration engine"))

    with tm.boundary("Radiology AI platform", trust=tg.Trust.INTERNAL):
        # Assembles the prompt, calls the LLM, checks and posts the suggestion.
        protocoler = tm.add(
            tg.Service(
                "Protocoling service",
                controls={
                    c.OutputFiltering(note="protocol code must be on the department's list"),
                    c.SecretsManagement(),
                },
            )
        )
        # Department protocols and contrast guidance, chunked and embedded.
        index = tm.add(
            tg.VectorStore("Protocol guidance index", stores={guidance_docs, guidance_chunks})
        )
        # Re-indexes the guidance when the protocol lead uploads a new version.
        indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage="ingestion"))
        # Where staff review suggestions and confirm the protocol.
        worklist = tm.add(
            tg.Endpoint(
                "Protocoling worklist",
                purpose="api",
                controls={
                    c.Authentication(method="NHS smartcard and passcode"),
                    c.RBAC(),
                    c.HumanInTheLoop(approver="radiographer or radiologist"),
                },
            )
        )
        # Prompts, suggestions and outcomes kept for clinical safety audit.
        audit_log = tm.add(
            tg.DataStore(
                "Protocoling audit log",
                stores={audit, outcome},
                controls={c.EncryptionAtRest(key_management="hospital SAN encryption")},
            )
        )

# ---------------------------------------------------------------- flows
# Requests in
tm.flow(referrer, ris, request, protocol="https", label="electronic order comms")
tm.flow(ris, engine, request, protocol="mllp")
tm.flow(engine, protocoler, request, protocol="mllp")

# Building the suggestion
tm.flow(protocoler, epr, lookup, protocol="HL7 FHIR over HTTPS")
tm.flow(epr, protocoler, safety_info, protocol="HL7 FHIR over HTTPS")
tm.flow(protocoler, index, guidance_query)
tm.flow(index, protocoler, guidance_chunks)
tm.flow(protocoler, llm, prompt, protocol="https")
tm.flow(llm, protocoler, completion, protocol="https")
tm.flow(protocoler, audit_log, audit)
tm.flow(protocoler, worklist, suggestion)

# Confirmation by staff
tm.flow(worklist, radiographer, suggestion, request, protocol="https")
tm.flow(radiographer, worklist, confirmed, protocol="https")
tm.flow(worklist, radiologist, suggestion, request, protocol="https")
tm.flow(radiologist, worklist, confirmed, protocol="https")
tm.flow(worklist, engine, confirmed, protocol="mllp")
tm.flow(engine, ris, confirmed, protocol="mllp")
tm.flow(worklist, audit_log, outcome)

# Guidance upkeep
tm.flow(protocol_lead, indexer, guidance_docs, protocol="https", label="uploads new protocol book")
tm.flow(indexer, index, guidance_docs, guidance_chunks)
