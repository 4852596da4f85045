"""Shire horse show entry and pedigree check agent: the first design.

A breed society runs entries for its annual national Shire horse show online.
Exhibitors (owners, breeders and grooms, mostly in the UK) sign in to the entry
portal, choose classes and upload a scan of each horse's passport. An LLM agent
checks every entry: it reads the passport scan, looks the horse up in the
society's stud book (registration, sire and dam, age and colour), checks the
class rules in the show schedule, records the entry as accepted or flagged, and
sends the exhibitor a payment link for the entry fees through a hosted card
payment provider, whose webhook confirms payment to the portal.
The show secretary reviews flagged entries; clean entries are accepted without
review. The stud book is the society's registrar-maintained database in its
office. Controls in this design: exhibitor sign-in, upload type and size checks,
TLS on external links, signed payment webhooks, a step limit on the agent and
managed-key encryption of the entries database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shire horse show entry and pedigree check agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online show entries checked against the stud book by an LLM agent.",
)

# ---------------------------------------------------------------- data assets
entry_form = tg.Data(
    "Show entry form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibitor name, address, phone; horse name, registration number, classes.",
)
passport_scan = tg.Data(
    "Horse passport scan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or photo of the equine passport, with the owner's details.",
)
entry_status = tg.Data("Entry status", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the entry, the passport text, stud book results and class rules.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
class_rules = tg.Data(
    "Show schedule and class rules", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
studbook_query = tg.Data("Stud book query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
studbook_records = tg.Data(
    "Stud book records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Registered horses, pedigrees, breeders and recorded owners.",
)
pedigree_result = tg.Data(
    "Pedigree lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
entry_decision = tg.Data(
    "Entry check decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted or flagged, with the agent's reasons.",
)
show_entries = tg.Data(
    "Show entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
payment_request = tg.Data(
    "Payment link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Entry reference, exhibitor e-mail and the fee total for the classes entered.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
review = tg.Data("Secretary review decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners, breeders and grooms entering horses; anyone can create an account.
    exhibitor = tm.add(tg.Actor("Exhibitor", role="exhibitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted multimodal model that reads the passport scans and reasons over entries.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go to the provider, never to the society.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("Society cloud", trust=tg.Trust.INTERNAL):
    # Web portal and API where exhibitors sign in, enter classes and see status.
    portal = tm.add(
        tg.Endpoint(
            "Show entry portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Object storage for the uploaded passport scans.
    uploads = tm.add(tg.DataStore("Passport upload bucket", stores={passport_scan}))
    # The LLM agent that checks each entry and acts on the result.
    agent = tm.add(
        tg.Agent(
            "Entry check agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.HumanInTheLoop(
                    approver="show secretary",
                    note="flagged entries only; clean entries are accepted automatically",
                ),
            },
        )
    )
    # Read-only lookup of a horse by registration number or name in the stud book.
    studbook_tool = tm.add(tg.Tool("Stud book lookup tool", capabilities={"read"}))
    # Writes the accepted or flagged entry to the entries database.
    entries_tool = tm.add(tg.Tool("Entry record tool", capabilities={"write"}))
    # Asks the payment provider for a checkout link for the entry fees.
    payment_tool = tm.add(
        tg.Tool("Entry fee payment link tool", capabilities={"network-egress", "money-movement"})
    )
    # The published show schedule with the class rules the agent checks against.
    schedule = tm.add(tg.DataStore("Show schedule and class rules", stores={class_rules}))
    # All entries for the show, read by the secretary and used to print catalogues.
    entries_db = tm.add(
        tg.DataStore(
            "Show entries database",
            stores={show_entries},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )

with tm.boundary("Society office network", trust=tg.Trust.INTERNAL):
    # The breed society's stud book, kept by the registrar in the office.
    studbook = tm.add(tg.DataStore("Stud book database", stores={studbook_records}))
    # Reviews flagged entries and answers exhibitors' queries.
    secretary = tm.add(tg.Actor("Show secretary", role="society staff"))
    # Registers foals and transfers of ownership in the stud book.
    registrar = tm.add(tg.Actor("Stud book registrar", role="society staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(exhibitor, portal, entry_form, passport_scan, protocol="https", controls={tls})
tm.flow(portal, exhibitor, entry_status, protocol="https", controls={tls})
tm.flow(portal, uploads, passport_scan)
tm.flow(portal, agent, entry_form)
tm.flow(uploads, agent, passport_scan)
tm.flow(agent, portal, entry_status)

tm.flow(schedule, agent, class_rules)
tm.flow(agent, llm, agent_prompt, passport_scan, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, studbook_tool, studbook_query)
tm.flow(studbook_tool, studbook, studbook_query, protocol="https", label="over site-to-site VPN")
tm.flow(studbook, studbook_tool, studbook_records, protocol="https")
tm.flow(studbook_tool, agent, pedigree_result)

tm.flow(agent, entries_tool, entry_decision)
tm.flow(entries_tool, entries_db, show_entries)

tm.flow(agent, payment_tool, payment_request)
tm.flow(payment_tool, payments, payment_request, protocol="https", controls={tls})
tm.flow(payments, payment_tool, payment_link, protocol="https", controls={tls})
tm.flow(payment_tool, agent, payment_link)
tm.flow(exhibitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    portal,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tls, c.MessageIntegrity(note="provider-signed webhook, signature verified")},
)
tm.flow(portal, entries_db, payment_confirmation, label="mark entry paid")

tm.flow(entries_db, secretary, show_entries, protocol="https", label="flagged entries queue")
tm.flow(secretary, entries_db, review, protocol="https")
tm.flow(registrar, studbook, studbook_records, label="registrations and transfers")
tm.flow(studbook, registrar, studbook_records)
