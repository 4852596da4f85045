"""Bedside blood transfusion check agent: the first design, before any security review.

Ward nurses in an NHS hospital trust carry a handheld scanner that runs the
transfusion check app. At the bedside the nurse scans the patient's wristband and
the barcode on the blood bag; an LLM agent in the trust's data centre looks up the
units the blood bank has allocated to that patient, walks the nurse through the
positive-identification steps of the trust's transfusion procedure, and records the
pre-transfusion, 15-minute and end-of-transfusion observations in the EPR.
The language model is a hosted model from a cloud vendor's UK region. Procedure
documents written by the transfusion practitioner are indexed for the agent to cite.
Nurses sign in on the handheld with a badge tap and their own PIN; the handhelds
talk to an API gateway over HTTPS on the clinical Wi-Fi. The nurse confirms each
observation on screen before the agent writes it. The EPR and blood bank LIMS are the
trust's existing systems of record, with their own role-based access and audit trails.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bedside blood transfusion check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Handheld LLM agent guiding nurses through bedside transfusion checks "
    "and recording transfusion observations.",
)

# ---------------------------------------------------------------- data assets
wristband_scan = tg.Data(
    "Patient wristband scan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Hospital number, NHS number, name and date of birth from the wristband barcode.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bag_scan = tg.Data(
    "Blood bag label scan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Donation number, component type, ABO/RhD group and expiry from the bag label.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
nurse_entries = tg.Data(
    "Nurse check entries",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Step confirmations, questions and typed observations (pulse, BP, temperature, reactions).",
)
guidance = tg.Data(
    "Check guidance and match result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Next step to perform and whether the patient and unit details match.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, procedure excerpts, scanned details, allocation and tool results.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data(
    "Allocation lookup call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
lookup_result = tg.Data(
    "Allocation lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
record_call = tg.Data(
    "Observation recording call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
record_ack = tg.Data(
    "Recording confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
unit_allocation = tg.Data(
    "Crossmatch and unit allocation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Which donation numbers the blood bank issued for which patient, with group and special requirements.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
demographics = tg.Data("Patient demographics", kind="records", sensitivity=tg.Sensitivity.REGULATED)
observations = tg.Data(
    "Transfusion observations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Vital signs, start and end times, units given and any suspected reaction.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
procedures = tg.Data(
    "Transfusion procedure documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
procedure_chunks = tg.Data(
    "Procedure chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data(
    "Check session transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ward", trust=tg.Trust.INTERNAL, description="Wards and the clinical Wi-Fi."):
    # The registered nurse who administers the transfusion and performs the check.
    nurse = tm.add(tg.Actor("Ward nurse", role="registered nurse"))
    # The handheld the nurse scans with and reads guidance on; one per ward bay.
    handheld = tm.add(
        tg.Device(
            "Ward handheld scanner",
            fleet=True,
            description="Managed Android handheld with a barcode imager running the check app.",
        )
    )

with tm.boundary("Trust data centre", trust=tg.Trust.INTERNAL):
    # Single entry point for the handhelds; signs nurses in.
    gateway = tm.add(
        tg.Endpoint(
            "Handheld API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="badge tap on the handheld plus the nurse's own PIN")
            },
        )
    )
    # The LLM agent that runs the check step by step and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Bedside check agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Compares wristband and bag details with the blood bank allocation "
            "and guides the nurse through the procedure.",
            controls={
                c.ImpactAssessment(basis="provision of health care, Art. 9(2)(h)"),
            },
        )
    )
    # Read-only tool: fetches the units allocated to the scanned patient and their demographics.
    lookup_tool = tm.add(
        tg.Tool("Allocation lookup tool", capabilities={"read"}),
    )
    # Write tool: files observations against the transfusion episode in the EPR.
    record_tool = tm.add(
        tg.Tool(
            "Observation recording tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="the administering nurse confirms each observation on the handheld"
                )
            },
        )
    )
    # RAG index of the trust's transfusion procedure, so guidance follows local policy.
    procedure_index = tm.add(
        tg.VectorStore("Transfusion procedure index", stores={procedure_chunks})
    )
    # Chunks and embeds procedure documents when the practitioner publishes a new version.
    indexer = tm.add(tg.Pipeline("Procedure indexing job", stage=tg.Stage.INGESTION))
    # New store for the conversation of each check, kept for incident investigation.
    transcript_store = tm.add(tg.DataStore("Check transcript store", stores={transcripts}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Blood bank laboratory system: the source of truth for crossmatch and issue.
        lims = tm.add(
            tg.DataStore(
                "Blood bank LIMS",
                stores={unit_allocation},
                controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
            )
        )
        # Electronic patient record: demographics and the transfusion observations chart.
        epr = tm.add(
            tg.DataStore(
                "EPR",
                stores={demographics, observations},
                controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Hospital transfusion practitioner who owns and updates the procedure documents.
    practitioner = tm.add(tg.Actor("Transfusion practitioner", role="transfusion practitioner"))

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its reading of the scans and allocation drives the go/no-go for a transfusion.",
            controls={c.SupplierAssessment(note="trust's DSPT and DPA review of the vendor")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(
    nurse, handheld, wristband_scan, bag_scan, nurse_entries, label="scans and taps at the bedside"
)
tm.flow(handheld, nurse, guidance, label="on the handheld screen")
tm.flow(handheld, gateway, wristband_scan, bag_scan, nurse_entries, protocol="https")
tm.flow(gateway, handheld, guidance, protocol="https")
tm.flow(gateway, agent, wristband_scan, bag_scan, nurse_entries)
tm.flow(agent, gateway, guidance)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, procedure_index, nurse_entries, label="similarity query")
tm.flow(procedure_index, agent, procedure_chunks, label="procedure excerpts")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(lookup_tool, lims, lookup_call, protocol="mllp", label="allocation query")
tm.flow(lims, lookup_tool, unit_allocation, protocol="mllp")
tm.flow(lookup_tool, epr, lookup_call, protocol="HL7 FHIR over HTTPS", label="patient query")
tm.flow(epr, lookup_tool, demographics, protocol="HL7 FHIR over HTTPS")

tm.flow(agent, record_tool, record_call)
tm.flow(record_tool, agent, record_ack)
tm.flow(record_tool, epr, observations, protocol="HL7 FHIR over HTTPS")
tm.flow(agent, transcript_store, transcripts)

tm.flow(practitioner, indexer, procedures, label="publishes a new procedure version")
tm.flow(indexer, procedure_index, procedure_chunks)
