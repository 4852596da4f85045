"""Bed allocation agent for an acute hospital: the first design, before security review.

When the emergency department records a decision to admit in the electronic patient
record, the integration engine forwards the admission request to a bed allocation
agent running in the hospital's cloud tenancy. The agent, backed by a hosted LLM in
a UK region, reads the patient's clinical summary and infection alerts, the live bed
state and the specialty allocation rules through read-only tools, and writes a
proposed bed with its reasoning to a proposal queue. Site managers see the queue in
the bed management dashboard, signed in with their NHS smartcard, and confirm or
change each proposal; only a confirmed allocation is written to the bed management
system. Infection prevention nurses keep the infection alerts up to date. A DPIA
covers the processing, the LLM supplier was assessed, the EPR tool's service account
is read-only, and the agent's runs are audit logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bed allocation agent for emergency admissions",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Proposes beds for emergency admissions from bed state, infection status and specialty rules; site managers confirm.",
)

# ---------------------------------------------------------------- data assets
admission_request = tg.Data(
    "Admission request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Decision to admit: hospital number, admitting specialty, acuity, time in ED.",
)
context_call = tg.Data(
    "Patient context query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
clinical_summary = tg.Data(
    "Patient clinical summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Age, sex, presenting complaint, isolation and mobility needs, free-text ED notes.",
)
infection_status = tg.Data(
    "Infection status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Alerts such as MRSA, CPE, C. difficile, norovirus, COVID-19 and side-room needs.",
)
bed_call = tg.Data("Bed state query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
bed_state = tg.Data(
    "Bed state",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Each ward's beds: open, cleaning, occupied (with occupant's hospital number), side rooms, expected discharges.",
)
allocation_rules = tg.Data(
    "Specialty allocation rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which wards take which specialties, outlier rules, single-sex bays, cohorting rules.",
)
llm_prompt = tg.Data(
    "Agent prompt with patient and bed context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
llm_completion = tg.Data(
    "LLM completion and tool choices", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
proposal = tg.Data(
    "Proposed bed allocation",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, proposed ward and bed, the rules applied and the agent's reasoning.",
)
confirmed_allocation = tg.Data(
    "Confirmed bed allocation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
manager_decision = tg.Data(
    "Site manager decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm, change the bed, or reject a proposal.",
)
rule_change = tg.Data(
    "Allocation rule change", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
infection_update = tg.Data(
    "Infection alert update", kind="records", sensitivity=tg.Sensitivity.REGULATED
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Confirms or changes each proposed allocation, and maintains the allocation rules.
    site_manager = tm.add(tg.Actor("Site manager", role="patient flow site manager"))
    # Infection prevention and control nurses set and clear patients' infection alerts.
    ipc_nurse = tm.add(tg.Actor("Infection prevention nurse", role="clinical staff"))
    # Routes HL7 events from the EPR to other systems (existing trust integration engine).
    integration = tm.add(
        tg.Service(
            "Integration engine",
            description="Forwards decision-to-admit events from the EPR to the agent.",
        )
    )
    # The web dashboard where site managers review the agent's proposals.
    dashboard = tm.add(
        tg.Service(
            "Bed management dashboard",
            description="Shows the proposal queue and writes confirmed allocations to the bed management system.",
            controls={
                c.Authentication(method="NHS smartcard and PIN through the trust SSO"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The trust's electronic patient record: admissions, notes, demographics.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={admission_request, clinical_summary},
                controls={
                    c.EncryptionAtRest(key_management="EPR vendor managed keys"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Infection prevention team's register of patient infection alerts.
        infection_register = tm.add(
            tg.DataStore(
                "Infection alert register",
                stores={infection_status},
                controls={c.RBAC()},
            )
        )
        # The live bed board and the system of record for who is in which bed.
        bed_system = tm.add(
            tg.DataStore(
                "Bed management system",
                stores={bed_state, confirmed_allocation},
                controls={c.RBAC()},
            )
        )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # The LLM agent that works out a proposed bed for each admission request.
    agent = tm.add(
        tg.Agent(
            "Bed allocation agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Proposes a bed; never allocates one itself.",
            controls={
                c.HumanInTheLoop(approver="site manager"),
                c.AuditLogging(retention_days=730),
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); provision of health care, Art. 9(2)(h)"
                ),
            },
        )
    )
    # Reads the admitted patient's clinical summary and infection alerts.
    context_tool = tm.add(
        tg.Tool(
            "Patient context tool",
            capabilities={"read"},
            description="Reads the patient's summary from the EPR FHIR API and alerts from the register.",
            controls={c.LeastPrivilegeTools(note="read-only EPR service account")},
        )
    )
    # Reads the current bed state for the wards that could take the patient.
    bed_tool = tm.add(
        tg.Tool(
            "Bed state tool",
            capabilities={"read"},
            description="Reads open beds, side rooms and expected discharges by ward.",
        )
    )
    # Puts the agent's proposal in the queue for site managers.
    proposal_tool = tm.add(
        tg.Tool(
            "Proposal tool",
            capabilities={"write"},
            description="Writes a proposal to the proposal queue; cannot change the bed management system.",
        )
    )
    # Proposals waiting for a site manager, with their outcome.
    proposal_queue = tm.add(tg.DataStore("Proposal queue", stores={proposal, manager_decision}))
    # The rules the agent applies, edited by the patient flow team.
    rules_store = tm.add(
        tg.DataStore("Specialty allocation rules store", stores={allocation_rules})
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model behind the agent, in the provider's UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, UK region, no training on our data.",
            controls={c.SupplierAssessment(note="DSPT and data processing agreement reviewed")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(epr, integration, admission_request, protocol="mllp", label="decision-to-admit event")
tm.flow(integration, agent, admission_request, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, context_tool, context_call)
tm.flow(context_tool, epr, context_call, protocol="HL7 FHIR over HTTPS")
tm.flow(epr, context_tool, clinical_summary, protocol="HL7 FHIR over HTTPS")
tm.flow(context_tool, infection_register, context_call, protocol="https")
tm.flow(infection_register, context_tool, infection_status, protocol="https")
tm.flow(context_tool, agent, clinical_summary, infection_status)

tm.flow(agent, bed_tool, bed_call)
tm.flow(bed_tool, bed_system, bed_call, protocol="https")
tm.flow(bed_system, bed_tool, bed_state, protocol="https")
tm.flow(bed_tool, agent, bed_state)

tm.flow(rules_store, agent, allocation_rules)

tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, proposal_queue, proposal)

tm.flow(proposal_queue, dashboard, proposal, protocol="https")
tm.flow(dashboard, site_manager, proposal, bed_state, protocol="https")
tm.flow(site_manager, dashboard, manager_decision, rule_change, protocol="https")
tm.flow(dashboard, proposal_queue, manager_decision, protocol="https")
tm.flow(dashboard, bed_system, confirmed_allocation, protocol="https")
tm.flow(bed_system, dashboard, bed_state, protocol="https")
tm.flow(dashboard, rules_store, rule_change, protocol="https")

tm.flow(ipc_nurse, infection_register, infection_update, label="alert entered on the ward PC")
