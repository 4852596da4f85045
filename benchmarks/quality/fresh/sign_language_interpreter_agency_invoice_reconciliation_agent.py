"""Invoice reconciliation agent for a sign language interpreting agency: first design.

Freelance BSL interpreters upload invoices and travel claims (with receipt photos)
to the agency's interpreter portal, where they also keep their bank details. An
LLM agent picks up each submission, reads the documents through a hosted LLM and
reconciles every line against the booked assignment in the booking system (date,
hours, rate), the client's purchase order (received by e-mail in the finance
mailbox) and a route-distance API for mileage. Matching invoices become draft bills
in the cloud accounting system; mismatches are sent back to the interpreter with a
note. A finance officer reviews draft bills and approves the weekly payment run,
which the accounting system sends to the bank. Controls: TLS, portal sign-in with
e-mail and password, upload type and size checks, encrypted document storage,
role-based access to bookings, a draft-only accounting API scope, logged agent
steps and the finance officer's approval of every payment run.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sign language interpreter agency invoice reconciliation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that reconciles freelance interpreters' invoices and travel claims "
        "against bookings, client purchase orders and mileage before payment."
    ),
)

# ---------------------------------------------------------------- data assets
invoice = tg.Data(
    "Interpreter invoice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF invoice: interpreter's name, address, assignment dates, hours, rates.",
)
travel_claim = tg.Data(
    "Travel claim and receipts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Mileage, public transport and parking claims with receipt photos.",
)
bank_details = tg.Data(
    "Interpreter bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
portal_login = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
assignment = tg.Data(
    "Booked assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Interpreter, deaf client's name, venue (often a hospital, court or "
    "school), date, booked hours, agreed rate and client reference.",
)
purchase_order = tg.Data(
    "Client purchase order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PO PDF e-mailed by the client's procurement team.",
)
route_query = tg.Data("Route distance query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
route_distance = tg.Data("Route distance", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Invoice and claim text, matching assignments and PO lines.",
)
llm_reply = tg.Data(
    "Extracted line items and match notes", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data("Lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
draft_bill = tg.Data(
    "Draft bill",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Supplier, lines, amounts, assignment references and reconciliation notes.",
)
query_note = tg.Data("Discrepancy query to interpreter", sensitivity=tg.Sensitivity.PII)
payment_approval = tg.Data(
    "Payment run approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_file = tg.Data(
    "Payment run file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bills = tg.Data("Bills and supplier records", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freelancers on the agency's books; anyone accepted onto the register gets an account.
    interpreter = tm.add(tg.Actor("Interpreter", role="freelance interpreter"))
    # Clients' procurement staff who send purchase orders by e-mail.
    client = tm.add(tg.Actor("Client procurement team", role="client"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared finance mailbox where client POs arrive as attachments.
    mailbox = tm.add(tg.DataStore("Finance mailbox", stores={purchase_order}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads invoices, claims and POs for the agent and compares them.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with no retention or training on our data")},
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Gives driving distance between the interpreter's base and the venue.
    routes = tm.add(tg.ExternalService("Route distance API", provides="data-provider"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # Cloud accounting package: supplier records, bills and the payment run.
    accounting = tm.add(
        tg.DataStore(
            "Accounting system",
            stores={bills, bank_details, payment_file},
            controls={
                c.Authentication(method="SSO with MFA for finance staff"),
                c.HumanInTheLoop(approver="finance officer approves each weekly payment run"),
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # Pays interpreters from the agency's account.
    bank = tm.add(tg.ExternalService("Business bank"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Where interpreters submit invoices and claims and maintain their bank details.
    portal = tm.add(
        tg.Endpoint(
            "Interpreter portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB limit"),
            },
        )
    )
    # Uploaded invoices, claims and receipts.
    doc_store = tm.add(
        tg.DataStore(
            "Submission document store",
            stores={invoice, travel_claim},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Assignments booked by coordinators, with the rates agreed for each.
    booking_db = tm.add(tg.DataStore("Booking system", stores={assignment}, controls={c.RBAC()}))
    # The LLM agent that does the reconciliation.
    agent = tm.add(
        tg.Agent(
            "Invoice reconciliation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs on each new submission; its outcome is a draft bill or a query.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Reads assignments for the interpreter and dates on the invoice.
    booking_tool = tm.add(tg.Tool("Booking lookup tool"))
    # Searches the finance mailbox for the PO the invoice quotes.
    po_tool = tm.add(tg.Tool("Purchase order lookup tool"))
    # Asks the mapping provider for the distance claimed.
    mileage_tool = tm.add(tg.Tool("Mileage check tool", capabilities={"read", "network-egress"}))
    # Creates draft bills in the accounting system; it cannot approve or pay.
    bill_tool = tm.add(
        tg.Tool(
            "Draft bill tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="accounting API scope limited to draft bills")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Reviews draft bills and approves the payment run.
    finance = tm.add(tg.Actor("Finance officer", role="finance staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(interpreter, portal, portal_login, invoice, travel_claim, bank_details, protocol="https")
tm.flow(portal, interpreter, query_note, protocol="https")
tm.flow(portal, doc_store, invoice, travel_claim)
tm.flow(portal, accounting, bank_details, protocol="https", label="supplier record sync")

tm.flow(client, mailbox, purchase_order, protocol="smtp+starttls")

tm.flow(doc_store, agent, invoice, travel_claim)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, booking_tool, lookup_call)
tm.flow(booking_db, booking_tool, assignment)
tm.flow(booking_tool, agent, assignment)

tm.flow(agent, po_tool, lookup_call)
tm.flow(mailbox, po_tool, purchase_order, protocol="https", label="Graph API")
tm.flow(po_tool, agent, purchase_order)

tm.flow(agent, mileage_tool, route_query)
tm.flow(mileage_tool, routes, route_query, protocol="https")
tm.flow(routes, mileage_tool, route_distance, protocol="https")
tm.flow(mileage_tool, agent, route_distance)

tm.flow(agent, bill_tool, draft_bill)
tm.flow(bill_tool, accounting, draft_bill, protocol="https")
tm.flow(agent, portal, query_note, label="discrepancy queries")

tm.flow(accounting, finance, bills, protocol="https")
tm.flow(finance, accounting, payment_approval, protocol="https")
tm.flow(accounting, bank, payment_file, protocol="https", label="bank feed payment run")
