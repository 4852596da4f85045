"""Bus penalty fare appeals: the first design, before any security review.

Revenue inspectors issue penalty fares on board to passengers without a valid
ticket, recording the notice and photos on a handheld that syncs to our cloud
over mobile data. Passengers appeal on a public web portal, signing in with the
penalty notice number and their surname, and upload evidence (tickets, passes,
bank statements). An LLM agent in our cloud reads the inspector's record and
photos, the passenger's ticket purchase history and the uploaded evidence, and
writes an uphold-or-cancel recommendation. An appeals officer decides each case
in the staff view of the portal; the agent then e-mails the decision and, for a
cancelled fare that was already paid, issues the refund through our payment
provider. The LLM is hosted by a vendor. Controls in this design: TLS on every
external link, officer sign-off on each decision, SSO for staff, device keys on
the handhelds, encryption at rest for the records, and an audit log of agent steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus penalty fare appeal agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that recommends outcomes of penalty fare appeals, notifies "
    "passengers and refunds cancelled fares.",
)

# ---------------------------------------------------------------- data assets
penalty_record = tg.Data(
    "Penalty fare record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Notice number, passenger name and address, route, time, reason, "
    "inspector number and notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
inspection_photos = tg.Data(
    "Inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos the inspector takes of the ticket, pass or ID shown on board.",
)
purchase_history = tg.Data(
    "Ticket purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="App and contactless ticket purchases and passes linked to the passenger.",
)
appeal_form = tg.Data(
    "Appeal form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The passenger's statement, contact details and notice number.",
)
appeal_evidence = tg.Data(
    "Appeal evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos, screenshots, PDFs and bank statements the passenger uploads.",
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Case lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
case_file = tg.Data(
    "Case file",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Penalty record, photos, purchase history and evidence for one appeal.",
)
recommendation = tg.Data(
    "Appeal recommendation", kind="model-output", sensitivity=tg.Sensitivity.PII
)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_call = tg.Data("Refund call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Original payment reference and amount to refund.",
)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
notice_call = tg.Data("Decision notice call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
decision_email = tg.Data("Decision e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal_status = tg.Data("Appeal status page", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a notice number can appeal, including people trying their luck.
    passenger = tm.add(tg.Actor("Passenger", role="appellant"))

with tm.boundary("On board and mobile network", trust=tg.Trust.UNTRUSTED):
    # Inspectors work on buses; they issue the notices the appeals are about.
    inspector = tm.add(tg.Actor("Revenue inspector", role="inspector"))
    # The handheld records notices and photos and syncs them over mobile data.
    handheld = tm.add(
        tg.Device(
            "Inspector handheld",
            fleet=True,
            description="Rugged Android handheld with the penalty fare app.",
        )
    )

with tm.boundary("Bus company cloud", trust=tg.Trust.INTERNAL):
    # Receives the handhelds' uploads of notices and photos.
    sync_api = tm.add(
        tg.Endpoint(
            "Handheld sync API",
            purpose="api",
            controls={c.Authentication(method="per-device API key issued at enrolment")},
        )
    )
    # Public appeal site for passengers and the staff case view for officers.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose="api",
            controls={
                c.Authentication(method="penalty notice number and surname"),
                c.Authentication(method="company SSO with MFA for staff"),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Holds each appeal, its evidence, the recommendation and the officer's decision.
    case_store = tm.add(
        tg.DataStore(
            "Appeals case store",
            stores={appeal_form, appeal_evidence, recommendation, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the case, drafts the recommendation, notifies and refunds after a decision.
    agent = tm.add(
        tg.Agent(
            "Appeal agent",
            autonomy="supervised",
            controls={
                c.HumanInTheLoop(approver="appeals officer"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only lookups of the records the agent needs for one appeal.
    case_tool = tm.add(tg.Tool("Case records lookup", capabilities={"read"}))
    # Refunds a paid penalty fare once it is cancelled.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            description="Calls the payment provider's refund API against the original payment.",
        )
    )
    # Sends the decision e-mail to the passenger.
    notice_tool = tm.add(tg.Tool("Decision notice sender", capabilities={"send-messages"}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # System of record for penalty fares issued by inspectors.
        penalty_db = tm.add(
            tg.DataStore(
                "Penalty fare database",
                stores={penalty_record, inspection_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The ticketing platform's record of app and contactless purchases.
        ticket_db = tm.add(
            tg.DataStore(
                "Ticketing database",
                stores={purchase_history},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Decides each appeal; the agent only recommends.
    officer = tm.add(tg.Actor("Appeals officer", role="appeals staff", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes penalty fare payments and executes refunds.
    psp = tm.add(tg.ExternalService("Payment provider refunds API"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail delivery.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Issuing a penalty fare
tm.flow(inspector, handheld, penalty_record, inspection_photos, label="entered on board")
tm.flow(
    handheld,
    sync_api,
    penalty_record,
    inspection_photos,
    protocol="https",
    label="sync over mobile data",
)
tm.flow(sync_api, penalty_db, penalty_record, inspection_photos)

# Appealing
tm.flow(passenger, portal, appeal_form, appeal_evidence, protocol="https")
tm.flow(portal, passenger, appeal_status, protocol="https")
tm.flow(portal, case_store, appeal_form, appeal_evidence)
tm.flow(portal, agent, appeal_form, label="new appeal")

# The agent reads the case
tm.flow(agent, case_tool, lookup_call)
tm.flow(penalty_db, case_tool, penalty_record, inspection_photos)
tm.flow(ticket_db, case_tool, purchase_history)
tm.flow(case_store, case_tool, appeal_form, appeal_evidence)
tm.flow(case_tool, agent, case_file)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, case_store, recommendation)

# The officer decides
tm.flow(case_store, portal, appeal_form, appeal_evidence, recommendation, label="case view")
tm.flow(portal, officer, appeal_form, appeal_evidence, recommendation, protocol="https")
tm.flow(officer, portal, decision, protocol="https")
tm.flow(portal, case_store, decision)
tm.flow(portal, agent, decision, label="decision recorded")

# Acting on the decision
tm.flow(agent, notice_tool, notice_call)
tm.flow(notice_tool, email, decision_email, protocol="https")
tm.flow(email, passenger, decision_email, protocol="smtp")
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_instruction, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)
