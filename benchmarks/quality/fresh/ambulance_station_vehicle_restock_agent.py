"""Ambulance vehicle restock agent: the first design, before any security review.

After each shift an LLM agent works out what drugs and consumables each ambulance
used, from the lines crews record on their electronic patient care records (ePCR)
and from the stock scans made with each vehicle's handheld scanner. It reconciles
both against par levels in the stock ledger and places restock orders with the
central store's inventory system, which prints pick lists for the stores team.
Station logistics officers ask the agent questions in an intranet chat page and
approve orders above a value threshold. The agent and its tools run in the
ambulance service's data centre; the model is a vendor-hosted API in a UK region
under a data-processing agreement. Controls: sign-in on the ePCR and intranet,
encryption and role-based access on the ePCR, a read-only view for the usage tool,
a step limit on the agent, TLS on the links.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ambulance vehicle restock agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that derives per-vehicle drug and consumable usage from patient "
        "care records and scanner logs and orders restocks from the central store."
    ),
)

# ---------------------------------------------------------------- data assets
patient_record = tg.Data(
    "Patient care record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Clinical record of each incident: patient details, observations, "
    "drugs given with dose and batch, consumables used, crew and vehicle call sign.",
)
administrations = tg.Data(
    "Drug administration entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Drug, dose, batch and consumable lines of each record, with the "
    "incident number and vehicle call sign.",
)
usage_query = tg.Data("Usage query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
usage_extract = tg.Data(
    "Vehicle usage extract",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Per-vehicle list of drugs and items used in the shift, by incident.",
)
item_scans = tg.Data("Item barcode scans", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scan_events = tg.Data(
    "Scanner stock events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item, batch, expiry, vehicle and crew member of each scan in or out.",
)
stock_query = tg.Data("Stock ledger query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_levels = tg.Data(
    "Vehicle stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Expected stock and par levels per vehicle, including controlled drugs.",
)
reconciled = tg.Data(
    "Reconciled stock counts", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
order_request = tg.Data("Restock order", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order = tg.Data(
    "Store order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
order_status = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pending_order = tg.Data(
    "Order awaiting approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pick_list = tg.Data("Pick list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
officer_request = tg.Data(
    "Officer restock question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
restock_summary = tg.Data(
    "Restock summary", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the officer's question and the usage extracts and scans.",
)
llm_completion = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_log = tg.Data(
    "Agent run log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prompts, tool calls and results of each run, kept for stock audits.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Vehicle fleet",
    trust=tg.Trust.INTERNAL,
    description="Managed tablets and scanners on the ambulances, on the mobile network.",
):
    # Paramedics and technicians who treat patients and take stock off the vehicle.
    crew = tm.add(tg.Actor("Ambulance crew", role="paramedic"))
    # Handheld barcode scanner on each vehicle; syncs scans when docked at a station.
    scanner = tm.add(
        tg.Device(
            "Vehicle stock scanner",
            fleet=True,
            description="Crews scan items in when restocking and out when used or expired.",
        )
    )

with tm.boundary("Service data centre", trust=tg.Trust.INTERNAL):
    # The system of record for clinical care; the agent only reads drug and item lines.
    epcr = tm.add(
        tg.DataStore(
            "ePCR system",
            stores={patient_record},
            description="Supplier-managed electronic patient care record platform.",
            controls={
                tg.controls.Authentication(method="individual crew username and password"),
                tg.controls.EncryptionAtRest(key_management="database TDE"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Where scanner syncs land; the agent's second, independent source of usage.
    scan_store = tm.add(tg.DataStore("Scanner log store", stores={scan_events}))
    # Par levels and expected stock per vehicle, updated after each reconciliation.
    ledger = tm.add(tg.DataStore("Vehicle stock ledger", stores={stock_levels}))

    with tm.boundary("Central store", trust=tg.Trust.INTERNAL):
        # Inventory system of the central store that picks and dispatches restock.
        inventory = tm.add(
            tg.Service(
                "Central store inventory system",
                description="Takes orders by API and prints pick lists for the stores team.",
                controls={tg.controls.Authentication(method="service account API key")},
            )
        )
        # Stores staff who pick and deliver the orders to stations.
        stores_team = tm.add(tg.Actor("Central stores team", role="stores staff"))

    with tm.boundary("Restock agent workload", trust=tg.Trust.INTERNAL):
        # The LLM agent: runs after each shift and when an officer asks it something.
        agent = tm.add(
            tg.Agent(
                "Restock agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={tg.controls.CircuitBreaker(max_steps=25)},
            )
        )
        # Reads drug and consumable lines from the ePCR for one vehicle and shift.
        usage_tool = tm.add(
            tg.Tool(
                "ePCR usage lookup",
                capabilities={"read"},
                description="Queries a read-only database view of drug and item lines.",
                controls={tg.controls.LeastPrivilegeTools(note="read-only view, no free text")},
            )
        )
        # Reads scanner events and the stock ledger, and writes reconciled counts back.
        stock_tool = tm.add(tg.Tool("Vehicle stock tool", capabilities={"read", "write"}))
        # Places restock orders in the central store's inventory system.
        order_tool = tm.add(
            tg.Tool(
                "Restock order tool",
                capabilities={"write"},
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="station logistics officer", above="GBP 250 per order"
                    )
                },
            )
        )
        # Record of every run, for stock and controlled-drug audits.
        logs = tm.add(tg.DataStore("Agent run log", stores={run_log}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Station logistics officers ask the agent and approve larger orders.
    officer = tm.add(tg.Actor("Station logistics officer", role="logistics officer"))
    # Intranet chat page in front of the agent.
    chat = tm.add(
        tg.Endpoint(
            "Restock chat page",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, under a data-processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="DPA and DSPT review")},
        )
    )

# ---------------------------------------------------------------- flows
# Crews record care and scan stock on the vehicle.
tm.flow(crew, epcr, patient_record, protocol="https", label="ePCR tablet sync")
tm.flow(crew, scanner, item_scans, label="scanned on the vehicle")
tm.flow(scanner, scan_store, scan_events, protocol="https", label="sync when docked")

# Officers talk to the agent.
tm.flow(officer, chat, officer_request, protocol="https")
tm.flow(chat, agent, officer_request, protocol="https")
tm.flow(agent, chat, restock_summary, protocol="https")
tm.flow(chat, officer, restock_summary, protocol="https")

# The agent and its model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, logs, run_log)

# Usage from patient records.
tm.flow(agent, usage_tool, usage_query)
tm.flow(usage_tool, epcr, usage_query, protocol="tls")
tm.flow(epcr, usage_tool, administrations, protocol="tls")
tm.flow(usage_tool, agent, usage_extract)

# Scans and the stock ledger.
tm.flow(agent, stock_tool, stock_query, reconciled)
tm.flow(stock_tool, scan_store, stock_query, protocol="tls")
tm.flow(scan_store, stock_tool, scan_events, protocol="tls")
tm.flow(stock_tool, ledger, stock_query, reconciled, protocol="tls")
tm.flow(ledger, stock_tool, stock_levels, protocol="tls")
tm.flow(stock_tool, agent, scan_events, stock_levels)

# Orders to the central store, with the officer's approval above the threshold.
tm.flow(agent, order_tool, order_request)
tm.flow(order_tool, officer, pending_order, protocol="https")
tm.flow(officer, order_tool, order_approval, protocol="https")
tm.flow(order_tool, inventory, order, protocol="https")
tm.flow(inventory, order_tool, order_status, protocol="https")
tm.flow(order_tool, agent, order_status)
tm.flow(inventory, stores_team, pick_list, label="printed pick list")
