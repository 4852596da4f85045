"""Prior-authorization agent: the first design, before any security review.

The hospital's revenue-cycle team queues a case for each order that an insurer
must pre-approve (imaging, infusions, elective surgery). An LLM agent running in
the hospital network reads the order and the clinical notes from the EHR over its
FHIR API, checks the payer's published coverage criteria, fills the payer's
prior-authorization form and attaches the supporting notes and results. A
utilization-review nurse reviews every packet in the workbench before it goes
out; once approved, the agent logs into the payer's portal with the hospital's
shared portal account (kept in the hospital's password vault) and submits it,
then checks the portal daily and records the insurer's decision on the case.
The LLM is a vendor-hosted model under a BAA. Staff sign in to the workbench
with hospital SSO; the EHR keeps its own role-based access and audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prior-authorization agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "An LLM agent that prepares, submits and tracks insurers' prior-authorization "
        "requests from EHR data, with a nurse approving each packet."
    ),
)

# ---------------------------------------------------------------- data assets
case_request = tg.Data(
    "Authorization case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order id, patient, payer and plan, as queued by the revenue-cycle team.",
)
clinical_records = tg.Data(
    "Orders and clinical notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Orders, progress notes, imaging and lab results, diagnoses (PHI).",
)
ehr_query = tg.Data("EHR query", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, the case, clinical excerpts, payer criteria, tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
policy_pages = tg.Data(
    "Payer coverage policies", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
policy_chunks = tg.Data(
    "Coverage criteria passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
packet = tg.Data(
    "Prior-authorization packet",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The filled payer form, the medical-necessity letter and the attached records.",
)
packet_write = tg.Data(
    "Packet assembly call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
review_decision = tg.Data(
    "Nurse review decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approve, edit or send back, with the nurse's corrections.",
)
submission_call = tg.Data(
    "Portal action",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Submit a packet, or look up the status of a submitted request.",
)
portal_credentials = tg.Data(
    "Payer portal credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The hospital's shared user name, password and OTP seed for each payer portal.",
)
determination = tg.Data(
    "Payer determination",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Status pages, approval numbers, denial letters and requests for more information.",
)
case_status = tg.Data(
    "Case status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Where each case is: drafted, in review, submitted, approved, denied.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Insurers publish their medical policies on their public websites.
    payer_sites = tm.add(
        tg.DataSource(
            "Payer policy websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={policy_pages},
            description="Coverage criteria and form instructions, crawled weekly.",
        )
    )

with tm.boundary("Payer portals", trust=tg.Trust.PARTNER):
    # Where requests are actually filed and decided; one portal per insurer.
    portals = tm.add(
        tg.ExternalService(
            "Payer portals",
            description="Insurers' provider portals, reached with the hospital's accounts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent, hosted by a vendor under a BAA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention tier")},
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The people who queue the cases and follow them up.
    specialist = tm.add(tg.Actor("Revenue-cycle specialist", role="revenue cycle staff"))
    # The clinical reviewer who signs off on every packet.
    nurse = tm.add(tg.Actor("Utilization-review nurse", role="clinical reviewer"))

    # Web app where cases are queued, packets reviewed and statuses followed.
    workbench = tm.add(
        tg.Endpoint(
            "Prior-auth workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital SSO (SAML)"), c.RBAC()},
        )
    )
    # The agent that plans each case and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Prior-auth agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts the packet, waits for approval, submits and polls for decisions.",
            controls={c.HumanInTheLoop(approver="utilization-review nurse, before submission")},
        )
    )
    # Reads orders, notes and results through a FHIR app registered in the EHR.
    ehr_tool = tm.add(
        tg.Tool(
            "EHR read tool",
            capabilities={tg.Capability.READ},
            description="FHIR R4 client with a system-level read scope.",
        )
    )
    # Fills the payer's form template and bundles the attachments into a packet.
    packet_tool = tm.add(tg.Tool("Packet builder", capabilities={tg.Capability.WRITE}))
    # Drives the payer portals in a headless browser: log in, upload, submit, read status.
    portal_tool = tm.add(
        tg.Tool(
            "Payer portal tool",
            capabilities={tg.Capability.WRITE, tg.Capability.NETWORK_EGRESS},
            description="Playwright automation with one script per payer portal.",
        )
    )
    # Cases, drafted and submitted packets, review decisions and payer outcomes.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case_request, packet, review_decision, case_status, determination},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Crawls and chunks the payer policies so the agent can cite the right criteria.
    policy_indexer = tm.add(tg.Pipeline("Policy indexer", stage=tg.Stage.INGESTION))
    # Coverage criteria the agent retrieves when it writes the necessity letter.
    policy_index = tm.add(tg.VectorStore("Payer criteria index", stores={policy_chunks}))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The system of record for orders and notes.
        ehr = tm.add(
            tg.DataStore(
                "EHR",
                stores={clinical_records},
                controls={
                    c.RBAC(),
                    c.AuditLogging(retention_days=2190),
                    c.EncryptionAtRest(),
                },
            )
        )
        # The hospital's password vault holds the shared portal accounts.
        vault = tm.add(
            tg.DataStore(
                "Portal credential vault",
                stores={portal_credentials},
                controls={c.SecretsManagement()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(specialist, workbench, case_request, protocol="https", label="queue case")
tm.flow(workbench, specialist, case_status, protocol="https")
tm.flow(workbench, case_db, case_request)
tm.flow(case_db, workbench, packet, case_status)
tm.flow(workbench, agent, case_request, label="start case")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, ehr_tool, ehr_query)
tm.flow(ehr_tool, ehr, ehr_query, protocol="https", label="FHIR read")
tm.flow(ehr, ehr_tool, clinical_records, protocol="https")
tm.flow(ehr_tool, agent, clinical_records)

tm.flow(payer_sites, policy_indexer, policy_pages, protocol="https", label="weekly crawl")
tm.flow(policy_indexer, policy_index, policy_chunks)
tm.flow(policy_index, agent, policy_chunks, label="criteria lookup")

tm.flow(agent, packet_tool, packet_write)
tm.flow(ehr_tool, packet_tool, clinical_records, label="attachments")
tm.flow(packet_tool, case_db, packet)

tm.flow(workbench, nurse, packet, protocol="https", label="packet for review")
tm.flow(nurse, workbench, review_decision, protocol="https")
tm.flow(workbench, case_db, review_decision)
tm.flow(workbench, agent, review_decision, label="approved for submission")

tm.flow(agent, portal_tool, submission_call)
tm.flow(case_db, portal_tool, packet, label="approved packet")
tm.flow(vault, portal_tool, portal_credentials)
tm.flow(
    portal_tool, portals, packet, portal_credentials, protocol="https", label="log in and submit"
)
tm.flow(portals, portal_tool, determination, protocol="https", label="status and letters")
tm.flow(portal_tool, agent, determination)
tm.flow(agent, case_db, case_status, determination, label="record outcome")
