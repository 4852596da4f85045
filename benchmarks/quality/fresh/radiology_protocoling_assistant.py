"""Radiology protocoling assistant: the first design, before any security review.

When a CT or MRI order is placed, the RIS sends it through the hospital's HL7
integration engine to a protocoling service in the hospital's cloud tenant. The
service pulls the relevant EHR history over FHIR (contrast allergies, renal
function, implants, prior imaging), adds the department's protocol catalogue,
and asks an LLM hosted in the cloud provider's model service (under a BAA) to
suggest a protocol: contrast or not, sequences and phases. The suggestion must
name a protocol in the catalogue and is written back to the RIS as pending; a
radiologist or technologist confirms or changes it there before the scan is
scheduled. Suggestions and the final choices are logged, and a monthly job
measures how often they were overridden for the protocol lead. Only the EHR
fields the prompt needs are fetched, with an OAuth client credential.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radiology protocoling assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Suggests CT and MRI protocols for imaging orders, confirmed by radiology staff.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Imaging order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient, exam requested, clinical indication, ordering provider.",
)
history_query = tg.Data("FHIR history query", kind="records", sensitivity=tg.Sensitivity.REGULATED)
history = tg.Data(
    "Relevant patient history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contrast allergies, eGFR and creatinine, implants and devices, prior imaging.",
)
catalogue = tg.Data(
    "Protocol catalogue",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Protocoling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, catalogue excerpt, the order and the patient history.",
)
suggestion = tg.Data(
    "Protocol suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmed = tg.Data(
    "Confirmed protocol",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
suggestion_log = tg.Data(
    "Suggestion and override log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
override_report = tg.Data(
    "Override rate report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
prompt_template = tg.Data(
    "Prompt template", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Confirms or changes suggestions for complex and contrast studies.
    radiologist = tm.add(tg.Actor("Radiologist", role="radiologist"))
    # Confirms routine protocols and prepares the scan.
    technologist = tm.add(tg.Actor("Technologist", role="CT/MRI technologist"))
    # Owns the protocol catalogue and the prompt; reads the override reports.
    protocol_lead = tm.add(tg.Actor("Protocol lead", role="section chief", privileged=True))
    # The source of truth for patient history; existing hospital system.
    ehr = tm.add(
        tg.DataStore(
            "EHR",
            stores={history},
            controls={c.AuditLogging(note="existing EHR access audit")},
        )
    )
    # Where orders live and where protocols are confirmed before scheduling.
    ris = tm.add(
        tg.DataStore(
            "RIS",
            stores={order, confirmed},
            controls={c.RBAC(note="existing RIS roles"), c.AuditLogging()},
        )
    )
    # Routes HL7 messages between the RIS and the assistant.
    engine = tm.add(tg.Service("HL7 integration engine"))
    # Books scanner slots once a protocol is confirmed.
    scheduling = tm.add(tg.Service("Scanner scheduling"))

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Gathers the order and history, calls the LLM and returns a pending suggestion.
    protocoling = tm.add(
        tg.Service(
            "Protocoling service",
            controls={
                c.HumanInTheLoop(approver="radiologist or technologist in the RIS"),
                c.DataMinimization(note="fetches only the EHR fields the prompt needs"),
                c.OutputFiltering(note="the suggestion must name a protocol in the catalogue"),
            },
        )
    )
    # The department's approved CT and MRI protocols.
    catalogue_store = tm.add(
        tg.DataStore("Protocol catalogue store", stores={catalogue, prompt_template})
    )
    # Keeps every suggestion and the final choice, for quality review.
    log_store = tm.add(
        tg.DataStore(
            "Suggestion log",
            stores={suggestion_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly job that measures how often suggestions were overridden.
    evaluation = tm.add(tg.Pipeline("Override evaluation job", stage=tg.Stage.EVALUATION))

with tm.boundary("Cloud model service", trust=tg.Trust.PARTNER):
    # The hosted LLM that proposes the protocol.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="BAA signed; no prompt retention")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ris, engine, order, protocol="mllp", label="new order")
tm.flow(engine, protocoling, order, protocol="https")
tm.flow(
    protocoling,
    ehr,
    history_query,
    protocol="https",
    controls={c.Authentication(method="OAuth 2.0 client credentials")},
)
tm.flow(ehr, protocoling, history, protocol="https")
tm.flow(catalogue_store, protocoling, catalogue, prompt_template)
tm.flow(protocoling, llm, prompt, protocol="https")
tm.flow(llm, protocoling, suggestion, protocol="https")
tm.flow(protocoling, engine, suggestion, protocol="https")
tm.flow(engine, ris, suggestion, protocol="mllp", label="pending protocol")

tm.flow(ris, radiologist, order, suggestion, history, label="protocoling worklist")
tm.flow(radiologist, ris, confirmed, label="confirm or change")
tm.flow(ris, technologist, order, suggestion, label="protocoling worklist")
tm.flow(technologist, ris, confirmed, label="confirm or change")
tm.flow(ris, scheduling, confirmed, protocol="mllp")

tm.flow(ris, engine, confirmed, protocol="mllp", label="final protocol")
tm.flow(engine, protocoling, confirmed, protocol="https", label="final protocol")
tm.flow(protocoling, log_store, suggestion_log)
tm.flow(log_store, evaluation, suggestion_log)
tm.flow(evaluation, protocol_lead, override_report)
tm.flow(protocol_lead, catalogue_store, catalogue, prompt_template, label="maintains")
