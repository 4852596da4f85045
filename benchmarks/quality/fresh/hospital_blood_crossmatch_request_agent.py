"""Blood crossmatch request agent: the first design, before any security review.

An NHS hospital's transfusion laboratory wants to take the routine clerical work
out of crossmatch requests. Ward clinicians raise requests in the electronic
patient record (EPR) as they do today. An LLM agent running on the laboratory
network reads new requests through the EPR's FHIR interface, looks up the
patient's blood group and antibody history in the laboratory information system
(LIS), and reserves compatible red cell units in the blood bank fridge inventory.
The agent's reasoning is done by a hosted LLM in the trust's cloud tenancy.
A biomedical scientist confirms every issue at the blood bank issue console,
where the LIS blood bank module checks ABO/RhD compatibility before release;
porters then collect the units by scanning their badge and the collection slip
at the fridge's barcode reader. Staff sign in to the EPR and the lab systems
with NHS smartcards; the agent's tool calls and every issue are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood crossmatch request agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that turns EPR crossmatch requests into blood unit reservations.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Crossmatch request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient identifiers, indication, units and date needed, requesting clinician.",
)
request_query = tg.Data(
    "Request queue query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
request_result = tg.Data(
    "Open crossmatch requests", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
history_query = tg.Data("Patient history lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Blood group and antibody history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
history_result = tg.Data(
    "Group and antibody lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the request, the patient's history and the tool results so far.",
)
completion = tg.Data(
    "Agent plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
reservation_call = tg.Data(
    "Unit reservation call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
reservation_result = tg.Data(
    "Reservation result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
inventory = tg.Data(
    "Blood unit inventory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Units in the fridges: donation number, group, phenotype, expiry, status.",
)
reservation = tg.Data(
    "Unit reservation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
issue_confirmation = tg.Data("Issue confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
issue_release = tg.Data(
    "Issue release",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
collection_scan = tg.Data(
    "Collection scan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Porter's badge barcode and the patient's collection slip barcode.",
)
issued_units = tg.Data(
    "Units issued for collection", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Raises crossmatch requests from the ward as today.
    clinician = tm.add(tg.Actor("Ward clinician", role="doctor or nurse"))
    # System of record for orders; the agent's source of requests.
    epr = tm.add(
        tg.DataStore(
            "Electronic patient record",
            stores={request},
            controls={
                c.Authentication(method="NHS smartcard and PIN"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Carries issued units from the lab fridge to the ward.
    porter = tm.add(tg.Actor("Porter", role="porter"))

    with tm.boundary("Transfusion laboratory network", trust=tg.Trust.RESTRICTED):
        # The new component: does the clerical steps of a crossmatch request.
        agent = tm.add(
            tg.Agent(
                "Crossmatch request agent",
                autonomy=tg.Autonomy.SUPERVISED,
                description="Reads requests, looks up history, reserves units; never issues them.",
                controls={c.AuditLogging(note="every prompt and tool call kept")},
            )
        )
        # Reads open crossmatch requests from the EPR's FHIR API.
        request_tool = tm.add(tg.Tool("EPR request reader", capabilities={"read"}))
        # Reads the patient's group and antibody history from the LIS.
        history_tool = tm.add(tg.Tool("Group and antibody history lookup", capabilities={"read"}))
        # Reserves units against the patient in the blood bank inventory.
        reservation_tool = tm.add(
            tg.Tool(
                "Unit reservation tool",
                capabilities={"write"},
                controls={c.LeastPrivilegeTools(note="service account can reserve, not issue")},
            )
        )
        # Holds every patient's group, antibody screens and crossmatch history.
        lis = tm.add(
            tg.DataStore(
                "Laboratory information system",
                stores={history},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # Stock and status of every unit in the blood bank fridges.
        fridge_inventory = tm.add(
            tg.DataStore(
                "Blood bank fridge inventory",
                stores={inventory, reservation},
                controls={c.AuditLogging(note="full traceability of every unit's fate")},
            )
        )
        # Where the scientist confirms each issue before units leave the lab.
        issue_console = tm.add(
            tg.Service(
                "Blood bank issue console",
                controls={
                    c.Authentication(method="NHS smartcard and PIN"),
                    c.HumanInTheLoop(approver="biomedical scientist"),
                    c.PolicyEnforcement(rules="LIS electronic issue rules: ABO/RhD compatibility"),
                },
            )
        )
        # Qualified lab staff who authorise every issue.
        scientist = tm.add(tg.Actor("Biomedical scientist", role="laboratory scientist"))
        # Reader on the issue fridge that porters scan to collect units.
        reader = tm.add(
            tg.Device(
                "Blood fridge barcode reader",
                fleet=False,
                controls={c.Authentication(method="porter ID badge barcode")},
            )
        )

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.PARTNER):
    # Hosted LLM that plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="NHS DTAC and data processing agreement")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(clinician, epr, request, protocol="https", label="raises request")

tm.flow(agent, request_tool, request_query)
tm.flow(request_tool, epr, request_query, protocol="https", label="FHIR ServiceRequest search")
tm.flow(epr, request_tool, request, protocol="https")
tm.flow(request_tool, agent, request_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, history_tool, history_query)
tm.flow(history_tool, lis, history_query, protocol="mllp")
tm.flow(lis, history_tool, history, protocol="mllp")
tm.flow(history_tool, agent, history_result)

tm.flow(agent, reservation_tool, reservation_call)
tm.flow(fridge_inventory, reservation_tool, inventory, label="available units")
tm.flow(reservation_tool, fridge_inventory, reservation)
tm.flow(reservation_tool, agent, reservation_result)

tm.flow(fridge_inventory, issue_console, reservation, inventory)
tm.flow(lis, issue_console, history, protocol="mllp")
tm.flow(scientist, issue_console, issue_confirmation)
tm.flow(issue_console, fridge_inventory, issue_release)

tm.flow(porter, reader, collection_scan, label="scans badge and collection slip")
tm.flow(reader, fridge_inventory, collection_scan, protocol="https")
tm.flow(fridge_inventory, reader, issued_units, protocol="https")
