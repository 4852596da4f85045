"""Veterinary vaccine cold-chain courier agent: the first design, before any security review.

A veterinary wholesaler ships vaccines (2-8 C products) to farm vet practices by
refrigerated courier. Each morning a logistics planner asks an LLM agent to plan the
day's courier runs from the open orders in the ERP; the planner approves the plan in
the agent's console before the agent books the runs through the courier's API. Every
box carries a temperature data logger; at each drop the driver reads it with the
courier's handheld and the courier platform uploads the readings, with the driver's
delivery notes, to our upload endpoint (per-courier API key). The agent reads those
uploads against the product's cold-chain specification, records each shipment as
accepted or quarantined in the ERP, and e-mails the practice when stock is quarantined.
Only the QA Responsible Person can release quarantined stock, in the ERP. The agent
runs in the wholesaler's cloud tenant and uses a hosted LLM; the courier API key sits
in the cloud secret manager, and every agent decision is written to a decision log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary vaccine cold-chain courier agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that plans refrigerated courier runs to farm vets, reads courier "
        "temperature-logger uploads and decides whether shipments are quarantined."
    ),
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Vet practice orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Products, quantities, farm delivery address, the vet's name and mobile.",
)
specs = tg.Data(
    "Vaccine cold-chain specifications",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Storage range and allowed excursion time per product.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
readings = tg.Data(
    "Temperature logger readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
driver_notes = tg.Data(
    "Driver delivery notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text the driver types at the drop (delays, who signed, box condition).",
)
planning_request = tg.Data("Planning request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
run_plan = tg.Data("Proposed courier run plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
plan_approval = tg.Data("Run plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data("Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Shipment lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Shipment lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Courier booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
courier_booking = tg.Data("Courier run booking", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Courier booking confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking_result = tg.Data(
    "Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
disposition_call = tg.Data(
    "Shipment disposition call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
disposition = tg.Data(
    "Shipment disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Accepted or quarantined, with the excursion that led to it.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notice_call = tg.Data("Vet notification call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
quarantine_notice = tg.Data(
    "Quarantine notice e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
decision_log = tg.Data("Agent decision records", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
quarantine_queue = tg.Data(
    "Quarantined shipments", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
quarantine_release = tg.Data(
    "Quarantine release", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The farm vet practice that ordered the vaccines and must hold quarantined stock.
    vet = tm.add(tg.Actor("Farm vet practice", role="customer"))

with tm.boundary("Courier company", trust=tg.Trust.PARTNER):
    # The refrigerated courier's platform: takes bookings and relays logger uploads.
    courier = tm.add(
        tg.ExternalService(
            "Courier platform",
            provides=tg.ExternalCategory.GENERIC,
            description="Booking API and driver handheld back end of the refrigerated courier.",
        )
    )
    # One logger per shipper box, owned and issued by the courier.
    loggers = tm.add(
        tg.Device(
            "Temperature data loggers",
            fleet=True,
            description="Single-use loggers in each shipper box, read at the drop.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans and judges with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor reviewed; zero data retention terms")},
        )
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the quarantine notices to practices.
    email = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Wholesaler cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives logger uploads pushed by the courier platform after each drop.
    upload_api = tm.add(
        tg.Endpoint(
            "Logger upload endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-courier API key"),
                c.SchemaEnforcement(note="logger vendor CSV layout; notes field free text"),
            },
        )
    )
    # Raw logger files as uploaded, kept as the shipment's cold-chain evidence.
    upload_store = tm.add(tg.DataStore("Logger upload bucket", stores={readings, driver_notes}))
    # The LLM agent: plans runs, books them, judges logger uploads, sets dispositions.
    agent = tm.add(
        tg.Agent(
            "Cold-chain courier agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description=(
                "Run plans wait for the planner's approval; shipment dispositions "
                "are written to the ERP as the agent decides them."
            ),
            controls={c.CircuitBreaker(max_steps=60)},
        )
    )
    # Read-only lookups of orders, specifications and logger uploads.
    lookup_tool = tm.add(tg.Tool("Shipment lookup tool", capabilities={"read"}))
    # Books courier runs through the courier's API once the plan is approved.
    booking_tool = tm.add(
        tg.Tool(
            "Courier booking tool",
            capabilities={"write", "network-egress"},
            controls={
                c.HumanInTheLoop(
                    approver="logistics planner",
                    note="the day's run plan is approved before booking",
                ),
                c.SecretsManagement(note="courier API key in the cloud secret manager"),
            },
        )
    )
    # Writes accepted / quarantined against a shipment in the ERP.
    disposition_tool = tm.add(
        tg.Tool(
            "Shipment disposition tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can set a disposition; cannot release stock")},
        )
    )
    # Sends the practice an e-mail when its shipment is quarantined.
    notify_tool = tm.add(tg.Tool("Vet notification tool", capabilities={"send-messages"}))
    # Every plan, booking and disposition with the agent's reasoning.
    log_store = tm.add(
        tg.DataStore(
            "Agent decision log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # The wholesaler's ERP: orders, product specifications, batch and shipment status.
    erp = tm.add(
        tg.DataStore(
            "Wholesale ERP",
            stores={orders, specs, disposition, quarantine_queue, quarantine_release},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Asks for the day's plan and approves it before bookings go out.
    planner = tm.add(tg.Actor("Logistics planner", role="logistics staff"))
    # The GDP Responsible Person: the only one who releases quarantined stock.
    qa_rp = tm.add(tg.Actor("QA Responsible Person", role="quality assurance", privileged=True))

# ---------------------------------------------------------------- flows
# logger uploads
tm.flow(
    loggers, courier, readings, protocol="nfc", label="read by the driver's handheld at the drop"
)
tm.flow(
    courier, upload_api, readings, driver_notes, protocol="https", label="upload after each drop"
)
tm.flow(upload_api, upload_store, readings, driver_notes)

# planning with the planner
tm.flow(planner, agent, planning_request, protocol="https")
tm.flow(agent, planner, run_plan, protocol="https")
tm.flow(planner, agent, plan_approval, protocol="https", label="approves the run plan")

# the agent's model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# lookups
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(erp, lookup_tool, orders, specs)
tm.flow(upload_store, lookup_tool, readings, driver_notes)
tm.flow(lookup_tool, agent, lookup_result)

# courier bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, courier, courier_booking, protocol="https")
tm.flow(courier, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# dispositions and notices
tm.flow(agent, disposition_tool, disposition_call)
tm.flow(disposition_tool, erp, disposition)
tm.flow(agent, notify_tool, notice_call)
tm.flow(notify_tool, email, quarantine_notice, protocol="https")
tm.flow(email, vet, quarantine_notice, protocol="smtp+starttls")
tm.flow(agent, log_store, decision_log)

# quality assurance
tm.flow(erp, qa_rp, quarantine_queue, protocol="https")
tm.flow(log_store, qa_rp, decision_log, protocol="https")
tm.flow(qa_rp, erp, quarantine_release, protocol="https")
