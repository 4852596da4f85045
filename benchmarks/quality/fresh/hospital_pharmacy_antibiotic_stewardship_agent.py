"""Antibiotic stewardship agent: the first design, before any security review.

When the laboratory information system reports a new positive culture, a worklist
job hands the case to an LLM agent run by the hospital pharmacy. The agent reads the
patient's active antibiotic orders, allergies and renal function from the EHR over
FHIR, reads the culture and susceptibility results from the LIS, and looks up the
hospital's antimicrobial guidelines and antibiogram in a vector index that the
pharmacy maintains. It reasons with a hosted LLM (a cloud provider under a business
associate agreement) and drafts a recommendation (de-escalate, switch, stop, adjust
dose) into a review queue. An antimicrobial stewardship pharmacist reviews every
draft in a web dashboard, edits or rejects it, and sends approved ones to the
prescriber as an EHR in-basket message; the prescriber changes the order in the EHR.
Controls in this design: pharmacist approval of every recommendation, a step limit on
the agent, read-only FHIR scopes, the EHR's own access control and audit, SSO on the
dashboard, and TLS to the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antibiotic stewardship agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Hospital pharmacy agent that reviews antibiotic therapy against cultures "
    "and guidelines and drafts recommendations for prescribers.",
)

# ---------------------------------------------------------------- data assets
culture_results = tg.Data(
    "Culture and susceptibility results",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
antibiotic_orders = tg.Data(
    "Antibiotic medication orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
patient_context = tg.Data(
    "Patient clinical context",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allergies, weight, creatinine clearance, diagnosis and ward.",
)
review_task = tg.Data(
    "Stewardship review task",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient MRN, encounter and the culture that triggered the review.",
)
order_query = tg.Data("Order lookup call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
culture_query = tg.Data(
    "Culture lookup call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
guideline_query = tg.Data("Guideline query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
guideline_docs = tg.Data(
    "Antimicrobial guidelines and antibiogram",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guideline_chunks = tg.Data(
    "Guideline chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Agent prompt with patient context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the review task, tool results and guideline excerpts.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
draft = tg.Data(
    "Draft stewardship recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Suggested change with the culture, guideline section and reasoning cited.",
)
review_outcome = tg.Data(
    "Pharmacist review outcome", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
recommendation = tg.Data(
    "Stewardship recommendation to prescriber",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
order_change = tg.Data(
    "Antibiotic order change", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
agent_trace = tg.Data(
    "Agent trace log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every prompt, tool call and completion of a review run.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical workstations", trust=tg.Trust.INTERNAL):
    # Reviews every draft and owns the guideline library.
    pharmacist = tm.add(tg.Actor("Stewardship pharmacist", role="clinical pharmacist"))
    # Receives the recommendation and decides whether to change the order.
    prescriber = tm.add(tg.Actor("Prescriber", role="physician"))

with tm.boundary("Hospital application network", trust=tg.Trust.INTERNAL):
    # Turns new positive cultures from the LIS feed into review tasks for the agent.
    worklist = tm.add(
        tg.Service(
            "Culture worklist job",
            description="Listens to the LIS result feed and queues one review per positive culture.",
        )
    )
    # The LLM agent that gathers the facts and drafts the recommendation.
    agent = tm.add(
        tg.Agent(
            "Stewardship agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="antimicrobial stewardship pharmacist",
                    note="every draft is reviewed in the dashboard before a prescriber sees it",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads a patient's antibiotic orders and clinical context from the EHR.
    order_tool = tm.add(
        tg.Tool(
            "Medication order lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="read-only SMART backend service scopes for orders, allergies and labs"
                )
            },
        )
    )
    # Reads culture and susceptibility results for a patient from the LIS.
    culture_tool = tm.add(tg.Tool("Culture results lookup tool", capabilities={"read"}))
    # Writes the agent's draft into the pharmacist's review queue.
    draft_tool = tm.add(tg.Tool("Recommendation drafting tool", capabilities={"write"}))
    # Drafts awaiting pharmacist review, with their status.
    queue = tm.add(tg.DataStore("Recommendation review queue", stores={draft, review_outcome}))
    # Where the pharmacist reviews, edits, rejects or sends drafts.
    dashboard = tm.add(
        tg.Service(
            "Stewardship review dashboard",
            controls={
                c.Authentication(method="hospital Active Directory single sign-on"),
                c.RBAC(note="stewardship pharmacists only"),
            },
        )
    )
    # Retrieval index over the local guidelines and antibiogram.
    guideline_index = tm.add(tg.VectorStore("Guideline vector index", stores={guideline_chunks}))
    # Chunks and embeds guideline documents when the pharmacy updates them.
    indexer = tm.add(tg.Pipeline("Guideline indexing pipeline", stage=tg.Stage.INGESTION))
    # The pharmacy's document library of guidelines and the yearly antibiogram.
    library = tm.add(
        tg.DataSource(
            "Pharmacy guideline library",
            origin=tg.Origin.INTERNAL,
            provides={guideline_docs},
            description="SharePoint library edited by the stewardship team.",
        )
    )
    # Full traces of each agent run, kept for quality review.
    trace_store = tm.add(tg.DataStore("Agent trace store", stores={agent_trace}))

    with tm.boundary("Clinical systems of record", trust=tg.Trust.RESTRICTED):
        # System of record for orders, patient context and in-basket messages.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record (EHR)",
                stores={antibiotic_orders, patient_context, recommendation},
                controls={
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="EHR vendor-managed keys"),
                },
            )
        )
        # System of record for microbiology results.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system (LIS)",
                stores={culture_results},
                controls={c.RBAC()},
            )
        )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose model behind the cloud provider's API, covered by a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="BAA signed; no training on our prompts")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(lis, worklist, culture_results, protocol="mllp", label="HL7 v2 result feed")
tm.flow(worklist, agent, review_task)

tm.flow(agent, order_tool, order_query)
tm.flow(order_tool, ehr, order_query, protocol="HL7 FHIR over HTTPS")
tm.flow(ehr, order_tool, antibiotic_orders, patient_context, protocol="HL7 FHIR over HTTPS")
tm.flow(order_tool, agent, antibiotic_orders, patient_context)

tm.flow(agent, culture_tool, culture_query)
tm.flow(culture_tool, lis, culture_query)
tm.flow(lis, culture_tool, culture_results)
tm.flow(culture_tool, agent, culture_results)

tm.flow(agent, guideline_index, guideline_query, label="similarity query")
tm.flow(guideline_index, agent, guideline_chunks, label="retrieved guidance")
tm.flow(library, indexer, guideline_docs)
tm.flow(indexer, guideline_index, guideline_chunks)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, trace_store, agent_trace)

tm.flow(agent, draft_tool, draft)
tm.flow(draft_tool, queue, draft)
tm.flow(queue, dashboard, draft)
tm.flow(dashboard, pharmacist, draft, protocol="https")
tm.flow(pharmacist, dashboard, review_outcome, recommendation, protocol="https")
tm.flow(dashboard, queue, review_outcome)
tm.flow(dashboard, ehr, recommendation, protocol="HL7 FHIR over HTTPS", label="in-basket message")
tm.flow(ehr, prescriber, recommendation, protocol="https")
tm.flow(prescriber, ehr, order_change, protocol="https")
