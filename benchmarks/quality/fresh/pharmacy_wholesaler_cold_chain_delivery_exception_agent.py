"""Pharmaceutical wholesaler: cold-chain delivery exception agent.

Every delivery van's medicines fridge has a temperature logger that reports over
cellular to the telematics vendor's platform. When a reading leaves 2-8 C, the
platform posts an excursion alert to an intake endpoint in our cloud, authenticated
with an API key we issued to the vendor. An LLM agent (hosted model) takes each case:
it reads the van's delivery manifest from the warehouse management system and the
manufacturers' stability data for the affected products, then decides whether the
batches must be quarantined, e-mails the affected pharmacies and raises credit notes
in the ERP. It can put stock into quarantine on its own; every release from
quarantine waits for the Responsible Person, who approves it in a QA dashboard
(company SSO with MFA). Every case and decision is written to an excursion case log.
Stability data sheets are uploaded by the quality team from manufacturers' portals.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cold-chain delivery exception agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent reviews van fridge temperature excursions, quarantines "
    "stock, notifies pharmacies and raises credits; the Responsible Person approves "
    "every quarantine release.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Fridge temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert = tg.Data(
    "Excursion alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Van, fridge, start and end of the excursion, minimum and maximum temperature.",
)
manifest = tg.Data(
    "Delivery manifest and batch stock",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which product batches were on the van, for which pharmacies.",
)
stability = tg.Data(
    "Manufacturer stability data",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Manufacturers' statements of how long each product tolerates "
    "temperatures outside 2-8 C.",
)
prompt = tg.Data(
    "Agent prompt and case context", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
completion = tg.Data(
    "Agent model response", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quarantine_call = tg.Data(
    "Quarantine or release request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_status = tg.Data(
    "Batch quarantine status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
notice_call = tg.Data(
    "Pharmacy notice request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
pharmacy_notice = tg.Data(
    "Pharmacy excursion notice",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which delivered lines are affected and what the pharmacy must do with them.",
)
pharmacy_contacts = tg.Data(
    "Pharmacy accounts and contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account numbers, superintendent pharmacist names, e-mail addresses.",
)
credit_call = tg.Data("Credit request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
credit_note = tg.Data(
    "Credit note",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Excursion case record",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Alert, evidence the agent used, its decision and actions, approvals.",
)
release_approval = tg.Data(
    "Quarantine release approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Delivery vans", trust=tg.Trust.INTERNAL):
    # One logger per van fridge; the vendor supplies and manages them.
    logger = tm.add(tg.Device("Van fridge temperature logger", fleet=True))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # Vendor cloud that collects readings and detects excursions.
    telematics = tm.add(
        tg.ExternalService("Telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Wholesaler cloud", trust=tg.Trust.INTERNAL):
    # Receives excursion alerts posted by the telematics platform.
    intake = tm.add(
        tg.Endpoint(
            "Excursion alert intake",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="API key issued to the telematics vendor")},
        )
    )
    # The LLM agent that works each excursion case end to end.
    agent = tm.add(
        tg.Agent(
            "Cold-chain exception agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reviews each excursion against stability data, decides on "
            "quarantine, notifies pharmacies and raises credits.",
        )
    )
    # Library of manufacturers' stability data sheets the agent consults.
    stability_store = tm.add(tg.DataStore("Stability data library", stores={stability}))
    # Sets a batch to quarantined, or released once the RP has approved.
    quarantine_tool = tm.add(
        tg.Tool(
            "Batch quarantine tool",
            capabilities={"read", "write"},
            controls={
                c.HumanInTheLoop(
                    approver="the Responsible Person",
                    note="every release from quarantine waits for approval; placing "
                    "stock into quarantine goes ahead directly",
                )
            },
        )
    )
    # E-mails the affected pharmacies.
    notify_tool = tm.add(
        tg.Tool("Pharmacy notification tool", capabilities={"read", "send-messages"})
    )
    # Raises credit notes for stock that cannot be used.
    credit_tool = tm.add(tg.Tool("Credit note tool", capabilities={"write", "money-movement"}))
    # Audit trail of every case, kept for GDP inspections.
    case_log = tm.add(
        tg.DataStore(
            "Excursion case log",
            stores={case_record, release_approval},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # Where the RP reviews cases and approves releases.
    dashboard = tm.add(
        tg.Endpoint(
            "QA review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

with tm.boundary("Corporate systems", trust=tg.Trust.RESTRICTED):
    # Warehouse management system: stock, batches, manifests, quarantine status.
    wms = tm.add(tg.DataStore("Warehouse management system", stores={manifest, batch_status}))
    # ERP holding pharmacy accounts, invoices and credit notes.
    erp = tm.add(tg.DataStore("ERP", stores={pharmacy_contacts, credit_note}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Named Responsible Person under the wholesale dealer's licence.
    rp = tm.add(tg.Actor("Responsible Person", role="GDP responsible person", privileged=True))
    # Quality team member who loads manufacturers' stability data.
    qa = tm.add(tg.Actor("Quality assurance officer", role="quality team"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customer pharmacies receiving the notices.
    pharmacy = tm.add(tg.Actor("Community pharmacy", role="customer"))

# ---------------------------------------------------------------- flows
tm.flow(logger, telematics, readings, protocol="mqtts")
tm.flow(telematics, intake, alert, readings, protocol="https", label="excursion webhook")
tm.flow(intake, agent, alert, readings)

tm.flow(wms, agent, manifest, batch_status, label="manifest lookup")
tm.flow(stability_store, agent, stability, label="stability lookup")
tm.flow(qa, stability_store, stability, protocol="https", label="uploads data sheets")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, quarantine_tool, quarantine_call)
tm.flow(quarantine_tool, wms, batch_status)
tm.flow(wms, quarantine_tool, batch_status)
tm.flow(quarantine_tool, agent, batch_status)

tm.flow(agent, notify_tool, notice_call)
tm.flow(erp, notify_tool, pharmacy_contacts)
tm.flow(notify_tool, pharmacy, pharmacy_notice, protocol="smtp")

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, erp, credit_note)
tm.flow(erp, credit_tool, credit_note)

tm.flow(agent, case_log, case_record)
tm.flow(case_log, dashboard, case_record)
tm.flow(dashboard, rp, case_record, protocol="https")
tm.flow(rp, dashboard, release_approval, protocol="https", label="approves release")
tm.flow(dashboard, case_log, release_approval)
tm.flow(dashboard, quarantine_tool, release_approval)
